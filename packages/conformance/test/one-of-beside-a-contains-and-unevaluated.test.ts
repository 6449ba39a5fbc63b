// A `oneOf` of tuples beside a `contains` and `unevaluatedItems: false` (types ours): in 2020-12 the
// items a `contains` matches are evaluated, so [1, true] is valid (its first item by the first
// variant's `prefixItems`, its second by the `contains`; Python's jsonschema accepts it). The variants
// were each closed over their own `prefixItems` alone, the `contains` kept as a rule of the union, and
// the model's own reading, the DRF serializers and the Swift decoder refused it. Every runtime gives the
// verdicts stated here by hand; AJV marks every item evaluated once a `contains` is there (its named
// limitation), so it accepts an item nothing evaluates: its verdict there is stated apart. The forms
// near it (an anyOf union, the counts, a contains of an allOf part or of a variant, a tuple beside,
// 2019-09, whose contains evaluates nothing) are held to verdicts stated by hand in the model's own
// reading, which every validating target follows.
//
// Needs the Swift toolchain (helpers/swift.ts: under CI=true a missing one fails the run).
import { buildModel, ModelValidator, toSourceDocument, type JsonValue } from "@clone/codegen";
import { expect, it } from "vitest";
import { describeWithSwift } from "../../codegen/test/helpers/swift.ts";
import { expectDrawnInstancesAgree, inputUnderEveryRuntime } from "./inputUnderEveryRuntime.ts";
import { expectStatedVerdicts, type StatedVerdict } from "./statedVerdicts.ts";

const DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";
const tuples = [{ prefixItems: [{ type: "integer" }] }, { prefixItems: [{ type: "string" }] }];
const boolean = { type: "boolean" };
const document = { $schema: DRAFT_2020_12, type: "array", oneOf: tuples, contains: boolean, unevaluatedItems: false };

/** Instances and their verdicts, read from the schema by hand (ajvByItsLimitation: statedVerdicts.ts). */
const stated: readonly StatedVerdict[] = [
  { instance: [1, true], valid: true },
  { instance: ["a", false], valid: true },
  { instance: [1, true, false], valid: true },
  { instance: [1, true, "x"], valid: false, ajvByItsLimitation: true },
  { instance: [1, 2, true], valid: false, ajvByItsLimitation: true },
  { instance: [true], valid: false },
  { instance: [1.5, true], valid: false },
];

describeWithSwift("a oneOf beside a contains and unevaluatedItems: false, through every runtime", () => {
  const input = inputUnderEveryRuntime(document, "Tagged");

  it("every runtime gives the verdicts stated by hand, an item the contains matches evaluated", { timeout: 300_000 }, async () => {
    await expectStatedVerdicts(input, stated);
  });

  it("every runtime agrees on drawn valid and invalid instances", { timeout: 900_000 }, async () => {
    await expectDrawnInstancesAgree(input);
  });
});

/** Forms near the document's, each with instances whose verdicts are read from it by hand. */
const nearbyForms: readonly { readonly form: string; readonly schema: object; readonly stated: readonly (readonly [JsonValue, boolean])[] }[] = [
  {
    form: "an anyOf union: each set of variants together is closed with the contains",
    schema: { $schema: DRAFT_2020_12, type: "array", anyOf: tuples, contains: boolean, unevaluatedItems: false },
    stated: [[[1, true], true], [["a", false, true], true], [[1, "x", true], false]],
  },
  {
    form: "minContains: 2",
    schema: { ...document, minContains: 2 },
    stated: [[[1, true, false], true], [[1, true], false]],
  },
  {
    form: "maxContains: 1",
    schema: { ...document, maxContains: 1 },
    stated: [[[1, true], true], [[1, true, false], false]],
  },
  {
    form: "minContains: 0 still evaluates what it matches",
    schema: { ...document, minContains: 0 },
    stated: [[[1], true], [[1, true], true], [[1, null], false]],
  },
  {
    form: "the contains of an allOf part beside the union",
    schema: { $schema: DRAFT_2020_12, type: "array", oneOf: tuples, allOf: [{ contains: boolean }], unevaluatedItems: false },
    stated: [[[1, true], true], [[1, null, true], false]],
  },
  {
    form: "a tuple place beside the union",
    schema: { $schema: DRAFT_2020_12, type: "array", prefixItems: [true], oneOf: [{ prefixItems: [true, { type: "integer" }] }, { prefixItems: [true, { type: "string" }] }], contains: boolean, unevaluatedItems: false },
    stated: [[[null, 1, true], true], [[null, 1, true, "x"], false]],
  },
  {
    form: "a contains inside one variant evaluates for that variant only",
    schema: { $schema: DRAFT_2020_12, type: "array", oneOf: [{ prefixItems: [{ type: "integer" }], contains: boolean }, { prefixItems: [{ type: "string" }] }], unevaluatedItems: false },
    stated: [[[1, true], true], [["a", true], false]],
  },
  {
    // Python's jsonschema reads 2019-09 as 2020-12 here (its named limitation jsonschema-reads-2019-09-contains-as-evaluating).
    form: "2019-09, whose contains evaluates nothing (its items and additionalItems do)",
    schema: { $schema: "https://json-schema.org/draft/2019-09/schema", type: "array", oneOf: [{ items: [{ type: "integer" }], additionalItems: boolean }, { items: [{ type: "string" }] }], contains: boolean, unevaluatedItems: false },
    stated: [[[1, true], true], [["a", true], false]],
  },
];

it("the model reads each nearby form as stated by hand", () => {
  const misread = nearbyForms.flatMap(({ form, schema, stated }) => {
    const model = buildModel(toSourceDocument(structuredClone(schema), form), { name: "Nearby" });
    const validator = new ModelValidator(model);
    return stated.filter(([instance, valid]) => validator.validates(model.root!, instance) !== valid).map(([instance, valid]) => `${form}: ${JSON.stringify(instance)} should be ${valid ? "valid" : "invalid"}`);
  });
  expect(misread).toEqual([]);
});
