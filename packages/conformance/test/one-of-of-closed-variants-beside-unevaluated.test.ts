// The Dev Container spec's root, reduced (the shape of devcontainers/spec's devContainer.base.schema.json:
// a root `oneOf` of container kinds beside `properties` and `unevaluatedProperties: false`; keys and
// types ours): each variant, closed over `name` and its own key, refuses the other's key, so the
// distributed union alone says what the `oneOf` says, and the model keeps no second union of the
// variants as written (translateAssertions' closedFormsKeepCount). Every runtime, Swift included, still
// agrees with AJV on drawn instances, and on instances whose verdicts are stated here by hand: an object
// holding both keys matches both variants as written and is invalid.
//
// Needs the Swift toolchain (helpers/swift.ts: under CI=true a missing one fails the run).
import { expect, it } from "vitest";
import { describeWithSwift } from "../../codegen/test/helpers/swift.ts";
import { expectDrawnInstancesAgree, inputUnderEveryRuntime } from "./inputUnderEveryRuntime.ts";
import { expectStatedVerdicts, type StatedVerdict } from "./statedVerdicts.ts";

const keyed = (key: string) => ({ type: "object", properties: { [key]: { type: "string" } }, required: [key] });
const document = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: "Config",
  type: "object",
  properties: { name: { type: "string" } },
  oneOf: [keyed("image"), keyed("build")],
  unevaluatedProperties: false,
};

/**
 * Instances and their verdicts, read from the schema by hand. Swift's decoder is held to the lenient
 * rule (rules.ts): it may accept an object whose only fault is keys its type does not declare, which it
 * drops, so for those it states the value Swift must then make of it (the first variant whose key is
 * present, union order), itself valid.
 */
const stated: readonly StatedVerdict[] = [
  { instance: { image: "i" }, valid: true },
  { instance: { name: "n", build: "b" }, valid: true },
  { instance: { image: "i", build: "b" }, valid: false, swiftDropsTo: { image: "i" } },
  { instance: { name: "n", image: "i", build: "b" }, valid: false, swiftDropsTo: { name: "n", image: "i" } },
  { instance: { image: "i", other: 1 }, valid: false, swiftDropsTo: { image: "i" } },
  { instance: { name: "n" }, valid: false },
  { instance: { image: 1 }, valid: false },
  { instance: "i", valid: false },
];

describeWithSwift("a root oneOf of closed variants beside unevaluatedProperties: false, through every runtime", () => {
  const input = inputUnderEveryRuntime(document, "Config");

  it("the root is the distributed union itself, with no second union kept as a rule beside it", () => {
    const [root] = input.suite.schemas;
    expect(root?.type).toMatchObject({ name: "Config", kind: "union", keyword: "oneOf" });
    expect(input.suite.schemas.map((schema) => schema.name)).toEqual(["Config"]);
  });

  it("every runtime agrees on drawn valid and invalid instances", { timeout: 900_000 }, async () => {
    await expectDrawnInstancesAgree(input);
  });

  it("every runtime gives the verdicts stated by hand, an object of both keys refused", { timeout: 300_000 }, async () => {
    await expectStatedVerdicts(input, stated);
  });
});
