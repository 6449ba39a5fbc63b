// One minimal model per construct of the contract, for the Swift target's tests: what the render test
// reads, what the compile test builds (all of them in one module, as a user's package would hold
// several), and what the round-trip test decodes and re-encodes through the conformance harness.
// Hand-made (helpers/handModel.ts) while buildModel does not produce the construct yet; each is
// checked against the contract (validateModel) first.
import type { JsonValue } from "../../src/json/types.ts";
import type { EnumType, NamedType, ObjectType, Property, SchemaModel, TypeRef } from "../../src/model/types.ts";
import { validateModel } from "../../src/model/validateModel.ts";
import { handModel, handObject, handUnion, named, str } from "../helpers/handModel.ts";

const int: TypeRef = { kind: "integer", constraints: {} };
const num: TypeRef = { kind: "number", constraints: {} };
const bool: TypeRef = { kind: "boolean" };
const unknown: TypeRef = { kind: "unknown" };
const nullType: TypeRef = { kind: "null" };
const nullable = (type: TypeRef): TypeRef => ({ kind: "nullable", type });
const literal = (value: Exclude<JsonValue, null>): TypeRef => ({ kind: "literal", value });
const array = (items: TypeRef): TypeRef => ({ kind: "array", items, constraints: {} });

/** A property of `owner`, required unless said otherwise. */
function prop(owner: string, name: string, type: TypeRef, required = true): Property {
  return { name, type, required, pointer: `/definitions/${owner}/properties/${name}` };
}

function object(name: string, properties: Property[], extra: Partial<ObjectType> = {}): ObjectType {
  return { ...handObject(name, {}), properties, ...extra };
}

function enumOf(name: string, valueType: EnumType["valueType"], values: EnumType["values"], extra: Partial<EnumType> = {}): EnumType {
  return { kind: "enum", name, pointer: `/definitions/${name}`, definitionName: name, valueType, values, ...extra };
}

function alias(name: string, type: TypeRef): NamedType {
  return { kind: "alias", name, pointer: `/definitions/${name}`, definitionName: name, type };
}

export interface Construct {
  /** The model's name: its registry is `<name>Definitions`. Unique among constructs. */
  readonly name: string;
  readonly model: SchemaModel;
  /** Valid instances by definition name: each must decode and re-encode to equal JSON. */
  readonly valid: readonly (readonly [string, JsonValue])[];
  /** Invalid instances Swift must refuse, by definition name, with a pattern its error must match. */
  readonly invalid: readonly (readonly [string, JsonValue, RegExp])[];
}

function construct(name: string, types: NamedType[], valid: Construct["valid"], invalid: Construct["invalid"] = []): Construct {
  const model = handModel(types, { name, source: { location: `${name}.schema.json`, dialect: "draft-07", definitionsKey: "definitions", integerSpellings: new Map(), integersRoundedTogether: new Map(), document: { definitions: Object.fromEntries(types.flatMap((t) => (t.definitionName ? [[t.definitionName, {}]] : []))) } } });
  validateModel(model);
  return { name, model, valid, invalid };
}

