// Regression (found by sweep Y on SchemaStore's Yippee-ki-JSON, 71b139dc40e6: "GENERATOR GAVE UP ...
// conditional at /definitions/supplierTypes/definitions/anySupplierType/if ..."; shrunk): an object of
// named kinds, one `if: {name: k} then: closed object of kind k` part per name, where the closed
// objects of most kinds hold the object again (a converting supplier's stringSource is any supplier).
// Two things made its draw give up: the branch's value was drawn for every candidate, joined or not,
// each draw a whole object inside; and fast-check's depth bias leaned the choice between a candidate
// alone and one joined with its branch towards the candidate alone (which the closed branch refuses)
// the deeper the object was drawn inside itself. Either fault alone makes the first test fail; the
// second is the first shrunk form (one kind leading back, one that ends); the control has closed
// branches that do not lead back.
import { expect, it } from "vitest";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

/** `Component` of one kind per name, the first `recursive` of whose closed objects hold a Component again. */
function componentDocument(names: readonly string[], recursive: number): object {
  const kind = (name: string, index: number) => ({
    type: "object",
    properties: { name: { const: name }, ...(index < recursive ? { [`${name}Source`]: { $ref: "#/definitions/Component" } } : { [`${name}Value`]: { type: "string" } }) },
    required: ["name", index < recursive ? `${name}Source` : `${name}Value`],
    additionalProperties: false,
  });
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    definitions: {
      ...Object.fromEntries(names.map((name, index) => [`Kind_${name}`, kind(name, index)])),
      Component: {
        allOf: [
          { type: "object", properties: { name: { enum: names } }, required: ["name"] },
          ...names.map((name) => ({ if: { properties: { name: { const: name } } }, then: { $ref: `#/definitions/Kind_${name}` } })),
        ],
      },
    },
  };
}

async function judged(names: readonly string[], recursive: number, seed: number) {
  const { suite } = suiteOfDocument(componentDocument(names, recursive), `test:conditional-closed-branch-leading-back-${recursive}-${seed}`, "ClosedBranchLeadingBack");
  const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed, runs: 25, otherRuns: 0, schemas: ["Component"] });
  return { gaveUp: result.generatorGaveUp, instances: result.tallies.find((tally) => tally.schema === "Component")?.instances, disagreements: result.disagreements.length };
}

it("an object whose closed conditional branches hold it again is drawn", async () => {
  for (const seed of [1, 2, 3]) {
    expect(await judged(["a", "b", "c", "d"], 3, seed)).toEqual({ gaveUp: [], instances: 50, disagreements: 0 });
  }
});

it("one kind leading back beside one that ends (the first shrunk form) is drawn", async () => {
  expect(await judged(["a", "b"], 1, 5)).toEqual({ gaveUp: [], instances: 50, disagreements: 0 });
});

it("control: closed branches that do not lead back", async () => {
  expect(await judged(["a", "b", "c", "d"], 0, 5)).toEqual({ gaveUp: [], instances: 50, disagreements: 0 });
});
