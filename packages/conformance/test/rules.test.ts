// The rules of issue 5, verdict by verdict: what counts as a disagreement and whose it is.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { findMutation, MUTATIONS } from "../src/mutations/index.ts";
import { findings, SWIFT_MAY_ACCEPT, SWIFT_MAY_ACCEPT_FILE, withKeysInNormalForm, type Column, type Expectation, type KnownLimitation, type Readings } from "../src/rules.ts";
import type { Verdict } from "../src/runners/types.ts";
import { integersAsWritten, integersHeldBySwift, isDecimalMultipleOf, isRemainderMultipleOf } from "../src/runtimeNumbers.ts";
import { buildModel, isMultipleOf, ModelValidator, toSourceDocument, type ModelValidatorOptions, type SchemaModel } from "@clone/codegen";
import type { JsonObject, JsonValue } from "../src/json.ts";
import { DocumentAjv } from "../src/runners/documentAjv.ts";
import { additionalPropertiesAsJsonschema2019ReadsThem, containsAsJsonschema2019ReadsIt, containsBesideTuplesAsAjvReadsThem, dynamicRefsAsAjvReadsThem, LIMITATIONS, loneEmptyPatternsAsJsonschemaReadsThem } from "../src/limitations.ts";

const valid: Verdict = { valid: true };
const invalid: Verdict = { valid: false };
const instance = { a: 1, b: [1.5, "x"] };
const allValid = { ajv: valid, jsonschema: valid, fastjsonschema: valid, drf: { valid: true, unchanged: true }, swift: { valid: true, reencoded: { b: [1.5, "x"], a: 1.0 } } };
const reencodingOk = { ajv: valid, drf: valid };
const broken = (violation: string): Expectation => ({ valid: false, violation: violation as never, mutation: "test" });
/** The readings of one known limitation: the model's verdict as its runtime reads the schema, per column. */
const readingOf = (limitation: KnownLimitation, verdicts: Partial<Record<Column, boolean>>): Readings => ({ limitations: { [limitation]: verdicts } });

/** Every definition of a 2020-12 `$defs` document, on every instance: the model read as AJV reads it (a model built so, read with `options`) against AJV itself. */
function expectAjvReadingAgrees(document: JsonObject, ajvReading: SchemaModel, instances: readonly JsonValue[], options: ModelValidatorOptions = {}): DocumentAjv {
  const ajv = new DocumentAjv(document, "2020-12");
  const reading = new ModelValidator(ajvReading, options);
  for (const definition of Object.keys(document.$defs as JsonObject)) {
    const name = ajvReading.types.find((type) => type.definitionName === definition)!.name;
    const judge = ajv.validator(definition, `#/$defs/${definition}`);
    for (const instance of instances) expect([definition, instance, reading.validatesNamed(name, instance)]).toEqual([definition, instance, judge(instance)]);
  }
  return ajv;
}

/** A document's model (built from a copy, as the run builds it) and the name of its root type. */
function modelOfDocument(document: object, location: string, name: string): { readonly model: SchemaModel; readonly root: string } {
  const model = buildModel(toSourceDocument(structuredClone(document) as JsonObject, location), { name });
  return { model, root: model.root!.name };
}

describe("valid instances", () => {
  it("agree when every runtime accepts and Swift re-encodes the same JSON (key order and 1 vs 1.0 aside)", () => {
    expect(findings({ valid: true }, instance, allValid, { reencoding: reencodingOk })).toEqual([]);
  });

  it("charge a rejection to the runtime that rejected", () => {
    expect(findings({ valid: true }, instance, { ...allValid, fastjsonschema: invalid }, { reencoding: reencodingOk }).map((f) => f.column)).toEqual(["fastjsonschema"]);
  });

  it("charge Swift for a re-encoding that differs (a dropped null, a number turned string) or that AJV or DRF reject", () => {
    const differs = { ...allValid, swift: { valid: true, reencoded: { a: "1", b: [1.5, "x"] } } };
    expect(findings({ valid: true }, instance, differs, { reencoding: reencodingOk }).map((f) => f.column)).toEqual(["swift"]);
    expect(findings({ valid: true }, instance, allValid, { reencoding: { ajv: invalid, drf: valid } }).map((f) => f.column)).toEqual(["swift"]);
    expect(findings({ valid: true }, instance, allValid, { reencoding: { ajv: valid, drf: invalid } }).map((f) => f.column)).toEqual(["swift"]);
  });

  it("charge Swift for a present null it re-encodes as an absent key (shrunk from the Claude Code sessions)", () => {
    // An optional nullable property: absent, null and a value are three states, and {} is valid too,
    // so only the comparison with the input catches the lost null.
    const present = { x: null };
    expect(findings({ valid: true }, present, { ...allValid, swift: { valid: true, reencoded: {} } }, { reencoding: reencodingOk }).map((f) => f.column)).toEqual(["swift"]);
    expect(findings({ valid: true }, present, { ...allValid, swift: { valid: true, reencoded: { x: null } } }, { reencoding: reencodingOk })).toEqual([]);
  });

  it("charge DRF when its validated data is not the input", () => {
    expect(findings({ valid: true }, instance, { ...allValid, drf: { valid: true, unchanged: false } }, { reencoding: reencodingOk }).map((f) => f.column)).toEqual(["drf"]);
  });

  it("skip a runtime that has nothing for the schema", () => {
    expect(findings({ valid: true }, instance, { ...allValid, swift: { valid: false, unsupported: true } })).toEqual([]);
  });
});

describe("invalid instances", () => {
  const allRejected = { ajv: invalid, jsonschema: invalid, fastjsonschema: invalid, drf: invalid, swift: invalid };

  it("agree when every runtime rejects", () => {
    expect(findings(broken("missing-required"), instance, allRejected)).toEqual([]);
  });

  it("let Swift accept only bounds, lengths, patterns, formats, if/then/else assertions, unknown keys, tags and enum values", () => {
    const lenient = ["bound", "pattern", "format", "conditional", "unknown-key", "unknown-tag", "out-of-enum"];
    for (const violation of lenient) expect(findings(broken(violation), instance, { ...allRejected, swift: valid })).toEqual([]);
    for (const violation of ["missing-required", "wrong-type", "wrong-const", "required-when"]) {
      expect(findings(broken(violation), instance, { ...allRejected, swift: valid }).map((f) => f.column)).toEqual(["swift"]);
    }
  });

  it("hold Swift to a requiredWhen rule: the generated decoder checks it, as the XCTest suite requires", () => {
    const requiredWhen = findMutation("break-required-when");
    expect(SWIFT_MAY_ACCEPT.has(requiredWhen.violation)).toBe(false);
    expect(SWIFT_MAY_ACCEPT.has(findMutation("break-conditional").violation)).toBe(true);
  });

  it("read what Swift may accept from the one statement, every entry a violation some mutation makes, each with its reason", () => {
    const statement = JSON.parse(readFileSync(SWIFT_MAY_ACCEPT_FILE, "utf8")) as { mayAccept: Record<string, string> };
    const made = new Set(MUTATIONS.map((mutation) => mutation.violation));
    expect(Object.keys(statement.mayAccept).length).toBeGreaterThan(0);
    for (const [violation, reason] of Object.entries(statement.mayAccept)) {
      expect(made.has(violation as never), violation).toBe(true);
      expect(reason.length, violation).toBeGreaterThan(0);
    }
    expect([...SWIFT_MAY_ACCEPT].sort()).toEqual(Object.keys(statement.mayAccept).sort());
  });

  it("never let AJV, jsonschema, fastjsonschema or DRF accept", () => {
    fc.assert(
      fc.property(fc.constantFrom("ajv", "jsonschema", "fastjsonschema", "drf"), fc.constantFrom("bound", "unknown-key", "format"), (column, violation) => {
        expect(findings(broken(violation), instance, { ...allRejected, [column]: valid }).map((f) => f.column)).toEqual([column]);
      }),
    );
  });
});