export const CONSTRUCTS: readonly Construct[] = [
  construct(
    "TagUnions",
    [
      handUnion("Shape", {
        rule: "tag",
        property: "kind",
        variants: [
          { name: "One", tag: 1, type: named("ShapeOne") },
          { name: "Two", tag: 2, type: named("ShapeTwo") },
          { name: "Half", tag: 2.5, type: named("ShapeHalf") },
        ],
      }),
      object("ShapeOne", [prop("ShapeOne", "kind", literal(1)), prop("ShapeOne", "a", str)]),
      object("ShapeTwo", [prop("ShapeTwo", "kind", literal(2)), prop("ShapeTwo", "b", int)]),
      object("ShapeHalf", [prop("ShapeHalf", "kind", literal(2.5))]),
      handUnion("Toggle", {
        rule: "tag",
        property: "on",
        variants: [
          { name: "On", tag: true, type: named("ToggleOn") },
          { name: "Off", tag: false, type: named("ToggleOff") },
        ],
      }),
      object("ToggleOn", [prop("ToggleOn", "on", literal(true)), prop("ToggleOn", "level", int)]),
      object("ToggleOff", [prop("ToggleOff", "on", literal(false))]),
    ],
    [
      ["Shape", { kind: 1, a: "x" }],
      ["Shape", { kind: 2, b: 3 }],
      ["Shape", { kind: 2.5 }],
      ["Shape", { kind: 9, anything: [1, "two"] }],
      ["Toggle", { on: true, level: 4 }],
      ["Toggle", { on: false }],
    ],
    [
      ["Shape", { a: "x" }, /keyNotFound at \/: "kind"/],
      ["Shape", { kind: 1, a: 5 }, /typeMismatch at \/a/],
    ],
  ),
  construct(
    "JsonTypes",
    [
      handUnion("Anything", {
        rule: "jsonType",
        variants: [
          { name: "Null", type: nullType, jsonType: "null" },
          { name: "Boolean", type: bool, jsonType: "boolean" },
          { name: "Number", type: num, jsonType: "number" },
          { name: "String", type: str, jsonType: "string" },
          { name: "Array", type: array(named("Anything")), jsonType: "array" },
          { name: "Object", type: named("Box"), jsonType: "object" },
        ],
      }),
      object("Box", [prop("Box", "inner", named("Anything"))]),
    ],
    [
      ["Anything", null],
      ["Anything", true],
      ["Anything", 3],
      ["Anything", 2.5],
      ["Anything", "s"],
      ["Anything", [1, "a", [null, { inner: false }]]],
      ["Anything", { inner: { inner: [1] } }],
    ],
    [["Box", { inner: { other: 1 } }, /keyNotFound at \/inner: "inner"/]],
  ),
  construct(
    "KeyPresence",
    [
      handUnion("Message", {
        rule: "keyPresence",
        variants: [
          { name: "Request", type: named("Request"), keys: ["id", "method"] },
          { name: "Notification", type: named("Notification"), keys: ["method"] },
          { name: "Response", type: named("Response"), keys: ["result"] },
          { name: "Failure", type: named("Failure"), keys: ["error"] },
        ],
      }),
      object("Request", [prop("Request", "id", int), prop("Request", "method", str), prop("Request", "params", unknown, false)], { additionalProperties: unknown }),
      object("Notification", [prop("Notification", "method", str), prop("Notification", "params", unknown, false)], { additionalProperties: unknown }),
      object("Response", [prop("Response", "id", int), prop("Response", "result", unknown)], { additionalProperties: unknown }),
      object("Failure", [prop("Failure", "id", int), prop("Failure", "error", named("FailureError"))], { additionalProperties: unknown }),
      object("FailureError", [prop("FailureError", "code", int), prop("FailureError", "message", str)], { additionalProperties: unknown }),
    ],
    [
      // Candidates in order, the first that matches: a request whose id does not decode is a notification (open, keeping the id).
      ["Message", { jsonrpc: "2.0", id: "x", method: "m" }],
      ["Message", { jsonrpc: "2.0", id: 1, method: "ping" }],
      ["Message", { jsonrpc: "2.0", id: 1, method: "call", params: { a: [1] } }],
      ["Message", { jsonrpc: "2.0", method: "note", params: null }],
      ["Message", { jsonrpc: "2.0", id: 2, result: { ok: true } }],
      ["Message", { jsonrpc: "2.0", id: 3, error: { code: -32601, message: "no", data: 1 } }],
    ],
    [
      ["Message", { jsonrpc: "2.0", id: 4 }, /expected one of the keys: id \+ method, method, result, error/],
      // A candidate (method) that does not decode: the first candidate's own error.
      ["Message", { id: "x", method: 5 }, /typeMismatch at \/id/],
      ["Message", { method: 5 }, /typeMismatch at \/method/],
    ],
  ),
  construct(
    "FirstMatch",
    [
      handUnion("Loose", {
        rule: "firstMatch",
        variants: [
          { name: "Exact", type: literal("exact") },
          { name: "Text", type: str },
          { name: "Nothing", type: nullType },
          { name: "Closed", type: named("ClosedPoint") },
          { name: "Open", type: named("OpenPoint") },
          { name: "Numbers", type: array(num) },
          { name: "Fixed", type: literal({ fixed: [1, 2] }) },
          { name: "Anything", type: named("FreeObject") },
        ],
      }),
      object("ClosedPoint", [prop("ClosedPoint", "x", int)]),
      object("OpenPoint", [prop("OpenPoint", "x", int)], { additionalProperties: unknown }),
      object("FreeObject", [], { additionalProperties: unknown }),
      // A referenced enum is open (forward-compatible) in Swift, but the schema allows only its values:
      // first match must not take a value this version does not know as a match.
      enumOf("Level", "string", ["low", "high"]),
      handUnion("LevelOrName", { rule: "firstMatch", variants: [{ name: "Level", type: named("Level") }, { name: "Name", type: named("NameBox") }] }),
      object("NameBox", [prop("NameBox", "name", str)]),
      handUnion("LevelOrText", { rule: "firstMatch", variants: [{ name: "Level", type: named("Level") }, { name: "Text", type: str }] }),
      handUnion("PointOrText", { rule: "firstMatch", variants: [{ name: "Closed", type: named("ClosedPoint") }, { name: "Text", type: str }] }),
    ],
    [
      ["Loose", "exact"],
      ["Loose", "other"],
      ["Loose", null],
      ["Loose", { x: 1 }],
      ["Loose", { x: 1, y: 2 }],
      ["Loose", [1, 2.5]],
      ["Loose", { fixed: [1, 2] }],
      ["Loose", { fixed: [1, 3] }],
      ["LevelOrName", "low"],
      ["LevelOrName", { name: "n" }],
      ["LevelOrText", "high"],
      ["LevelOrText", "medium"],
    ],
    [
      ["Loose", true, /matches no variant of Loose: Exact: .*; Text: .*; Nothing: not null; Closed: .*/],
      ["LevelOrName", "medium", /matches no variant of LevelOrName: Level: a value this version does not know; Name: /],
      // Found by a sweep of Vega-Lite: the message named no key, where AJV names the one a closed object refuses.
      ["PointOrText", { x: 1, y: 2 }, /matches no variant of PointOrText: Closed: would not re-encode the value unchanged \(\/y is dropped\); Text: /],
    ],
  ),
  construct(
    "Recursion",
    [
      // Recursion through an array needs nothing: arrays store their elements out of line.
      object("Tree", [prop("Tree", "value", int), prop("Tree", "children", array(named("Tree")))]),
      // A struct that contains itself (optional), and two that contain each other.
      object("Chain", [prop("Chain", "name", str), prop("Chain", "next", named("Chain"), false)]),
      object("Parent", [prop("Parent", "child", named("Child"), false)]),
      object("Child", [prop("Child", "parent", nullable(named("Parent")))]),
      // Through an alias: Cell → MaybeCell (an alias of Cell | null) → Cell.
      object("Cell", [prop("Cell", "value", int), prop("Cell", "next", named("MaybeCell"))]),
      alias("MaybeCell", nullable(named("Cell"))),
      // An alias that contains itself through a typealias only (a nested list) becomes a wrapper struct.
      alias("Nested", array(named("Nested"))),
      alias("Forest", { kind: "record", values: named("Forest") }),
      // A union on a cycle: indirect.
      handUnion("Expr", {
        rule: "tag",
        property: "op",
        variants: [
          { name: "Lit", tag: "lit", type: named("ExprLit") },
          { name: "Not", tag: "not", type: named("ExprNot") },
        ],
      }),
      object("ExprLit", [prop("ExprLit", "op", literal("lit")), prop("ExprLit", "value", bool)]),
      object("ExprNot", [prop("ExprNot", "op", literal("not")), prop("ExprNot", "arg", named("Expr"))]),
    ],
    [
      ["Tree", { value: 1, children: [{ value: 2, children: [{ value: 3, children: [{ value: 4, children: [{ value: 5, children: [] }] }] }] }] }],
      ["Chain", { name: "a", next: { name: "b", next: { name: "c", next: { name: "d", next: { name: "e" } } } } }],
      ["Parent", { child: { parent: { child: { parent: null } } } }],
      ["Cell", { value: 1, next: { value: 2, next: { value: 3, next: null } } }],
      ["Nested", [[], [[[]]], [[], [[]]]]],
      ["Forest", { a: { b: { c: {} } }, d: {} }],
      ["Expr", { op: "not", arg: { op: "not", arg: { op: "not", arg: { op: "lit", value: true } } } }],
    ],
    [["Cell", { value: 1, next: { value: 2 } }, /keyNotFound at \/next: "next"/]],
  ),
  construct(
    "Tuples",
    [
      object("Shapes", [
        prop("Shapes", "pair", { kind: "tuple", prefixItems: [str, int], rest: false, constraints: { minItems: 2 } }),
        prop("Shapes", "loose", { kind: "tuple", prefixItems: [str, int, nullable(str)], rest: num, constraints: { minItems: 1 } }, false),
        prop("Shapes", "nullables", { kind: "tuple", prefixItems: [nullable(int), nullable(str)], rest: false, constraints: { minItems: 1 } }, false),
      ]),
    ],
    [
      ["Shapes", { pair: ["a", 1] }],
      ["Shapes", { pair: ["a", 1], loose: ["x"] }],
      ["Shapes", { pair: ["a", 1], loose: ["x", 2] }],
      ["Shapes", { pair: ["a", 1], loose: ["x", 2, null] }],
      ["Shapes", { pair: ["a", 1], loose: ["x", 2, "y", 1.5, 3] }],
      ["Shapes", { pair: ["a", 1], nullables: [null] }],
      ["Shapes", { pair: ["a", 1], nullables: [null, null] }],
      ["Shapes", { pair: ["a", 1], nullables: [1, "s"] }],
    ],
    [
      ["Shapes", { pair: ["a"] }, /pair/],
      ["Shapes", { pair: ["a", "b"] }, /typeMismatch at \/pair\/1/],
    ],
  ),
  construct(
    "Patterns",
    [
      object("Extensible", [prop("Extensible", "name", str)], {
        patternProperties: [
          { pattern: "^x-", type: str, pointer: "/definitions/Extensible/patternProperties/^x-" },
          { pattern: "^[0-9]+$", type: int, pointer: "/definitions/Extensible/patternProperties/^[0-9]+$" },
        ],
        additionalProperties: bool,
      }),
      object("Overlapping", [], {
        patternProperties: [
          { pattern: "^a", type: str, pointer: "/definitions/Overlapping/patternProperties/^a" },
          { pattern: "z$", type: str, pointer: "/definitions/Overlapping/patternProperties/z$" },
        ],
      }),
    ],
    [
      ["Extensible", { name: "n" }],
      ["Extensible", { name: "n", "x-a": "s", "12": 3, other: true }],
      ["Overlapping", { az: "both", abc: "a", yz: "z" }],
    ],
    [["Extensible", { name: "n", "x-a": 1 }, /typeMismatch at \/x-a/]],
  ),
  construct(
    "Nulls",
    [
      object("WithNull", [prop("WithNull", "always", nullType), prop("WithNull", "sometimes", nullType, false)]),
      alias("OnlyNull", nullType),
    ],
    [
      ["WithNull", { always: null }],
      ["WithNull", { always: null, sometimes: null }],
      ["OnlyNull", null],
    ],
    [
      ["WithNull", { always: 1 }, /typeMismatch at \/always/],
      ["WithNull", {}, /keyNotFound at \/: "always"/],
    ],
  ),
  construct(
    "Enums",
    [
      enumOf("Priority", "integer", [1, 2, 3]),
      enumOf("Ratio", "number", [0.5, 1, 2.5]),
      enumOf("Flag", "boolean", [true, false]),
      enumOf("HttpStatus", "integer", [200, 404], { otherValues: { kind: "integer", constraints: { minimum: 100 } } }),
      enumOf("Option", "string", ["none", "some", "rawValue", "a-b", "a_b"]),
      enumOf("Sign", "integer", [-1, 0, 1]),
      object("Settings", [
        prop("Settings", "priority", named("Priority")),
        prop("Settings", "ratio", named("Ratio"), false),
        prop("Settings", "flag", named("Flag"), false),
        prop("Settings", "status", named("HttpStatus"), false),
        prop("Settings", "option", named("Option"), false),
      ]),
    ],
    [
      ["Settings", { priority: 2 }],
      ["Settings", { priority: 7, ratio: 2.5, flag: false, status: 503, option: "none" }],
      ["Settings", { priority: 1, ratio: 0.5, option: "a_b" }],
      ["Sign", -1],
      ["Flag", true],
    ],
    [
      ["Sign", 5, /invalid Int value 5/],
      ["Settings", { priority: "high" }, /typeMismatch at \/priority/],
    ],
  ),
  construct(
    "Literals",
    [
      object("Tagged", [
        prop("Tagged", "version", literal(2)),
        prop("Tagged", "shape", literal({ kind: "square", sides: [1, 1] })),
        prop("Tagged", "defaults", literal([1, "a", true]), false),
      ]),
    ],
    [
      ["Tagged", { version: 2, shape: { kind: "square", sides: [1, 1] } }],
      ["Tagged", { version: 2, shape: { sides: [1, 1], kind: "square" }, defaults: [1, "a", true] }],
    ],
    [
      ["Tagged", { version: 2, shape: { kind: "circle" } }, /expected constant/],
      ["Tagged", { version: 3, shape: { kind: "square", sides: [1, 1] } }, /expected constant 2, found 3/],
    ],
  ),
  construct(
    "Constrained",
    [
      object("Account", [
        prop("Account", "handle", {
          kind: "constrained",
          type: { kind: "string", constraints: { pattern: "^[a-z]+$" } },
          assertions: [{ kind: "not", type: literal("admin"), pointer: "/definitions/Account/properties/handle/not" }],
        }),
        prop("Account", "tags", array({ kind: "constrained", type: str, assertions: [{ kind: "propertyCount", min: 1, pointer: "/x" }] }), false),
      ]),
      alias("Limited", { kind: "constrained", type: int, assertions: [{ kind: "not", type: literal(13), pointer: "/definitions/Limited/not" }] }),
    ],
    [
      ["Account", { handle: "ann", tags: ["x"] }],
      ["Limited", 12],
    ],
  ),
  construct(
    "Bases",
    [
      object("Message2", [prop("Message2", "seq", int), prop("Message2", "type", str)]),
      object("Request2", [prop("Request2", "seq", int), prop("Request2", "type", literal("request")), prop("Request2", "command", str), prop("Request2", "arguments", unknown, false)], {
        bases: [named("Message2") as { kind: "named"; name: string }],
      }),
      object(
        "LaunchRequest",
        [
          prop("LaunchRequest", "seq", int),
          prop("LaunchRequest", "type", literal("request")),
          prop("LaunchRequest", "command", literal("launch")),
          prop("LaunchRequest", "arguments", named("LaunchArguments")),
        ],
        { bases: [named("Request2") as { kind: "named"; name: string }] },
      ),
      object("LaunchArguments", [prop("LaunchArguments", "noDebug", bool, false)]),
    ],
    [
      ["Request2", { seq: 1, type: "request", command: "x" }],
      ["LaunchRequest", { seq: 2, type: "request", command: "launch", arguments: { noDebug: true } }],
    ],
  ),
  construct(
    "Names",
    [
      // Standard-library names a schema may well use for its own types, and the type-position keywords.
      ...["Error", "String", "Int", "Bool", "Double", "Set", "Never", "Decoder", "Encoder", "Float", "Optional", "Dictionary", "Type", "Protocol"].map((name) =>
        object(name, [prop(name, "value", str)]),
      ),
      object("Keywords", [
        prop("Keywords", "hashValue", str),
        prop("Keywords", "init", int),
        prop("Keywords", "self", int, false),
        prop("Keywords", "--", str),
        prop("Keywords", "session_id", str),
        prop("Keywords", "sessionId", str),
        prop("Keywords", "additionalProperties", int),
        prop("Keywords", "kind", named("Type")),
        prop("Keywords", "error", named("Error"), false),
      ], { additionalProperties: str }),
      // Members named like the locals and statics the generated coding code uses.
      object(
        "Locals",
        ["declaredKeys", "keyPatterns", "encode", "container", "anyContainer", "decoder", "encoder", "written", "value", "failures", "payload"].map((name) => prop("Locals", name, str, false)),
        { patternProperties: [{ pattern: "^x-", type: int, pointer: "/definitions/Locals/patternProperties/^x-" }], additionalProperties: bool },
      ),
      enumOf("Fallbacks", "string", ["unknown", "unrecognized"]),
      object("UsesFallbacks", [prop("UsesFallbacks", "f", named("Fallbacks"))]),
      handUnion("Choice", {
        rule: "jsonType",
        variants: [
          { name: "Type", type: named("Type"), jsonType: "object" },
          { name: "String", type: str, jsonType: "string" },
        ],
      }),
    ],
    [
      ["Keywords", { hashValue: "h", init: 1, "--": "d", session_id: "a", sessionId: "b", additionalProperties: 2, kind: { value: "t" }, extra: "e" }],
      ["Locals", { declaredKeys: "a", keyPatterns: "b", encode: "c", container: "d", anyContainer: "e", decoder: "f", encoder: "g", written: "h", value: "i", failures: "j", payload: "k", "x-n": 1, other: true }],
      ["UsesFallbacks", { f: "unrecognized" }],
      ["UsesFallbacks", { f: "something else" }],
      ["Choice", { value: "v" }],
      ["Choice", "s"],
      ["Type", { value: "t" }],
    ],
  ),
];
