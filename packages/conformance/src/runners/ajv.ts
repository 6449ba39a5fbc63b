// AJV, in process: each family says which validator judges each of its schemas (the project's own
// @clone/schema validators for its families, an AJV of the document's dialect for an input file).
import type { Validator } from "@clone/schema";
import { PatternNotRun } from "@clone/schema/patterns";
import type { SchemaUnderTest } from "../suite.ts";
import type { Case, Runner, Verdict } from "./types.ts";

export class AjvRunner implements Runner {
  readonly name = "ajv";
  readonly columns = ["ajv"] as const;

  validator(schema: SchemaUnderTest): Validator<unknown> {
    return schema.family.ajv(schema);
  }

  /** Synchronous: AJV runs in this process. */
  judgeNow(cases: readonly Case[]): Record<string, Verdict>[] {
    return cases.map(({ schema, instance }) => ({ ajv: ajvVerdict(this.validator(schema), instance) }));
  }

  async judge(cases: readonly Case[]): Promise<Record<string, Verdict>[]> {
    return this.judgeNow(cases);
  }

  async close(): Promise<void> {}
}

/**
 * `validate`'s verdict on `instance`, with why it rejected. AJV's compiled code may throw on an
 * instance: that is an answer of its own (rules.ts decides whether it is a known limitation), not the
 * end of the run, for a drawn instance and a recorded one alike. A pattern it could not run to the end
 * (DocumentAjv's patterns run through @clone/schema's patternEngine) is kept as such: no verdict.
 */
export function ajvVerdict(validate: Validator<unknown>, instance: unknown): Verdict {
  let valid: boolean;
  try {
    valid = validate(instance);
  } catch (error) {
    const threw = (error as Error).message;
    return { valid: false, threw, detail: `threw: ${threw}`, ...(error instanceof PatternNotRun && { patternNotRun: error }) };
  }
  return valid ? { valid } : { valid, detail: validate.messages(instance).join("; ") };
}
