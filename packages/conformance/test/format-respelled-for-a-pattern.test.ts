// Regression (found by a sweep of STAC: "GENERATOR GAVE UP Item (invalid): cannot generate a valid
// value … format date-time with (\+00:00|Z)$: 10000 candidates were rejected"): STAC writes every
// date-time with a pattern that narrows its offset. A drawn date-time ends in `Z` or `+00:00` one time
// in four, a string drawn from the pattern is seldom a date-time, and an Item holds a dozen such
// fields, each in every asset, so nine in ten candidates were refused and the draw's budget ran out.
// A date-time is now also respelled to meet the pattern: its offset as each zone-neutral one, its
// `T`/`Z` in the other case, without its fraction, each as valid as the drawn one.
import fc from "fast-check";
import { buildModel, toSourceDocument } from "@clone/codegen";
import { isRfc3339DateTime } from "@clone/schema";
import { describe, expect, it } from "vitest";
import { respelledTimes } from "../src/arbitraries/dateTime.ts";
import { FilterStats } from "../src/arbitraries/filtered.ts";
import { validInstances } from "../src/arbitraries/index.ts";

describe("a date-time under a pattern that narrows its spelling", () => {
  it("is drawn respelled to meet it: most candidates pass", () => {
    // Upper-case, no fraction, a zone-neutral offset: about one drawn date-time in twenty.
    const pattern = "^[0-9-]+T[0-9:]+(\\+00:00|Z)$";
    const document = { $schema: "http://json-schema.org/draft-07/schema#", type: "string", format: "date-time", pattern };
    const model = buildModel(toSourceDocument(document, "stamp.json"), { name: "Stamp" });
    const stats = new FilterStats();
    const values = fc.sample(validInstances(model, "Stamp", { stats }), { seed: 7, numRuns: 200 }) as string[];
    expect(values).toHaveLength(200);
    for (const value of values) {
      expect(isRfc3339DateTime(value), value).toBe(true);
      expect(new RegExp(pattern, "u").test(value), value).toBe(true);
    }
    const { tried, rejected } = [...stats.counts].find(([label]) => label.startsWith("format date-time with"))![1];
    // Without respelling, over nine in ten were refused.
    expect(rejected / tried).toBeLessThan(0.6);
  });

  it("respellings are valid date-times, none the value itself, and reach each zone-neutral offset", () => {
    const respelled = respelledTimes("2024-02-29t10:20:30.125+05:30");
    expect(respelled.length).toBeGreaterThan(0);
    for (const value of respelled) expect(isRfc3339DateTime(value), value).toBe(true);
    expect(respelled).not.toContain("2024-02-29t10:20:30.125+05:30");
    expect(respelled).toEqual(expect.arrayContaining(["2024-02-29T10:20:30Z", "2024-02-29t10:20:30.125+00:00", "2024-02-29t10:20:30.125-00:00", "2024-02-29t10:20:30.125z"]));
    expect(respelledTimes("no offset here")).toEqual([]);
  });
});
