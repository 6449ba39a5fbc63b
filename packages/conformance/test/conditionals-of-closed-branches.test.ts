// Regression (found by sweep X on SchemaStore's Yippee-ki-JSON, 71b139dc40e6: "GENERATOR GAVE UP ...
// conditional at /definitions/supplierTypes/definitions/anySupplierType/if, allOf at .../allOf/2 ...";
// shrunk): an object of named kinds, one `if: {name: k} then: closed object of kind k` part per name.
// Each part's join with its own branch was offered whatever branch the value already took, so a value
// joined with the objects of two parts held the keys of both, which neither closed object allows: with
// eight parts 99% of candidates were refused and the generator gave up. A value that takes another
// part's closing branch is no longer joined with this one's.
import { expect, it } from "vitest";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const names = ["a", "b", "c", "d", "e", "f", "g", "h"];
const document = {
  $schema: "http://json-schema.org/draft-07/schema#",
  definitions: {
    ...Object.fromEntries(
      names.map((name) => [`Kind_${name}`, { type: "object", properties: { name: { const: name }, [`${name}Value`]: { type: "integer" } }, required: ["name", `${name}Value`], additionalProperties: false }]),
    ),
    Component: {
      allOf: [
        { type: "object", properties: { name: { type: "string", enum: names } }, required: ["name"] },
        ...names.map((name) => ({ if: { properties: { name: { const: name } } }, then: { $ref: `#/definitions/Kind_${name}` } })),
      ],
    },
  },
};
const { suite } = suiteOfDocument(document, "test:conditionals-of-closed-branches", "ConditionalsOfClosedBranches");

it("an object of one if-name-then-closed-object part per name is drawn", async () => {
  const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 5, runs: 20, otherRuns: 0, schemas: ["Component"] });
  expect(result.generatorGaveUp).toEqual([]);
  expect(result.tallies.find((tally) => tally.schema === "Component")?.instances).toBe(40);
});
