// Drawing one schema's instances has a wall-time budget (filtered.ts DRAW_MILLIS): candidates are
// bounded in number but not in what each costs, and the run on cfn-lint's AWS::DataZone::DataSource
// never ended (a pattern's test took minutes on some candidates). Past the budget the draw gives up,
// reported with the schema's name, and the run goes on to the next schema. Here a budget of 0 ms makes
// every draw that filters a candidate give up at once.
import { expect, it } from "vitest";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = {
  $schema: "http://json-schema.org/draft-07/schema#",
  definitions: {
    filtered: { type: "string", pattern: "^[a-z]{2}-[0-9]+$", maxLength: 8 },
    plain: { type: "boolean" },
  },
};

const { suite, schemaOf } = suiteOfDocument(document, "test:draw-time-budget", "DrawTimeBudget");

it("a draw past its time budget gives up, named and reported, and the run goes on", { timeout: 60_000 }, async () => {
  const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 1, runs: 10, otherRuns: 0, drawMillis: 0 });
  const filtered = schemaOf("filtered").name;
  const gaveUp = result.generatorGaveUp.filter((entry) => entry.schema === filtered);
  expect(gaveUp.length).toBeGreaterThan(0);
  for (const entry of gaveUp) expect(entry.message).toMatch(/gave up after 0 s of drawing/);
  // The schema whose draw filters nothing is judged as ever.
  expect(result.tallies.find((tally) => tally.schema === schemaOf("plain").name)?.instances).toBeGreaterThan(0);
});
