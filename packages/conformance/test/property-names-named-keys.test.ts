// A `propertyNames` that rejects only a few named keys (`"not": {"enum": [...]}`): the mutation that
// breaks it must draw one of those names. Found by SchemaStore pyproject.json (project.entry-points
// rejects "console_scripts" and "gui_scripts"): it filtered random keys for a rejected one without
// bound, and the run never ended. The sampling runs in a child process, so a generator that loops
// fails this test on its timeout instead of hanging the suite.
import { describe, expect, it } from "vitest";
import { runScript } from "./childProcess.ts";

const SCRIPT = `
import fc from "fast-check";
import { buildModel, toSourceDocument } from "@clone/codegen";
import { invalidInstances } from "./src/mutations/index.ts";
const document = {
  $schema: "http://json-schema.org/draft-07/schema#",
  type: "object",
  propertyNames: { not: { enum: ["console_scripts", "gui_scripts"] } },
  additionalProperties: { type: "string" },
};
const model = buildModel(toSourceDocument(document, "reserved.json"), { name: "Reserved" });
const samples = fc.sample(invalidInstances(model, "Reserved", { mutations: ["break-property-names"] }), { seed: 11, numRuns: 20 });
console.log(JSON.stringify(samples.map((invalid) => invalid.instance)));
`;

describe("a propertyNames that rejects only named keys", () => {
  it("is broken with one of the names, in bounded time", { timeout: 120_000 }, () => {
    const run = runScript(SCRIPT, 60_000);
    expect(run.finished, "the generator did not finish within a minute").toBe(true);
    expect(run.status, run.stderr).toBe(0);
    const instances = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(instances).toHaveLength(20);
    for (const instance of instances) expect(Object.keys(instance).filter((key) => key === "console_scripts" || key === "gui_scripts")).not.toEqual([]);
  });
});
