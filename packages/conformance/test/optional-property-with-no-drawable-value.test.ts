// Regression (found on renovate-schema.json, whose root had no valid instance: "cannot generate a
// valid value for allOf at /properties/productLinks/additionalProperties: 500 candidates in a row were
// rejected"): productLinks is `"$ref": "#"` beside an extra-key rule of URIs, so each root property
// under it must also be a URI, which no value of an enum of words is. Only a `format` says so, which
// the model leaves to the filter: the optional property's generator gave up, and with it the draw
// of every instance of the document. Such a property may only be absent; and once its generator gave
// up, it is not tried again at each level of nesting (500 candidates each time spent the draw's time).
import { expect, it } from "vitest";
import { FilterStats } from "../src/arbitraries/filtered.ts";
import { sampleInstances } from "../src/run.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = {
  $schema: "http://json-schema.org/draft-07/schema#",
  definitions: {
    Links: {
      type: "object",
      properties: {
        // (renovate's was an enum of words: its values, all tried, now tell before any draw that it has
        // none, listed-values-none-passes.test.ts; so do words of a pattern beside a URI, which holds a
        // `:` they cannot, format-holding-a-character-the-pattern-refuses.test.ts. A date ending in `x`
        // can only be drawn.)
        order: { allOf: [{ type: "string", pattern: "^[0-9-]+x$" }, { type: "string", format: "date" }] },
        home: { type: "string" },
        // The same place again at every level of nesting.
        next: { $ref: "#/definitions/Links" },
      },
    },
  },
};

const { suite } = suiteOfDocument(document, "test:optional-no-value", "OptionalNoValue");

it("an optional property no drawn value of which passes its format is left out, and the object is still drawn", () => {
  const links = suite.schemas.find((schema) => schema.name === "Links")!;
  const stats = new FilterStats();
  const instances = sampleInstances(links, "valid", 5, 50, undefined, stats).map((generated) => generated.instance as Record<string, unknown>);
  expect(instances).toHaveLength(50);
  for (const instance of instances) expect(Object.hasOwn(instance, "order"), JSON.stringify(instance)).toBe(false);
  // The other optional property is still drawn, and so is the nesting.
  expect(instances.some((instance) => typeof instance.home === "string")).toBe(true);
  expect(instances.some((instance) => typeof instance.next === "object")).toBe(true);
  // Given up on once: one run of candidates, not one per level or per instance.
  const tried = [...stats.counts].filter(([label]) => label === "format date with ^[0-9-]+x$").reduce((sum, [, { tried }]) => sum + tried, 0);
  expect(tried).toBeGreaterThan(0);
  expect(tried).toBeLessThanOrEqual(500);
});
