// Regression (found by sweep X: OpenAPI 3.1's schema, whose draw of 200 invalid instances gave up at
// one of them): a draw that gave up lost every instance of its schema and kind, drawn or not, and the
// run reported none judged. Each instance gives up alone now, the others drawn are judged at their own
// places (a replay's path), and the give-up says how many of how many could not be drawn.
// The schema: strings of eight letters none of which is a to m, drawn from the pattern's strings and
// filtered by the `not`: about one in two hundred candidates passes, so some draws give up and others do not.
import { expect, it } from "vitest";
import { runConformance } from "../src/run.ts";
import { formatUnjudged } from "../src/report.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = { $schema: "https://json-schema.org/draft/2020-12/schema", $defs: { Rare: { type: "string", pattern: "^[a-z]{8}$", not: { pattern: "[a-m]" } } } };
const { suite } = suiteOfDocument(document, "test:instances-beside-a-give-up-judged", "Rare");
const RUNS = 20;

it("judges the instances drawn beside one the generator gave up on, and counts those it could not draw", async () => {
  const result = await runConformance(suite, { ajv: new AjvRunner(), others: [] }, { seed: 5, runs: RUNS, otherRuns: 0 });
  // Invalid instances are mutations of valid ones: their draws give up too.
  expect(result.generatorGaveUp.map((entry) => [entry.schema, entry.kind, entry.asked])).toEqual([
    ["Rare", "valid", RUNS],
    ["Rare", "invalid", RUNS],
  ]);
  // Some drawn, some not, of each kind: the case this is about.
  for (const { notDrawn } of result.generatorGaveUp) {
    expect(notDrawn).toBeGreaterThan(0);
    expect(notDrawn).toBeLessThan(RUNS);
  }
  const notDrawn = result.generatorGaveUp.reduce((sum, entry) => sum + entry.notDrawn, 0);
  // Every instance drawn was judged (and AJV agreed with each).
  expect(result.tallies.find((tally) => tally.schema === "Rare")?.instances).toBe(2 * RUNS - notDrawn);
  expect(result.disagreements).toEqual([]);
  expect(formatUnjudged(result)).toEqual(
    result.generatorGaveUp.map(
      (entry) =>
        `GENERATOR GAVE UP Rare (${entry.kind}): cannot generate a valid value for not at /$defs/Rare/not: 500 candidates in a row were rejected; ${entry.notDrawn} of its ${RUNS} ${entry.kind} instances could not be drawn, the other ${RUNS - entry.notDrawn} were judged`,
    ),
  );
});
