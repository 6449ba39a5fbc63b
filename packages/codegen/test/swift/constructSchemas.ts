// Each construct again, now from a minimal JSON Schema through the real builder (constructs.ts holds
// hand-made models for exact contract shapes): the whole pipeline, input to compiled Swift. Every
// instance is also judged by AJV against its schema in the tests, so the data itself is checked
// independently of the code under test. Definition names are unique across this file and
// constructs.ts, since all of them are compiled into one Swift module.
import type { JsonValue } from "../../src/json/types.ts";
import type { SchemaModel } from "../../src/model/types.ts";
import { draft07, modelOf } from "../helpers/model.ts";

export interface ConstructSchema {
  readonly name: string;
  readonly document: Record<string, unknown>;
  readonly model: SchemaModel;
  readonly valid: readonly (readonly [string, JsonValue])[];
  readonly invalid: readonly (readonly [string, JsonValue, RegExp])[];
}

function fromSchema(name: string, definitions: Record<string, unknown>, valid: ConstructSchema["valid"], invalid: ConstructSchema["invalid"] = []): ConstructSchema {
  const document = draft07(definitions, { $id: `https://clone.invalid/${name}.json` });
  return { name, document, model: modelOf(document, name), valid, invalid };
}

/** A closed object whose listed properties are all required unless `required` says otherwise. */
const closed = (properties: Record<string, unknown>, required: string[] = Object.keys(properties)) => ({ type: "object", properties, required, additionalProperties: false });
const ref = (name: string) => ({ $ref: `#/definitions/${name}` });

/** Levels of SchemaNestedLayout: `Layer<n>` holds two `Layer<n-1>`, so its inline layout would be 2^(n+2) - 1 values. */
export const NESTED_LAYOUT_LEVELS = 10;
/** The level SchemaNestedLayout's union `LayerChoice` holds (beside a string). */
export const NESTED_LAYOUT_CHOICE = 5;

/** A SchemaNestedLayout instance of the given level: every `left` present, `right` only at the top. */
function nestedLayer(level: number): JsonValue {
  if (level === 0) return { x: "leaf", y: 0.5 };
  const inner = nestedLayer(level - 1);
  return level % 2 === 0 ? { left: inner, right: inner } : { left: inner };
}

