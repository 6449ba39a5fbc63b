// Found by random schemas judged by every runtime (seed 31505, draft-04): break-number-bound broke
// `int32`'s range under a written minimum far below it (-2^31 - 1000 against minimum -2^63) and called
// it a bound, so fastjsonschema, which checks no number format (its named limitation covers only
// break-number-format), was charged with accepting a number past a bound it has none of.
import fc from "fast-check";
import { expect, it } from "vitest";
import { buildModel, toSourceDocument } from "@clone/codegen";
import { invalidInstances } from "../src/mutations/index.ts";

const document = { $schema: "http://json-schema.org/draft-07/schema#", type: "integer", minimum: -1e10, maximum: 1e10, format: "int32" };
const model = buildModel(toSourceDocument(document, "test:number-bound-beside-a-format"), { name: "Wide" });

it("breaks the bounds the schema writes, not the format's range", () => {
  const broken = fc.sample(invalidInstances(model, model.root!.name, { mutations: ["break-number-bound"] }), { seed: 7, numRuns: 40 });
  expect(broken.length).toBe(40);
  for (const { instance } of broken) expect(typeof instance === "number" && (instance < -1e10 || instance > 1e10), String(instance)).toBe(true);
});
