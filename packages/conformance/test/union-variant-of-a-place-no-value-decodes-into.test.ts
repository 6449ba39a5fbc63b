// A union variant holding a place no value decodes into, through every runtime. Where a union's
// variants are joined with what sits beside them (an anyOf of tuples beside unevaluatedItems; a oneOf
// beside a conditional and unevaluatedProperties), the model may hold a variant whose place admits no
// value: a tuple whose first place must be an integer and a string, an object whose `a` must be both.
// Swift renders such a place JSONAbsent, which refuses every value, so that variant takes none there;
// the model's decoder-only reading (which tells which variant Swift must decode a value into) read the
// place as its value type, rules unchecked, and named that variant: "swift: decoded the value into
// case array2; the model's rule picks variant Array". Both now read the one rule, decodesNoValue.
//
// Needs the Swift toolchain (helpers/swift.ts: under CI=true a missing one fails the run).
import { it } from "vitest";
import { describeWithSwift } from "../../codegen/test/helpers/swift.ts";
import { inputUnderEveryRuntime } from "./inputUnderEveryRuntime.ts";
import { expectStatedVerdicts, type StatedVerdict } from "./statedVerdicts.ts";

const DIALECT = "https://json-schema.org/draft/2020-12/schema";

const tuples = {
  $schema: DIALECT,
  type: "array",
  anyOf: [{ prefixItems: [{ type: "integer" }] }, { prefixItems: [{ type: "string" }] }],
  unevaluatedItems: false,
};

/** Instances and their verdicts, read from the schema by hand. */
const statedForTuples: readonly StatedVerdict[] = [
  { instance: [1], valid: true },
  { instance: ["s"], valid: true },
  { instance: [], valid: true },
  { instance: [1, 2], valid: false },
  { instance: [true], valid: false },
  { instance: {}, valid: false },
];

const keyed = (type: string) => ({ properties: { a: { type } }, required: ["a"] });
const conditional = {
  $schema: DIALECT,
  type: "object",
  oneOf: [keyed("integer"), keyed("string")],
  if: { properties: { a: { type: "integer" } } },
  then: { properties: { b: { type: "integer" } } },
  else: { properties: { x1: true } },
  unevaluatedProperties: false,
};

/**
 * Instances and their verdicts, read from the schema by hand. Swift's decoder is held to the lenient
 * rule (rules.ts): it may drop a key its type does not declare, so for those the value it must make.
 */
const statedForConditional: readonly StatedVerdict[] = [
  { instance: { a: "s" }, valid: true },
  { instance: { a: 1 }, valid: true },
  { instance: { a: 1, b: 2 }, valid: true },
  { instance: { a: "s", x1: 5 }, valid: true },
  { instance: { a: true }, valid: false },
  { instance: {}, valid: false },
];

describeWithSwift("an anyOf of tuples beside unevaluatedItems: false, a joined variant of a place no value decodes into", () => {
  const input = inputUnderEveryRuntime(tuples, "Tuples");

  it("every runtime gives the verdicts stated by hand, Swift decoding [1] into the integer tuple's case", { timeout: 300_000 }, async () => {
    await expectStatedVerdicts(input, statedForTuples);
  });
});

describeWithSwift("a oneOf beside a conditional and unevaluatedProperties: false, a joined variant of a key no value decodes into", () => {
  const input = inputUnderEveryRuntime(conditional, "Conditional");

  it("every runtime gives the verdicts stated by hand, Swift decoding {a: 's'} into the string variant's case", { timeout: 300_000 }, async () => {
    await expectStatedVerdicts(input, statedForConditional);
  });
});
