// Layout shared by every translator, so all generated declarations look alike.
import { describeNamedType, describePlacedAssertion, describeTypeRef, placedAssertionsIn, type Words } from "../../model/describeAssertion.ts";
import { sourceFragment, typeNamed } from "../../model/schemaModel.ts";
import type { NamedType, SourceDocument, TypeRef } from "../../model/types.ts";
import { commentLines } from "../commentLines.ts";
import type { SwiftContext } from "./context.ts";
import { decodesNoValue } from "../../model/neverType.ts";

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
  return commentLines(description).map((line) => docLine(line, indent));
}

/** One line of a doc comment. */
function docLine(line: string, indent: string): string {
  return `${indent}///${line.trim() === "" ? "" : ` ${line}`}`;
}

/**
 * A named type's doc comment: its description, then where in the schema it is generated from (as
 * swift-openapi-generator remarks it), so a reader can find the source of any type.
 */
export function typeDocComment(source: SourceDocument, type: NamedType, description: string | undefined): string[] {
  const remark = docComment(`- Remark: Generated from \`${sourceFragment(source, type)}\`.`, "");
  if (description === undefined || description.trim() === "") return remark;
  // The description's lines, a blank line, the remark's: as the two joined by a blank line would be
  // split, without joining them to split them again.
  return [...docComment(description, ""), "///", ...remark];
}

/**
 * A description followed by the validation-only rules a value of `ref` must also satisfy, which Swift
 * does not check: documented, so a reader knows what a valid value is. (Where no value passes, the
 * type is JSONAbsent, which checks that itself.)
 */
export function documentedRules(description: string | undefined, ref: TypeRef, ctx: SwiftContext): string | undefined {
  const assertions = placedAssertionsIn(ref, decodesNoValue);
  if (assertions.length === 0) return description;
  const words = ruleWords(ctx);
  const rules = ["Rules the decoder does not check:", ...assertions.map((placed) => `- ${describePlacedAssertion(placed, words)}`)].join("\n");
  return description === undefined || description.trim() === "" ? rules : `${description.trim()}\n\n${rules}`;
}

/**
 * The doc of a case holding several variants (Swift decodes them alike): what sets them apart is what
 * its decoder does not check (bounds, patterns, formats, rules), and a value is one of them, so each
 * is told whole under its place in the union, not its rules as ones every value meets, and with what
 * the schema says of it, as a case holding one variant is.
 */
export function documentedVariants(
  description: string,
  held: readonly { readonly place: number; readonly ref: TypeRef; readonly description: string | undefined }[],
  ctx: SwiftContext,
): string {
  const words = ruleWords(ctx);
  return [`${description.trim()} A value is one of:`, ...held.map(({ place, ref, description }) => `- variant ${place}: ${withDescription(describeTypeRef(ref, words), description)}`)].join("\n");
}

/**
 * A list item's words, then the schema's description of it as the sentences after them; its further
 * lines indented under the item, so that in Markdown they continue it instead of ending the list.
 */
function withDescription(words: string, description: string | undefined): string {
  if (description === undefined || description.trim() === "") return words;
  return `${words}. ${commentLines(description).join("\n  ")}`;
}

/** Nesting of undeclared types a rule describes in words; one inside another (an enum aside) is named by where the schema writes it, so a rule stays a sentence. */
const MAX_DESCRIBED_DEPTH = 1;

/**
 * How a rule names a type: a declared one by its name; one the module does not declare (it only
 * checks a rule: analyzeModel's declaredTypes) in words, or, inside another such, as the schema at
 * its place (`#/definitions/camera/not`). Its numbers are the document's spellings.
 */
function ruleWords({ model, analysis }: SwiftContext): Words {
  const describing: string[] = [];
  const integers = model.source.integerSpellings;
  const spell = (name: string): string => {
    if (analysis.declaredTypes.has(name)) return name;
    const type = typeNamed(model, name);
    // An enum's values are words already, at any depth; its other values (a string type) end it.
    if (describing.includes(name) || (describing.length >= MAX_DESCRIBED_DEPTH && type.kind !== "enum")) return `the schema at \`${sourceFragment(model.source, type)}\``;
    describing.push(name);
    try {
      return describeNamedType(type, { name: spell, integers, model });
    } finally {
      describing.pop();
    }
  };
  return { name: spell, integers, model };
}

/**
 * `isUnknownToThisVersion` (UnknownValueFallback) of an enum whose `fallbackCase` keeps what this
 * version does not know; `what` names it in the doc comment ("value", "variant", "event").
 */
export function unknownToThisVersionMember(fallbackCase: string, what: string): string[] {
  return [
    `${I1}/// Whether this holds ${what === "event" ? "an" : "a"} ${what} this version does not know (the \`${fallbackCase}\` case).`,
    `${I1}public var isUnknownToThisVersion: Bool {`,
    `${I2}if case .${fallbackCase} = self { return true }`,
    `${I2}return false`,
    `${I1}}`,
  ];
}
