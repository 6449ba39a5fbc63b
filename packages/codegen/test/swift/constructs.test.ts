// Every construct of the contract through the Swift target (minimal models in constructs.ts): how each
// is spelled, then, with the toolchain, that all of them compile together in one module with Swift 6,
// that each valid instance decodes and re-encodes to equal JSON and each invalid one is refused with
// the expected error (through the conformance harness, built for these models by
// scripts/swift/harnessPackage.ts), and that the generated API is what a Swift user writes against
// (a small program of checks, compiled and run beside the harness).
import { spawnSync } from "node:child_process";
import { Ajv } from "ajv";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { JsonValue } from "../../src/json/types.ts";
import type { SchemaModel } from "../../src/model/types.ts";
import { swiftTarget } from "../../src/targets/swift/index.ts";
import { INLINE_LAYOUT_LIMIT } from "../../src/targets/swift/analyzeModel.ts";
import { typeIdentifier } from "../../src/targets/swift/naming.ts";
import { swiftCaseLabels } from "../../src/targets/swift/translateUnion.ts";
import { writeHarnessPackage } from "../../../../scripts/swift/harnessPackage.ts";
import { describeWithSwift, verdictOf } from "../helpers/swift.ts";
import { REPO_ROOT } from "../helpers/workspace.ts";
import { isUntypedProperty, summarizeModel } from "../../src/model/summary.ts";
import { valueTypes } from "../../src/model/schemaModel.ts";
import { countSchemaProperties, isUntyped, swiftDeclarations } from "../helpers/swiftText.ts";
import { CONSTRUCT_SCHEMAS, NESTED_LAYOUT_CHOICE, NESTED_LAYOUT_LEVELS } from "./constructSchemas.ts";
import { CONSTRUCTS } from "./constructs.ts";

// Hand-made models and minimal schemas, all in one module: a user's package may well hold several.
const ALL = [...CONSTRUCTS, ...CONSTRUCT_SCHEMAS];
const files = swiftTarget.render(
  ALL.map((c) => c.model),
  {},
);
const swiftOf = (name: string) => files.find((file) => file.path === `${name}Models.swift`)!.contents;
const support = files.find((file) => file.path === "CodegenSupport.swift")!.contents;

/** The declaration of one type: from `public … Name` to its closing brace at column 0. */
function block(swift: string, name: string): string {
  const start = swift.search(new RegExp(`^public (?:indirect )?(?:struct|enum|typealias|protocol) ${name}\\b`, "m"));
  if (start < 0) throw new Error(`no declaration of ${name}:\n${swift}`);
  const rest = swift.slice(start);
  const end = rest.startsWith("public typealias") ? rest.indexOf("\n") : rest.indexOf("\n}\n") + 2;
  return rest.slice(0, end);
}