describe("known limitations", () => {
  const input = { a: { "\u00e9": 1, "e\u0301": 2, x: [{ "\u00c5": true, "\u212b": false }] } };

  it("tolerate a Swift re-encoding that only merged canonically equivalent keys, and count it as such", () => {
    const merged = { a: { "\u00e9": 2, x: [{ "\u212b": false }] } };
    const swift = { valid: true, reencoded: merged };
    const result = findings({ valid: true }, input, { ...allValid, swift }, { reencoding: reencodingOk });
    expect(result.map((f) => [f.column, f.limitation])).toEqual([["swift", "swift-merges-equivalent-keys"]]);
  });

  // Found by random schemas judged by every runtime, Swift included: an undeclared key U+0065 U+0301
  // that Swift's decoder read as the declared property U+00E9, whose constant it then refused.
  it("tolerate Swift refusing a valid instance only where AJV refuses it too with every key in NFC", () => {
    const undeclared = { "e\u0301": 9 };
    expect(withKeysInNormalForm(undeclared)).toEqual({ "\u00e9": 9 });
    expect(withKeysInNormalForm({ "\u00e9": 9, list: [{ a: 1 }] })).toBeUndefined();
    const refused = { ...allValid, swift: invalid };
    const tolerated = findings({ valid: true }, undeclared, refused, { ajvWithKeysInNormalForm: [invalid] });
    expect(tolerated.map((f) => [f.column, f.limitation])).toEqual([["swift", "swift-merges-equivalent-keys"]]);
    expect(findings({ valid: true }, undeclared, refused, { ajvWithKeysInNormalForm: [valid, valid] }).map((f) => [f.column, f.limitation])).toEqual([["swift", undefined]]);
    expect(findings({ valid: true }, undeclared, refused).map((f) => [f.column, f.limitation])).toEqual([["swift", undefined]]);
  });

  // Campaign O, seed 41004: the other way round, an undeclared key U+00E9 (in NFC) that Swift read as
  // the declared property U+0065 U+0301 (a string or an integer), and refused its array; in NFC the
  // instance is unchanged, so AJV judges it with every key in NFD too.
  it("tolerate Swift refusing a valid instance where AJV refuses it with every key in NFD", () => {
    const document = JSON.parse('{"$schema": "http://json-schema.org/draft-07/schema#", "definitions": {"Declared": {"type": "object", "properties": {"e\u0301": {"type": ["string", "integer"]}}}}}') as JsonObject;
    const judge = new DocumentAjv(document, "draft-07").validator("Declared", "#/definitions/Declared");
    const undeclared = { "\u00e9": [] };
    expect(judge(undeclared)).toBe(true);
    expect(withKeysInNormalForm(undeclared, "NFC")).toBeUndefined();
    const inNfd = withKeysInNormalForm(undeclared, "NFD")!;
    expect(inNfd).toEqual({ "e\u0301": [] });
    expect(judge(inNfd)).toBe(false);
    const found = findings({ valid: true }, undeclared, { ...allValid, swift: invalid }, { ajvWithKeysInNormalForm: [invalid] });
    expect(found.map((f) => [f.column, f.limitation])).toEqual([["swift", "swift-merges-equivalent-keys"]]);
  });

  // Campaign O, seed 41004: an undeclared U+00E9 Swift read as the declared U+0065 U+0301 (a date) and
  // wrote back under that key: AJV refuses the re-encoding for the merge alone, the same limitation.
  it("tolerate AJV refusing a re-encoding that only merged equivalent keys, and nothing else", () => {
    const undeclared = { "\u00e9": "", kind: "v0" };
    const renamed = { "e\u0301": "", kind: "v0" };
    const ajvRefuses = { ajv: { valid: false, detail: '/e\u0301: expected format "date"' }, drf: { valid: true, unchanged: true } };
    const tolerated = findings({ valid: true }, undeclared, { ...allValid, swift: { valid: true, reencoded: renamed } }, { reencoding: ajvRefuses });
    expect(tolerated.map((f) => [f.column, f.limitation])).toEqual([
      ["swift", "swift-merges-equivalent-keys"],
      ["swift", "swift-merges-equivalent-keys"],
    ]);
    const unchanged = findings({ valid: true }, undeclared, { ...allValid, swift: { valid: true, reencoded: undeclared } }, { reencoding: ajvRefuses });
    expect(unchanged.map((f) => [f.column, f.limitation])).toEqual([["swift", undefined]]);
  });

  // Found on a schema declaring a property U+00E9 beside additionalProperties of another type (sweep M):
  // Swift's keyed container finds a declared property's key by scanning, so it read the first of the
  // equivalent keys (an undeclared U+0065 U+0301 holding a number), where a dictionary keeps the last.
  it("merge equivalent keys keeping the first value or the last, and tolerate Swift where AJV refuses either", () => {
    const both = { "e\u0301": 0, "\u00e9": "" };
    expect(withKeysInNormalForm(both, "NFC", "first")).toEqual({ "\u00e9": 0 });
    expect(withKeysInNormalForm(both, "NFC", "last")).toEqual({ "\u00e9": "" });
    expect(withKeysInNormalForm(both)).toEqual({ "\u00e9": "" });
    const refused = { ...allValid, swift: invalid };
    const tolerated = findings({ valid: true }, both, refused, { ajvWithKeysInNormalForm: [invalid, valid] });
    expect(tolerated.map((f) => [f.column, f.limitation])).toEqual([["swift", "swift-merges-equivalent-keys"]]);
  });

  it("but not one that lost a key, changed a value or merged keys that are not equivalent", () => {
    for (const reencoded of <JsonValue[]>[
      { a: { "\u00e9": 3, x: [{ "\u212b": false }] } },
      { a: { "\u00e9": 1, x: [{}] } },
      { a: { "\u00e9": 1, "e\u0301": 2, x: [{ "\u00c5": true }] } },
      { a: { e: 1, x: [{ "\u00c5": true, "\u212b": false }] } },
    ]) {
      const result = findings({ valid: true }, input, { ...allValid, swift: { valid: true, reencoded } }, { reencoding: reencodingOk });
      expect(result.map((f) => [f.column, f.limitation])).toEqual([["swift", undefined]]);
    }
  });
});

// Found on OpenAPI 3.0's schema (an `enum` value or a unique item holding a "toString" key): AJV threw,
// and the run ended with "a.toString is not a function". AJV's equality is now one that cannot throw
// (@clone/schema's jsonEqual, for every AJV in the process); a validator that throws all the same is
// a disagreement, never the end of the run.
describe("AJV and objects holding toString or valueOf", () => {
  const threw = (message: string): Verdict => ({ valid: false, threw: message, detail: `threw: ${message}` });

  it("the document's AJV judges such an object in const, enum and uniqueItems", () => {
    const document = JSON.parse(
      '{"$schema": "http://json-schema.org/draft-07/schema#", "definitions": {"Pinned": {"const": {"a": 1}}, "Listed": {"enum": [{}, {"valueOf": 0}]}, "Unique": {"type": "array", "uniqueItems": true}}}',
    ) as JsonObject;
    const ajv = new DocumentAjv(document, "draft-07");
    expect(ajv.validator("Pinned", "#/definitions/Pinned")({ toString: 1 })).toBe(false);
    expect(ajv.validator("Listed", "#/definitions/Listed")({ valueOf: 0 })).toBe(true);
    expect(ajv.validator("Unique", "#/definitions/Unique")([{}, { toString: "" }])).toBe(true);
  });

  it("AJV throwing is a disagreement: it gave no verdict, on a valid instance and an invalid one alike", () => {
    const [finding] = findings({ valid: true }, { toString: 1 }, { ...allValid, ajv: threw("a.toString is not a function") }, { reencoding: reencodingOk });
    expect(finding).toEqual({ column: "ajv", reason: "gave no verdict: threw: a.toString is not a function" });
    // Its "invalid" is no refusal: an invalid instance it threw on passed as rejected before.
    const allInvalid = { ajv: threw("a.toString is not a function"), jsonschema: invalid, fastjsonschema: invalid, drf: invalid, swift: invalid };
    expect(findings(broken("wrong-const"), { toString: 1 }, allInvalid)).toEqual([{ column: "ajv", reason: "gave no verdict: threw: a.toString is not a function" }]);
  });

  it("the AJV runner answers a throw as a verdict instead of ending the run", async () => {
    const { AjvRunner } = await import("../src/runners/ajv.ts");
    const runner = new AjvRunner();
    const schema = { family: { ajv: () => Object.assign(() => { throw new TypeError("a.toString is not a function"); }, { messages: () => [] }) } } as never;
    expect(runner.judgeNow([{ schema, instance: { toString: 1 } }])).toEqual([{ ajv: threw("a.toString is not a function") }]);
  });
});

describe("fastjsonschema and number formats", () => {
  // Found on DAP (int32 on DisassembledInstruction's sourceReference): fastjsonschema checks formats on strings only.
  const allInvalid = { ajv: invalid, jsonschema: invalid, fastjsonschema: valid, drf: invalid, swift: invalid };
  it("a number that breaks its format and passes fastjsonschema is its known limitation, not a disagreement", () => {
    const [finding, ...rest] = findings({ valid: false, violation: "format", mutation: "break-number-format" }, 3_000_000_000, allInvalid, readingOf("fastjsonschema-checks-formats-on-strings-only", { fastjsonschema: true }));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ column: "fastjsonschema", limitation: "fastjsonschema-checks-formats-on-strings-only" });
  });
  // Fuzz S, seed 54005 draft-04 (D0 of the second document, shrunk): not: {oneOf: [{enum: [-1.25]},
  // {type: number, format: int32}]}; -1.25 matches both variants to fastjsonschema, so its not passes.
  it("through a not of a oneOf, so is its acceptance of a number another variant matches, where formats read on strings only give it", () => {
    const document = JSON.parse('{"$schema": "http://json-schema.org/draft-04/schema#", "not": {"oneOf": [{"enum": [-1.25, {}]}, {"type": "number", "format": "int32"}]}}') as JsonObject;
    const { model, root } = modelOfDocument(document, "test:number-format-in-a-not", "NumberFormatInANot");
    const reading = (LIMITATIONS.find(([name]) => name === "fastjsonschema-checks-formats-on-strings-only")![1].evidence as { readAs: (model: SchemaModel, runtime: "fastjsonschema") => ModelValidator }).readAs(model, "fastjsonschema");
    expect([new ModelValidator(model).validatesNamed(root, -1.25), reading.validatesNamed(root, -1.25), reading.validatesNamed(root, "x")]).toEqual([false, true, true]);
    const found = findings({ valid: false, violation: "not", mutation: "match-a-not" }, -1.25, allInvalid, readingOf("fastjsonschema-checks-formats-on-strings-only", { fastjsonschema: true }));
    expect(found.map((finding) => [finding.column, finding.limitation])).toEqual([["fastjsonschema", "fastjsonschema-checks-formats-on-strings-only"]]);
  });
  it("a string format fastjsonschema lets through is still a disagreement", () => {
    const found = findings({ valid: false, violation: "format", mutation: "break-string-format" }, "x", allInvalid);
    expect(found).toEqual([{ column: "fastjsonschema", reason: "accepted an invalid instance (format, by break-string-format)" }]);
  });
});

// Found on a pattern written with a Unicode property (`^\p{L}+$`): Python's re cannot compile it, so
// jsonschema and fastjsonschema have no verdict at all; the harness says so per engine, and DRF (whose
// translation spells the property out) is still judged.
describe("Python engines that cannot compile a pattern", () => {
  const unreadable: Verdict = { valid: false, detail: "Python's re cannot compile a pattern of the document: bad escape \\p", unreadablePattern: "bad escape \\p" };
  const verdicts = { ajv: valid, jsonschema: unreadable, fastjsonschema: unreadable, drf: { valid: true, unchanged: true }, swift: { valid: true, reencoded: instance } };
  it("are their known limitation, on a valid instance and an invalid one alike", () => {
    for (const expectation of [{ valid: true } as const, broken("pattern")]) {
      const found = findings(expectation, instance, expectation.valid ? verdicts : { ...verdicts, ajv: invalid, drf: invalid, swift: invalid });
      expect(found.map((finding) => [finding.column, finding.limitation])).toEqual([
        ["jsonschema", "python-validators-cannot-compile-patterns"],
        ["fastjsonschema", "python-validators-cannot-compile-patterns"],
      ]);
    }
  });
  it("leave DRF held to its own verdict", () => {
    const found = findings({ valid: true }, instance, { ...verdicts, drf: invalid });
    expect(found.filter((finding) => finding.limitation === undefined).map((finding) => finding.column)).toEqual(["drf"]);
  });
});

// Found on `"multipleOf": 0.1` ({"step": -1.9000000000000001}: AJV, jsonschema, DRF valid, fastjsonschema
// invalid): fastjsonschema divides in decimal, the others as floats.
// Found by the schema sweeps (github-action's root, AsyncAPI's extensions): a schema naming no type
// lets other JSON values through; DRF now does, and Swift, a typed target, refuses them.
describe("Swift and a schema that names no type", () => {
  const refused: Verdict = { valid: false, detail: "typeMismatch at /: expected Dictionary" };
  const verdicts = { ajv: valid, jsonschema: valid, fastjsonschema: valid, drf: { valid: true, unchanged: true }, swift: refused };
  it("Swift refusing what only the typeless reading lets through is its known limitation", () => {
    const found = findings({ valid: true }, null, verdicts, readingOf("swift-reads-typeless-schemas-as-their-type", { swift: false }));
    expect(found.map((finding) => [finding.column, finding.limitation])).toEqual([["swift", "swift-reads-typeless-schemas-as-their-type"]]);
  });
  it("a refusal that reading does not explain is still a disagreement", () => {
    expect(findings({ valid: true }, null, verdicts, readingOf("swift-reads-typeless-schemas-as-their-type", { swift: true }))).toEqual([{ column: "swift", reason: "rejected a valid instance: typeMismatch at /: expected Dictionary" }]);
  });
});

