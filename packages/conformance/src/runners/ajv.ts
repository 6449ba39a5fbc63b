// AJV, in process: the validators @clone/schema exports (`validatorsByName`), and for a definition
// it exports none for (a bare enum such as CloneEventSource) one compiled the same way.
import { createValidator, validatorsByName, type Validator } from "@clone/schema";
import type { SchemaUnderTest } from "../suite.ts";
import type { Case, Runner, Verdict } from "./types.ts";

export class AjvRunner implements Runner {
  readonly name = "ajv";
  readonly columns = ["ajv"] as const;
  private readonly extra = new Map<string, Validator<unknown>>();

  validator(schema: SchemaUnderTest): Validator<unknown> {
    const exported = validatorsByName[schema.name];
    if (exported) return exported;
    let validator = this.extra.get(schema.name);
    if (!validator) {
      validator = createValidator(schema.name, schema.family.family.definitions[schema.name] as Parameters<typeof createValidator>[1]);
      this.extra.set(schema.name, validator);
    }
    return validator;
  }

  /** Synchronous: AJV runs in this process. */
  judgeNow(cases: readonly Case[]): Record<string, Verdict>[] {
    return cases.map(({ schema, instance }) => {
      const validate = this.validator(schema);
      const valid = validate(instance);
      return { ajv: valid ? { valid } : { valid, detail: validate.messages(instance).join("; ") } };
    });
  }

  async judge(cases: readonly Case[]): Promise<Record<string, Verdict>[]> {
    return this.judgeNow(cases);
  }

  async close(): Promise<void> {}
}
