// Found by random schemas judged by every runtime (seed 31505, draft-04): break-number-bound broke
// `int32`'s range under a written minimum far below it (-2^31 - 1000 against minimum -2^63) and called
// it a bound, so fastjsonschema, which checks no number format (its named limitation covers only
// break-number-format), was charged with accepting a number past a bound it has none of.
import fc from "fast-check";
import { expect, it } from "vitest";
import { buildModel, toSourceDocument } from "@clone/codegen";
import { invalidInstances } from "../src/mutations/index.ts";

/** Bounds beyond int32's range (and, the second, beyond ±(2^53 − 1), where the drawn integers stop). */
const BOUNDS = [
  { minimum: -1e10, maximum: 1e10 },
  { minimum: -1e17, maximum: 5 },
];

it.each(BOUNDS)("breaks the bounds the schema writes, not the format's range: %o", ({ minimum, maximum }) => {
  const document = { $schema: "http://json-schema.org/draft-07/schema#", type: "integer", minimum, maximum, format: "int32" };
  const model = buildModel(toSourceDocument(document, "test:number-bound-beside-a-format"), { name: "Wide" });
  const broken = fc.sample(invalidInstances(model, model.root!.name, { mutations: ["break-number-bound"] }), { seed: 7, numRuns: 40 });
  expect(broken.length).toBe(40);
  for (const { instance } of broken) expect(typeof instance === "number" && (instance < minimum || instance > maximum), String(instance)).toBe(true);
});