describe("Swift spelling of each construct", () => {
  it("tag unions switch on a JSONValue when a tag is a number or a boolean", () => {
    const shape = block(swiftOf("TagUnions"), "Shape");
    expect(shape).toContain('let tag = try container.decode(JSONValue.self, forKey: AnyCodingKey("kind"))');
    expect(shape).toContain("case .int(1):");
    expect(shape).toContain("case .double(2.5):");
    expect(shape).toContain('/// "kind": 2.5');
    expect(shape).toContain("case unknown([String: JSONValue])");
    expect(block(swiftOf("TagUnions"), "Toggle")).toContain("case .bool(false):");
  });

  it("key presence tries the candidates in order, each as first match does, then decodes the first", () => {
    const message = block(swiftOf("KeyPresence"), "Message");
    const tries = [...message.matchAll(/^ {8}if (.+), let payload = matchVariant\((\w+)\.self/gm)].map(([, keys, type]) => `${type}: ${keys}`);
    expect(tries).toEqual([
      'Request: container.contains(AnyCodingKey("id")) && container.contains(AnyCodingKey("method"))',
      '_Notification: container.contains(AnyCodingKey("method"))',
      'Response: container.contains(AnyCodingKey("result"))',
      'Failure: container.contains(AnyCodingKey("error"))',
    ]);
    expect(message).toContain('debugDescription: "expected one of the keys: id + method, method, result, error"');
  });

  it("first match tries every variant in the model's order, with constants and null", () => {
    const loose = block(swiftOf("FirstMatch"), "Loose");
    const order = [...loose.matchAll(/named: "(\w+)"|case (\w+)\n|failures\.append\("(\w+): not null"\)/g)].map((m) => m[1] ?? m[3]).filter(Boolean);
    expect(order).toEqual(["Exact", "Text", "Nothing", "Closed", "Open", "Numbers", "Fixed", "Anything"]);
    expect(loose).toContain('matchVariant(String.self, from: decoder, equalTo: value, constant: "exact", named: "Exact"');
    expect(loose).toContain('constant: JSONValue.object(["fixed": .array([.int(1), .int(2)])])');
    expect(loose).toContain("if value == .null { self = .nothing; return }");
    expect(support).toContain("func matchVariant<T: Codable & Equatable>(");
  });

  it("a constant variant checks its constant beside the union's rules and through a definition that is one constant", () => {
    const swift = swiftOf("SchemaConstantVariants");
    expect(block(swift, "EmptyOrDigits")).toContain('matchVariant(JSONValue.self, from: decoder, equalTo: value, constant: JSONValue.object([:]), named: "Object"');
    expect(block(swift, "NoneOrNamed")).toContain("guard isSameWireValue(value, JSONValue.array([])) else {");
    expect(block(swift, "LetterOrCount")).toContain('guard isSameWireValue(value, "a") else {');
    expect(block(swift, "PinnedOrCount")).toContain('guard isSameWireValue(value, JSONValue.object(["k": .int(1)])) else {');
    expect(block(swift, "MaybeLetter")).toContain('constant: "x", orNull: true, named:');
  });

  it("a $ref to a definition that is one constant is its checked type where nothing else checks it, the definition still a typealias", () => {
    const swift = swiftOf("SchemaConstantElements");
    expect(block(swift, "ElemEx")).toBe("public typealias ElemEx = String");
    expect(block(swift, "ElemExes")).toBe("public typealias ElemExes = [JSONConstant<JSONConstants.S_x>]");
    const holder = block(swift, "ElemHolder");
    expect(holder).toContain("public var pair: JSONTuple1Min0<JSONConstant<JSONConstants.J__7B__22_k_22__3A_1_7D_>, JSONConstant<JSONConstants.S_x>?>?");
    expect(holder).toContain("public var byName: [String: JSONConstant<JSONConstants.S_x>?]?");
    expect(block(swift, "ElemHolderByPattern")).toContain("public var patternProperties: [String: JSONConstant<JSONConstants.J__7B__22_k_22__3A_1_7D_>]");
  });

  it("boxes each struct-to-struct edge of a cycle, makes a union on one indirect, and wraps an alias of itself", () => {
    const swift = swiftOf("Recursion");
    expect(block(swift, "Tree")).toContain("    public var children: [Tree]");
    expect(block(swift, "Chain")).toContain("    @Indirect public var next: Chain?");
    expect(block(swift, "Parent")).toContain("    @Indirect public var child: Child?");
    expect(block(swift, "Child")).toContain("    @Indirect public var parent: Parent?");
    expect(block(swift, "Cell")).toContain("    @Indirect public var next: MaybeCell");
    expect(block(swift, "MaybeCell")).toBe("public typealias MaybeCell = Cell?");
    expect(block(swift, "Nested")).toContain("    public var value: [Nested]");
    expect(block(swift, "Forest")).toContain("    public var value: [String: Forest]");
    expect(swift).toContain("public indirect enum Expr:");
    expect(block(swift, "ExprNot")).toContain("    public var arg: Expr\n");
    expect(support).toContain("public indirect enum Indirect<Value>");
  });

  it("boxes a property, and makes a union indirect, whose inline layout would exceed INLINE_LAYOUT_LIMIT values", () => {
    // The rule in its simplest case: Layer0 stores 1 + 2 values, each higher level 1 + two of the level below (one box when boxed).
    const sizes = [3];
    const boxedLevels: number[] = [];
    for (let level = 1; level < NESTED_LAYOUT_LEVELS; level++) {
      const part = sizes[level - 1]!;
      if (part > INLINE_LAYOUT_LIMIT) boxedLevels.push(level);
      sizes.push(1 + 2 * (part > INLINE_LAYOUT_LIMIT ? 1 : part));
    }
    expect(boxedLevels.length, "the fixture nests deep enough to need a box").toBeGreaterThan(0);
    const swift = swiftOf("SchemaNestedLayout");
    for (let level = 1; level < NESTED_LAYOUT_LEVELS; level++) {
      const box = boxedLevels.includes(level) ? "@Indirect " : "";
      const layer = block(swift, `Layer${level}`);
      expect(layer).toContain(`\n    ${box}public var left: Layer${level - 1}\n`);
      expect(layer).toContain(`\n    ${box}public var right: Layer${level - 1}?\n`);
    }
    const indirect = sizes[NESTED_LAYOUT_CHOICE]! > INLINE_LAYOUT_LIMIT ? "indirect " : "";
    expect(indirect, "the fixture's union holds a payload too large to store inline").not.toBe("");
    expect(swift).toContain(`public ${indirect}enum LayerChoice:`);
  });

  it("a constant inside an array, a tuple or a map is a JSONConstant of its spec, which the support file declares once", () => {
    const runner = block(swiftOf("SchemaNestedConstants"), "Runner");
    expect(runner).toContain("public var labels: JSONTuple2Min0<JSONConstant<JSONConstants.S_self_2D_hosted>, RunnerLabelsItem2, JSONValue>?");
    expect(runner).toContain("public var flags: [JSONConstant<JSONConstants.I_1>]?");
    expect(runner).toContain("public var modes: [String: JSONConstant<JSONConstants.B_true>]?");
    expect(block(support, "JSONConstants")).toContain('public enum S_self_2D_hosted: JSONConstantValue { public static let value: String = "self-hosted" }');
  });

  it("types tuples by shape, optional after minItems, Never when nothing may follow", () => {
    const shapes = block(swiftOf("Tuples"), "Shapes");
    expect(shapes).toContain("public var pair: JSONTuple2<String, Int, Never>");
    expect(shapes).toContain("public var loose: JSONTuple3Min1<String, Int, String?, Double>?");
    expect(shapes).toContain("public var nullables: JSONTuple2Min1<Int?, String?, Never>?");
    for (const name of ["JSONTuple2", "JSONTuple3Min1", "JSONTuple2Min1"]) expect(support).toMatch(new RegExp(`^public struct ${name}<`, "m"));
    expect(block(support, "JSONTuple3Min1")).toContain("public var item1: Item1?");
  });

  it("keeps one typed map per pattern beside the declared properties and the other keys", () => {
    const extensible = block(swiftOf("Patterns"), "Extensible");
    expect(extensible).toContain("public var patternProperties1: [String: String]");
    expect(extensible).toContain("public var patternProperties2: [String: Int]");
    expect(extensible).toContain("public var additionalProperties: [String: Bool]");
    expect(extensible).toContain('private static let keyPatterns: [KeyPattern] = [KeyPattern("^x-"), KeyPattern("^[0-9]+$")]');
  });

  it("spells a null-only type JSONNull, a constant when required", () => {
    const swift = swiftOf("Nulls");
    expect(block(swift, "WithNull")).toContain("public let always: JSONNull = JSONNull()");
    expect(block(swift, "WithNull")).toContain("public var sometimes: JSONNull?");
    expect(block(swift, "OnlyNull")).toBe("public typealias OnlyNull = JSONNull");
  });

  it("renders integer, number and boolean enums, open ones with an unknown case of their raw type", () => {
    const swift = swiftOf("Enums");
    expect(block(swift, "Priority")).toContain("case unknown(Int)");
    expect(block(swift, "Priority")).toContain("case 2: self = ._2");
    expect(block(swift, "Ratio")).toContain("case 0.5: self = ._0_5");
    expect(block(swift, "Ratio")).toContain("case 1.0: self = ._1");
    expect(block(swift, "Flag")).toContain("public init?(rawValue: Bool) {");
    expect(block(swift, "Sign")).toMatch(/^public enum Sign: Int, Codable, Sendable, Equatable, Hashable, CaseIterable \{\n {4}case _n1 = -1\n {4}case _0 = 0\n {4}case _1 = 1\n\}$/);
    // Open by the schema (otherValues): an unknown value is valid, so not a forward-compatibility fallback.
    expect(block(swift, "HttpStatus")).not.toContain("UnknownValueFallback");
    expect(block(swift, "Priority")).toContain("UnknownValueFallback");
  });

  it("keeps constant objects and arrays as checked JSONValue constants", () => {
    const tagged = block(swiftOf("Literals"), "Tagged");
    expect(tagged).toContain('public let shape: JSONValue = JSONValue.object(["kind": .string("square"), "sides": .array([.int(1), .int(1)])])');
    expect(tagged).toContain("public var defaults: JSONValue?");
    expect(tagged).toContain('if let value = self.defaults, !isSameWireValue(value, JSONValue.array([.int(1), .string("a"), .bool(true)])) {');
  });

  // Found by a sweep of STAC: a variant that needs no key was tested as `if true`, and the `throw`
  // after it was code Swift warns is never executed.
  it("decodes a key-presence union's keyless variant without a test of keys or a branch after it", () => {
    const keyless = ALL.flatMap(({ model }) => model.types).filter((type) => type.kind === "union" && type.rule === "keyPresence" && type.variants.some((variant) => variant.keys.length === 0));
    expect(keyless.length).toBeGreaterThan(0);
    const swift = files.map((file) => file.contents).join("\n");
    expect(swift).not.toMatch(/\bif true\b/);
    for (const type of keyless) expect(block(swiftOf(ALL.find(({ model }) => model.types.includes(type))!.name), typeIdentifier(type.name))).not.toContain("expected one of the keys");
  });

  it("declares no protocol for a base whose every property its adopters narrow", () => {
    const { model } = ALL.find((c) => c.name === "SchemaBaseOfNarrowedKeysOnly")!;
    expect(model.types.filter((type) => type.kind === "object" && type.bases.some((base) => base.name === "Mark")).map((type) => type.name)).toEqual(["Dot", "Stroke"]);
    const swift = swiftOf("SchemaBaseOfNarrowedKeysOnly");
    expect(swift).not.toMatch(/protocol \w+/);
    expect(block(swift, "Dot")).toMatch(/^public struct Dot: Codable, Sendable, Equatable, Hashable \{/);
  });

  it("makes one case of first-match variants a Swift decoder cannot tell apart", () => {
    const { model } = ALL.find((c) => c.name === "SchemaVariantsDecodedAlike")!;
    expect(model.types.find((type) => type.name === "BoundingBox")).toMatchObject({ kind: "union", rule: "firstMatch", variants: [expect.anything(), expect.anything()] });
    const box = block(swiftOf("SchemaVariantsDecodedAlike"), "BoundingBox");
    expect([...box.matchAll(/^ {4}case \w+\(/gm)]).toHaveLength(1);
    expect(box).toContain("/// Variants 1 and 2 of the schema: Swift decodes them alike");
    expect(box).toContain(["A value is one of:", "/// - variant 1: an array (exactly 4 items) of numbers", "/// - variant 2: an array (exactly 6 items) of numbers"].join("\n    "));
    // Each variant told whole under its place: a value is one of them, not bound by every rule listed
    // (found by a sweep of GitLab CI, whose include read "must also be a string matching
    // `^https?://`" for local paths too, and told neither variant's own pattern).
    const include = block(swiftOf("SchemaVariantsDecodedAlike"), "Include");
    expect([...include.matchAll(/^ {4}case \w+\(/gm)]).toHaveLength(1);
    expect(include).toContain(["A value is one of:", "/// - variant 1: a string matching `^https?://`", "/// - variant 2: a string that must not be a string matching `^\\w+://`"].join("\n    "));
    expect(include).not.toContain("Rules the decoder does not check");
    // Numbered as the schema writes them, though the model tries the URI first.
    const source = model.types.find((type) => type.name === "Source");
    expect(source?.kind === "union" ? source.variants.map((variant) => variant.type) : []).toEqual([expect.objectContaining({ kind: "string", constraints: expect.objectContaining({ format: "uri" }) }), expect.objectContaining({ kind: "string" })]);
    expect(block(swiftOf("SchemaVariantsDecodedAlike"), "Source")).toContain(["A value is one of:", "/// - variant 1: a string", "/// - variant 2: a string in format uri"].join("\n    "));
    // And its one case named as the variant the schema writes first, not as the one tried first (it
    // was `case string2`), which is the case the conformance run expects a decoded value to hold.
    expect([...block(swiftOf("SchemaVariantsDecodedAlike"), "Source").matchAll(/^ {4}case (\w+)\(/gm)].map((match) => match[1])).toEqual(["string"]);
    expect(source?.kind === "union" ? swiftCaseLabels(source, model) : []).toEqual(["string", "string"]);
  });

  it("declares no type made only to check a rule, and describes it in the rule's words", () => {
    const { model } = ALL.find((c) => c.name === "SchemaRuleOnlyTypes")!;
    const ruleOnly = model.types.filter((type) => /(Not|If|Then)$/.test(type.name)).map((type) => type.name);
    // The model has them (the DRF target checks a value against them); Swift leaves them out.
    expect(ruleOnly).toHaveLength(3);
    const swift = swiftOf("SchemaRuleOnlyTypes");
    const declared = [...swiftDeclarations(swift).keys()];
    expect(declared).toContain("LensKind");
    for (const name of ruleOnly) expect(declared).not.toContain(name);
    expect(swift).toContain('/// Rules the decoder does not check:\n/// - must not be an object with "wide" and "zoom"\n/// - if it is an object with "kind" (if present): "wide", then it must be an object with "wide"\n');
  });

  it("documents the rules of a constrained type", () => {
    const swift = swiftOf("Constrained");
    expect(block(swift, "Account")).toContain('    /// Rules the decoder does not check:\n    /// - must not be "admin"\n    public var handle: String');
    expect(block(swift, "Account")).toContain("    /// - each item: must have at least 1 property\n    public var tags: [String]?");
    expect(swift).toContain("/// Rules the decoder does not check:\n/// - must not be 13\n///\n/// - Remark: Generated from `#/definitions/Limited`.\npublic typealias Limited = Int");
  });

  it("declares a protocol per allOf base with the fields every type built on it spells alike", () => {
    const swift = swiftOf("Bases");
    expect(block(swift, "Message2Protocol")).toContain("public protocol Message2Protocol: Codable, Sendable {\n    var seq: Int { get }\n    var type: String { get }\n}");
    expect(block(swift, "Request2Protocol")).toContain("public protocol Request2Protocol: Message2Protocol {\n    var command: String { get }\n}");
    expect(swift).toContain("/// Not required here, since some type narrows them: `arguments`.\npublic protocol Request2Protocol");
    expect(swift).toMatch(/^public struct Message2: Codable, Sendable, Equatable, Hashable, Message2Protocol \{/m);
    expect(swift).toMatch(/^public struct Request2: Codable, Sendable, Equatable, Hashable, Request2Protocol \{/m);
    expect(swift).toMatch(/^public struct LaunchRequest: Codable, Sendable, Equatable, Hashable, Request2Protocol \{/m);
  });
});

describe("the minimal schemas' instances, judged by AJV", () => {
  it.each(CONSTRUCT_SCHEMAS.map((c) => [c.name, c] as const))("%s: valid ones valid, invalid ones invalid", (_, c) => {
    const ajv = new Ajv({ strict: false });
    ajv.addSchema(c.document);
    const validate = (definition: string, instance: JsonValue) => ajv.validate({ $ref: `${c.document.$id as string}#/definitions/${definition}` }, instance);
    expect(c.valid.length).toBeGreaterThan(0);
    for (const [definition, instance] of c.valid) expect(validate(definition, instance), `${definition} ${JSON.stringify(instance)}: ${ajv.errorsText()}`).toBe(true);
    for (const [definition, instance] of c.invalid) expect(validate(definition, instance), `${definition} ${JSON.stringify(instance)}`).toBe(false);
  });
});

describe("untyped properties, counted from the Swift text", () => {
  it("finds exactly the properties the models leave open (model/summary.ts), not constants or typed maps", () => {
    const swift = files.map((file) => file.contents).join("\n");
    const declarations = swiftDeclarations(swift);
    const inSwift = [...declarations].flatMap(([name, d]) => (d.kind === "struct" ? d.members.filter((m) => isUntyped(declarations, m)).map((m) => `${name}.${m.wireName}`) : []));
    const inModels = ALL.flatMap(({ model }) =>
      [...valueTypes(model)].flatMap((type) => (type.kind === "object" ? type.properties.filter((p) => isUntypedProperty(model, p)).map((p) => `${typeIdentifier(type.name)}.${p.name}`) : [])),
    );
    expect(inSwift.sort()).toEqual(inModels.sort());
    expect(inModels).toContain("Request2.arguments");
    expect(inModels).toContain("Response.result");
    // Swift declares the object types a value is decoded into, as the summary counts them; not
    // those made only to check a rule (an if, a not), which the models hold too.
    const objectProperties = (model: SchemaModel) => model.types.reduce((sum, type) => sum + (type.kind === "object" ? type.properties.length : 0), 0);
    const summarized = ALL.reduce((sum, { model }) => sum + summarizeModel(model).properties, 0);
    expect(countSchemaProperties(swift).properties).toBe(summarized);
    expect(summarized).toBeLessThan(ALL.reduce((sum, { model }) => sum + objectProperties(model), 0));
  });
});

/** The Swift program of checks compiled beside the harness: the generated API as a user writes against it. */
const API_CHECKS = String.raw`import CloneProtocol
import Foundation

nonisolated(unsafe) var failures: [String] = []

func check(_ condition: Bool, _ what: String, line: Int = #line) {
    if !condition { failures.append("line \(line): \(what)") }
}

func decode<T: Decodable>(_ type: T.Type, _ json: String) -> T? {
    do {
        return try JSONDecoder().decode(T.self, from: Data(json.utf8))
    } catch {
        failures.append("decoding \(T.self) from \(json): \(error)")
        return nil
    }
}

// First match: the case, not only the JSON.
if case .closed(let point)? = decode(Loose.self, #"{"x":1}"#) { check(point.x == 1, "closed point") } else { check(false, "{x:1} is Loose.closed") }
if case .` + "`open`" + String.raw`(let point)? = decode(Loose.self, #"{"x":1,"y":2}"#) {
    check(point.additionalProperties["y"] == 2, "the open point keeps y")
} else {
    check(false, "{x:1,y:2} is Loose.open: the closed point, tried first, would drop y")
}
if case .exact("exact")? = decode(Loose.self, #""exact""#) {} else { check(false, "\"exact\" is Loose.exact") }
if case .text("other")? = decode(Loose.self, #""other""#) {} else { check(false, "\"other\" is Loose.text") }
// A constant variant compares by Unicode scalars: "O\u{212A}" (a Kelvin sign) is not the constant "OK".
if case .known? = decode(ExactOrOther.self, "\"OK\"") {} else { check(false, "\"OK\" is ExactOrOther.known") }
if case .string? = decode(ExactOrOther.self, "\"O\u{212A}\"") {} else { check(false, "\"O\\u{212A}\" is ExactOrOther.string, not the constant's case") }
if case .fixed? = decode(Loose.self, #"{"fixed":[1,2]}"#) {} else { check(false, "the constant object is Loose.fixed") }
if case .anything? = decode(Loose.self, #"{"fixed":[1,3]}"#) {} else { check(false, "another object is Loose.anything") }
// A constant variant letting null through beside it takes null (not the open variant after it).
if case .value(nil)? = decode(MaybeLetter.self, "null") {} else { check(false, "null is MaybeLetter.value(nil)") }
if case .value("x")? = decode(MaybeLetter.self, #""x""#) {} else { check(false, "\"x\" is MaybeLetter.value") }
if case .level(.high)? = decode(LevelOrText.self, #""high""#) {} else { check(false, "\"high\" is LevelOrText.level") }
if case .text("medium")? = decode(LevelOrText.self, #""medium""#) {} else { check(false, "a Level this version does not know is no match: \"medium\" is LevelOrText.text") }

// Key presence.
if case .request(let request)? = decode(Message.self, #"{"id":1,"method":"m"}"#) { check(request.id == 1, "request id") } else { check(false, "id + method is a request") }
if case .notification? = decode(Message.self, #"{"method":"m"}"#) {} else { check(false, "method alone is a notification") }
if case .notification(let note)? = decode(Message.self, #"{"method":"m","id":"x"}"#) {
    check(note.additionalProperties["id"] == "x", "the notification keeps the id it does not declare")
} else {
    check(false, "a request whose id does not decode is the next candidate, a notification")
}
if case .failure(let failure)? = decode(Message.self, #"{"id":3,"error":{"code":1,"message":"m"}}"#) { check(failure.error.code == 1, "error code") } else { check(false, "error is a failure") }

// Tags of any scalar.
if case .two(let two)? = decode(Shape.self, #"{"kind":2,"b":3}"#) { check(two.b == 3, "kind 2") } else { check(false, "kind 2 is Shape.two") }
if case .half? = decode(Shape.self, #"{"kind":2.5}"#) {} else { check(false, "kind 2.5 is Shape.half") }
if let shape = decode(Shape.self, #"{"kind":9}"#), case .unknown(let raw) = shape {
    check(raw["kind"] == 9 && shape.isUnknownToThisVersion, "an unknown kind is kept")
} else {
    check(false, "kind 9 is Shape.unknown")
}
if case .off? = decode(Toggle.self, #"{"on":false}"#) {} else { check(false, "on false is Toggle.off") }

// Recursion: boxed properties are values.
if let chain = decode(Chain.self, #"{"name":"a","next":{"name":"b","next":{"name":"c"}}}"#) {
    check(chain.next?.next?.name == "c", "three links")
    var copy = chain
    copy.next?.name = "changed"
    check(chain.next?.name == "b" && copy.next?.name == "changed", "a copy is independent of the original")
    check(chain == chain && chain != copy, "equality looks through the box")
    check(Set([chain, chain, copy]).count == 2, "hashing looks through the box")
}
let parent = Parent(child: Child(parent: Parent(child: nil)))
check(parent.child?.parent?.child == nil, "mutual recursion")
let nested = Nested([Nested([]), Nested([Nested([])])])
check(nested.value[1].value.count == 1, "a wrapped alias")
if case .not(let outer)? = decode(Expr.self, #"{"op":"not","arg":{"op":"lit","value":true}}"#), case .lit(let inner) = outer.arg {
    check(inner.value, "indirect enum")
} else {
    check(false, "not(lit) decodes")
}

// Tuples.
if let shapes = decode(Shapes.self, #"{"pair":["a",1],"loose":["x",2],"nullables":[null,null]}"#) {
    check(shapes.pair.item0 == "a" && shapes.pair.item1 == 1 && shapes.pair.rest.isEmpty, "pair")
    if let loose = shapes.loose { check(loose.item1 == 2 && loose.item2 == nil, "an absent item is nil") }
    if let nullables = shapes.nullables { check(nullables.item0 == nil && nullables.item1 == .some(nil), "a null item is present, unlike an absent one") }
}
check(JSONTuple2<String, Int, Never>("a", 1).item1 == 1, "a tuple is built from its items")

// patternProperties, null, enums, constants.
if let extensible = decode(Extensible.self, #"{"name":"n","x-a":"s","12":3,"other":true}"#) {
    check(extensible.patternProperties1 == ["x-a": "s"] && extensible.patternProperties2 == ["12": 3] && extensible.additionalProperties == ["other": true], "one map per pattern, then the rest")
}
check(WithNull(sometimes: JSONNull()).always == JSONNull(), "null constants")
check(Priority(rawValue: 2) == ._2 && Priority(rawValue: 7) == .unknown(7) && Priority.unknown(2) == ._2, "open integer enum")
check(Priority.unknown(7).isUnknownToThisVersion && !Priority._1.isUnknownToThisVersion, "an unknown Priority says so")
check(HttpStatus(rawValue: 503) == .unknown(503), "integer enum open by the schema")
let option: Option? = ._none
check(option != nil && Option(rawValue: "a_b") == .aB2, "the none case is not nil")
check(Flag(rawValue: true) == .true && Flag.allCases.count == 2, "boolean enum")
check(Sign(rawValue: -1) == ._n1 && Sign(rawValue: 5) == nil, "closed integer enum")
check(Ratio(rawValue: 0.5) == ._0_5, "number enum")
check(Tagged().shape == ["kind": "square", "sides": [1, 1]] && Tagged().version == 2, "constants")

// allOf bases as protocols.
let requests: [any Request2Protocol] = [Request2(seq: 1, command: "x"), LaunchRequest(seq: 2, arguments: LaunchArguments(noDebug: true))]
check(requests.map(\.seq) == [1, 2] && requests.map(\.command) == ["x", "launch"], "requests share seq and command")
let messages: [any Message2Protocol] = requests.map { $0 as any Message2Protocol }
check(messages.map(\.type) == ["request", "request"], "messages share type")

// Names.
if let keywords = decode(Keywords.self, #"{"hashValue":"h","init":1,"--":"d","session_id":"a","sessionId":"b","additionalProperties":2,"kind":{"value":"t"},"extra":"e"}"#) {
    check(keywords._hashValue == "h" && keywords.` + "`init`" + String.raw` == 1 && keywords.minusMinus == "d", "renamed members")
    check(keywords.sessionId == "b" && keywords.sessionId2 == "a", "numbered members: the key spelled as the member keeps it")
    check(keywords.additionalProperties == 2 && keywords.additionalProperties2 == ["extra": "e"], "the undeclared keys beside a property named like them")
    check(keywords.kind == _Type(value: "t"), "a type named Type")
}
let text: String = "Swift's own String"
check(_Error(value: text).value == text && _String(value: "s").value == "s", "types named like standard ones do not shadow them")
if case .type(let value)? = decode(Choice.self, #"{"value":"v"}"#) { check(value.value == "v", "case type") } else { check(false, "an object is Choice.type") }

// The same constructs from minimal JSON Schemas, through the builder.
if case .v2Point5? = decode(Dial.self, #"{"kind":2.5}"#) {} else { check(false, "kind 2.5 is Dial.v2Point5") }
if case .` + "`true`" + String.raw`(let on)? = decode(Switch.self, #"{"on":true,"level":4}"#) { check(on.level == 4, "Switch.true") } else { check(false, "on true is Switch.true") }
if let anyway = decode(Anyway.self, #"{"x":1,"y":2}"#), case .object(.x(.ajarPoint(let point)))? = anyway {
    check(point.additionalProperties["y"] == 2, "the open point keeps y")
} else {
    check(false, "{x:1,y:2} is the open point")
}
if let anyway = decode(Anyway.self, #"{"x":1}"#), case .object(.x(.shutPoint))? = anyway {} else { check(false, "{x:1} is the closed point") }
if case .rpcNotification(let note)? = decode(Rpc.self, #"{"id":null,"method":"m"}"#) {
    check(note.additionalProperties["id"] == .null, "the notification keeps the null id")
} else {
    check(false, "a null id makes no request: the message is a notification")
}
let commands: [any CommandProtocol] = [Command(seq: 1, command: "x"), StartCommand(seq: 2, arguments: StartArguments())]
check(commands.map(\.seq) == [1, 2] && commands.map(\.command) == ["x", "start"], "commands share seq and command")

// Types named like the platform's: the model's are _Task, _Date…; Task, Date and JSONEncoder stay Swift's and Foundation's.
let plan = Plan(task: _Task(title: "t"), due: _Date(at: "2026-12-04T00:00:00Z"), thread: _Thread(id: 7))
check(plan.task.title == "t" && plan.thread?.id == 7, "model types named Task and Thread")
let platformTask = Task { 1 }
check(Date(timeIntervalSince1970: 0).timeIntervalSince1970 == 0 && JSONEncoder().outputFormatting.isEmpty, "Date and JSONEncoder are Foundation's")
check(type(of: platformTask) == Task<Int, Never>.self, "Task is Swift's")
// A number enum's cases named after the titles of its values.
check(decode(FillRule.self, "2") == .evenOdd && FillRule.nonZero.rawValue == 1, "FillRule's cases are its titles")

// Places no value fits: JSONAbsent, nil when the key is absent.
check(decode(Sealed.self, #"{"name":"n"}"#)?.legacy == nil && Sealed(name: "n").removed == nil, "a key no value fits is always nil")

// Optional and nullable: a double optional, nil when absent and .some(nil) when null.
check(decode(Backup.self, #"{"kept":null}"#)?.a == .none, "an absent key is nil")
check(decode(Backup.self, #"{"kept":null,"a":null}"#)?.a == .some(nil), "a present null is .some(nil)")
check(decode(Backup.self, #"{"kept":null,"a":1}"#)?.a == 1, "a value is the value")
let sortedEncoder = JSONEncoder()
sortedEncoder.outputFormatting = .sortedKeys
let written = [Backup(kept: nil), Backup(a: .some(nil), kept: "k"), Backup(a: 2, kept: nil)].map { String(decoding: try! sortedEncoder.encode($0), as: UTF8.self) }
check(written == [#"{"kept":null}"#, #"{"a":null,"kept":"k"}"#, #"{"a":2,"kept":null}"#], "built in Swift: nil omits a, .some(nil) writes null: \(written)")

// A key two patterns match is held by the first pattern's map alone, so an edit of it is written.
if var commands = decode(Commands.self, #"{"_special":"s","other":1}"#) {
    check(commands.patternProperties2.isEmpty && commands.patternProperties1["_special"] == "s", "_special is held by the first pattern's map only")
    commands.patternProperties1["_special"] = "edited"
    let edited = String(decoding: try! sortedEncoder.encode(commands), as: UTF8.self)
    check(edited == #"{"_special":"edited","other":1}"#, "the edit is written: \(edited)")
}

for failure in failures { print("FAIL \(failure)") }
print("\(failures.isEmpty ? "ok" : "failed"): API checks")
exit(failures.isEmpty ? 0 : 1)
`;

const PACKAGE = join(REPO_ROOT, "apps/macos/.build/clone-constructs");

interface Answer {
  readonly id: number;
  readonly ok: boolean;
  readonly reencoded?: JsonValue;
  /** The case of each enum at each place of an accepted value. */
  readonly cases?: unknown;
  readonly error?: string;
}

function runSwift(args: readonly string[], input?: string) {
  return spawnSync("bash", [join(REPO_ROOT, "scripts/swift/run.sh"), PACKAGE, ...args], { input, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
}

describeWithSwift("every construct compiled with Swift 6, decoded and re-encoded", () => {
  beforeAll(() => {
    writeHarnessPackage(PACKAGE, files, { ConstructChecks: API_CHECKS });
    const build = runSwift(["swift", "build"]);
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
    // Every warning is worth a look: the generated code must compile cleanly.
    expect(`${build.stdout}\n${build.stderr}`.match(/^.*warning:.*$/gm) ?? []).toEqual([]);
  }, 1_200_000);

  it("decodes every valid instance and re-encodes it to equal JSON, and refuses every invalid one", () => {
    const requests = ALL.flatMap((c) => [
      ...c.valid.map(([schema, instance]) => ({ construct: c.name, schema, instance, error: undefined })),
      ...c.invalid.map(([schema, instance, error]) => ({ construct: c.name, schema, instance, error })),
    ]);
    expect(requests.length).toBeGreaterThan(120);
    const input = requests.map((r, id) => JSON.stringify({ id, schema: r.schema, instance: r.instance })).join("\n");
    const run = runSwift([".build/debug/CloneConformanceHarness"], `${input}\n`);
    expect(run.status, run.stderr).toBe(0);
    const answers = run.stdout.trim().split("\n").map((line) => JSON.parse(line) as Answer);
    expect(answers.map((a) => a.id)).toEqual(requests.map((_, id) => id));
    requests.forEach((request, id) => {
      const answer = answers[id]!;
      const label = `${request.construct}: ${request.schema} ${JSON.stringify(request.instance)}`;
      if (request.error === undefined) {
        expect(verdictOf(answer), label).toEqual({ id, ok: true, reencoded: request.instance });
      } else {
        expect(answer.ok, label).toBe(false);
        expect(answer.error, label).toMatch(request.error);
      }
    });
  });

  it("offers the API a Swift user writes against (cases chosen, values boxed, names kept apart)", () => {
    const run = runSwift([".build/debug/ConstructChecks"]);
    expect(run.stdout, run.stderr).toContain("ok: API checks");
    expect(run.status).toBe(0);
  });
});
