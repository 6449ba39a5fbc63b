// A definition no JSON value satisfies is valid JSON Schema, and every target renders it, but nothing
// can ever be sent as it: gen names each one with its pointer and why (a warning; `--strict` refuses
// it). Which definitions admit no value is stated here by hand, from JSON Schema's meaning of each.
// (GitHub webhooks' `secret-scanning-location` admitted none, and gen said nothing.)
import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "./helpers/cli.ts";
import { tempDir, writeTree } from "./helpers/workspace.ts";

const dir = tempDir("clone-codegen-uninhabited-");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const definitions = {
  Never: false,
  Contradiction: { allOf: [{ type: "string" }, { type: "integer" }] },
  RequiresNever: { type: "object", properties: { x: { $ref: "#/definitions/Never" } }, required: ["x"] },
  // A tree whose every node must have a child: only an infinite value would do.
  EndlessTree: { type: "object", properties: { child: { $ref: "#/definitions/EndlessTree" } }, required: ["child"] },
  NonEmptyOfNothing: { type: "array", items: false, minItems: 1 },
  EnumOfAnotherType: { type: "string", enum: [1] },
  UnionOfNothing: { oneOf: [{ $ref: "#/definitions/RequiresNever" }, { $ref: "#/definitions/EndlessTree" }] },
  BranchesOfNothing: { if: { type: "string" }, then: false, else: { allOf: [{ type: "integer" }, { not: {} }] } },
  // Bounds that cross (fuzz R): no value of the type they bound, and the schema names the type.
  ShortString: { type: "string", minLength: 3, maxLength: 1 },
  ShortArray: { type: "array", minItems: 3, maxItems: 1 },
  NoInteger: { type: "integer", exclusiveMinimum: 1, exclusiveMaximum: 2 },
  OpenPoint: { type: "number", minimum: 1, exclusiveMaximum: 1 },
  ClosedTooFew: { type: "object", properties: { a: {} }, additionalProperties: false, minProperties: 2 },
  RequiresTooMany: { type: "object", properties: { a: {}, b: {} }, required: ["a", "b"], maxProperties: 1 },
  // A required key whose dependent schema no object meets.
  RequiredKeyOfANumber: { type: "object", required: ["kind"], dependencies: { kind: { type: "number" } } },
  // A not of a schema every value satisfies (the not of one that admits none).
  NotOfEveryValue: { not: { not: { type: "string", minLength: 2, maxLength: 1 } } },
  // A place of listed values each of which its rules refuse (sweep AC: STIX 2.0's core refuses the
  // type "incident" that the 2.1 incident object built on it requires).
  ConstantItRefuses: { const: "incident", not: { enum: ["incident", "infrastructure"] } },
  RequiresAConstantItRefuses: { type: "object", allOf: [{ properties: { type: { not: { enum: ["incident", "infrastructure"] } } } }], properties: { type: { const: "incident" } }, required: ["type"] },
  ListedValuesItRefuses: { type: "string", enum: ["a", "b"], not: { enum: ["a", "b", "c"] } },
  // These admit values: the property is optional, the chain may end in null, the array may be empty,
  // a typeless object lets every other value through, the tuple needs no position.
  OptionalNever: { type: "object", properties: { x: { $ref: "#/definitions/Never" } } },
  List: { type: "object", properties: { next: { anyOf: [{ $ref: "#/definitions/List" }, { type: "null" }] } }, required: ["next"] },
  EmptyOfNothing: { type: "array", items: false },
  TypelessObject: { properties: { x: false }, required: ["x"] },
  ShortTuple: { type: "array", items: [false], additionalItems: false },
  // Only `then` admits none: every value but a string passes.
  ThenOfNothing: { if: { type: "string" }, then: false },
  // One number in the range; keys a pattern takes; a typeless string's other values.
  OnePoint: { type: "number", minimum: 1, maximum: 1 },
  PatternKeys: { type: "object", properties: { a: {} }, patternProperties: { "^x": {} }, additionalProperties: false, minProperties: 3 },
  TypelessShortString: { minLength: 3, maxLength: 1 },
  OptionalKeyOfANumber: { type: "object", properties: { kind: {} }, dependencies: { kind: { type: "number" } } },
  // A constant its rules take; listed values of which one passes them.
  ConstantItTakes: { const: "note", not: { enum: ["incident", "infrastructure"] } },
  ListedValueItTakes: { type: "string", enum: ["a", "d"], not: { enum: ["a", "b", "c"] } },
};
const admitNone = ["Never", "Contradiction", "RequiresNever", "EndlessTree", "NonEmptyOfNothing", "EnumOfAnotherType", "UnionOfNothing", "BranchesOfNothing", "ShortString", "ShortArray", "NoInteger", "OpenPoint", "ClosedTooFew", "RequiresTooMany", "RequiredKeyOfANumber", "NotOfEveryValue", "ConstantItRefuses", "RequiresAConstantItRefuses", "ListedValuesItRefuses"];

