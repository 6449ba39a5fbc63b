// A `propertyNames` that rejects only a few named keys (`"not": {"enum": [...]}`): the mutation that
// breaks it must draw one of those names. Found by SchemaStore pyproject.json (project.entry-points
// rejects "console_scripts" and "gui_scripts"): it filtered random keys for a rejected one without
// bound, and the run never ended. The sampling runs in a child process, so a generator that loops
// fails this test on its timeout instead of hanging the suite.
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const packageRoot = resolve(import.meta.dirname, "..");

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
    const run = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", SCRIPT], { cwd: packageRoot, encoding: "utf8", timeout: 60_000 });
    expect(run.signal, "the generator did not finish within a minute").toBeNull();
    expect(run.status, run.stderr).toBe(0);
    const instances = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(instances).toHaveLength(20);
    for (const instance of instances) expect(Object.keys(instance).filter((key) => key === "console_scripts" || key === "gui_scripts")).not.toEqual([]);
  });
});
