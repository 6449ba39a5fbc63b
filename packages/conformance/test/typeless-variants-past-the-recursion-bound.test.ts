// Regression (found by sweep Y on SchemaStore's Opctl, 9439e24de8bf: "GENERATOR GAVE UP ... (invalid):
// cannot generate a valid value for ...Run (oneOf: exactly one variant matches)"; shrunk): a oneOf of
// objects naming no type, told apart by their required keys, whose properties hold the oneOf again (a
// call graph node: `serial` nodes, or a `serialLoop` whose `run` is a node). Past the recursion bound
// such an object was drawn as a value of another type only, which every variant lets through, so the
// oneOf (exactly one variant) refused every candidate. The object's smallest object is drawn too.
// Control: the same oneOf of typed objects.
import { expect, it } from "vitest";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

function nodeDocument(typed: boolean): object {
  const object = typed ? { type: "object" } : {};
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    definitions: {
      Node: {
        ...object,
        oneOf: [{ required: ["serial"] }, { required: ["serialLoop"] }],
        properties: {
          serial: { items: { $ref: "#/definitions/Node" } },
          serialLoop: {
            ...object,
            oneOf: [{ required: ["range", "run"] }, { required: ["until", "run"] }],
            properties: { run: { $ref: "#/definitions/Node" } },
          },
        },
      },
    },
  };
}

async function judged(typed: boolean) {
  const { suite } = suiteOfDocument(nodeDocument(typed), `test:typeless-variants-past-the-recursion-bound-${typed}`, "TypelessVariants");
  const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 5, runs: 20, otherRuns: 0, schemas: ["Node"] });
  return { gaveUp: result.generatorGaveUp.map((entry) => `${entry.schema} ${entry.kind}`), instances: result.tallies.find((tally) => tally.schema === "Node")?.instances, disagreements: result.disagreements.length };
}

it("a oneOf of objects naming no type, holding the oneOf again, is drawn", async () => {
  expect(await judged(false)).toEqual({ gaveUp: [], instances: 40, disagreements: 0 });
});

it("control: the same oneOf of typed objects", async () => {
  expect(await judged(true)).toEqual({ gaveUp: [], instances: 40, disagreements: 0 });
});