describe("fastjsonschema and a fractional multipleOf", () => {
  const verdicts = { ajv: valid, jsonschema: valid, fastjsonschema: invalid, drf: { valid: true, unchanged: true }, swift: { valid: true, reencoded: instance } };
  it("a verdict the decimal reading of multipleOf explains is its known limitation", () => {
    const found = findings({ valid: true }, instance, verdicts, readingOf("fastjsonschema-checks-multiple-of-in-decimal", { fastjsonschema: false }));
    expect(found.map((finding) => [finding.column, finding.limitation])).toEqual([["fastjsonschema", "fastjsonschema-checks-multiple-of-in-decimal"]]);
  });
  it("one it does not explain is still a disagreement", () => {
    expect(findings({ valid: true }, instance, verdicts, readingOf("fastjsonschema-checks-multiple-of-in-decimal", { fastjsonschema: true }))).toEqual([{ column: "fastjsonschema", reason: "rejected a valid instance" }]);
  });
  it("reads multipleOf in decimal only where the divisor is fractional, as fastjsonschema does", () => {
    expect([isDecimalMultipleOf(-1.9000000000000001, 0.1), isMultipleOf(-1.9000000000000001, 0.1)]).toEqual([false, true]);
    expect([isDecimalMultipleOf(19.01, 0.01), isMultipleOf(19.01, 0.01)]).toEqual([true, false]);
    expect([isDecimalMultipleOf(7.25, 0.5), isDecimalMultipleOf(1e-7, 1e-8), isDecimalMultipleOf(-0.5, 0.25), isDecimalMultipleOf(9, 3)]).toEqual([false, true, true, true]);
    // A whole divisor: an integer by exact remainder, a number spelled with an exponent (1.5e300, a float to Python) by int(quotient); an infinite quotient is none.
    expect([isDecimalMultipleOf(1.5e300, 1), isMultipleOf(1.5e300, 1)]).toEqual([true, false]);
    expect([isDecimalMultipleOf(-5e-324, 2), isDecimalMultipleOf(1e308, 0.001), isDecimalMultipleOf(10, 4)]).toEqual([true, false, false]);
    // Found by random schemas judged by every runtime: its overflow check compares with +infinity
    // only, so a quotient overflowing to -infinity is judged in decimal (fastjsonschema 2.21 accepts
    // -8.98846567431158e+307 as a multiple of 0.5, refuses 8.98846567431158e+307).
    expect([isDecimalMultipleOf(-8.98846567431158e307, 0.5), isDecimalMultipleOf(8.98846567431158e307, 0.5), isDecimalMultipleOf(-1e308, 0.001)]).toEqual([true, false, true]);
    // Fuzz S, seed 54001 draft-04 (items: {type: number, multipleOf: 1.5}, instance [-79124375777844450000]):
    // an integer past 2^53 reaches Python as the double's own digits, -79124375777844445184, no
    // multiple of 1.5 in decimal though its shortest spelling is; the float quotient is whole.
    expect([isDecimalMultipleOf(-79124375777844450000, 1.5), isMultipleOf(-79124375777844450000, 1.5), isDecimalMultipleOf(-1858121766523735800, 1.5)]).toEqual([false, true, false]);
    // Fuzz U, seed 56001 draft-04 (an item `{not: {multipleOf: 1.5, format: int64}}`, instance
    // [false, 1.6042661932261088e+41]): Python's Decimal division rounds the quotient to 28
    // significant digits, so one of 28 integer digits or more is whole (fastjsonschema refused the
    // instance), where the exact quotient 106951079548407253333…33.3 is not; below that the
    // rounding makes whole only a quotient within half a 28th digit of a whole number.
    expect([isDecimalMultipleOf(1.6042661932261088e41, 1.5), isDecimalMultipleOf(-1.6042661932261088e41, 1.5), isMultipleOf(1.6042661932261088e41, 1.5)]).toEqual([true, true, false]);
    expect([isDecimalMultipleOf(1.0000000000000002e27, 0.3), isDecimalMultipleOf(1e20, 0.3), isDecimalMultipleOf(0.30000000000000004, 0.1)]).toEqual([true, false, false]);
  });
});

// Found by random schemas judged by every runtime (`{"type": "number", "minimum": -1, "multipleOf": 2}`,
// the shrunk instance -5e-324: AJV, DRF and the model valid, jsonschema invalid): jsonschema takes a
// whole divisor's exact remainder, the others divide as floats, and -5e-324 / 2 rounds to -0.
// Found by random schemas judged by every runtime: fastjsonschema refuses to compile a schema whose
// `required` keys its `additionalProperties: false` forbids, and the harness answered an error for
// every Python column; now only fastjsonschema's is missing, under its named limitation.
describe("fastjsonschema refusing a schema", () => {
  const refused: Verdict = { valid: false, detail: "refused to compile the schema: data: items ['a'] are required but not allowed", refusedSchema: "data: items ['a'] are required but not allowed" };
  const verdicts = { ajv: valid, jsonschema: valid, fastjsonschema: refused, drf: { valid: true, unchanged: true }, swift: { valid: true, reencoded: 1 } };
  it("for keys it requires and forbids is its known limitation", () => {
    expect(findings({ valid: true }, 1, verdicts).map((finding) => [finding.column, finding.limitation])).toEqual([["fastjsonschema", "fastjsonschema-refuses-required-keys-it-forbids"]]);
  });
  it("for any other reason is a disagreement", () => {
    const other = { ...verdicts, fastjsonschema: { ...refused, refusedSchema: "unknown type: 'strnig'" } };
    expect(findings({ valid: true }, 1, other).map((finding) => [finding.column, finding.limitation])).toEqual([["fastjsonschema", undefined]]);
  });
});

describe("the model's multipleOf (isMultipleOf), against packages/schema/rules/multiple-of.json", () => {
  const { vectors } = JSON.parse(readFileSync(new URL("../../schema/rules/multiple-of.json", import.meta.url), "utf8")) as { vectors: [number, number, boolean][] };
  it("gives each vector's verdict", () => {
    expect(vectors.length).toBeGreaterThan(10);
    expect(vectors.map(([value, divisor]) => isMultipleOf(value, divisor))).toEqual(vectors.map(([, , multiple]) => multiple));
  });
});

describe("jsonschema and multipleOf", () => {
  const tiny = -5e-324;
  const verdicts = { ajv: valid, jsonschema: invalid, fastjsonschema: valid, drf: { valid: true, unchanged: true }, swift: { valid: true, reencoded: tiny } };
  const document = { $schema: "http://json-schema.org/draft-07/schema#", type: "number", minimum: -1, multipleOf: 2 };
  const { model, root } = modelOfDocument(document, "test:remainder", "Even");

  it("the model divides as AJV does; read by remainder, it gives jsonschema's verdict", () => {
    expect(new ModelValidator(model).validatesNamed(root, tiny)).toBe(true);
    expect(new ModelValidator(model, { multipleOf: isRemainderMultipleOf }).validatesNamed(root, tiny)).toBe(false);
  });
  it("a verdict the remainder reading explains is its known limitation", () => {
    const found = findings({ valid: true }, tiny, verdicts, readingOf("jsonschema-checks-multiple-of-by-remainder", { jsonschema: false }));
    expect(found.map((finding) => [finding.column, finding.limitation])).toEqual([["jsonschema", "jsonschema-checks-multiple-of-by-remainder"]]);
  });
  it("one it does not explain is still a disagreement", () => {
    expect(findings({ valid: true }, tiny, verdicts, readingOf("jsonschema-checks-multiple-of-by-remainder", { jsonschema: true }))).toEqual([{ column: "jsonschema", reason: "rejected a valid instance" }]);
  });
  it("reads multipleOf as Python's jsonschema does: a whole divisor by remainder, a fractional one by int(quotient)", () => {
    // [value, divisor, jsonschema's verdict]: Python's -5e-324 % 2 is 2.0; int(2e21) == 2e21; 1.5e308 / 0.1 overflows, and the exact fraction is not whole.
    const table: [number, number, boolean][] = [[-5e-324, 2, false], [5e-324, 2, false], [-4, 2, true], [3, 2, false], [0, 2, true], [7.5, 2.5, true], [0.3, 0.1, false], [1e21, 0.5, true], [1e308, 0.5, true], [1.5e308, 0.1, false]];
    expect(table.map(([value, divisor]) => isRemainderMultipleOf(value, divisor))).toEqual(table.map(([, , verdict]) => verdict));
    expect([isMultipleOf(-5e-324, 2), isMultipleOf(1e21, 0.5)]).toEqual([true, false]);
  });
});

// Found on GitHub's webhook schema (`webhook-events`: oneOf [an array of 50 known event names, ["*"]]):
// the change-constant mutation turned ["*"] into [""], which breaks the second variant's constant and
// is an unknown value of the first variant's enum; Swift decodes it as that enum's unknown case, as
// swift-may-accept.json lets it ("out-of-enum"), but was charged with accepting a wrong constant.
describe("Swift accepting an invalid instance by a rule it may skip, elsewhere than the mutation broke", () => {
  const document = {
    $schema: "http://json-schema.org/draft-07/schema#",
    oneOf: [
      { type: "array", items: { type: "string", enum: ["push", "fork"] } },
      { type: "array", items: { type: "string", const: "*" }, minItems: 1, maxItems: 1 },
    ],
  };
  const { model, root } = modelOfDocument(document, "test:decoder-only", "Events");
  const strict = new ModelValidator(model);
  const decoder = new ModelValidator(model, { decoderOnly: true });
  const accepted = { ajv: invalid, jsonschema: invalid, fastjsonschema: invalid, drf: invalid, swift: { valid: true, reencoded: [""] } };

  it("the decoder's reading accepts [\"\"] (an unknown enum value), and still refuses a wrong type", () => {
    expect([strict.validatesNamed(root, [""]), decoder.validatesNamed(root, [""])]).toEqual([false, true]);
    expect(decoder.validatesNamed(root, [1])).toBe(false);
    expect(decoder.validatesNamed(root, "push")).toBe(false);
  });

  it("is no disagreement where that reading accepts the instance, and still one where it does not", () => {
    const wrongConstant = broken("wrong-const");
    expect(findings(wrongConstant, [""], accepted, { decoderOnly: true })).toEqual([]);
    expect(findings(wrongConstant, [""], accepted, { decoderOnly: false }).map((finding) => finding.column)).toEqual(["swift"]);
  });
});

