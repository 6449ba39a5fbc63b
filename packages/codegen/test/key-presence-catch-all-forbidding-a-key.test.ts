// A conditional on one key is split by the model into a key-presence union: the case with the key and
// the catch-all without it, whose rule "must not be an object with k" (the `if`'s `required`, negated)
// the Swift decoder left unchecked, so an object with the key whose case failed to decode went to the
// catch-all. Found by sweep BA on CircleCI's config schema (/work/regcorpus/ci-configs/circle-ci.json,
// jobInvocation's job types); judged end to end with Swift in
// packages/conformance/test/key-presence-catch-all-forbidding-a-key.test.ts. Here, without Swift: the
// keys each variant forbids (keysForbiddenByRules), the decoder's candidate tests, and the case's
// documentation, which no longer tells the rule as one the decoder does not check. Controls: a variant
// that forbids no key, and a `not` saying more than one key's presence, which forbids none.
import { describe, expect, it } from "vitest";
import { keysForbiddenByRules } from "../src/model/keysForbiddenByRules.ts";
import type { KeyPresenceUnion } from "../src/model/types.ts";
import { targets } from "../src/targets/index.ts";
import { modelOf } from "./helpers/model.ts";

const document = {
  $schema: "http://json-schema.org/draft-07/schema#",
  type: "object",
  properties: { type: { enum: ["release", "build"] } },
  if: { required: ["type"], properties: { type: { const: "release" } } },
  then: { required: ["plan_name"], properties: { plan_name: { type: "string" } } },
  else: { properties: { steps: { type: "array" } } },
};

describe("a key-presence union's catch-all that forbids the key of another case", () => {
  it("the catch-all forbids the key; the case with it forbids none", () => {
    const model = modelOf(document, "Job");
    const union = model.types.find((type): type is KeyPresenceUnion => type.kind === "union" && type.rule === "keyPresence")!;
    expect(union.variants.map((variant) => [variant.keys, keysForbiddenByRules(variant.type, model)])).toEqual([
      [["type"], []],
      [[], ["type"]],
    ]);
  });

  it("Swift takes the catch-all only where the key is absent, and does not tell that rule as unchecked", () => {
    const model = modelOf(document, "Job");
    const swift = targets.find((target) => target.name === "swift")!.render([model], {}).find((file) => file.path.endsWith("JobModels.swift"))!.contents;
    expect(swift).toContain('if !container.contains(AnyCodingKey("type")), let payload = matchVariant(JobOther.self');
    expect(swift).not.toContain('must not be an object with "type"');
  });

  // Controls: a `not` of two keys together forbids neither alone, and one of a key holding a value
  // forbids only that value (an author's `not: {required: [k]}` alone is a JSONAbsent property already).
  for (const [what, not] of Object.entries({ "two keys together": { required: ["a", "b"] }, "a key holding a value": { required: ["a"], properties: { a: { const: 1 } } } })) {
    it(`control: a not of ${what} forbids no key`, () => {
      const model = modelOf({ $schema: "http://json-schema.org/draft-07/schema#", type: "object", not }, "Rule");
      const root = model.types.find((type) => type.name === "Rule")!;
      expect(root.kind === "alias" && root.type.kind === "constrained" && root.type.assertions.map((assertion) => assertion.kind)).toEqual(["not"]);
      expect(root.kind === "alias" && keysForbiddenByRules(root.type, model)).toEqual([]);
    });
  }
});