writeTree(dir, { "doc.json": JSON.stringify({ $schema: "http://json-schema.org/draft-07/schema#", definitions }) });

const warned = (stderr: string) => [...stderr.matchAll(/^warning: .*doc\.json#\/definitions\/(\w+): no JSON value satisfies (\w+): (.+)$/gm)];

describe("definitions no JSON value satisfies", () => {
  it("each gets a warning naming its pointer and why, and gen exits 0", async () => {
    const result = await runCli(["gen", "--input", join(dir, "doc.json"), "--target", "json-schema", "--out", join(dir, "out")]);
    expect(result.status).toBe(0);
    const warnings = warned(result.stderr);
    expect(warnings.map(([, pointer]) => pointer).sort()).toEqual([...admitNone].sort());
    for (const [, pointer, name] of warnings) expect(name).toBe(pointer);
    const why = new Map(warnings.map(([, pointer, , reason]) => [pointer, reason]));
    expect(why.get("RequiresNever")).toBe('its required property "x" (Never) admits no value');
    expect(why.get("EndlessTree")).toBe('its required property "child" (EndlessTree) admits no value');
    expect(why.get("UnionOfNothing")).toBe("none of its variants admits a value");
  });

  it("--strict refuses them as it refuses fallbacks: exit 2, at the first warning, counting the rest", async () => {
    const warnings = await runCli(["gen", "--input", join(dir, "doc.json"), "--target", "json-schema", "--out", join(dir, "warn")]);
    const count = warnings.stderr.split("\n").filter((line) => line.startsWith("warning: ")).length;
    // Every definition above admitting none, and the fallbacks of the ones only rules describe (the conditionals).
    expect(count).toBeGreaterThan(admitNone.length);
    const result = await runCli(["gen", "--input", join(dir, "doc.json"), "--target", "json-schema", "--out", join(dir, "strict"), "--strict"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`doc\\.json#/definitions/\\w+: strict mode: .* \\(and ${count - 1} more warnings, at `));
    for (const name of admitNone) expect(result.stderr).toContain(`/definitions/${name}`);
  });
});

// Regression (found on Dash Platform's document meta-schema by the sweep: two dozen warnings "no JSON
// value satisfies DocumentPropertiesValueTypeByteArray…" at pointers such as
// /$defs/documentSchema/allOf/0/if/oneOf/0, which the document does not have): beside
// `unevaluatedProperties` the model splits a schema into the cases of which keys are present and
// which conditions hold, and some combinations contradict. Such a case is no place a value could be
// sent while the union has other cases; the definition admits values, so gen says nothing.
describe("cases of a split that no value takes", () => {
  it("draw no warning when the definition they split admits values", async () => {
    const document = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $defs: {
        Part: {
          type: "object",
          properties: { kind: { type: "string" }, flag: { const: true } },
          // flag present makes kind "array"; the condition's case needs kind "object": that case of the two contradicts.
          dependentSchemas: { flag: { properties: { kind: { const: "array" } } } },
          if: { properties: { kind: { const: "object" } }, required: ["kind"] },
          then: { required: ["size"], properties: { size: { type: "integer" } } },
          unevaluatedProperties: false,
        },
        Never: { allOf: [{ $ref: "#/$defs/Part" }, { type: "string" }] },
      },
    };
    writeTree(dir, { "cases.json": JSON.stringify(document) });
    const result = await runCli(["gen", "--input", join(dir, "cases.json"), "--target", "json-schema", "--out", join(dir, "cases-out")]);
    expect(result.status).toBe(0);
    const warnings = result.stderr.split("\n").filter((line) => line.includes("no JSON value satisfies"));
    // Only the definition that truly admits none.
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/cases\.json#\/\$defs\/Never: no JSON value satisfies Never/);
  });
});
