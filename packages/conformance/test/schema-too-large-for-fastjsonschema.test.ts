// fastjsonschema's detailed errors spell the failing schema into every raise of the Python source it
// writes, each `$ref` in it replaced by the schema it names: Renovate's 2.27 MB schema
// (docs/renovate-schema.json, whose root holds hundreds of properties that refer to long-described
// definitions, beside a `not`) became 382 MB of source, Python's compile() of it grew past 20 GB, and
// the kernel killed the Python harness: no runtime judged anything ("python harness exited (SIGKILL)").
// Cut down: one definition of a long description, referred to by every property of an object with a
// `not` (each of its two raises, `type` and `not`, spells ~PROPERTIES x DESCRIPTION characters).
// fastjsonschema is now refused that schema by name, and the others still judge it.
import { resolve } from "node:path";
import { afterAll, expect, it } from "vitest";
import { buildModel, toSourceDocument } from "@clone/codegen";
import type { JsonObject } from "../src/json.ts";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { PythonRunner } from "../src/runners/python.ts";
import { documentSuite, type Suite } from "../src/suite.ts";

const repoRoot = resolve(import.meta.dirname, "../../..");

/** ~40 MB of source for Wide (2 raises x 100 x 200,000), past the harness's bound (32 MB); the document itself is 200 KB. */
const PROPERTIES = 100;
const DESCRIPTION = "A setting described at length. ".repeat(200_000 / 31);

const document: JsonObject = {
  $schema: "http://json-schema.org/draft-07/schema#",
  definitions: {
    Described: { type: "string", description: DESCRIPTION },
    Wide: {
      type: "object",
      properties: Object.fromEntries(Array.from({ length: PROPERTIES }, (_, i) => [`p${i}`, { $ref: "#/definitions/Described" }])),
      not: { required: ["forbidden"] },
    },
  },
};

const suites: Suite[] = [];
afterAll(() => suites.forEach((suite) => suite.dispose()));

it("a schema fastjsonschema writes too much code for is its named refusal alone: the harness lives, and jsonschema and DRF judge every instance", { timeout: 120_000 }, async () => {
  const model = buildModel(toSourceDocument(structuredClone(document), "large.json"), { name: "Large" });
  const suite = documentSuite(model, document, { kind: "none" });
  suites.push(suite);
  const python = PythonRunner.start(repoRoot, suite);
  let result;
  try {
    result = await runConformance(suite, { ajv: new AjvRunner(), others: [python] }, { seed: 5, runs: 20, otherRuns: 0 });
  } finally {
    await python.close();
  }
  expect(result.failedInstances).toBe(0);
  const wide = result.tallies.find((tally) => tally.schema === "Wide");
  expect(wide?.instances).toBeGreaterThan(0);
  expect(result.tallies.find((tally) => tally.schema === "Described")?.instances).toBeGreaterThan(0);
  // Wide's every instance, and none of Described's (its source is small): fastjsonschema judges that one.
  const refused = result.limitations.get("fastjsonschema-cannot-compile-large-schemas");
  expect(refused?.count).toBe(wide!.instances);
  expect([...result.limitations.keys()]).toEqual(["fastjsonschema-cannot-compile-large-schemas"]);
});