// An anyOf of tuples beside unevaluatedItems: false joins each variant with the other's tuple too, so
// one variant's first place must be an integer and a string: no value decodes into it (Swift's
// JSONAbsent). The decoder's reading read that place as an integer, so [1] decoded into two variants,
// and the run named the joined one where Swift took the integer tuple's
// (union-variant-of-a-place-no-value-decodes-into.test runs Swift).
describe("the decoder's reading of a place no value decodes into", () => {
  const document = {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    type: "array",
    anyOf: [{ prefixItems: [{ type: "integer" }] }, { prefixItems: [{ type: "string" }] }],
    unevaluatedItems: false,
  };
  const { model, root } = modelOfDocument(document, "test:absent-place", "Tuples");
  const union = model.typesByName.get(root)!;
  const decoder = new ModelValidator(model, { decoderOnly: true, asMatchVariant: true });
  const taking = (value: JsonValue) => (union.kind === "union" ? union.variants.filter((variant) => decoder.takesAsVariant(variant.type, value)).length : -1);

  it("lets exactly one variant take [1] and one take [\"s\"], as Swift decodes them", () => {
    expect(union.kind).toBe("union");
    expect([taking([1]), taking(["s"])]).toEqual([1, 1]);
  });
});

// Found by the schema sweep on GitHub's workflow schema (draft-07): `with: {$ref: env, properties:
// {entrypoint: {type: string}}}` with entrypoint -0.25: AJV and DRF invalid, jsonschema and
// fastjsonschema valid, since draft-07 says keywords beside a `$ref` are ignored.
describe("Python engines and keywords beside a $ref", () => {
  const verdicts = { ajv: invalid, jsonschema: valid, fastjsonschema: valid, drf: invalid, swift: invalid };
  const wrongType = broken("wrong-type");
  it("accepting what only the draft-07 reading (siblings ignored) lets through is their known limitation", () => {
    const found = findings(wrongType, instance, verdicts, readingOf("python-validators-ignore-ref-siblings", { jsonschema: true, fastjsonschema: true }));
    expect(found.map((finding) => [finding.column, finding.limitation])).toEqual([
      ["jsonschema", "python-validators-ignore-ref-siblings"],
      ["fastjsonschema", "python-validators-ignore-ref-siblings"],
    ]);
  });
  it("a verdict that reading does not explain is still a disagreement", () => {
    const found = findings(wrongType, instance, verdicts, readingOf("python-validators-ignore-ref-siblings", { jsonschema: false, fastjsonschema: false }));
    expect(found.map((finding) => [finding.column, finding.limitation])).toEqual([
      ["jsonschema", undefined],
      ["fastjsonschema", undefined],
    ]);
  });
  // Found by the case files (JSON Schema's test suite): a statement the model itself contradicts made
  // every reading of the model agree with the engines, so a plain wrong verdict passed as a limitation.
  it("a reading explains nothing where the model itself contradicts the expectation (a case file's statement)", () => {
    const stated = { valid: false, statedIn: "draft7/x.json#/0/tests/0" } as const;
    const readings = readingOf("python-validators-ignore-ref-siblings", { jsonschema: true, fastjsonschema: true });
    expect(findings(stated, instance, verdicts, { ...readings, model: true }).map((finding) => [finding.column, finding.limitation])).toEqual([
      ["jsonschema", undefined],
      ["fastjsonschema", undefined],
    ]);
    expect(findings(stated, instance, verdicts, { ...readings, model: false }).map((finding) => finding.limitation)).toEqual(["python-validators-ignore-ref-siblings", "python-validators-ignore-ref-siblings"]);
  });
});

// Found by the schema sweep on GitLab CI's schema too: a job is oneOf [{when: {const: delayed}, required:
// [when, start_in]}, {when: {not: {const: delayed}}}] over when's own enum; change-constant made
// "DELAYED", which the second variant's Swift enum decodes as its unknown case (out-of-enum), and
// drop-required-key dropped start_in, which leaves the second variant's `not` (documentation in Swift).
describe("the decoder's reading of a oneOf whose variants differ by a constant and a not", () => {
  it("lets an unknown enum value and a broken `not` through, never a wrong type, a wrong constant or a missing required key", () => {
    const job = {
      type: "object",
      properties: { when: { enum: ["on_success", "delayed"] }, start_in: { type: "string" } },
      oneOf: [{ properties: { when: { const: "delayed" } }, required: ["when", "start_in"] }, { properties: { when: { not: { const: "delayed" } } } }],
    };
    const model = buildModel(toSourceDocument({ $schema: "http://json-schema.org/draft-07/schema#", definitions: { Job: job } }, "test:open-enums"), { name: "OpenEnums" });
    const decoder = new ModelValidator(model, { decoderOnly: true });
    const strict = new ModelValidator(model);
    expect([strict.validatesNamed("Job", { when: "DELAYED", start_in: "1h" }), decoder.validatesNamed("Job", { when: "DELAYED", start_in: "1h" })]).toEqual([false, true]);
    expect(decoder.validatesNamed("Job", { when: 1 })).toBe(false);
    expect([strict.validatesNamed("Job", { when: "delayed" }), decoder.validatesNamed("Job", { when: "delayed" })]).toEqual([false, true]);
    const fixed = buildModel(
      toSourceDocument({ $schema: "http://json-schema.org/draft-07/schema#", definitions: { Fixed: { type: "object", properties: { kind: { const: "a" }, n: { type: "integer", maximum: 1 } }, required: ["kind"] } } }, "test:fixed"),
      { name: "Fixed" },
    );
    const reading = new ModelValidator(fixed, { decoderOnly: true });
    expect([reading.validatesNamed("Fixed", { kind: "a", n: 5 }), reading.validatesNamed("Fixed", { kind: "b" }), reading.validatesNamed("Fixed", { n: 1 })]).toEqual([true, false, false]);
  });
});

// Found by the schema sweep on GitHub's workflow schema (seed 12): a matrix {"A\u030a": [0], "\u00c5":
// null}, the null a wrong type: Swift's decoder merged the two keys, kept the array, and accepted.
describe("Swift accepting an invalid instance whose equivalent keys its decoder merged", () => {
  const both = { "A\u030a": [0], "\u00c5": null };
  const merged = { "\u00c5": [0] };
  const verdicts = { ajv: invalid, jsonschema: invalid, fastjsonschema: invalid, drf: invalid, swift: { valid: true, reencoded: merged } };
  const wrongType: Expectation = { valid: false, violation: "wrong-type", mutation: "wrong-json-type" };
  it("is the known limitation when what it decoded is valid", () => {
    const found = findings(wrongType, both, verdicts, { reencoding: { ajv: valid, drf: valid } });
    expect(found.map((finding) => [finding.column, finding.limitation])).toEqual([["swift", "swift-merges-equivalent-keys"]]);
  });
  it("a disagreement when what it decoded is invalid too, or when it merged nothing", () => {
    expect(findings(wrongType, both, verdicts, { reencoding: { ajv: invalid, drf: invalid } }).map((finding) => finding.limitation)).toEqual([undefined]);
    expect(findings(wrongType, both, { ...verdicts, swift: { valid: true, reencoded: both } }, { reencoding: { ajv: valid, drf: valid } }).map((finding) => finding.limitation)).toEqual([undefined]);
  });
});

// Found by the schema sweep on the Dev Container spec (seed 2): its root is a oneOf beside
// `unevaluatedProperties: false`, and {"image": "", "constructor": null} passed AJV alone.
describe("AJV and an inherited key name where unevaluatedProperties closes the object", () => {
  const document = {
    $schema: "https://json-schema.org/draft/2019-09/schema",
    oneOf: [
      { type: "object", properties: { a: { type: "string" } }, required: ["a"] },
      { type: "object", properties: { b: { type: "integer" } }, required: ["b"] },
    ],
    unevaluatedProperties: false,
  };
  const { model, root } = modelOfDocument(document, "test:inherited-keys", "Closed");
  const strict = new ModelValidator(model);
  const ajvReading = new ModelValidator(model, { inheritedKeysEvaluated: true });
  const unknownKey: Expectation = { valid: false, violation: "unknown-key", mutation: "add-unknown-key" };
  const verdicts = { ajv: valid, jsonschema: invalid, fastjsonschema: invalid, drf: invalid, swift: invalid };

  it("AJV lets constructor and toString through, not another unknown key (the runtime fault the limitation names)", () => {
    const judge = new DocumentAjv(document as unknown as JsonObject, "2019-09").validator("Closed", "#");
    expect([judge({ a: "", constructor: null }), judge({ a: "", toString: 1 }), judge({ a: "", other: 1 })]).toEqual([true, true, false]);
  });

  it("the model's AJV reading lets such keys through a closed object, and nothing else", () => {
    expect([strict.validatesNamed(root, { a: "", constructor: null }), ajvReading.validatesNamed(root, { a: "", constructor: null })]).toEqual([false, true]);
    expect([ajvReading.validatesNamed(root, { a: "", other: 1 }), ajvReading.validatesNamed(root, { a: 1, toString: 1 })]).toEqual([false, false]);
  });

  it("is AJV's known limitation where that reading accepts the instance, and still a disagreement where it does not", () => {
    const found = findings(unknownKey, { a: "", constructor: null }, verdicts, readingOf("ajv-reads-inherited-keys-as-evaluated", { ajv: true }));
    expect(found.map((finding) => [finding.column, finding.limitation])).toEqual([["ajv", "ajv-reads-inherited-keys-as-evaluated"]]);
    expect(findings(unknownKey, { a: "", other: 1 }, verdicts, readingOf("ajv-reads-inherited-keys-as-evaluated", { ajv: false }))).toEqual([{ column: "ajv", reason: "accepted an invalid instance (unknown-key, by add-unknown-key)" }]);
  });
});

