// An array whose `contains` no item of it can meet admits no value: `items: {type: array, minItems: 1,
// items: {type: object}}` beside `contains: {items: {type: string}}` holds only non-empty arrays of
// objects, none of which is an array of strings. The model did not know it (no warning), and the
// conformance run's generator drew arrays for minutes (found by fuzz AM, seed 73005 OpenAPI 3.1 index
// 1, D2; shrunk: /work/regcorpus/fuzz-am/slow-contains.json). The model now reads when two types share
// no value (by JSON types and, for arrays, lengths and items at each place) and so when no item meets
// a contains, as it reads its counts: beside `maxItems: 0`, a minContains above maxItems or maxContains,
// a contains of no value. Controls: where the items may be empty arrays, where the contains asks for
// what the items are, where the schema names no type (other values pass), where minContains is 0.
// Objects too: items requiring a key the contains' objects cannot hold (`additionalProperties: false`,
// or a propertyNames listing other names) meet it nowhere: `items: {required: [a, kind, class]}` beside
// `contains: {type: object, additionalProperties: false, propertyNames: {enum: [a, b, kind, x-1]}}` was
// drawn until the conformance run's 300 s timeout (fuzz AU, seed 91001 draft-07 index 1, D0; shrunk:
// /work/regcorpus/fuzz-au/). Controls: a contains that declares the key, or takes it by a pattern.
// Numbers too: items whose bounds leave no number the contains' bounds admit (`items: {type: integer,
// minimum: 1}` beside `contains: {type: integer, maximum: 0}`), or no integer between both that is a
// multiple of the contains' multipleOf (`items: {type: integer, minimum: 1, maximum: 7}` beside
// `contains: {type: integer, maximum: 2, multipleOf: 1.5}`), were drawn until GENERATOR GAVE UP (fuzz BC,
// seed 98001 draft-07 index 1, its property a; shrunk: /work/regcorpus/fuzz-bc/). Controls: a multiple
// among the integers of both (3), a number between both's bounds that is no integer (1.2).
// Key values too: items whose rule for a key (a pattern matching it, additionalProperties, a record's
// values) shares no value with the value the contains' objects require there (`items: {patternProperties:
// {".*": {enum: [false, null]}}}` beside `contains: {required: [kind], properties: {kind: {const:
// "v0"}}}`), each variant of a contains that is a union read in turn, were drawn until GENERATOR GAVE
// UP (fuzz BC, seed 99003 2020-12 index 1, D2: a contains of three tagged objects; shrunk:
// /work/regcorpus/fuzz-bc/). Controls: a pattern that takes the value, a pattern that misses the key, a
// union one variant of which the items hold.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, describe, expect, it } from "vitest";
import type { JsonValue } from "../src/index.ts";
import { runCli } from "./helpers/cli.ts";
import { tempDir, writeTree } from "./helpers/workspace.ts";

