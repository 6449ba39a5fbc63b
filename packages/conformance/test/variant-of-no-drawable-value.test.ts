// Regression (found by fuzz R, seed 53005 2020-12: the root's run took 166 s, 0.4 s of it judging;
// "filter not at /if/not, allOf at /then: rejected 222000 of 222000 candidates"): a oneOf one variant of
// which no value of can be drawn (the model's case of an `if` every non-string takes, with a `then` of
// `not` a typeless string, which every non-string passes: only a filter tells it admits none).
// match-two-variants drew that variant again for each invalid instance, a budget of 500 candidates
// each time. Once it has given up it is not drawn again.
import { expect, it } from "vitest";
import { FilterStats } from "../src/arbitraries/filtered.ts";
import { sampleInstances } from "../src/run.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $defs: {
    Root: {
      if: { not: { type: ["string", "number", "array"] } },
      then: { not: { minLength: 3, pattern: "^[a-z]+$", format: "ipv6" } },
      else: { anyOf: [{ type: "null" }, { type: "string" }] },
    },
  },
};

const { schemaOf } = suiteOfDocument(document, "test:variant-of-no-drawable-value", "VariantOfNoDrawableValue");

it("match-two-variants gives up on a variant once, not at every instance", () => {
  const stats = new FilterStats();
  expect(sampleInstances(schemaOf("Root"), "invalid", 5, 50, undefined, stats)).toHaveLength(50);
  const rejected = [...stats.counts.values()].reduce((sum, { rejected }) => sum + rejected, 0);
  // One budget of candidates for the variant that gives up, one for it as the base a value of the
  // other variant's not is merged over (valuesANotRefuses), and what the instances took besides;
  // drawn again at every instance, it was 50 budgets.
  expect(rejected).toBeLessThan(5500);
});