// Asked after a sweep: AJV accepted {"__proto__": null} beside patternProperties and an
// unevaluatedProperties schema. By experiment (ajv 8.20, 2020-12) it is not the skipped `__proto__`
// entry but the inherited-key fault: beside patternProperties AJV keeps its record of evaluated keys
// in a plain object and asks it `props[key]`, so every key named after an Object.prototype member,
// `__proto__` among them, reads as evaluated whatever unevaluatedProperties says; `__proto__` is only
// let through where no pattern matches it (a matching one still checks its value). Beside
// `properties` alone AJV's record is fixed when it compiles the schema, and checks such keys.
describe("AJV and an inherited key name beside patternProperties", () => {
  const document = JSON.parse(
    '{"$schema": "https://json-schema.org/draft/2020-12/schema", "$defs": {' +
      '"Underscored": {"patternProperties": {"^_": {"type": "string"}}, "unevaluatedProperties": {"enum": [1]}},' +
      '"Lettered": {"type": "object", "properties": {"a": true}, "patternProperties": {"^x": {"type": "string"}}, "unevaluatedProperties": {"enum": [1]}},' +
      '"Declared": {"properties": {"a": true}, "unevaluatedProperties": {"enum": [1]}}}}',
  ) as JsonObject;
  const model = buildModel(toSourceDocument(structuredClone(document), "test:inherited-beside-patterns"), { name: "Patterned" });
  const instances = ['{"__proto__": null}', '{"__proto__": 1}', '{"__proto__": "s"}', '{"constructor": null}', '{"toString": 1}', '{"b": null}', '{"b": 1}', '{"x": 1}'].map((text) => JSON.parse(text) as JsonValue);

  it("AJV lets such a key through an unevaluatedProperties schema beside patternProperties, not beside properties alone (the runtime fault the limitation names)", () => {
    const ajv = new DocumentAjv(document, "2020-12");
    const [underscored, lettered, declared] = ["Underscored", "Lettered", "Declared"].map((name) => ajv.validator(name, `#/$defs/${name}`));
    expect([underscored!(instances[0]!), underscored!(instances[3]!)]).toEqual([false, true]);
    expect([lettered!(instances[0]!), lettered!(instances[3]!)]).toEqual([true, true]);
    expect([declared!(instances[0]!), declared!(instances[3]!)]).toEqual([false, false]);
  });

  it("the model's AJV reading gives AJV's verdict on every instance", () => {
    expectAjvReadingAgrees(document, model, instances, { inheritedKeysEvaluated: true });
  });
});

// Found by JSON-Schema-Test-Suite's draft7 prototype-safe.json: 30 of its 352 tests failed in the AJV
// column alone, each on a `__proto__` entry of `properties` or of `dependencies`.
describe("AJV and a __proto__ entry among properties or dependencies", () => {
  const document = JSON.parse('{"$schema": "http://json-schema.org/draft-07/schema#", "type": "object", "properties": {"__proto__": {"type": "number"}, "a": {"type": "string"}}, "dependencies": {"__proto__": ["a"]}}') as JsonObject;
  const closed = JSON.parse('{"$schema": "http://json-schema.org/draft-07/schema#", "type": "object", "properties": {"__proto__": {"type": "number"}}, "additionalProperties": false}') as JsonObject;
  const { model, root } = modelOfDocument(document, "test:proto", "Proto");
  const { model: closedModel, root: closedRoot } = modelOfDocument(closed, "test:proto-closed", "Closed");
  const instance = (text: string) => JSON.parse(text) as JsonValue;
  const verdicts = { ajv: valid, jsonschema: invalid, fastjsonschema: invalid, drf: invalid, swift: invalid };
  const stated: Expectation = { valid: false, statedIn: "prototype-safe.json" };

  it("AJV checks neither the value under __proto__ nor the dependency on it, and counts the key as undeclared (the runtime fault the limitation names)", () => {
    const judge = new DocumentAjv(document, "draft-07").validator("Proto", "#");
    expect([judge(instance('{"__proto__": "x"}')), judge(instance('{"__proto__": 1}')), judge(instance('{"a": 1}'))]).toEqual([true, true, false]);
    const judgeClosed = new DocumentAjv(closed, "draft-07").validator("Closed", "#");
    expect(judgeClosed(instance('{"__proto__": 1}'))).toBe(false);
  });

  it("the model's AJV reading skips those entries, and nothing else", () => {
    const strict = new ModelValidator(model);
    const ajvReading = new ModelValidator(model, { protoEntriesSkipped: true });
    expect([strict.validatesNamed(root, instance('{"__proto__": "x", "a": "s"}')), ajvReading.validatesNamed(root, instance('{"__proto__": "x", "a": "s"}'))]).toEqual([false, true]);
    expect([strict.validatesNamed(root, instance('{"__proto__": 1}')), ajvReading.validatesNamed(root, instance('{"__proto__": 1}'))]).toEqual([false, true]);
    expect(ajvReading.validatesNamed(root, instance('{"a": 1}'))).toBe(false);
    const closedReading = new ModelValidator(closedModel, { protoEntriesSkipped: true });
    expect([new ModelValidator(closedModel).validatesNamed(closedRoot, instance('{"__proto__": 1}')), closedReading.validatesNamed(closedRoot, instance('{"__proto__": 1}'))]).toEqual([true, false]);
  });

  it("is AJV's known limitation where that reading gives AJV's verdict, and still a disagreement where it does not", () => {
    const found = findings(stated, instance('{"__proto__": "x"}'), verdicts, { ...readingOf("ajv-skips-proto-entries", { ajv: true }), model: false });
    expect(found.map((finding) => [finding.column, finding.limitation])).toEqual([["ajv", "ajv-skips-proto-entries"]]);
    expect(findings(stated, instance('{"__proto__": "x"}'), verdicts, { ...readingOf("ajv-skips-proto-entries", { ajv: false }), model: false })).toEqual([{ column: "ajv", reason: "accepted an invalid instance (as prototype-safe.json states)" }]);
  });
});

// Found by a construct sweep (a definition requiring the key ""): AJV accepted objects without it.
describe("AJV and the empty key required", () => {
  const document = JSON.parse('{"$schema": "http://json-schema.org/draft-07/schema#", "type": "object", "properties": {"": {"type": "string"}, "a": {"type": "integer"}}, "required": ["a"], "dependencies": {"a": [""]}}') as JsonObject;
  const { model, root } = modelOfDocument(document, "test:empty-key", "Empty");
  const missing: Expectation = { valid: false, statedIn: "a dependency on the empty key" };
  const verdicts = { ajv: valid, jsonschema: invalid, fastjsonschema: invalid, drf: invalid, swift: invalid };

  it("@clone/schema's AJV options make a required empty key checked; a dependency on it stays unchecked (the runtime fault the limitation names)", () => {
    const required = new DocumentAjv(JSON.parse('{"$schema": "http://json-schema.org/draft-07/schema#", "required": ["", "a"]}') as JsonObject, "draft-07").validator("Required", "#");
    expect([required({ a: 1 }), required({ "": 1, a: 1 })]).toEqual([false, true]);
    const judge = new DocumentAjv(document, "draft-07").validator("Empty", "#");
    expect([judge({ a: 1 }), judge({ "": "x", a: 1 }), judge({ "": "x" })]).toEqual([true, true, false]);
  });

  it("the model's AJV reading leaves only that dependency unchecked", () => {
    const ajvReading = new ModelValidator(model, { emptyKeyDependenciesSkipped: true });
    expect([new ModelValidator(model).validatesNamed(root, { a: 1 }), ajvReading.validatesNamed(root, { a: 1 })]).toEqual([false, true]);
    expect([ajvReading.validatesNamed(root, { "": "x" }), ajvReading.validatesNamed(root, { "": 1, a: 1 })]).toEqual([false, false]);
  });

  it("is AJV's known limitation where that reading accepts the instance, and still a disagreement where it does not", () => {
    expect(findings(missing, { a: 1 }, verdicts, { ...readingOf("ajv-skips-empty-key-dependency", { ajv: true }), model: false }).map((finding) => finding.limitation)).toEqual(["ajv-skips-empty-key-dependency"]);
    expect(findings(missing, { a: 1 }, verdicts, { ...readingOf("ajv-skips-empty-key-dependency", { ajv: false }), model: false })).toEqual([{ column: "ajv", reason: "accepted an invalid instance (as a dependency on the empty key states)" }]);
  });
});

// Found by a construct sweep: in a draft-04 document, oneOf [integer, number] with -1e+21 passed
// both Python engines alone (Python's json parses it as a float, not an integer as draft-04 says).
describe("draft-04 integers written with an exponent", () => {
  const document = JSON.parse('{"$schema": "http://json-schema.org/draft-04/schema#", "oneOf": [{"type": "integer"}, {"type": "number"}]}') as JsonObject;
  const { model, root } = modelOfDocument(document, "test:draft04-integers", "IntOrNum");
  const twoVariants: Expectation = { valid: false, violation: "one-of", mutation: "match-two-variants" };
  const verdicts = { ajv: invalid, jsonschema: valid, fastjsonschema: valid, drf: invalid, swift: invalid };

  it("the draft-04 reading takes an integral number JSON writes with an exponent for no integer, and nothing else", () => {
    const reading = new ModelValidator(model, { integers: integersAsWritten });
    expect([new ModelValidator(model).validatesNamed(root, -1e21), reading.validatesNamed(root, -1e21)]).toEqual([false, true]);
    expect([reading.validatesNamed(root, 9007199254740991), reading.validatesNamed(root, 1.5)]).toEqual([false, true]);
  });

  it("is the Python engines' known limitation where that reading gives their verdict, and still a disagreement where it does not", () => {
    const found = findings(twoVariants, -1e21, verdicts, readingOf("python-validators-read-draft-04-integers-as-written", { jsonschema: true, fastjsonschema: true }));
    expect(found.map((finding) => [finding.column, finding.limitation])).toEqual([
      ["jsonschema", "python-validators-read-draft-04-integers-as-written"],
      ["fastjsonschema", "python-validators-read-draft-04-integers-as-written"],
    ]);
    expect(findings(twoVariants, 3, verdicts, readingOf("python-validators-read-draft-04-integers-as-written", { jsonschema: false, fastjsonschema: false })).map((finding) => finding.column)).toEqual(["jsonschema", "fastjsonschema"]);
  });
});

// Found by random schemas judged by every runtime (seed 31707, 2019-09): a `contains` beside
// `unevaluatedItems`, which jsonschema's 2019-09 reading counts as evaluating (2019-09 does not).
describe("jsonschema and a 2019-09 contains beside unevaluatedItems", () => {
  const document = JSON.parse('{"$schema": "https://json-schema.org/draft/2019-09/schema", "type": "array", "contains": {"const": 7}, "unevaluatedItems": false}') as JsonObject;
  const { model, root } = modelOfDocument(document, "test:contains-2019", "Seven");

  it("the reading takes an item contains matches as evaluated, and no other (jsonschema 4.26's verdicts)", () => {
    const readingModel = containsAsJsonschema2019ReadsIt(model)!;
    const reading = new ModelValidator(readingModel);
    expect([new ModelValidator(model).validatesNamed(root, [7]), reading.validatesNamed(readingModel.root!.name, [7])]).toEqual([false, true]);
    expect([reading.validatesNamed(readingModel.root!.name, [7, 0]), reading.validatesNamed(readingModel.root!.name, [])]).toEqual([false, false]);
  });
});

