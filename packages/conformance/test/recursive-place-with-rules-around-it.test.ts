// Regression (found by sweep V on Apache Camel's YAML DSL schema: valid instances AJV refused, "steps/0:
// must NOT have more than 1 properties", that DRF and Swift accepted): a schema that is no definition
// (filed under #/items/definitions), an object with a rule around it (maxProperties: 1), referred to
// from inside itself along two paths. The recursion named the lifted object first and the whole (object
// and rule) later; only the reference that met the recursion first was renamed to the whole, and every
// other one, met while it was translated or after, named the object alone and lost the rule.
import { expect, it } from "vitest";
import type { JsonValue } from "../src/json.ts";
import { ModelValidator } from "@clone/codegen";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const steps = { type: "array", items: { $ref: "#/items/definitions/Processor" } };
const document = {
  $schema: "http://json-schema.org/draft-04/schema#",
  type: "array",
  items: {
    definitions: {
      Processor: { type: "object", maxProperties: 1, properties: { aggregate: { $ref: "#/items/definitions/Aggregate" }, filter: { $ref: "#/items/definitions/Filter" } } },
      Aggregate: { type: "object", properties: { steps, size: { type: "integer" } } },
      Filter: { type: "object", properties: { steps, expression: { type: "string" } } },
      Route: { type: "object", properties: { steps, id: { type: "string" } } },
      Template: { type: "object", properties: { steps, name: { type: "string" } } },
    },
    properties: { route: { $ref: "#/items/definitions/Route" }, aggregate: { $ref: "#/items/definitions/Aggregate" }, template: { $ref: "#/items/definitions/Template" } },
  },
};

const { model } = suiteOfDocument(document, "test:recursive-place-with-rules-around-it", "Routes");

it("every reference to a recursive schema with a rule around its object keeps the rule", () => {
  const validator = new ModelValidator(model);
  const twoKeys = { aggregate: {}, filter: {} };
  // Met first (route), inside its own translation along each path (aggregate, filter), and after it (template).
  const items: JsonValue[] = [{ route: { steps: [twoKeys] } }, { aggregate: { steps: [twoKeys] } }, { route: { steps: [{ filter: { steps: [twoKeys] } }] } }, { template: { steps: [twoKeys] } }];
  for (const item of items) {
    expect(validator.validatesNamed(model.root!.name, [item]), JSON.stringify(item)).toBe(false);
  }
  expect(validator.validatesNamed(model.root!.name, [{ route: { steps: [{ filter: { steps: [{ aggregate: { size: 1 } }] } }] } }])).toBe(true);
});
