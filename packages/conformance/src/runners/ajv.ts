// AJV, in process: each family says which validator judges each of its schemas (the project's own
// @clone/schema validators for its families, an AJV of the document's dialect for an input file).
import type { Validator } from "@clone/schema";
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
    return cases.map(({ schema, instance }) => {
      const validate = this.validator(schema);
      let valid: boolean;
      try {
        valid = validate(instance);
      } catch (error) {
        // An answer of its own (rules.ts decides whether it is a known limitation), not the end of the run.
        const threw = (error as Error).message;
        return { ajv: { valid: false, threw, detail: `threw: ${threw}` } };
      }
      return { ajv: valid ? { valid } : { valid, detail: validate.messages(instance).join("; ") } };
    });
  }

  async judge(cases: readonly Case[]): Promise<Record<string, Verdict>[]> {
    return this.judgeNow(cases);
  }

  async close(): Promise<void> {}
}