// Found by random schemas judged by every runtime (seed 31606, 2019-09): an object whose extra keys an
// `additionalProperties` schema judges, beside `unevaluatedProperties`; jsonschema alone refused {"kind": []}.
describe("jsonschema and a 2019-09 additionalProperties beside unevaluatedProperties", () => {
  const document = JSON.parse(
    '{"$schema": "https://json-schema.org/draft/2019-09/schema", "type": "object", "properties": {"a": {}}, "additionalProperties": {"type": "integer"}, "unevaluatedProperties": false}',
  ) as JsonObject;
  const { model, root } = modelOfDocument(document, "test:additional-properties-2019", "Extra");
  const verdicts = { ajv: valid, jsonschema: invalid, fastjsonschema: valid, drf: valid, swift: valid };

  it("the reading evaluates no key additionalProperties judges but those named like its keywords (jsonschema 4.26's verdicts)", () => {
    const readingModel = additionalPropertiesAsJsonschema2019ReadsThem(model)!;
    // The reading names its root anew (the rewritten root holds parts of its own); the run finds it as the document's root.
    const [reading, readingRoot] = [new ModelValidator(readingModel), readingModel.root!.name];
    expect([new ModelValidator(model).validatesNamed(root, { x: 1 }), reading.validatesNamed(readingRoot, { x: 1 })]).toEqual([true, false]);
    expect([reading.validatesNamed(readingRoot, { a: "s" }), reading.validatesNamed(readingRoot, { type: 1 }), reading.validatesNamed(readingRoot, { type: "s" })]).toEqual([true, true, false]);
  });

  it("is jsonschema's known limitation where that reading gives its verdict, and still a disagreement where it does not", () => {
    const name = "jsonschema-reads-2019-09-additional-properties-as-names";
    const jsonschemaFindings = (instance: JsonValue, readingVerdict: boolean) =>
      findings({ valid: true }, instance, verdicts, readingOf(name, { jsonschema: readingVerdict })).flatMap((finding) => (finding.column === "jsonschema" ? [finding.limitation] : []));
    expect(jsonschemaFindings({ x: 1 }, false)).toEqual([name]);
    expect(jsonschemaFindings({ a: 1 }, true)).toEqual([undefined]);
  });
});

// Found by random schemas judged by every runtime (seed 31404): items of a type list with integer, and
// a `contains` of a number, which drew -2^63 (written -9223372036854776000); Swift refused it as an Int.
describe("Swift and whole numbers beyond 64 bits", () => {
  const document = JSON.parse('{"$schema": "http://json-schema.org/draft-07/schema#", "type": "array", "items": {"type": ["integer", "boolean"]}, "contains": {"type": "number"}}') as JsonObject;
  const { model, root } = modelOfDocument(document, "test:integers-in-64-bits", "Wide");
  const verdicts = { ajv: valid, jsonschema: valid, fastjsonschema: valid, drf: valid, swift: invalid };

  it("Swift's reading takes an integer the schema's Swift type holds (Int here), as JSON writes it, and no other", () => {
    const reading = new ModelValidator(model, { integers: integersHeldBySwift });
    expect([new ModelValidator(model).validatesNamed(root, [-(2 ** 63)]), reading.validatesNamed(root, [-(2 ** 63)]), reading.validatesNamed(root, [1e21])]).toEqual([true, false, false]);
    expect([reading.validatesNamed(root, [-(2 ** 62)]), reading.validatesNamed(root, [9007199254740991, true])]).toEqual([true, true]);
  });

  // Found by a sweep's recorded data (CDEvents' xRegistry, an unbounded integer `version`): the reading
  // took 2^63 to 2^64 - 1 as UInt64's for every integer schema, where the generated Swift holds an
  // unbounded one in Int, so Swift's refusal of 9223372036854775808 was counted a disagreement.
  it("reads 2^63 as Swift does: past Int's largest for an unbounded integer, and a UInt64's where the schema's range makes one", () => {
    const unbounded = modelOfDocument({ $schema: "http://json-schema.org/draft-07/schema#", type: "integer" }, "test:integers-in-64-bits-unbounded", "Unbounded");
    const unsigned = modelOfDocument({ $schema: "http://json-schema.org/draft-07/schema#", type: "integer", minimum: 0, maximum: 3 * 2 ** 62 }, "test:integers-in-64-bits-unsigned", "Unsigned");
    const read = ({ model: each, root: named }: typeof unbounded, value: number) => new ModelValidator(each, { integers: integersHeldBySwift }).validatesNamed(named, value);
    expect([read(unbounded, 2 ** 63), read(unbounded, 2 ** 62), read(unbounded, -(2 ** 62))]).toEqual([false, true, true]);
    expect([read(unsigned, 2 ** 63), read(unsigned, 2 ** 62), read(unsigned, -1)]).toEqual([true, true, false]);
  });

  it("reads a schema naming no type as Swift does too: beside one, only the integer variant could take the number (seed 31606)", () => {
    const beside = modelOfDocument({ $schema: "https://json-schema.org/draft/2020-12/schema", anyOf: [{ properties: { a: {} } }, { type: "integer" }] }, "test:integers-in-64-bits-beside-typeless", "Either");
    const swiftReading = LIMITATIONS.find(([name]) => name === "swift-holds-integers-in-64-bits")![1].evidence as { readAs: (model: SchemaModel, runtime: "swift") => ModelValidator };
    expect([new ModelValidator(beside.model).validatesNamed(beside.root, -(2 ** 63)), swiftReading.readAs(beside.model, "swift").validatesNamed(beside.root, -(2 ** 63))]).toEqual([true, false]);
  });

  it("is Swift's known limitation where that reading gives its verdict, and still a disagreement where it does not", () => {
    expect(findings({ valid: true }, [-(2 ** 63)], verdicts, readingOf("swift-holds-integers-in-64-bits", { swift: false })).map((finding) => [finding.column, finding.limitation])).toEqual([["swift", "swift-holds-integers-in-64-bits"]]);
    expect(findings({ valid: true }, [1], verdicts, readingOf("swift-holds-integers-in-64-bits", { swift: true })).map((finding) => [finding.column, finding.limitation])).toEqual([["swift", undefined]]);
  });
});

// Found by random schemas judged by every runtime: an object whose additional properties are arrays
// that must contain null; AJV accepted {"a": [null], "b": []}.
describe("AJV and an empty array after one with a match", () => {
  const document = JSON.parse('{"$schema": "http://json-schema.org/draft-07/schema#", "type": "array", "items": {"type": "array", "contains": {"type": "null"}}}') as JsonObject;
  const { model, root } = modelOfDocument(document, "test:contains-in-a-loop", "Nested");
  const empty: Expectation = { valid: false, violation: "contains", mutation: "break-contains" };
  const verdicts = { ajv: valid, jsonschema: invalid, fastjsonschema: invalid, drf: invalid, swift: invalid };

  it("AJV passes an empty array only after an array with a match (the runtime fault the limitation names)", () => {
    const judge = new DocumentAjv(document, "draft-07").validator("Nested", "#");
    expect([judge([[null], []]), judge([[], [null]]), judge([[]]), judge([[null], [1]])]).toEqual([true, false, false, false]);
  });

  it("the model's AJV reading lets only an empty array through", () => {
    const ajvReading = new ModelValidator(model, { emptyArraysPassContains: true });
    expect([new ModelValidator(model).validatesNamed(root, [[null], []]), ajvReading.validatesNamed(root, [[null], []])]).toEqual([false, true]);
    expect([ajvReading.validatesNamed(root, [[null], [1]]), ajvReading.validatesNamed(root, [[1]])]).toEqual([false, false]);
  });

  it("is AJV's known limitation where that reading accepts the instance, and still a disagreement where it does not", () => {
    expect(findings(empty, [[null], []], verdicts, readingOf("ajv-passes-empty-arrays-after-a-match", { ajv: true })).map((finding) => finding.limitation)).toEqual(["ajv-passes-empty-arrays-after-a-match"]);
    expect(findings(empty, [[null], [1]], verdicts, readingOf("ajv-passes-empty-arrays-after-a-match", { ajv: false }))).toEqual([{ column: "ajv", reason: "accepted an invalid instance (contains, by break-contains)" }]);
  });
});

// Found by fuzz S (seed 54007 2019-09, the root: an array whose first item is a oneOf of {} and the
// document itself, beside a contains): AJV refused [[]], whose [] passes the document's contains to it
// and so matches both variants. The same reading gives that rejection.
describe("AJV and an empty array after one with a match, through a oneOf", () => {
  const document = JSON.parse('{"$schema": "https://json-schema.org/draft/2019-09/schema", "type": "array", "items": [{"oneOf": [{}, {"$ref": "#"}]}], "contains": {"const": []}}') as JsonObject;
  const { model, root } = modelOfDocument(document, "test:contains-in-a-loop-one-of", "NestedOneOf");
  const verdicts = { ajv: invalid, jsonschema: valid, fastjsonschema: valid, drf: valid };

  it("AJV refuses the valid [[]]; the model accepts it, its AJV reading refuses it", () => {
    expect(new DocumentAjv(document, "2019-09").validator("NestedOneOf", "#")([[]])).toBe(false);
    expect([new ModelValidator(model).validatesNamed(root, [[]]), new ModelValidator(model, { emptyArraysPassContains: true }).validatesNamed(root, [[]])]).toEqual([true, false]);
  });

  it("is AJV's known limitation where that reading refuses the instance", () => {
    expect(findings({ valid: true }, [[]], verdicts, readingOf("ajv-passes-empty-arrays-after-a-match", { ajv: false })).map((finding) => [finding.column, finding.limitation])).toEqual([["ajv", "ajv-passes-empty-arrays-after-a-match"]]);
  });
});

