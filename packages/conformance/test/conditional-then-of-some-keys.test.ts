// Regression (found by sweep T on SchemaStore's v2ray schema: "GENERATOR GAVE UP
// …:CustomTCPHeaderConfig (invalid): cannot generate a valid value for an attempted value: 10000
// candidates were rejected"): a value that is only `if`/`then` rules, whose `then` types some keys
// of an object the `if` picks by a constant, had no invalid instance. break-conditional offered
// values of the type (any JSON) and of the `if`, and a value of the `if` almost never holds a `then`
// key with a value of the wrong type. It now also offers the `if`'s values with the `then`'s keys
// given any values (and the same for an `else`).
import { expect, it } from "vitest";
import { ModelValidator } from "@clone/codegen";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const when = (value: string, key: string, type: string) => ({
  if: { type: "object", properties: { type: { const: value } }, required: ["type"] },
  then: { properties: { [key]: { type } } },
});
const document = {
  $schema: "http://json-schema.org/draft-07/schema#",
  definitions: {
    one: when("a", "n", "integer"),
    several: { allOf: [when("a", "n", "integer"), when("b", "m", "string")] },
    // v2ray's CustomTCPHeaderConfig: an `if` alone, then one whose `then` is a reference; the second
    // is an allOf part of rules only, which break-all-of now breaks the same way.
    Authenticator: { type: "object", properties: { request: { type: "object" } } },
    besideIfAlone: {
      allOf: [{ if: { type: "object", properties: { type: { const: "none" } } } }, { if: { type: "object", properties: { type: { const: "http" } } }, then: { $ref: "#/definitions/Authenticator" } }],
    },
    otherwise: { if: { type: "object", properties: { type: { const: "a" } }, required: ["type"] }, else: { properties: { n: { type: "integer" } } } },
  },
};

const { model, schemaOf, drawn } = suiteOfDocument(document, "test:conditional-then-of-some-keys", "ConditionalThenOfSomeKeys");

for (const [definition, mutation] of [["one", "break-conditional"], ["several", "break-conditional"], ["otherwise", "break-conditional"], ["besideIfAlone", "break-all-of"]] as const) {
  it(`invalid instances of ${definition}: values that take a branch and break it (${mutation})`, () => {
    const instances = drawn(definition, "invalid", 3, 20, [mutation]);
    const validator = new ModelValidator(model);
    for (const instance of instances) expect(validator.validatesNamed(schemaOf(definition).type.name, instance)).toBe(false);
  });
}
