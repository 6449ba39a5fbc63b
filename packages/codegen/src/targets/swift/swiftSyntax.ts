// Layout shared by every translator, so all generated declarations look alike.
import { describeAssertion } from "../../model/describeAssertion.ts";
import type { Assertion } from "../../model/types.ts";

/** One indentation level each: Swift is written with four spaces. */
export const I1 = "    ";
export const I2 = I1 + I1;
export const I3 = I2 + I1;
export const I4 = I3 + I1;

/**
 * What every generated struct and enum conforms to. Callers rely on all four (registry.ts declares
 * its element type with them), so a declaration that drops one no longer fits the registry.
 */
export function valueTypeConformances(): string {
  return `Codable, Sendable, Equatable, Hashable`;
}

/** Doc comment lines (`/// …`) at the given indent; none for an empty description. */
export function docComment(description: string | undefined, indent: string): string[] {
  if (description === undefined || description.trim() === "") return [];
  return description
    .trim()
    .split(/\r?\n/)
    .map((line) => `${indent}///${line.trim() === "" ? "" : ` ${line.trimEnd()}`}`);
}

/**
 * A description followed by the validation-only rules the value must also satisfy, which Swift does
 * not check: documented, so a reader knows what a valid value is.
 */
export function documentedRules(description: string | undefined, assertions: readonly Assertion[]): string | undefined {
  if (assertions.length === 0) return description;
  const rules = ["Rules the decoder does not check:", ...assertions.map((assertion) => `- ${describeAssertion(assertion)}`)].join("\n");
  return description === undefined || description.trim() === "" ? rules : `${description.trim()}\n\n${rules}`;
}