// Found with the model's reading of 2020-12 `unevaluatedItems` beside `contains` (the items it matches
// are evaluated): AJV reads what a `contains` evaluates otherwise.
describe("AJV and the items a contains evaluates", () => {
  const schemas: Record<string, JsonObject> = {
    Adjacent: { prefixItems: [true], contains: { type: "string" }, unevaluatedItems: false },
    Typed: { type: "array", contains: { type: "integer" }, unevaluatedItems: { type: "string" } },
    InAllOf: { allOf: [{ contains: { type: "integer", minimum: 3 } }], unevaluatedItems: { type: "boolean" } },
    NoMatchNeeded: { contains: { const: "x" }, minContains: 0, unevaluatedItems: false },
    EveryItemPasses: { contains: true, minContains: 2, unevaluatedItems: false },
    // Found with the suite's "unevaluatedItems and contains interact…": AJV counts an if's contains beside a clause it checks, passing or not.
    InIf: { if: { contains: { const: "x" } }, then: { minItems: 1 }, unevaluatedItems: false },
    InIfWithElse: { if: { contains: { const: "x" } }, else: { maxItems: 3 }, unevaluatedItems: { type: "integer" } },
    InIfAlone: { if: { contains: { const: "x" } }, unevaluatedItems: false },
  };
  const document = { $schema: "https://json-schema.org/draft/2020-12/schema", $defs: schemas } as JsonObject;
  const source = () => toSourceDocument(structuredClone(document), "test:contains-evaluates");
  const model = buildModel(source(), { name: "Contains" });
  const ajvReading = buildModel(source(), { name: "Contains", evaluationReading: "ajv" });
  const instances: JsonValue[] = [[], ["x"], ["x", "x"], ["x", "y"], [1, "foo"], [1, 2], [1, 2, "foo"], [1, true], [1, "a", 2], [3, 0], [3, true, 4], [true, false]];

  it("the specification's reading: the items contains matches are evaluated, and only those", () => {
    const judge = new ModelValidator(model);
    const typeOf = (definition: string) => model.types.find((type) => type.definitionName === definition)!.name;
    expect([[1, "foo"], [1, 2, "foo"], ["a", "b"]].map((instance) => judge.validatesNamed(typeOf("Adjacent"), instance))).toEqual([true, false, true]);
    expect([[1, "a", 2], [1, true]].map((instance) => judge.validatesNamed(typeOf("Typed"), instance))).toEqual([true, false]);
    expect([[3, true, 4], [3, 0]].map((instance) => judge.validatesNamed(typeOf("InAllOf"), instance))).toEqual([true, false]);
    expect([[], ["x", "x"], ["x", "y"]].map((instance) => judge.validatesNamed(typeOf("NoMatchNeeded"), instance))).toEqual([true, true, false]);
  });

  it("the model built with evaluationReading 'ajv' gives AJV's verdict on every instance", () => {
    expectAjvReadingAgrees(document, ajvReading, instances);
  });

  it("is AJV's known limitation where that reading gives AJV's verdict, and still a disagreement where it does not", () => {
    const stated: Expectation = { valid: false, statedIn: "unevaluated-items-beside-contains.json" };
    const verdicts = { ajv: valid, jsonschema: invalid, fastjsonschema: invalid, drf: invalid, swift: invalid };
    expect(findings(stated, [1, 2, "foo"], verdicts, { ...readingOf("ajv-tracks-what-is-evaluated-its-own-way", { ajv: true }), model: false }).map((finding) => finding.limitation)).toEqual(["ajv-tracks-what-is-evaluated-its-own-way"]);
    expect(findings(stated, [1, 2, "foo"], verdicts, { ...readingOf("ajv-tracks-what-is-evaluated-its-own-way", { ajv: false }), model: false })).toEqual([{ column: "ajv", reason: "accepted an invalid instance (as unevaluated-items-beside-contains.json states)" }]);
  });

  it("Swift's re-encoding of a valid input, unchanged, is not charged with AJV's rejection of that input", () => {
    const statedValid: Expectation = { valid: true, statedIn: "unevaluated-items-beside-contains.json" };
    const swift: Verdict = { valid: true, reencoded: ["x", "x"] };
    const reencoding = { ajv: invalid, drf: valid };
    const found = findings(statedValid, ["x", "x"], { ajv: invalid, jsonschema: valid, drf: valid, swift }, { reencoding, ...readingOf("ajv-tracks-what-is-evaluated-its-own-way", { ajv: false }), model: true });
    expect(found.map((finding) => finding.column)).toEqual(["ajv"]);
    // Found by random schemas judged by every runtime: the same where Swift's re-encoding merged
    // canonically equivalent keys (Å U+00C5 and U+212B), a known limitation of its own.
    const merged = findings(statedValid, [{ "\u00c5": 0, "\u212b": 0 }], { ajv: invalid, jsonschema: valid, drf: valid, swift: { valid: true, reencoded: [{ "\u212b": 0 }] } }, { reencoding, model: true });
    expect(merged.map((finding) => [finding.column, finding.limitation])).toEqual([["ajv", undefined], ["swift", "swift-merges-equivalent-keys"]]);
    const changed: Verdict = { valid: true, reencoded: ["x"] };
    expect(findings(statedValid, ["x", "x"], { ajv: valid, jsonschema: valid, drf: valid, swift: changed }, { reencoding: { ajv: valid, drf: valid }, model: true }).map((finding) => finding.column)).toEqual(["swift"]);
  });
});

// Found with the model's split of several dependentSchemas entries beside unevaluatedProperties (case
// file dependent-schemas-entries-beside-unevaluated.json): AJV refused {"id": "x"} under
// {properties: {id}, dependentSchemas: {a, c}, unevaluatedProperties: false}.
describe("AJV and the keys evaluated beside dependentSchemas", () => {
  const schemas: Record<string, JsonObject> = {
    TwoEntries: { properties: { id: { type: "string" } }, dependentSchemas: { a: { properties: { a: true } }, c: { properties: { c: true } } }, unevaluatedProperties: false },
    OneEntry: { type: "object", properties: { id: true }, patternProperties: { "^p": true }, dependentSchemas: { a: { required: ["b"], properties: { b: true } } }, unevaluatedProperties: false },
    OneEntryOnly: { type: "object", properties: { id: true, a: true }, dependentSchemas: { a: { required: ["b"], properties: { b: true } } }, unevaluatedProperties: false },
    FirstPassesEverything: { properties: { id: true }, dependentSchemas: { t: true, a: { properties: { a: { type: "integer" } } } }, unevaluatedProperties: { type: "string" } },
    NothingBeside: { dependentSchemas: { a: { properties: { a: true } }, c: { properties: { c: true } } }, unevaluatedProperties: false },
  };
  const document = { $schema: "https://json-schema.org/draft/2020-12/schema", $defs: schemas } as JsonObject;
  const source = () => toSourceDocument(structuredClone(document), "test:dependent-schemas-evaluate");
  const model = buildModel(source(), { name: "Dependents" });
  const ajvReading = buildModel(source(), { name: "Dependents", evaluationReading: "ajv" });
  const instances: JsonValue[] = ["s", {}, { id: "x" }, { id: 1 }, { a: 1 }, { c: 1 }, { id: "x", a: 1 }, { id: "x", c: 1 }, { id: "x", a: 1, c: 1 }, { a: 1, b: 2 }, { id: 0, a: 1, b: 2 }, { p1: 0 }, { p1: 0, a: 1, b: 0 }, { t: 1, id: "s" }, { t: 1, a: 2, id: "s" }, { e: 1 }];
  const nameOf = (built: typeof model, definition: string) => built.types.find((type) => type.definitionName === definition)!.name;

  it("the specification's reading: properties evaluate their keys whichever entries apply", () => {
    const judge = new ModelValidator(model);
    expect(([{ id: "x" }, { id: "x", c: 1 }, { id: "x", a: 1, c: 1 }, { e: 1 }] as JsonValue[]).map((instance) => judge.validatesNamed(nameOf(model, "TwoEntries"), instance))).toEqual([true, true, true, false]);
    // `a` is evaluated by nothing: no object holding it passes.
    expect(([{ id: 0 }, { p1: 0 }, { id: 0, a: 1, b: 2 }, { a: 1 }] as JsonValue[]).map((instance) => judge.validatesNamed(nameOf(model, "OneEntry"), instance))).toEqual([true, true, false, false]);
  });

  it("the model built with evaluationReading 'ajv' gives AJV's verdict on every instance", () => {
    const ajv = expectAjvReadingAgrees(document, ajvReading, instances);
    // The fault the reading states: AJV itself refuses what the specification accepts.
    expect(ajv.validator("TwoEntries", "#/$defs/TwoEntries")({ id: "x" })).toBe(false);
  });
});

// Found by the recount of JSON-Schema-Test-Suite's unevaluated*.json: AJV refused {"foo": "a"} under
// {if: {properties: {foo: {const: "a"}}}, unevaluatedProperties: false}, whose passing if evaluates foo.
describe("AJV and what an if evaluates", () => {
  const condition = { properties: { a: { const: 1 } } };
  const schemas: Record<string, JsonObject> = {
    IfOnly: { if: condition, unevaluatedProperties: false },
    IfThen: { if: condition, then: { properties: { b: true } }, unevaluatedProperties: false },
    IfElse: { if: condition, else: { properties: { c: true } }, unevaluatedProperties: false },
    TrivialThen: { if: condition, then: true, else: { properties: { c: true } }, unevaluatedProperties: false },
    ItemsIfOnly: { if: { prefixItems: [{ const: 1 }] }, unevaluatedItems: false },
  };
  const document = { $schema: "https://json-schema.org/draft/2020-12/schema", $defs: schemas } as JsonObject;
  const source = () => toSourceDocument(structuredClone(document), "test:if-evaluates");
  const model = buildModel(source(), { name: "Ifs" });
  const ajvReading = buildModel(source(), { name: "Ifs", evaluationReading: "ajv" });
  const instances: JsonValue[] = [{}, { a: 1 }, { a: 2 }, { a: 1, b: 1 }, { a: 2, b: 1 }, { a: 2, c: 1 }, { a: 1, c: 1 }, { c: 1 }, { x: 1 }, [], [1], [2], [1, 1], [2, 2, 2], "s"];
  const nameOf = (built: typeof model, definition: string) => built.types.find((type) => type.definitionName === definition)!.name;

  it("the specification's reading: a passing if evaluates its keys, a failing one none", () => {
    const judge = new ModelValidator(model);
    expect(([{ a: 1 }, { a: 2 }] as JsonValue[]).map((instance) => judge.validatesNamed(nameOf(model, "IfOnly"), instance))).toEqual([true, false]);
    expect(([{ a: 1 }, { a: 2 }, { a: 2, c: 1 }] as JsonValue[]).map((instance) => judge.validatesNamed(nameOf(model, "IfElse"), instance))).toEqual([true, false, false]);
  });

  it("the model built with evaluationReading 'ajv' gives AJV's verdict on every instance", () => {
    const ajv = expectAjvReadingAgrees(document, ajvReading, instances);
    // The fault the reading states: AJV itself refuses what the specification accepts, and the other way round.
    expect([ajv.validator("IfOnly", "#/$defs/IfOnly")({ a: 1 }), ajv.validator("IfElse", "#/$defs/IfElse")({ a: 2, c: 1 })]).toEqual([false, true]);
  });
});

// Read back from the sweep that added it: the reading walked every value of the document, so a
// `const` holding `{"patternProperties": {"": …}}` was rewritten as if it were a schema.
describe("jsonschema's reading of a lone empty pattern", () => {
  const withPattern = JSON.parse('{"$schema": "http://json-schema.org/draft-07/schema#", "type": "object", "patternProperties": {"": {"type": "string"}}, "additionalProperties": {"type": "integer"}}') as JsonObject;
  const inConstant = JSON.parse('{"$schema": "http://json-schema.org/draft-07/schema#", "const": {"patternProperties": {"": 1}}}') as JsonObject;

  it("checks every key by the pattern's rule and undeclared keys by additionalProperties too", () => {
    const { model, root } = modelOfDocument(withPattern, "test:lone-empty-pattern", "Lone");
    const reading = new ModelValidator(loneEmptyPatternsAsJsonschemaReadsThem(model)!);
    expect([new ModelValidator(model).validatesNamed(root, { a: "s" }), reading.validatesNamed(root, { a: "s" })]).toEqual([true, false]);
  });

  it("rewrites schemas only, never a value that looks like one", () => {
    const { model } = modelOfDocument(inConstant, "test:pattern-in-a-constant", "Constant");
    expect(loneEmptyPatternsAsJsonschemaReadsThem(model)).toBeUndefined();
  });
});