const dir = tempDir("clone-codegen-contains-no-item-");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const nonEmptyArraysOfObjects = { type: "array", minItems: 1, items: { type: "object" } };
const $defs = {
  ItemsNoneOfWhichIsContained: { type: "array", items: nonEmptyArraysOfObjects, contains: { items: { type: "string" } } },
  DeeperItemsNoneOfWhichIsContained: { type: "array", items: { type: "array", minItems: 1, items: nonEmptyArraysOfObjects }, contains: { items: { items: { type: "integer" } } } },
  TuplePlacesNoneOfWhichIsContained: { type: "array", prefixItems: [{ type: "string" }, nonEmptyArraysOfObjects], items: false, contains: { type: ["integer", "array"], items: { type: "null" } } },
  NoItemAtAll: { type: "array", maxItems: 0, contains: {} },
  MoreContainedThanItems: { type: "array", maxItems: 2, contains: { type: "string" }, minContains: 3 },
  CountsThatCross: { type: "array", contains: { type: "string" }, minContains: 3, maxContains: 2 },
  ContainsEndlessTree: { type: "array", contains: { $ref: "#/$defs/EndlessTree" } },
  EndlessTree: { type: "object", properties: { child: { $ref: "#/$defs/EndlessTree" } }, required: ["child"] },
  ItemsRequireAKeyTheContainsForbids: { type: "array", items: { type: "object", required: ["a"] }, contains: { type: "object", additionalProperties: false } },
  ItemsRequireAKeyTheContainsDoesNotName: { type: "array", items: { required: ["class"] }, contains: { type: "object", propertyNames: { enum: ["a", "kind"] } } },
  ItemsAboveTheContainsBounds: { type: "array", items: { type: "integer", minimum: 1 }, contains: { type: "integer", maximum: 0 } },
  ItemsNoMultipleOfTheContains: { type: "array", items: { type: "integer", minimum: 1, maximum: 7 }, contains: { type: "integer", maximum: 2, multipleOf: 1.5 } },
  ItemsNumbersBelowTheContains: { type: "array", items: { type: "number", exclusiveMaximum: 1 }, contains: { type: "number", minimum: 1 } },
  ItemsPatternRefusesTheContainsKey: { type: "array", items: { patternProperties: { ".*": { enum: [false, null] } } }, contains: { type: "object", properties: { kind: { const: "v0" } }, required: ["kind"] } },
  ItemsAdditionalRefuseTheContainsKey: { type: "array", items: { type: "object", properties: { a: {} }, additionalProperties: { type: "integer" } }, contains: { properties: { kind: { type: "string" } }, required: ["kind"] } },
  ItemsRecordRefusesEveryTaggedContains: { type: "array", items: { type: "object", additionalProperties: { type: "null" } }, contains: { anyOf: [0, 1].map((tag) => ({ type: "object", properties: { kind: { const: `v${tag}` } }, required: ["kind"] })) } },
  // Controls, each with a value AJV takes (below).
  ItemsPatternTakesTheContainsKey: { type: "array", items: { patternProperties: { ".*": { enum: [false, null, "v0"] } } }, contains: { type: "object", properties: { kind: { const: "v0" } }, required: ["kind"] } },
  ItemsPatternMissesTheContainsKey: { type: "array", items: { patternProperties: { "^x-": { enum: [false, null] } } }, contains: { type: "object", properties: { kind: { const: "v0" } }, required: ["kind"] } },
  ItemsRecordHoldsOneContainsVariant: { type: "array", items: { type: "object", additionalProperties: { type: "null" } }, contains: { anyOf: [{ type: "object", properties: { kind: { const: "v0" } }, required: ["kind"] }, { type: "object", required: ["n"] }] } },
  ContainsDeclaresTheKey: { type: "array", items: { type: "object", required: ["a"] }, contains: { type: "object", properties: { a: {} }, additionalProperties: false } },
  ContainsTakesTheKeyByPattern: { type: "array", items: { type: "object", required: ["a"] }, contains: { type: "object", patternProperties: { "^a": {} }, additionalProperties: false } },
  ItemsMayBeEmpty: { type: "array", items: { type: "array", items: { type: "object" } }, contains: { items: { type: "string" } } },
  ContainsWhatItemsAre: { type: "array", items: nonEmptyArraysOfObjects, contains: { items: { type: "object" } } },
  NamingNoType: { items: nonEmptyArraysOfObjects, contains: { items: { type: "string" } } },
  ContainingNone: { type: "array", items: nonEmptyArraysOfObjects, contains: { items: { type: "string" } }, minContains: 0 },
  TuplePlaceContained: { type: "array", prefixItems: [{ type: "string" }, { type: "array", items: { type: "object" } }], items: false, contains: { type: ["integer", "array"], items: { type: "null" } } },
  ContainsAMultipleTheItemsAre: { type: "array", items: { type: "integer", minimum: 1, maximum: 7 }, contains: { type: "integer", maximum: 3, multipleOf: 1.5 } },
  ContainsANumberBetweenTheIntegers: { type: "array", items: { type: "number", minimum: 1, maximum: 1.8 }, contains: { type: "number", maximum: 1.5 } },
};
const admitNone = ["ItemsNoneOfWhichIsContained", "DeeperItemsNoneOfWhichIsContained", "TuplePlacesNoneOfWhichIsContained", "NoItemAtAll", "MoreContainedThanItems", "CountsThatCross", "ContainsEndlessTree", "EndlessTree", "ItemsRequireAKeyTheContainsForbids", "ItemsRequireAKeyTheContainsDoesNotName", "ItemsAboveTheContainsBounds", "ItemsNoMultipleOfTheContains", "ItemsNumbersBelowTheContains", "ItemsPatternRefusesTheContainsKey", "ItemsAdditionalRefuseTheContainsKey", "ItemsRecordRefusesEveryTaggedContains"];
const witnesses: Record<string, JsonValue> = { ItemsMayBeEmpty: [[]], ContainsWhatItemsAre: [[{}]], NamingNoType: "text", ContainingNone: [], TuplePlaceContained: ["a", []], ContainsDeclaresTheKey: [{ a: 1 }], ContainsTakesTheKeyByPattern: [{ a: 1 }], ContainsAMultipleTheItemsAre: [3], ContainsANumberBetweenTheIntegers: [1.2], ItemsPatternTakesTheContainsKey: [{ kind: "v0" }], ItemsPatternMissesTheContainsKey: [{ kind: "v0" }], ItemsRecordHoldsOneContainsVariant: [{ n: null }] };
const document = { $schema: "https://json-schema.org/draft/2020-12/schema", $defs };
writeTree(dir, { "doc.json": JSON.stringify(document) });

describe("an array whose contains no item of it meets", () => {
  it("is warned of as admitting no value; the controls are not", async () => {
    const result = await runCli(["gen", "--input", join(dir, "doc.json"), "--target", "json-schema", "--out", join(dir, "out")]);
    expect(result.status).toBe(0);
    const warned = [...result.stderr.matchAll(/^warning: .*doc\.json#\/\$defs\/(\w+): no JSON value satisfies/gm)].map(([, name]) => name);
    expect(warned.sort()).toEqual([...admitNone].sort());
  });

  it("AJV takes each control's witness, and none of a few near misses of those admitting none", () => {
    const ajv = new Ajv2020({ strict: false });
    ajv.addSchema(document, "doc");
    const valid = (name: string, value: JsonValue) => ajv.validate({ $ref: `doc#/$defs/${name}` }, value);
    for (const [name, witness] of Object.entries(witnesses)) expect(valid(name, witness), name).toBe(true);
    const nearMisses: JsonValue[] = [[], [[]], [[{}]], ["a"], [["a"]], [[[{}]]], [[[1]]], ["a", [{}]], ["a", "b", "c"], [1], [{}], [{ a: 1 }], [{ a: 1, class: 2 }], [{ class: {} }], [0], [1], [3], [1.5], [{ kind: "v0" }], [{ kind: "v1" }], [{ kind: null }], [{ kind: 1 }], [{ kind: "v0", a: 1 }]];
    // AJV skips a contains after a tuple's places when the array is shorter than them, and so takes []
    // there (limitations.ts names it): the empty array is no near miss of the tuple's.
    const missesOf = (name: string) => (name.startsWith("TuplePlaces") ? nearMisses.filter((value) => JSON.stringify(value) !== "[]") : nearMisses);
    for (const name of admitNone) for (const value of missesOf(name)) expect(valid(name, value), `${name} ${JSON.stringify(value)}`).toBe(false);
  });
});
