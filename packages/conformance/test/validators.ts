// AJV validators for the tests: the suite's definitions through the AJV runner (validatorsByName and
// friends), and any definition of the constructs document compiled the same way.
import { createValidator, type Validator } from "@clone/schema";
import { CONSTRUCTS_DOCUMENT } from "./constructs.ts";

type SchemaArgument = Parameters<typeof createValidator>[1];

export function constructsValidator(name: string): Validator<unknown> {
  return createValidator(name, { definitions: CONSTRUCTS_DOCUMENT.definitions, $ref: `#/definitions/${name}` } as unknown as SchemaArgument);
}