// Found on OpenAPI 3.1's schema (schemas/v3.1/schema.json) by the sweep: AJV refused 26 of 120
// valid documents, each with a `schema: false` where `{"$dynamicRef": "#meta"}` names
// `{"$dynamicAnchor": "meta", "type": ["object", "boolean"]}`. The shape below is OpenAPI's, cut down.
describe("AJV and a $dynamicRef whose anchor only $dynamicRefs name", () => {
  const schemas: Record<string, JsonObject> = {
    Header: { type: "object", properties: { description: { type: "string" } }, dependentSchemas: { schema: { properties: { schema: { $dynamicRef: "#meta" } } } } },
    HeaderOrReference: { if: { required: ["$ref"] }, then: { type: "object", required: ["$ref"] }, else: { $ref: "#/$defs/Header" } },
    MediaType: { type: "object", required: ["schema"], properties: { schema: { $dynamicRef: "#meta" }, example: true } },
    Components: { type: "object", properties: { headers: { type: "object", additionalProperties: { $ref: "#/$defs/HeaderOrReference" } } } },
    Schema: { $dynamicAnchor: "meta", type: ["object", "boolean"] },
  };
  const document = { $schema: "https://json-schema.org/draft/2020-12/schema", $defs: schemas } as JsonObject;
  const source = () => toSourceDocument(structuredClone(document), "test:dynamic-ref-meta");
  const model = buildModel(source(), { name: "Meta" });
  const ajvReading = dynamicRefsAsAjvReadsThem(model)!;
  const instances: JsonValue[] = [
    {},
    { schema: false },
    { schema: {} },
    { schema: { description: "d" } },
    { schema: { description: 1 } },
    { schema: 1 },
    { schema: { schema: false } },
    { schema: { schema: { schema: true } } },
    { headers: { h: { schema: false } } },
    { headers: { h: { schema: { schema: {} } } } },
    { headers: { h: { $ref: "#/x" } } },
    { headers: { h: { schema: 2 } } },
    "s",
    true,
    [],
  ];
  const nameOf = (built: SchemaModel, definition: string) => built.types.find((type) => type.definitionName === definition)!.name;

  it("the specification's reading: #meta is the Schema definition, so an object or a boolean", () => {
    const judge = new ModelValidator(model);
    expect(([{ schema: false }, { schema: {} }, { schema: 1 }] as JsonValue[]).map((instance) => judge.validatesNamed(nameOf(model, "MediaType"), instance))).toEqual([true, true, false]);
    expect(judge.validatesNamed(nameOf(model, "Components"), { headers: { h: { schema: false } } })).toBe(true);
  });

  it("the model read as AJV resolves a $dynamicRef gives AJV's verdict on every instance", () => {
    const ajv = expectAjvReadingAgrees(document, ajvReading, instances);
    // The fault the reading states: AJV itself refuses what the specification accepts.
    expect([ajv.validator("MediaType", "#/$defs/MediaType")({ schema: false }), ajv.validator("Components", "#/$defs/Components")({ headers: { h: { schema: false } } })]).toEqual([false, false]);
  });

  it("is AJV's known limitation where that reading gives AJV's verdict, and still a disagreement where it does not", () => {
    const verdicts = { ajv: invalid, jsonschema: valid, fastjsonschema: valid, drf: { valid: true, unchanged: true } };
    expect(findings({ valid: true }, { schema: false }, verdicts, readingOf("ajv-resolves-dynamic-refs-to-their-enclosing-schema", { ajv: false })).map((finding) => finding.limitation)).toEqual(["ajv-resolves-dynamic-refs-to-their-enclosing-schema"]);
    expect(findings({ valid: true }, { schema: false }, verdicts, readingOf("ajv-resolves-dynamic-refs-to-their-enclosing-schema", { ajv: true }))).toEqual([{ column: "ajv", reason: "rejected a valid instance" }]);
  });

  it("reads nothing where no $dynamicRef refers: another dialect, or none in the document", () => {
    const draft7 = { $schema: "http://json-schema.org/draft-07/schema#", properties: { schema: { $dynamicRef: "#meta" } } };
    expect(dynamicRefsAsAjvReadsThem(modelOfDocument(draft7, "test:dynamic-ref-draft7", "Old").model)).toBeUndefined();
    const none = { $schema: "https://json-schema.org/draft/2020-12/schema", properties: { a: { $ref: "#" } } };
    expect(dynamicRefsAsAjvReadsThem(modelOfDocument(none, "test:no-dynamic-ref", "None").model)).toBeUndefined();
  });
});

// Found by campaign O's case file draft2020-12/anyof-beside-unevaluated-items-in-a-recursive-tuple.json
// ([[], 1]: the first variant evaluates every item): AJV compares the array's length with `true` where
// what is evaluated is known at run time only, and refuses every item past the first.
describe("AJV counting every item evaluated as one", () => {
  const document = JSON.parse(
    '{"$schema": "https://json-schema.org/draft/2020-12/schema", "$defs": {"Either": {"anyOf": [{"items": true}, {"prefixItems": [true]}], "unevaluatedItems": false}}}',
  ) as JsonObject;
  const judge = new DocumentAjv(document, "2020-12").validator("Either", "#/$defs/Either");
  const ajvVerdict = (value: JsonValue): Verdict => (judge(value) ? valid : { valid: false, detail: judge.messages(value).join("; ") });
  const others = { jsonschema: valid, fastjsonschema: valid, drf: { valid: true, unchanged: true } };

  it("is its known limitation where AJV says so, and no other reason", () => {
    const verdict = ajvVerdict([1, 2]);
    expect(verdict.valid).toBe(false);
    const found = findings({ valid: true }, [1, 2], { ...others, ajv: verdict });
    expect(found.map((finding) => [finding.column, finding.limitation])).toEqual([["ajv", "ajv-counts-every-item-evaluated-as-one"]]);
  });

  it("leaves a rejection for another reason, or beside another, a disagreement", () => {
    for (const detail of ["(root): must NOT have more than 1 items", "(root): must NOT have more than true items; /0: must be string"]) {
      const found = findings({ valid: true }, [1, 2], { ...others, ajv: { valid: false, detail } });
      expect(found.map((finding) => [finding.column, finding.limitation])).toEqual([["ajv", undefined]]);
    }
  });
});

// Found by fuzz U (seed 56007 2020-12, the root; shrunk by AJV's verdict on []): a tuple whose item
// is checked, beside a `contains`. AJV accepted [], which has no item for the `contains` to match.
describe("AJV and an empty array beside a tuple", () => {
  const document = JSON.parse('{"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "array", "prefixItems": [{"type": "string"}], "contains": {"const": 1}, "maxContains": 2}') as JsonObject;
  const { model, root } = modelOfDocument(document, "test:contains-beside-a-tuple", "BesideTuple");
  const empty: Expectation = { valid: false, violation: "contains", mutation: "break-contains" };
  const verdicts = { ajv: valid, jsonschema: invalid, fastjsonschema: invalid, drf: invalid, swift: invalid };

  it("AJV skips the contains on an empty array only (the runtime fault the limitation names)", () => {
    const judge = new DocumentAjv(document, "2020-12").validator("BesideTuple", "#");
    expect([judge([]), judge(["a"]), judge(["a", 1])]).toEqual([true, false, true]);
  });

  it("the model's AJV reading lets only an empty array through, and only beside a tuple that checks an item", () => {
    const ajvReading = new ModelValidator(containsBesideTuplesAsAjvReadsThem(model)!);
    expect([new ModelValidator(model).validatesNamed(root, []), ajvReading.validatesNamed(root, [])]).toEqual([false, true]);
    expect([ajvReading.validatesNamed(root, ["a"]), ajvReading.validatesNamed(root, ["a", 1])]).toEqual([false, true]);
    const anyItems = modelOfDocument({ ...document, prefixItems: [true, {}] }, "test:contains-beside-any-tuple", "BesideAnyTuple");
    expect(containsBesideTuplesAsAjvReadsThem(anyItems.model)).toBeUndefined();
  });

  it("is AJV's known limitation where that reading accepts the instance, and still a disagreement where it does not", () => {
    expect(findings(empty, [], verdicts, readingOf("ajv-skips-contains-of-an-empty-array-after-a-tuple", { ajv: true })).map((finding) => finding.limitation)).toEqual(["ajv-skips-contains-of-an-empty-array-after-a-tuple"]);
    expect(findings(empty, ["a"], verdicts, readingOf("ajv-skips-contains-of-an-empty-array-after-a-tuple", { ajv: false }))).toEqual([{ column: "ajv", reason: "accepted an invalid instance (contains, by break-contains)" }]);
  });

  it("draft-07's list of items is a tuple too", () => {
    const draft07 = { ...document, $schema: "http://json-schema.org/draft-07/schema#", items: document.prefixItems, prefixItems: undefined, maxContains: undefined };
    const { model: model07, root: root07 } = modelOfDocument(JSON.parse(JSON.stringify(draft07)), "test:contains-beside-items-list", "BesideItemsList");
    expect(new DocumentAjv(JSON.parse(JSON.stringify(draft07)), "draft-07").validator("BesideItemsList", "#")([])).toBe(true);
    expect(new ModelValidator(containsBesideTuplesAsAjvReadsThem(model07)!).validatesNamed(root07, [])).toBe(true);
  });
});

// Found by a sweep's recorded data (an OSV record holding "\ud800"): no Swift String holds an unpaired
// surrogate, and the harness answers as the generated JSONInput.decode, which refuses such text (it is
// not I-JSON) where Foundation's JSONDecoder would end the process on one in a key.
describe("Swift and an unpaired surrogate", () => {
  const others = { ajv: valid, jsonschema: valid, fastjsonschema: valid, drf: { valid: true, unchanged: true } };
  const refusal = "unpaired UTF-16 surrogate escape (not I-JSON)";

  it("is its known limitation where Swift refuses a valid instance for that reason alone", () => {
    const found = findings({ valid: true }, { "\ud800": 1 }, { ...others, swift: { valid: false, detail: refusal } });
    expect(found.map((finding) => [finding.column, finding.limitation])).toEqual([["swift", "swift-refuses-unpaired-surrogates"]]);
  });

  it("leaves a refusal for another reason, or beside another, a disagreement", () => {
    for (const detail of ["typeMismatch at /a: expected String", `${refusal}; typeMismatch at /a: expected String`]) {
      const found = findings({ valid: true }, { a: "x\udc00" }, { ...others, swift: { valid: false, detail } });
      expect(found.map((finding) => [finding.column, finding.limitation])).toEqual([["swift", undefined]]);
    }
  });
});
