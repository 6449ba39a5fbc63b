// A `oneOf` beside an `anyOf` and `unevaluatedProperties: false` (keys and types ours): a key the
// `anyOf`'s matching subschema declares is evaluated, so the `oneOf`'s variants, each closed by
// `unevaluatedProperties`, allow it under the `anyOf`'s own rule. The variants were closed over
// their own keys alone (the `anyOf` kept as a separate rule), and the DRF serializers refused
// {"a": 1, "b": 1}, which AJV and Python's jsonschema accept. Every runtime gives the verdicts stated
// here by hand.
//
// Needs the Swift toolchain (helpers/swift.ts: under CI=true a missing one fails the run).
import { it } from "vitest";
import { describeWithSwift } from "../../codegen/test/helpers/swift.ts";
import { expectDrawnInstancesAgree, inputUnderEveryRuntime } from "./inputUnderEveryRuntime.ts";
import { expectStatedVerdicts, type StatedVerdict } from "./statedVerdicts.ts";

const requiredInteger = (key: string) => ({ properties: { [key]: { type: "integer" } }, required: [key] });
const document = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  type: "object",
  oneOf: [requiredInteger("a"), requiredInteger("c")],
  anyOf: [{ properties: { b: { type: "integer" } } }],
  unevaluatedProperties: false,
};

/** Instances and their verdicts, read from the schema by hand (swiftDropsTo: statedVerdicts.ts; the first variant whose key is present). */
const stated: readonly StatedVerdict[] = [
  { instance: { a: 1, b: 1 }, valid: true },
  { instance: { c: 1, b: 1 }, valid: true },
  { instance: { a: 1 }, valid: true },
  { instance: { a: 1, b: "x" }, valid: false },
  { instance: { a: 1, d: 1 }, valid: false, swiftDropsTo: { a: 1 } },
  { instance: { a: 1, c: 1 }, valid: false, swiftDropsTo: { a: 1 } },
  { instance: { b: 1 }, valid: false },
];

describeWithSwift("a oneOf beside an anyOf and unevaluatedProperties: false, through every runtime", () => {
  const input = inputUnderEveryRuntime(document, "Pair");

  it("every runtime gives the verdicts stated by hand, a key the anyOf evaluates allowed", { timeout: 300_000 }, async () => {
    await expectStatedVerdicts(input, stated);
  });

  it("every runtime agrees on drawn valid and invalid instances", { timeout: 900_000 }, async () => {
    await expectDrawnInstancesAgree(input);
  });
});