export const CONSTRUCT_SCHEMAS: readonly ConstructSchema[] = [
  // A base every adopter narrows in each property declares no protocol: it would require nothing
  // (GeoJSON's SimpleGeometryProtocol, an empty public protocol, found by a sweep of STAC and GeoJSON).
  fromSchema(
    "SchemaBaseOfNarrowedKeysOnly",
    {
      Mark: { type: "object", properties: { kind: { enum: ["dot", "line"] } }, required: ["kind"] },
      Dot: { allOf: [ref("Mark"), { properties: { kind: { const: "dot" } } }] },
      Stroke: { allOf: [ref("Mark"), { properties: { kind: { const: "line" } } }] },
    },
    [
      ["Dot", { kind: "dot" }],
      ["Stroke", { kind: "line" }],
    ],
  ),
  // Variants a Swift decoder cannot tell apart (it checks no bounds) are one case: STAC's bbox, 4 or 6
  // numbers, had a second case no value ever took (found by a sweep of STAC).
  fromSchema(
    "SchemaVariantsDecodedAlike",
    {
      BoundingBox: { type: "array", items: { type: "number" }, oneOf: [{ minItems: 4, maxItems: 4 }, { minItems: 6, maxItems: 6 }] },
      // GitLab CI's include: a URL, or a local path (no scheme). A value meets one variant's rules.
      Include: { type: "string", anyOf: [{ pattern: "^https?://" }, { not: { pattern: "^\\w+://" } }] },
      // Any string, or a URI: the URI is tried first (narrowerVariantsFirst), and was "variant 1" (sweep AJ).
      Source: { anyOf: [{ type: "string" }, { type: "string", format: "uri" }] },
    },
    [
      ["BoundingBox", [1, 2, 3, 4]],
      ["Source", "notes.txt"],
      ["BoundingBox", [1, 2, 3, 4, 5, 6.5]],
      ["Include", "https://example.com/ci.yml"],
      ["Include", "templates/ci.yml"],
    ],
  ),
  // Types made only to check a rule (`not`, `if`/`then`) are no Swift types: glTF's camera declared
  // a public `CameraNot` struct no value ever has (found by a sweep of public schemas). Its rules
  // describe them in words instead.
  fromSchema(
    "SchemaRuleOnlyTypes",
    {
      Lens: {
        type: "object",
        properties: { kind: { enum: ["wide", "zoom"] }, wide: { type: "object", properties: { fov: { type: "number" } } }, zoom: { type: "object" } },
        required: ["kind"],
        not: { required: ["wide", "zoom"] },
        if: { properties: { kind: { const: "wide" } } },
        then: { required: ["wide"] },
      },
    },
    [
      ["Lens", { kind: "wide", wide: { fov: 1.5 } }],
      ["Lens", { kind: "zoom", zoom: {} }],
    ],
  ),
  // A declared key a pattern matches too holds a value of both types: Swift decoded it as the
  // property's type alone and let {"id": "a"} through, which every validator refuses (found by the
  // sweep of public schemas; the pattern's type is now decoded as a check too).
  fromSchema(
    "SchemaDeclaredKeyAPatternClaims",
    { Claimed: { type: "object", properties: { id: { type: ["string", "integer"] }, name: { type: "string" } }, patternProperties: { "^i": { type: "integer" } } } },
    [
      ["Claimed", { id: 5 }],
      ["Claimed", { id: 5, name: "n", index: 2 }],
      ["Claimed", { name: "n" }],
    ],
    [
      ["Claimed", { id: "a" }, /typeMismatch at \/id/],
      ["Claimed", { index: "2" }, /typeMismatch/],
    ],
  ),
  // A tuple whose first item is a constant ([]) that is also the tuple itself: the item's alias
  // refers to itself, so it is a struct around its value, which decoded any JSON value and let
  // [null] through (found by random schemas judged by every runtime, Swift included). The struct
  // now holds the constant's checked type.
  fromSchema(
    "SchemaConstantWrappedAlias",
    { NestedEmpty: { type: "array", items: [{ const: [], $ref: "#/definitions/NestedEmpty" }, { type: "string" }], additionalItems: true } },
    [
      ["NestedEmpty", []],
      ["NestedEmpty", [[]]],
      ["NestedEmpty", [[], "a", 5]],
    ],
    [
      ["NestedEmpty", [null], /dataCorrupted/],
      ["NestedEmpty", [[1]], /dataCorrupted/],
    ],
  ),
  // A union variant that is a constant beside rules of the union (`patternProperties`, `properties`,
  // `minLength`…, which the model keeps beside the constant as a constrained type), or through a
  // definition that is one constant: its case payload is the constant's plain type (JSONValue,
  // String), and the case checked the constant only when the variant was the bare literal, so it took
  // any value of that type ({"0": null} as the constant {}; found by random schemas judged by every
  // runtime, Swift included, seed 19212). The case finds its constant as a struct's property does.
  fromSchema(
    "SchemaConstantVariants",
    {
      EmptyOrDigits: { oneOf: [{ const: {} }, {}], patternProperties: { "^[0-9]+$": { type: "string" } } },
      NoneOrNamed: { anyOf: [{ const: [] }, { type: "object" }], properties: { a: { type: "string" } } },
      // An object rule beside an object constant: a type made only to check it (constructs.test.ts counts those).
      EmptyOrNamed: { oneOf: [{ const: {} }, { type: "integer" }], properties: { a: { type: "string" } } },
      LetterOrCount: { oneOf: [{ const: "a" }, { type: "integer" }], minLength: 1 },
      PinnedOrCount: { oneOf: [ref("Pinned"), { type: "integer" }] },
      Pinned: { const: { k: 1 } },
      // A constant variant that lets null through beside it: null is that variant's (constructs.test.ts asks which case).
      MaybeLetter: { anyOf: [{ enum: ["x", null] }, { not: { type: "string" } }] },
    },
    [
      ["EmptyOrDigits", { "0": "zero" }],
      ["EmptyOrDigits", { x: null }],
      ["NoneOrNamed", []],
      ["NoneOrNamed", { a: "x" }],
      ["EmptyOrNamed", {}],
      ["EmptyOrNamed", 3],
      ["LetterOrCount", "a"],
      ["LetterOrCount", 3],
      ["PinnedOrCount", { k: 1 }],
      ["PinnedOrCount", 2],
      ["MaybeLetter", "x"],
      ["MaybeLetter", null],
      ["MaybeLetter", 5],
    ],
    [
      ["EmptyOrDigits", { "0": null }, /matches no variant/],
      ["EmptyOrDigits", { "12": 5, x: 1 }, /matches no variant/],
      ["NoneOrNamed", [1], /dataCorrupted/],
      ["NoneOrNamed", { a: 1 }, /typeMismatch at \/a/],
      ["LetterOrCount", "b", /dataCorrupted/],
      ["PinnedOrCount", { k: 2 }, /dataCorrupted/],
      ["PinnedOrCount", { k: 1, extra: null }, /dataCorrupted/],
    ],
  ),
  // A $ref to a definition that is one constant, where no owner checks it (an array's items, a tuple
  // item, a map's or a pattern's values): the definition is a typealias of the constant's plain type,
  // so ["X"] passed for items that must be "x". Spelled as an inline constant is there, by the type
  // that checks it (JSONConstant), null kept where the definition lets it in.
  fromSchema(
    "SchemaConstantElements",
    {
      ElemEx: { const: "x" },
      ElemExOrNull: { enum: ["x", null] },
      ElemPoint: { const: { k: 1 } },
      ElemExes: { type: "array", items: ref("ElemEx") },
      ElemHolder: {
        type: "object",
        properties: {
          pair: { type: "array", items: [ref("ElemPoint")], additionalItems: ref("ElemExOrNull") },
          byName: { type: "object", additionalProperties: ref("ElemExOrNull") },
          byPattern: { type: "object", patternProperties: { "^p": ref("ElemPoint") } },
        },
      },
    },
    [
      ["ElemExes", ["x", "x"]],
      ["ElemHolder", { pair: [{ k: 1 }, "x", null], byName: { a: "x", b: null }, byPattern: { p1: { k: 1 }, other: 2 } }],
    ],
    [
      ["ElemExes", ["X"], /dataCorrupted/],
      ["ElemHolder", { pair: [{ k: 2 }] }, /dataCorrupted/],
      ["ElemHolder", { pair: [{ k: 1 }, "y"] }, /dataCorrupted/],
      ["ElemHolder", { byName: { a: "y" } }, /dataCorrupted/],
      ["ElemHolder", { byPattern: { p1: { k: 1, extra: null } } }, /dataCorrupted/],
    ],
  ),
  // An enum listing a whole number beyond Int64 beside a string: a union by JSON type whose integer
  // variant holds 1e21, which JSONValue decodes as .double; the union's switch took only .int for
  // the integer variant, so Swift refused a valid instance (found by random schemas judged by every
  // runtime, Swift included).
  fromSchema(
    "SchemaWholeBeyondInt64",
    // (HugeOpen: an open enum of integers held as Double, for 1e21, whose fallback took 1.5 too.)
    {
      HugeOrNamed: { enum: [1e21, "A B"] },
      HugeOrSmall: { oneOf: [{ const: 1e21 }, { type: "integer", maximum: 5 }, { type: "string" }] },
      HugeOpen: { anyOf: [{}, { enum: [1e21, 0] }], type: "integer" },
    },
    [
      ["HugeOrNamed", 1e21],
      ["HugeOrNamed", "A B"],
      ["HugeOrSmall", 1e21],
      ["HugeOrSmall", 3],
      ["HugeOrSmall", "x"],
      ["HugeOpen", 1e21],
      ["HugeOpen", 7],
    ],
    [
      ["HugeOrNamed", 2e21, /dataCorrupted/],
      ["HugeOrNamed", 1.5, /typeMismatch/],
      ["HugeOrSmall", 1.5, /typeMismatch|dataCorrupted/],
      ["HugeOpen", 1.5, /typeMismatch/],
    ],
  ),
  // A definition that is one constant is a typealias of the constant's type (String, Bool, JSONValue),
  // which let every value of that type through, decoded by name or through a property's $ref (found
  // by a real-world construct sweep: {"const": true} decoded false). The registry decodes it as a
  // JSONConstant, and a property referring to it checks the constant as an inline `const` does.
  fromSchema(
    "SchemaConstantDefinitions",
    {
      PinnedVersion: { const: "2.0" },
      PinnedFlag: { const: true },
      PinnedShape: { const: { a: [1] } },
      PinnedOnly: { enum: ["only"] },
      PinnedOrNull: { enum: ["x", null] },
      PinnedHolder: closed({ version: ref("PinnedVersion"), flag: ref("PinnedFlag"), only: ref("PinnedOnly"), nx: ref("PinnedOrNull"), maybeNx: ref("PinnedOrNull") }, ["version", "flag", "nx"]),
    },
    [
      ["PinnedVersion", "2.0"],
      ["PinnedFlag", true],
      ["PinnedShape", { a: [1] }],
      ["PinnedOnly", "only"],
      ["PinnedOrNull", "x"],
      ["PinnedOrNull", null],
      ["PinnedHolder", { version: "2.0", flag: true, nx: null }],
      ["PinnedHolder", { version: "2.0", flag: true, nx: "x", only: "only", maybeNx: null }],
      ["PinnedHolder", { version: "2.0", flag: true, nx: "x", maybeNx: "x" }],
    ],
    [
      ["PinnedVersion", "2.1", /dataCorrupted/],
      ["PinnedFlag", false, /dataCorrupted/],
      ["PinnedShape", { a: [2] }, /dataCorrupted/],
      ["PinnedOnly", "other", /dataCorrupted/],
      ["PinnedOrNull", "y", /dataCorrupted/],
      ["PinnedHolder", { version: "2.1", flag: true, nx: null }, /dataCorrupted at \/version/],
      ["PinnedHolder", { version: "2.0", flag: false, nx: null }, /dataCorrupted at \/flag/],
      ["PinnedHolder", { version: "2.0", flag: true, nx: null, only: "other" }, /dataCorrupted at \/only/],
      ["PinnedHolder", { version: "2.0", flag: true, nx: "y" }, /dataCorrupted at \/nx/],
      ["PinnedHolder", { version: "2.0", flag: true, nx: null, maybeNx: "y" }, /dataCorrupted at \/maybeNx/],
    ],
  ),
  // JSON compares strings by code point; Swift's String == by canonical equivalence, under which
  // "O\u212A" (a Kelvin sign) is "OK" and "e\u0301" is "é". Such a value is not the enum's, the
  // constant, nor a known tag (found by the configuration-schema sweep: it decoded as the case and
  // was re-encoded as another string).
  fromSchema(
    "SchemaExactStrings",
    {
      ExactStatus: { enum: ["OK", "é"] },
      ExactFixed: closed({ code: { const: "OK" } }),
      ExactChecked: closed({ code: { const: "OK" } }, []),
      ExactReply: { oneOf: [closed({ kind: { const: "OK" } }), closed({ kind: { const: "é" }, why: { type: "string" } })] },
      // Variants tried in turn (matchVariant): the constant was compared with String's ==, so "O\u212A"
      // was the constant's case (the API checks in constructs.test.ts ask which case it is).
      ExactOrOther: { anyOf: [{ const: "OK" }, { type: "string", not: { const: "x" } }] },
      // A union told apart by JSON type checks its string variant's constant with the same rule (it
      // used String's ==, and "e\u0301" decoded as the constant "é").
      ExactOrCount: { oneOf: [{ const: "é" }, { type: "integer" }] },
    },
    [
      ["ExactStatus", "OK"],
      ["ExactStatus", "é"],
      ["ExactFixed", { code: "OK" }],
      ["ExactChecked", { code: "OK" }],
      ["ExactReply", { kind: "é", why: "x" }],
      ["ExactOrOther", "OK"],
      ["ExactOrOther", "O\u212A"],
      ["ExactOrCount", "é"],
      ["ExactOrCount", 1],
    ],
    [
      ["ExactStatus", "O\u212A", /dataCorrupted/],
      ["ExactStatus", "e\u0301", /dataCorrupted/],
      ["ExactFixed", { code: "O\u212A" }, /dataCorrupted at \/code/],
      ["ExactChecked", { code: "O\u212A" }, /dataCorrupted at \/code/],
      ["ExactOrOther", 5, /matches no variant/],
      ["ExactOrCount", "e\u0301", /dataCorrupted/],
    ],
  ),
  fromSchema(
    "SchemaTags",
    {
      Dial: { oneOf: [closed({ kind: { const: 1 }, a: { type: "string" } }), closed({ kind: { const: 2 }, b: { type: "integer" } }), closed({ kind: { const: 2.5 } })] },
      Switch: { oneOf: [closed({ on: { const: true }, level: { type: "integer" } }), closed({ on: { const: false } })] },
    },
    [
      ["Dial", { kind: 1, a: "x" }],
      ["Dial", { kind: 2, b: 3 }],
      ["Dial", { kind: 2.5 }],
      ["Switch", { on: true, level: 4 }],
      ["Switch", { on: false }],
    ],
    [["Dial", { kind: 1, a: 5 }, /typeMismatch at \/a/]],
  ),
  fromSchema(
    "SchemaJsonTypes",
    {
      Json: { anyOf: [{ type: "null" }, { type: "boolean" }, { type: "number" }, { type: "string" }, { type: "array", items: ref("Json") }, ref("Holder")] },
      Holder: closed({ inner: ref("Json") }),
    },
    [
      ["Json", null],
      ["Json", false],
      ["Json", -7],
      ["Json", 0.25],
      ["Json", "s"],
      ["Json", [1, [null, { inner: "x" }]]],
      ["Json", { inner: { inner: null } }],
    ],
    [["Holder", {}, /keyNotFound at \/: "inner"/]],
  ),
  fromSchema(
    "SchemaKeyPresence",
    {
      Rpc: { anyOf: [ref("RpcRequest"), ref("RpcNotification"), ref("RpcResponse"), ref("RpcError")] },
      RpcRequest: { type: "object", properties: { id: { type: ["string", "integer"] }, method: { type: "string" }, params: { type: "object" } }, required: ["id", "method"] },
      RpcNotification: { type: "object", properties: { method: { type: "string" }, params: { type: "object" } }, required: ["method"] },
      RpcResponse: { type: "object", properties: { id: { type: ["string", "integer"] }, result: { type: "object" } }, required: ["id", "result"] },
      RpcError: {
        type: "object",
        properties: { id: { type: ["string", "integer"] }, error: { type: "object", properties: { code: { type: "integer" }, message: { type: "string" } }, required: ["code", "message"] } },
        required: ["id", "error"],
      },
    },
    [
      ["Rpc", { jsonrpc: "2.0", id: 1, method: "ping" }],
      ["Rpc", { jsonrpc: "2.0", id: "a", method: "call", params: { x: [1] } }],
      ["Rpc", { jsonrpc: "2.0", method: "note" }],
      ["Rpc", { jsonrpc: "2.0", id: 2, result: {} }],
      ["Rpc", { jsonrpc: "2.0", id: 3, error: { code: -32601, message: "no", data: 1 } }],
      // No request (id is no string or integer): the notification, which keeps the id it does not declare.
      ["Rpc", { id: null, method: "m" }],
    ],
    [["Rpc", { jsonrpc: "2.0", id: 4 }, /expected one of the keys/]],
  ),
  fromSchema(
    "SchemaFirstMatch",
    {
      Anyway: {
        anyOf: [{ const: "exact" }, { type: "string" }, { type: "null" }, ref("ShutPoint"), ref("AjarPoint"), { type: "array", items: { type: "number" } }, { const: { fixed: [1, 2] } }, { type: "object" }],
      },
      ShutPoint: closed({ x: { type: "integer" } }),
      AjarPoint: { type: "object", properties: { x: { type: "integer" } }, required: ["x"] },
    },
    [
      ["Anyway", "exact"],
      ["Anyway", "other"],
      ["Anyway", null],
      ["Anyway", { x: 1 }],
      ["Anyway", { x: 1, y: 2 }],
      ["Anyway", [1, 2.5]],
      ["Anyway", { fixed: [1, 2] }],
      ["Anyway", { fixed: [1, 3] }],
      ["Anyway", {}],
    ],
    [["Anyway", true, /expected one of/]],
  ),
  fromSchema(
    "SchemaRecursion",
    {
      Branch: closed({ value: { type: "integer" }, children: { type: "array", items: ref("Branch") } }),
      Link: closed({ name: { type: "string" }, next: ref("Link") }, ["name"]),
      Mother: closed({ child: ref("Daughter") }, []),
      Daughter: closed({ mother: { anyOf: [ref("Mother"), { type: "null" }] } }),
      Node: closed({ value: { type: "integer" }, next: ref("MaybeNode") }),
      MaybeNode: { anyOf: [ref("Node"), { type: "null" }] },
      Lists: { type: "array", items: ref("Lists") },
      Maps: { type: "object", additionalProperties: ref("Maps") },
      Formula: { oneOf: [ref("FormulaLit"), ref("FormulaNot")] },
      FormulaLit: closed({ op: { const: "lit" }, value: { type: "boolean" } }),
      FormulaNot: closed({ op: { const: "not" }, arg: ref("Formula") }),
    },
    [
      ["Branch", { value: 1, children: [{ value: 2, children: [{ value: 3, children: [{ value: 4, children: [{ value: 5, children: [] }] }] }] }] }],
      ["Link", { name: "a", next: { name: "b", next: { name: "c", next: { name: "d", next: { name: "e" } } } } }],
      ["Mother", { child: { mother: { child: { mother: null } } } }],
      ["Node", { value: 1, next: { value: 2, next: { value: 3, next: null } } }],
      ["Lists", [[], [[[]]], [[], [[]]]]],
      ["Maps", { a: { b: { c: {} } }, d: {} }],
      ["Formula", { op: "not", arg: { op: "not", arg: { op: "not", arg: { op: "lit", value: false } } } }],
    ],
    [["Node", { value: 1, next: { value: 2 } }, /keyNotFound at \/next: "next"/]],
  ),
  // Objects of objects, each level holding two of the one below: inline, a level's layout doubles
  // with depth, and the Swift compiler spells every copy of a type through all of it (Vega-Lite's
  // nested configs did not compile in an hour). A level whose parts are too large boxes them; a
  // union with a payload too large is indirect.
  fromSchema(
    "SchemaNestedLayout",
    {
      ...Object.fromEntries(
        Array.from({ length: NESTED_LAYOUT_LEVELS }, (_, level) => [
          `Layer${level}`,
          level === 0 ? closed({ x: { type: "string" }, y: { type: "number" } }) : closed({ left: ref(`Layer${level - 1}`), right: ref(`Layer${level - 1}`) }, ["left"]),
        ]),
      ),
      LayerChoice: { anyOf: [{ type: "string" }, ref(`Layer${NESTED_LAYOUT_CHOICE}`)] },
    },
    [
      ["Layer1", { left: { x: "a", y: 1 }, right: { x: "b", y: 2 } }],
      ["Layer8", nestedLayer(8)],
      ["LayerChoice", "plain"],
      ["LayerChoice", nestedLayer(NESTED_LAYOUT_CHOICE)],
    ],
    [["Layer8", { left: { left: {} } }, /keyNotFound at \/left\/left: "left"/]],
  ),
  // A constant inside an array, a tuple or a map's values has no owner that checks it (a struct
  // checks its properties' constants): it is a JSONConstant, whose decoder does (found by the schema
  // sweep on GitHub's workflow schema: runs-on ["SELF-HOSTED"] passed for ["self-hosted"]).
  fromSchema(
    "SchemaNestedConstants",
    {
      Runner: closed(
        {
          labels: { type: "array", items: [{ const: "self-hosted" }, { enum: ["linux", "macos"] }] },
          flags: { type: "array", items: { const: 1 } },
          modes: { type: "object", additionalProperties: { const: true } },
        },
        [],
      ),
    },
    [
      ["Runner", { labels: ["self-hosted"], flags: [1, 1], modes: { a: true } }],
      ["Runner", { labels: ["self-hosted", "linux"] }],
    ],
    [
      ["Runner", { labels: ["SELF-HOSTED"] }, /expected constant self-hosted, found SELF-HOSTED/],
      ["Runner", { flags: [1, 2] }, /expected constant 1, found 2/],
      ["Runner", { modes: { a: false } }, /expected constant true, found false/],
    ],
  ),
  fromSchema(
    "SchemaTuples",
    {
      Spans: closed(
        {
          pair: { type: "array", items: [{ type: "string" }, { type: "integer" }], minItems: 2, additionalItems: false },
          loose: { type: "array", items: [{ type: "string" }, { type: "integer" }, { type: ["string", "null"] }], minItems: 1, additionalItems: { type: "number" } },
        },
        ["pair"],
      ),
    },
    [
      ["Spans", { pair: ["a", 1] }],
      ["Spans", { pair: ["a", 1], loose: ["x"] }],
      ["Spans", { pair: ["a", 1], loose: ["x", 2, null] }],
      ["Spans", { pair: ["a", 1], loose: ["x", 2, "y", 1.5, 3] }],
    ],
    [["Spans", { pair: ["a", "b"] }, /typeMismatch at \/pair\/1/]],
  ),
  fromSchema(
    "SchemaPatterns",
    {
      Vendor: { type: "object", properties: { name: { type: "string" } }, required: ["name"], patternProperties: { "^x-": { type: "string" }, "^[0-9]+$": { type: "integer" } }, additionalProperties: { type: "boolean" } },
    },
    [
      ["Vendor", { name: "n" }],
      ["Vendor", { name: "n", "x-a": "s", "12": 3, other: true }],
    ],
    [["Vendor", { name: "n", "x-a": 1 }, /typeMismatch at \/x-a/]],
  ),
  fromSchema(
    // A key two patterns match is one value, held by the first map and checked against both types:
    // Chrome's manifest commands (`.*` and `^_execute_browser_action$`) decoded it into both maps,
    // and an edit of the second was never written (found by a sweep). The second pattern here is a
    // prefix: one spelling out its key (`^_special$`) declares that key (pattern-spelled-keys.test).
    "SchemaOverlappingPatterns",
    { Commands: { type: "object", patternProperties: { ".*": {}, "^_special": { type: "string" } } } },
    [["Commands", { _special: "s", other: 1 }]],
    [["Commands", { _special: 5 }, /typeMismatch at \/_special/]],
  ),
  fromSchema(
    // ECMA-262's \w and \d are ASCII: "é" and "٣" (an Arabic-Indic digit) match no pattern here and
    // are other keys (found on AsyncAPI 2.0's securitySchemes, ^[\w\d\.\-_]+$).
    "SchemaAsciiKeyClasses",
    { Schemes: { type: "object", patternProperties: { "^[\\w\\d.-]+$": { type: "object" } }, additionalProperties: { type: "integer" } } },
    [
      ["Schemes", { a_1: {}, "é": 0, "٣": 1 }],
      ["Schemes", { "b.c-d": { x: 1 } }],
    ],
    [["Schemes", { a: 0 }, /typeMismatch at \/a/]],
  ),
  fromSchema(
    "SchemaNulls",
    { Nothing: closed({ always: { type: "null" }, sometimes: { type: "null" } }, ["always"]), JustNull: { type: "null" } },
    [
      ["Nothing", { always: null }],
      ["Nothing", { always: null, sometimes: null }],
      ["JustNull", null],
    ],
    [["Nothing", { always: 0 }, /typeMismatch at \/always/]],
  ),
  fromSchema(
    "SchemaEnums",
    {
      Rank: { enum: [1, 2, 3] },
      Share: { enum: [0.5, 1, 2.5] },
      Status: { anyOf: [{ enum: [200, 404] }, { type: "integer", minimum: 100 }] },
      Pick: { enum: ["none", "some", "rawValue", "a-b", "a_b"] },
      Prefs: closed({ rank: ref("Rank"), share: ref("Share"), status: ref("Status"), choice: ref("Pick") }, ["rank"]),
    },
    [
      ["Prefs", { rank: 2 }],
      ["Prefs", { rank: 1, share: 2.5, status: 503, choice: "none" }],
      ["Prefs", { rank: 3, share: 0.5, choice: "a_b" }],
    ],
    [["Prefs", { rank: "high" }, /typeMismatch at \/rank/]],
  ),
  fromSchema(
    // Definitions named like the typealiases Swift reads to type an untyped literal (the LSP meta-model
    // has StringLiteralType and friends): declared as they are, they retype every `"…"` and `0` in the
    // module, support file included, and nothing compiles.
    "SchemaLiteralTypeNames",
    {
      StringLiteralType: closed({ kind: { const: "stringLiteral" }, value: { type: "string" } }),
      IntegerLiteralType: closed({ kind: { const: "integerLiteral" }, value: { type: "integer" } }),
      FloatLiteralType: closed({ kind: { const: "floatLiteral" }, value: { type: "number" } }),
      BooleanLiteralType: closed({ kind: { const: "booleanLiteral" }, value: { type: "boolean" } }),
      UnicodeScalarType: { type: "string" },
      ExtendedGraphemeClusterType: { type: "string" },
      Literal: { oneOf: [ref("StringLiteralType"), ref("IntegerLiteralType"), ref("FloatLiteralType"), ref("BooleanLiteralType")] },
    },
    [
      ["Literal", { kind: "stringLiteral", value: "a" }],
      ["Literal", { kind: "integerLiteral", value: 3 }],
      ["Literal", { kind: "floatLiteral", value: 0.5 }],
      ["Literal", { kind: "booleanLiteral", value: true }],
      ["UnicodeScalarType", "u"],
    ],
    [["StringLiteralType", { kind: "integerLiteral", value: "a" }, /expected constant/]],
  ),
  fromSchema(
    // Definitions named like types of Swift's standard library and Foundation (platformTypeNames.json).
    // Declared as they are, `Date`, `Data` and `JSONEncoder` are ambiguous in every file importing both
    // Foundation and the module (the harness's own `JSONEncoder()` stops compiling), and `Task` and
    // `Thread` (DAP has one) replace the platform's there. And named like the support file's own
    // types: `ExactString` and `NodeEncoder` were declared twice in the module (its Swift did not compile).
    "SchemaPlatformTypeNames",
    {
      ExactString: closed({ s: { type: "string" } }),
      // A number enum whose values have titles: its cases are named after them (nonZero, evenOdd).
      FillRule: { type: "integer", oneOf: [{ title: "Non Zero", const: 1 }, { title: "Even Odd", const: 2 }] },
      NodeEncoder: { type: "string" },
      JSONInput: { type: "integer" },
      Date: closed({ at: { type: "string", format: "date-time" } }),
      Data: closed({ bytes: { type: "string" } }),
      JSONEncoder: closed({ pretty: { type: "boolean" } }),
      Task: closed({ title: { type: "string" } }),
      Thread: closed({ id: { type: "integer" } }),
      URL: { type: "string" },
      Plan: closed({ task: ref("Task"), due: ref("Date"), link: ref("URL"), thread: ref("Thread") }, ["task"]),
    },
    [
      ["Plan", { task: { title: "t" }, due: { at: "2026-12-04T00:00:00Z" }, link: "https://clone.invalid", thread: { id: 1 } }],
      ["Data", { bytes: "AA==" }],
      ["JSONEncoder", { pretty: true }],
      ["ExactString", { s: "é" }],
      ["NodeEncoder", "n"],
      ["JSONInput", 1],
      ["FillRule", 2],
    ],
    [["Plan", { task: {} }, /keyNotFound|title/], ["FillRule", 3, /./]],
  ),
  fromSchema(
    // Places no value fits (`false`, `not: {}`, bounds that cross): JSONAbsent, so a key present there
    // fails to decode. They were JSONValue?, which took any value there and counted as untyped.
    "SchemaNoValue",
    {
      Sealed: {
        type: "object",
        properties: {
          name: { type: "string" },
          legacy: false,
          removed: { not: {} },
          code: { type: "string", minLength: 3, maxLength: 1 },
          nothing: { type: "array", items: false },
          none: { type: "object", additionalProperties: { not: {} } },
        },
        required: ["name"],
      },
      // The else case no value reaches is a constant: it keeps its type, so the union's code that
      // compares it as a String compiles (as JSONAbsent it did not: the test suite's future-keywords case).
      Fork: { if: true, then: { const: "then" }, else: { const: "else" } },
    },
    [
      ["Fork", "then"],
      ["Sealed", { name: "n" }],
      ["Sealed", { name: "n", nothing: [], none: {} }],
    ],
    [
      ["Sealed", { name: "n", legacy: 1 }, /admits no value/],
      ["Sealed", { name: "n", removed: null }, /admits no value/],
      ["Sealed", { name: "n", code: "abcd" }, /admits no value/],
      // items: false is a tuple of no items, which Swift refuses by its Never rest.
      ["Sealed", { name: "n", nothing: [1] }, /typeMismatch at \/nothing\/0/],
      ["Sealed", { name: "n", none: { a: true } }, /admits no value/],
    ],
  ),
  fromSchema(
    "SchemaConstants",
    { Fixed: closed({ version: { const: 2 }, shape: { const: { kind: "square", sides: [1, 1] } }, defaults: { const: [1, "a", true] } }, ["version", "shape"]) },
    [
      ["Fixed", { version: 2, shape: { kind: "square", sides: [1, 1] } }],
      ["Fixed", { version: 2, shape: { sides: [1, 1], kind: "square" }, defaults: [1, "a", true] }],
    ],
    [["Fixed", { version: 2, shape: { kind: "circle" } }, /expected constant/]],
  ),
  fromSchema(
    "SchemaRules",
    {
      Handle: closed({ login: { type: "string", pattern: "^[a-z]+$", not: { const: "admin" } }, tags: { type: "array", items: { type: "string" }, contains: { const: "x" } } }, ["login"]),
      Unlucky: { type: "integer", not: { const: 13 } },
    },
    [
      ["Handle", { login: "ann", tags: ["x"] }],
      ["Unlucky", 12],
    ],
  ),
  // Absent, null and a value are three states of an optional nullable property: each re-encodes as
  // it came (a present null was once dropped). Beside it, the two-state neighbours: required and
  // nullable (null written back), optional and not nullable (absent stays absent); and an optional
  // nullable constant, checked only when a value is present.
  fromSchema(
    "SchemaOptionalNullable",
    {
      Backup: closed(
        { a: { type: ["integer", "null"] }, kept: { type: ["string", "null"] }, note: { type: "string" }, mode: { anyOf: [{ const: "full" }, { type: "null" }] } },
        ["kept"],
      ),
    },
    [
      ["Backup", { kept: null, a: null }],
      ["Backup", { kept: null }],
      ["Backup", { kept: "k", a: 1 }],
      ["Backup", { kept: null, a: null, note: "n", mode: null }],
      ["Backup", { kept: null, mode: "full" }],
    ],
    [
      ["Backup", { kept: null, mode: "part" }, /expected constant/],
      ["Backup", { kept: null, note: null }, /typeMismatch at \/note|valueNotFound at \/note/],
      ["Backup", { a: null }, /keyNotFound at \/: "kept"/],
    ],
  ),
  fromSchema(
    "SchemaBases",
    {
      Envelope: { type: "object", properties: { seq: { type: "integer" }, type: { type: "string" } }, required: ["seq", "type"] },
      Command: { allOf: [ref("Envelope"), { type: "object", properties: { type: { enum: ["request"] }, command: { type: "string" }, arguments: {} }, required: ["type", "command"] }] },
      StartCommand: { allOf: [ref("Command"), { type: "object", properties: { command: { enum: ["start"] }, arguments: ref("StartArguments") }, required: ["command", "arguments"] }] },
      StartArguments: closed({ noDebug: { type: "boolean" } }, []),
    },
    [
      ["Command", { seq: 1, type: "request", command: "x" }],
      ["StartCommand", { seq: 2, type: "request", command: "start", arguments: { noDebug: true } }],
    ],
    [["StartCommand", { seq: 2, type: "request", command: "stop", arguments: {} }, /expected constant/]],
  ),
];
