// An object whose every key a pattern of no value refuses holds no key: `{type: object, minProperties:
// 1, patternProperties: {".*": false}}` admits no value (only `{}` passes the keys, and minProperties
// refuses it). The model read it as a record whose values admit none, but not that the record then
// admits no object: no warning, and the conformance run drew objects until GENERATOR GAVE UP (found by
// fuzz BC, seed 97002 2019-09 index 1, D2; shrunk: /work/regcorpus/fuzz-bc/shrunk-97002-every-key-
// refused-by-a-pattern.json). A pattern's rule holds for a declared key it matches too, so declared
// properties beside such a pattern (D2 declared four) are held by no object either, nor is a declared
// key a narrower pattern of no value matches (`^o` refuses `on`). "Every key" is read only from the patterns known to
// match every key (`.*`, `""`, …); `^.*$` leaves a key holding a line terminator to additionalProperties.
// Controls: that `^.*$`, a record of no value that may be empty, one naming no type (other values
// pass), a required key the refusing pattern does not match.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, describe, expect, it } from "vitest";
import type { JsonValue } from "../src/index.ts";
import { runCli } from "./helpers/cli.ts";
import { tempDir, writeTree } from "./helpers/workspace.ts";

const dir = tempDir("clone-codegen-every-key-refused-");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const $defs = {
  EveryKeyRefused: { type: "object", minProperties: 1, patternProperties: { ".*": false } },
  EveryKeyRefusedByTheEmptyPattern: { type: "object", minProperties: 1, patternProperties: { "": { not: {} } } },
  DeclaredKeysRefusedByEveryKeyPattern: { type: "object", properties: { on: { type: "boolean" }, items: {} }, patternProperties: { "^x-": {}, ".*": false }, minProperties: 1 },
  DeclaredKeyRefusedByItsPattern: { type: "object", properties: { on: { type: "boolean" } }, patternProperties: { "^o": false }, additionalProperties: false, minProperties: 1 },
  // Controls, each with a value AJV takes (below).
  OneLineKeysRefused: { type: "object", minProperties: 1, patternProperties: { "^.*$": false } },
  EveryKeyRefusedMayBeEmpty: { type: "object", patternProperties: { ".*": false } },
  NamingNoType: { minProperties: 1, patternProperties: { ".*": false } },
  RequiredKeyThePatternMisses: { type: "object", properties: { on: { type: "boolean" } }, required: ["on"], patternProperties: { "^x": false } },
};
const admitNone = ["EveryKeyRefused", "EveryKeyRefusedByTheEmptyPattern", "DeclaredKeysRefusedByEveryKeyPattern", "DeclaredKeyRefusedByItsPattern"];
const witnesses: Record<string, JsonValue> = { OneLineKeysRefused: { "\n": 1 }, EveryKeyRefusedMayBeEmpty: {}, NamingNoType: "text", RequiredKeyThePatternMisses: { on: true } };
const document = { $schema: "https://json-schema.org/draft/2020-12/schema", $defs };
writeTree(dir, { "doc.json": JSON.stringify(document) });

describe("an object whose every key a pattern of no value refuses", () => {
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
    const nearMisses: JsonValue[] = [{}, { a: 1 }, { on: true }, { "x-a": 1 }, { "\n": 1 }, { "": null }, { on: true, a: 1 }, { items: [] }];
    for (const name of admitNone) for (const value of nearMisses) expect(valid(name, value), `${name} ${JSON.stringify(value)}`).toBe(false);
  });
});
