// The support file: types every generated Swift file relies on, emitted once per render so that an
// output directory compiles on its own, and JSONInput, the decoding entry for text from anyone. `JSONValue` and the types a model's declarations mention
// (`JSONNull`, `JSONAbsent`, `Indirect`, the `JSONTuple…` family) are public; the coding helpers are internal to the
// module the files are compiled into. Parts only some models need are emitted only when one does
// (supportNeeds). Standard-library names are written through `StandardNames`, so a model may declare
// a type named `String` or `Error`. index.ts appends the module-wide definition registry.
import { decodesNoValue } from "../../model/neverType.ts";
import type { SchemaModel, TypeRef } from "../../model/types.ts";
import { refsInsideRef, refsOfType } from "../../model/walk.ts";
import { compareCodePoints } from "../../json/stable.ts";
import type { ModelAnalysis } from "./analyzeModel.ts";
import { rendersAsTypealias } from "./analyzeModel.ts";
import { swiftRegexCannotRead } from "./foundationPattern.ts";
import { tupleTypeName } from "./naming.ts";
import { ONE_THROW_SITE_FROM } from "./translateObject.ts";
import { registryConstants } from "./registry.ts";
import { type CheckedConstant, checkedConstantsIn, constantExpression, constantValueType, type TupleShape, tupleShape } from "./swiftTypes.ts";

/** Which optional parts of the support file the rendered models use. */
export interface SupportNeeds {
  readonly null: boolean;
  /** `JSONAbsent`: some place admits no value (decodesNoValue). */
  readonly absent: boolean;
  readonly indirect: boolean;
  readonly keyPatterns: boolean;
  /** Some key pattern is one Swift's Regex cannot read (a lookbehind): KeyPattern falls back on Foundation's NSRegularExpression. */
  readonly foundationKeyPatterns: boolean;
  /** `keepingFirstError`: some struct decodes with one throw site (translateObject.ts, ONE_THROW_SITE_FROM). */
  readonly oneThrowSite: boolean;
  /** `matchVariant` and what it needs: unions that try variants in turn (first match, key presence). */
  readonly variantMatching: boolean;
  /** Every tuple shape, each once, smallest first. */
  readonly tuples: readonly TupleShape[];
  /** The constants spelled as checked types (in an array, a tuple or a map's values; a definition that is one constant, in the registry), by spec name. */
  readonly constants: ReadonlyMap<string, CheckedConstant>;
}

export function supportNeeds(models: readonly { readonly model: SchemaModel; readonly analysis: ModelAnalysis }[]): SupportNeeds {
  let needsNull = false;
  let needsAbsent = false;
  const shapes = new Map<string, TupleShape>();
  // Assertion schemas only become documentation, so they need no Swift type.
  const visit = (ref: TypeRef): void => {
    if (ref.kind === "null") needsNull = true;
    else if (decodesNoValue(ref)) needsAbsent = true;
    else if (ref.kind === "tuple") {
      const shape = tupleShape(ref);
      shapes.set(`${shape.arity}:${shape.required}`, shape);
    }
    if (ref.kind === "constrained") visit(ref.type);
    else for (const inner of refsInsideRef(ref)) visit(inner);
  };
  const constants = new Map<string, CheckedConstant>();
  let keyPatterns = false;
  let foundationKeyPatterns = false;
  let oneThrowSite = false;
  let variantMatching = false;
  // One pass over every type of every model serves each need.
  for (const { model, analysis } of models) {
    for (const type of model.types) {
      // A property's and a variant's own constant is checked by its owner; extra-key values are
      // elements, and so is the value of an alias wrapped in a struct (translateAlias), which checks it itself.
      const elements =
        type.kind === "object"
          ? [...type.patternProperties.map((pattern) => pattern.type), ...(type.additionalProperties === false ? [] : [type.additionalProperties])]
          : type.kind === "alias" && analysis.wrappedAliases.has(type.name)
            ? [type.type]
            : [];
      for (const { ref } of refsOfType(type)) {
        visit(ref);
        checkedConstantsIn(ref, model, elements.includes(ref) ? "element" : "owned", constants);
      }
      // At most this many stored values (a constant property stores none): the helper is never missing.
      if (type.kind === "object" && type.properties.length + type.patternProperties.length + 1 > ONE_THROW_SITE_FROM && !rendersAsTypealias(type, analysis)) oneThrowSite = true;
      if (type.kind === "object" && type.patternProperties.length > 0 && !rendersAsTypealias(type, analysis)) {
        keyPatterns = true;
        if (type.patternProperties.some((extra) => swiftRegexCannotRead(extra.pattern))) foundationKeyPatterns = true;
      }
      if (type.kind === "union" && (type.rule === "firstMatch" || type.rule === "keyPresence")) variantMatching = true;
    }
  }
  return {
    null: needsNull,
    absent: needsAbsent,
    indirect: models.some(({ analysis }) => analysis.boxedProperties.size > 0 || analysis.boxedWrappers.size > 0),
    keyPatterns,
    foundationKeyPatterns,
    oneThrowSite,
    variantMatching,
    tuples: [...shapes.values()].sort((a, b) => a.arity - b.arity || b.required - a.required),
    constants: new Map([...constants, ...models.flatMap(({ model }) => registryConstants(model))].sort(([a], [b]) => compareCodePoints(a, b))),
  };
}

export function supportSwift(needs: SupportNeeds): string {
  const rest = [
    ...(needs.tuples.length > 0 ? [tupleHelpers(), ...needs.tuples.map(tupleStructText)] : []),
    ...(needs.constants.size > 0 ? [checkedConstants(needs.constants)] : []),
  ];
  // The fixed parts are the bulk of the file: appended to, not copied again.
  const fixed = fixedSupport(needs);
  return rest.length === 0 ? fixed : `${fixed}\n${rest.join("\n")}`;
}

/**
 * The parts that depend on no model, only on which of them are needed (all before the tuples and
 * constants, in order): joined once per process for each combination asked for.
 */
function fixedSupport(needs: SupportNeeds): string {
  const key = `${+needs.null}${+needs.absent}${+needs.indirect}${+needs.keyPatterns}${+needs.foundationKeyPatterns}${+needs.oneThrowSite}${+needs.variantMatching}`;
  let text = fixedSupportTexts.get(key);
  if (text === undefined) {
    text = [
      // JSONInput decodes with JSONDecoder, and an NSRegularExpression runs the key patterns Regex cannot read.
      "import Foundation\n",
      jsonValue(),
      jsonInput(),
      codingHelpers(),
      jsonValueBridge(),
      ...(needs.null ? [jsonNull()] : []),
      ...(needs.absent ? [jsonAbsent()] : []),
      ...(needs.indirect ? [indirect()] : []),
      ...(needs.keyPatterns ? [keyPatterns(needs.foundationKeyPatterns), keyPatternContainers()] : []),
      ...(needs.oneThrowSite ? [oneThrowSiteHelper()] : []),
      ...(needs.variantMatching ? [variantMatching()] : []),
    ].join("\n");
    fixedSupportTexts.set(key, text);
  }
  return text;
}

const fixedSupportTexts = new Map<string, string>();

/** tupleStruct's text, once per process for each shape (it depends on the shape alone). */
function tupleStructText(shape: TupleShape): string {
  const key = `${shape.arity}:${shape.required}`;
  let text = tupleStructTexts.get(key);
  if (text === undefined) tupleStructTexts.set(key, (text = tupleStruct(shape)));
  return text;
}

const tupleStructTexts = new Map<string, string>();

function jsonValue(): string {
  return String.raw`/// Any JSON value, kept losslessly: integers stay integers (decoded as Int64 before
/// Double is tried) and an object keeps every key.
public enum JSONValue: Codable, Sendable, Equatable, Hashable {
    case null
    case bool(Bool)
    case int(Int64)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int64.self) {
            self = .int(value)
        } else if let value = try? container.decode(Double.self) {
            self = .double(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else if let value = try? container.decode([String: JSONValue].self) {
            self = .object(value)
        } else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a JSON value")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .int(let value): try container.encode(value)
        case .double(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }

    /// The value of key key when this is an object.
    public subscript(key: String) -> JSONValue? {
        if case .object(let object) = self { return object[key] }
        return nil
    }

    /// The element at index when this is an array and the index is in range.
    public subscript(index: Int) -> JSONValue? {
        if case .array(let array) = self, array.indices.contains(index) { return array[index] }
        return nil
    }

    /// Equal as JSON values are: strings by their Unicode scalars (see ExactString), numbers as
    /// decoded (.int(1) is not .double(1.5)), arrays item by item, objects key by key.
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.int(a), .int(b)): return a == b
        case let (.double(a), .double(b)): return a == b
        case let (.string(a), .string(b)): return ExactString(a) == ExactString(b)
        case let (.array(a), .array(b)): return a == b
        case let (.object(a), .object(b)): return a == b
        default: return false
        }
    }

    public var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    public var boolValue: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// Integers as they are; a double only when it holds an integer exactly.
    public var int64Value: Int64? {
        switch self {
        case .int(let value): return value
        case .double(let value): return Int64(exactly: value)
        default: return nil
        }
    }

    public var doubleValue: Double? {
        switch self {
        case .int(let value): return Double(value)
        case .double(let value): return value
        default: return nil
        }
    }

    public var isNull: Bool { self == .null }
}

extension JSONValue: ExpressibleByNilLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByStringLiteral, ExpressibleByArrayLiteral,
    ExpressibleByDictionaryLiteral
{
    public init(nilLiteral: ()) { self = .null }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int64) { self = .int(value) }
    public init(floatLiteral value: Double) { self = .double(value) }
    public init(stringLiteral value: String) { self = .string(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}
`;
}

function codingHelpers(): string {
  return String.raw`/// A string compared by its Unicode scalars, as JSON compares strings. Swift's String == is
/// canonical equivalence ("O\u{212A}" with a Kelvin sign equals "OK", "e\u{301}" equals "é"), which
/// would let a value the schema does not list match a known enum case or tag and be re-encoded as
/// another string. Matching a decoded string: switch ExactString(value) { case "OK": … }.
public struct ExactString: Equatable, Hashable, Sendable, ExpressibleByStringLiteral {
    public let value: String

    public init(_ value: String) {
        self.value = value
    }

    public init(stringLiteral value: String) {
        self.value = value
    }

    public static func == (lhs: ExactString, rhs: ExactString) -> Bool {
        lhs.value.unicodeScalars.elementsEqual(rhs.value.unicodeScalars)
    }
}

/// Whether a decoded value is the schema's constant, as JSON compares them (strings by scalars).
/// Generic code (a union's variant, a JSONConstant) knows T only as Equatable, and would reach
/// String's == through it: a string is told apart here, at run time.
func isSameWireValue<T: Equatable>(_ value: T, _ constant: T) -> Bool {
    if let text = value as? String, let expected = constant as? String {
        return ExactString(text) == ExactString(expected)
    }
    return value == constant
}

func isSameWireValue(_ value: String, _ constant: String) -> Bool {
    ExactString(value) == ExactString(constant)
}

/// A coding key for any string: discriminators, conditional requirements and additional properties.
struct AnyCodingKey: CodingKey, Hashable, Sendable {
    let stringValue: String
    let intValue: Int?

    init(_ stringValue: String) {
        self.stringValue = stringValue
        self.intValue = nil
    }

    init?(stringValue: String) {
        self.init(stringValue)
    }

    init?(intValue: Int) {
        self.stringValue = String(intValue)
        self.intValue = intValue
    }
}

extension JSONValue {
    /// One RFC 6901 reference token as a JSON pointer spells it ("~" → "~0", "/" → "~1"): the one
    /// pointer helper of the Swift code, held to packages/schema/rules/json-pointer.json.
    public static func pointerToken(_ token: String) -> String {
        var escaped = String.UnicodeScalarView()
        for scalar in token.unicodeScalars {
            switch scalar {
            case "~": escaped.append(contentsOf: "~0".unicodeScalars)
            case "/": escaped.append(contentsOf: "~1".unicodeScalars)
            default: escaped.append(scalar)
            }
        }
        return String(escaped)
    }

    /// The RFC 6901 pointer to the value at \`tokens\` (none is "", the whole value).
    public static func pointer(_ tokens: [String]) -> String {
        tokens.map { "/" + pointerToken($0) }.joined()
    }

    /// Where a decoding error happened, as a pointer (the whole value: "the top level").
    static func place(_ codingPath: [any CodingKey]) -> String {
        codingPath.isEmpty ? "the top level" : pointer(codingPath.map { $0.intValue.map { String($0) } ?? $0.stringValue })
    }
}

/// A generated enum that keeps, besides its known cases, a value this version does not know (a
/// newer peer's tag or enum value) so it still decodes and re-encodes unchanged.
public protocol UnknownValueFallback {
    /// Whether this holds such a value rather than a known case.
    var isUnknownToThisVersion: Bool { get }
}

extension KeyedDecodingContainer {
    /// A required key whose value may be null: the key must be present, even when its value is null.
    func decodeNullable<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard contains(key) else {
            throw DecodingError.keyNotFound(
                key,
                DecodingError.Context(
                    codingPath: codingPath,
                    debugDescription: "required key \"\(key.stringValue)\" is missing (its value may be null, but the key must be present)"
                )
            )
        }
        return try decodeNil(forKey: key) ? nil : decode(T.self, forKey: key)
    }

    /// An optional key whose value may not be null: absent gives nil, null is a type error.
    func decodeOptional<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        contains(key) ? try decode(T.self, forKey: key) : nil
    }

    /// An optional key whose value may be null, as a double optional: absent gives nil, null gives
    /// .some(nil), so re-encoding writes back what came.
    func decodeOptionalNullable<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T?? {
        guard contains(key) else { return .none }
        return .some(try decodeNil(forKey: key) ? nil : decode(T.self, forKey: key))
    }

    /// A constant field: decodes the value and fails unless it equals expected.
    @discardableResult
    func decodeConstant<T: Decodable & Equatable>(_ expected: T, forKey key: Key) throws -> T {
        let value = try decode(T.self, forKey: key)
        guard isSameWireValue(value, expected) else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: self, debugDescription: "expected constant \(expected), found \(value)")
        }
        return value
    }

    /// A string constant, compared by scalars (the generic version above would use String ==).
    @discardableResult
    func decodeConstant(_ expected: String, forKey key: Key) throws -> String {
        let value = try decode(String.self, forKey: key)
        guard isSameWireValue(value, expected) else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: self, debugDescription: "expected constant \(expected), found \(value)")
        }
        return value
    }
}

extension KeyedDecodingContainer where Key == AnyCodingKey {
    /// Conditional requirement: when property holds value, every key in keys must be present.
    func requireKeys(_ keys: [String], when property: String, equals value: JSONValue) throws {
        let propertyKey = AnyCodingKey(property)
        guard contains(propertyKey), try decode(JSONValue.self, forKey: propertyKey) == value else { return }
        for name in keys where !contains(AnyCodingKey(name)) {
            throw DecodingError.keyNotFound(
                AnyCodingKey(name),
                DecodingError.Context(
                    codingPath: codingPath,
                    debugDescription: "\"\(name)\" is required when \"\(property)\" is \(value.stringValue.map { "\"\($0)\"" } ?? "\(value)")"
                )
            )
        }
    }

    /// Every key not declared by the type, decoded as T.
    func decodeAdditionalProperties<T: Decodable>(_ type: T.Type, declared: Set<String>) throws -> [String: T] {
        var result: [String: T] = [:]
        for key in allKeys where !declared.contains(key.stringValue) {
            result[key.stringValue] = try decode(T.self, forKey: key)
        }
        return result
    }
}

extension KeyedEncodingContainer {
    /// A required key whose value may be null: nil is written as an explicit null, never omitted.
    mutating func encodeNullable<T: Encodable>(_ value: T?, forKey key: Key) throws {
        if let value {
            try encode(value, forKey: key)
        } else {
            try encodeNil(forKey: key)
        }
    }

    /// An optional key whose value may be null: nil omits the key, .some(nil) writes an explicit null.
    mutating func encodeOptionalNullable<T: Encodable>(_ value: T??, forKey key: Key) throws {
        guard let value else { return }
        try encodeNullable(value, forKey: key)
    }
}

extension KeyedEncodingContainer where Key == AnyCodingKey {
    /// Writes additional properties, skipping any that would overwrite a declared key.
    mutating func encodeAdditionalProperties<T: Encodable>(_ values: [String: T], declared: Set<String>) throws {
        for (name, value) in values where !declared.contains(name) {
            try encode(value, forKey: AnyCodingKey(name))
        }
    }
}
`;
}

/**
 * `JSONInput.decode`, for JSON text that may be hostile. Foundation's JSONDecoder (swift-foundation,
 * Swift 6.0) ends the process on an object key spelled with an unpaired UTF-16 surrogate escape
 * (`{"\ud800": 1}`: a `try!` inside it traps), whatever type it decodes, so a peer could crash an app
 * with one frame. Such text is not I-JSON (RFC 7493 §2.1), which the server refuses too, and no Swift
 * String holds the character: the scan refuses it first, as a DecodingError.
 */
function jsonInput(): string {
  return String.raw`/// Decoding JSON text that may come from anyone: JSONDecoder's own decode, after a scan that refuses
/// an unpaired UTF-16 surrogate escape ("\ud800" not followed by a low surrogate's escape, or a lone
/// "\udc00"). Foundation's JSONDecoder traps, ending the process, on such a key, whatever type it
/// decodes; such text is not I-JSON (RFC 7493 §2.1), and no Swift String holds the character.
public enum JSONInput {
    /// decoder.decode(type, from: data), or a DecodingError.dataCorrupted naming the byte offset of an
    /// unpaired surrogate escape.
    public static func decode<T: Decodable>(_ type: T.Type, from data: Data, decoder: JSONDecoder = JSONDecoder()) throws -> T {
        if let offset = unpairedSurrogateEscape(in: data) {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: [], debugDescription: "unpaired UTF-16 surrogate escape at byte \(offset) (not I-JSON)"))
        }
        return try decoder.decode(type, from: data)
    }

    /// The byte offset of the first unpaired surrogate escape in the text, or nil. A backslash is only
    /// ever inside a string in JSON text, so every escape is met without tracking strings; text that
    /// is not JSON is JSONDecoder's to refuse.
    public static func unpairedSurrogateEscape(in data: Data) -> Int? {
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Int? in
            var index = 0
            while index < bytes.count {
                guard bytes[index] == UInt8(ascii: "\\") else {
                    index += 1
                    continue
                }
                guard let unit = escapedUnit(bytes, at: index) else {
                    index += 2  // \" \\ \/ \b \f \n \r \t (or text JSONDecoder refuses)
                    continue
                }
                switch unit {
                case 0xD800...0xDBFF:
                    guard let low = escapedUnit(bytes, at: index + 6), (0xDC00...0xDFFF).contains(low) else { return index }
                    index += 12
                case 0xDC00...0xDFFF:
                    return index
                default:
                    index += 6
                }
            }
            return nil
        }
    }

    /// The UTF-16 code unit of the \uXXXX escape at offset, or nil when there is none there.
    private static func escapedUnit(_ bytes: UnsafeRawBufferPointer, at offset: Int) -> UInt16? {
        guard offset + 6 <= bytes.count, bytes[offset] == UInt8(ascii: "\\"), bytes[offset + 1] == UInt8(ascii: "u") else { return nil }
        var unit: UInt16 = 0
        for byte in bytes[(offset + 2)..<(offset + 6)] {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            unit = unit << 4 | UInt16(digit)
        }
        return unit
    }
}
`;
}

function jsonNull(): string {
  return String.raw`/// The one value of a schema that only allows null (type "null", outside a union).
public struct JSONNull: Codable, Sendable, Equatable, Hashable {
    public init() {}

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        guard container.decodeNil() else {
            throw DecodingError.typeMismatch(
                JSONNull.self, DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "expected null"))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encodeNil()
    }
}
`;
}

function jsonAbsent(): string {
  return String.raw`/// The type of a place the schema admits no value at (` + "`false`, `not: {}`" + String.raw`, rules that contradict):
/// no value decodes into it, so a property of this type is valid only when absent (always nil), an
/// array of it only when empty, and a map of it only without keys. A struct no code can make, not an
/// empty enum: Swift would call the code after any use of an uninhabited type unreachable, and a
/// required property of it (a type no value fits) would warn in every initializer.
public struct JSONAbsent: Codable, Sendable, Equatable, Hashable {
    private init() {}

    public init(from decoder: any Decoder) throws {
        throw DecodingError.dataCorrupted(
            DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "the schema admits no value here"))
    }

    public func encode(to encoder: any Encoder) throws {}
}
`;
}

function indirect(): string {
  return String.raw`/// A stored property boxed out of line (@Indirect public var next: Node?): a struct
/// cannot contain itself, but it can hold a box that does. A value type like any other: copies are
/// independent, and equality and hashing are the wrapped value's.
@propertyWrapper
public indirect enum Indirect<Value> {
    case value(Value)

    public init(wrappedValue: Value) {
        self = .value(wrappedValue)
    }

    public var wrappedValue: Value {
        get { switch self { case .value(let value): return value } }
        set { self = .value(newValue) }
    }
}

extension Indirect: Equatable where Value: Equatable {}
extension Indirect: Hashable where Value: Hashable {}
extension Indirect: Sendable where Value: Sendable {}
`;
}

function oneThrowSiteHelper(): string {
  return String.raw`/// The value body makes, or nil with its error kept in failure (the first one only): a struct of many
/// properties decodes each so, then throws once, since Swift's code for an initializer grows with the
/// square of the throwing steps taken after stored properties are set.
@inline(__always)
func keepingFirstError<T>(_ failure: inout (any Error)?, _ body: () throws -> T) -> T? {
    do {
        return try body()
    } catch {
        if failure == nil { failure = error }
        return nil
    }
}
`;
}

function keyPatterns(foundation: boolean): string {
  // Swift 6.0's Regex reads no lookbehind; Foundation's NSRegularExpression (ICU) does, given the
  // pattern in ICU's spelling (foundationPattern.ts), only where a key pattern needs it.
  const foundationParts = foundation
    ? {
        member: "\n    private let foundationRegex: NSRegularExpression?",
        parameter: ", foundation: String? = nil",
        build: "\n        self.foundationRegex = regex == nil ? foundation.flatMap { try? NSRegularExpression(pattern: $0) } : nil",
        match: "\n        if let foundationRegex { return foundationRegex.firstMatch(in: key, range: NSRange(key.startIndex..., in: key)) != nil }",
        doc: "\n/// A pattern Regex cannot read (a lookbehind) runs on NSRegularExpression, in ICU's spelling of it.",
      }
    : { member: "", parameter: "", build: "", match: "", doc: "" };
  return (
    String.raw`/// A patternProperties pattern: an ECMA-262 regular expression, matched anywhere in a key (unanchored,
/// as JSON Schema says), by Unicode scalars, with \d and \w ASCII-only as ECMA-262 has them (Swift's are
/// Unicode: "é" is no \w key) and \b a simple boundary between a \w and a non-\w, as in ECMA-262
/// (Swift's default follows Unicode's word rules, which see no boundary in "a.b"). Compiled once; a
/// pattern that cannot be read makes decoding fail with a message naming it rather than guess.` +
    foundationParts.doc +
    String.raw`
struct KeyPattern: @unchecked Sendable {
    let source: String
    // Immutable once built; Regex is not Sendable only because it is not marked so.
    private let regex: Regex<AnyRegexOutput>?` +
    foundationParts.member +
    String.raw`

    init(_ source: String` +
    foundationParts.parameter +
    String.raw`) {
        self.source = source
        self.regex = (try? Regex(source))?.matchingSemantics(.unicodeScalar).asciiOnlyDigits().asciiOnlyWordCharacters().wordBoundaryKind(.simple)` +
    foundationParts.build +
    String.raw`
    }

    func matches(_ key: String) throws -> Bool {
        if let regex { return key.contains(regex) }` +
    foundationParts.match +
    String.raw`
        throw DecodingError.dataCorrupted(DecodingError.Context(
            codingPath: [], debugDescription: "the key pattern \(source) is not a regular expression Swift can read"))
    }
}

`
  );
}

function keyPatternContainers(): string {
  return String.raw`extension KeyedDecodingContainer where Key == AnyCodingKey {
    /// Every undeclared key matching pattern, decoded as T; a key an earlier pattern matches too is
    /// decoded (so checked) but left to that pattern's map: held once, an edit of it is never lost.
    func decodePatternProperties<T: Decodable>(_ type: T.Type, matching pattern: KeyPattern, declared: Set<String>, earlier: ArraySlice<KeyPattern> = []) throws -> [String: T] {
        var result: [String: T] = [:]
        for key in allKeys where !declared.contains(key.stringValue) {
            guard try pattern.matches(key.stringValue) else { continue }
            let value = try decode(T.self, forKey: key)
            if try !earlier.contains(where: { try $0.matches(key.stringValue) }) { result[key.stringValue] = value }
        }
        return result
    }

    /// Every key neither declared nor matching any of patterns, decoded as T.
    func decodeAdditionalProperties<T: Decodable>(_ type: T.Type, declared: Set<String>, patterns: [KeyPattern]) throws -> [String: T] {
        var result: [String: T] = [:]
        for key in allKeys where !declared.contains(key.stringValue) {
            if try patterns.contains(where: { try $0.matches(key.stringValue) }) { continue }
            result[key.stringValue] = try decode(T.self, forKey: key)
        }
        return result
    }
}

extension KeyedEncodingContainer where Key == AnyCodingKey {
    /// Writes one pattern's keys, skipping keys already written (declared, or held by an earlier pattern's map).
    mutating func encodePatternProperties<T: Encodable>(_ values: [String: T], written: inout Set<String>) throws {
        for (name, value) in values where !written.contains(name) {
            try encode(value, forKey: AnyCodingKey(name))
            written.insert(name)
        }
    }
}
`;
}

function variantMatching(): string {
  return String.raw`extension JSONValue {
    /// Equal as JSON values: numbers by value (1 and 1.0 are the same number), objects regardless of
    /// key order.
    func isSameJSON(as other: JSONValue) -> Bool {
        switch (self, other) {
        case (.int(let a), .double(let b)), (.double(let b), .int(let a)):
            return Double(a) == b
        case (.array(let a), .array(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.isSameJSON(as: $1) }
        case (.object(let a), .object(let b)):
            return a.count == b.count && a.allSatisfy { key, value in b[key].map { value.isSameJSON(as: $0) } ?? false }
        default:
            return self == other
        }
    }

    /// Where \`reencoded\` first differs from this value, in words (a pointer and what became of it
    /// there): what a union's message names when a variant would not keep the value (a key its type
    /// does not declare, dropped). Nil when they are the same JSON.
    func firstDifference(from reencoded: JSONValue, at tokens: [String] = []) -> String? {
        switch (self, reencoded) {
        case (.array(let a), .array(let b)) where a.count == b.count:
            for (index, (item, written)) in zip(a, b).enumerated() {
                if let difference = item.firstDifference(from: written, at: tokens + [String(index)]) { return difference }
            }
            return nil
        case (.object(let a), .object(let b)):
            for (key, member) in a.sorted(by: { $0.key < $1.key }) {
                guard let written = b[key] else { return "\(JSONValue.pointer(tokens + [key])) is dropped" }
                if let difference = member.firstDifference(from: written, at: tokens + [key]) { return difference }
            }
            if let added = b.keys.sorted().first(where: { a[$0] == nil }) { return "\(JSONValue.pointer(tokens + [added])) is added" }
            return nil
        default:
            return isSameJSON(as: reencoded) ? nil : "\(tokens.isEmpty ? "the value" : JSONValue.pointer(tokens)) is written otherwise"
        }
    }
}

/// One variant of a union that tries its variants in turn (first match, key presence), tried on the
/// value: the payload when T decodes the value, equals constant (for a variant that is one value; null
/// passes too when orNull lets it through beside the constant), is not a value this version does not
/// know, and encodes back to the same JSON (so a variant that would drop part of the value is passed
/// over); otherwise nil, with why appended to failures.
func matchVariant<T: Codable & Equatable>(
    _ type: T.Type, from decoder: any Decoder, equalTo value: JSONValue, constant: T? = nil, orNull: Bool = false,
    named name: String, failures: inout [String]
) -> T? {
    let candidate: T
    do {
        candidate = try decoder.singleValueContainer().decode(T.self)
    } catch let error as DecodingError {
        failures.append("\(name): \(briefly(error))")
        return nil
    } catch {
        failures.append("\(name): \(error)")
        return nil
    }
    if let constant, !(orNull && value == .null), !isSameWireValue(candidate, constant) {
        failures.append("\(name): expected constant \(constant)")
        return nil
    }
    if let open = candidate as? any UnknownValueFallback, open.isUnknownToThisVersion {
        failures.append("\(name): a value this version does not know")
        return nil
    }
    let reencoded = try? JSONValueEncoder.encode(candidate)
    guard let reencoded, reencoded.isSameJSON(as: value) else {
        let place = reencoded.flatMap { value.firstDifference(from: $0) }.map { " (\($0))" } ?? ""
        failures.append("\(name): would not re-encode the value unchanged\(place)")
        return nil
    }
    return candidate
}

/// A decoding error in a few words, for the message of a union none of whose variants matched.
func briefly(_ error: DecodingError) -> String {
    switch error {
    case .keyNotFound(let key, let context): return "missing \"\(key.stringValue)\" at \(JSONValue.place(context.codingPath))"
    case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
        return "\(context.debugDescription) at \(JSONValue.place(context.codingPath))"
    @unknown default: return "\(error)"
    }
}
`;
}

/**
 * The bridge between JSONValue and any Codable value, in memory, with no detour through bytes:
 * `JSONValue(encoding:)` and `value.decode(_:)`. The typed request builders and `payload(as:)` of a
 * protocol's operations use it, and so does `matchVariant` to re-encode a candidate.
 */
function jsonValueBridge(): string {
  return String.raw`extension JSONValue {
    /// Any Encodable value as a JSONValue, built in memory as JSONEncoder would write it.
    public init<T: Encodable>(encoding value: T) throws {
        self = try JSONValueEncoder.encode(value)
    }

    /// This value decoded as T, read in memory as JSONDecoder would read the same JSON.
    public func decode<T: Decodable>(_ type: T.Type) throws -> T {
        if T.self == JSONValue.self { return self as! T }
        return try T(from: JSONValueDecoder(value: self, codingPath: []))
    }
}

/// Encodes a value into a JSONValue in memory, as JSONEncoder would write it.
enum JSONValueEncoder {
    static func encode<T: Encodable>(_ value: T) throws -> JSONValue {
        let root = EncodedNode()
        try value.encode(to: NodeEncoder(node: root, codingPath: []))
        return try root.value(at: [])
    }
}

/// What an encoder wrote at one place: nothing yet, a single value, or a container filled in place.
private final class EncodedNode {
    enum Content {
        case empty
        case single(JSONValue)
        case object([String: EncodedNode])
        case array([EncodedNode])
    }

    var content = Content.empty

    func value(at codingPath: [any CodingKey]) throws -> JSONValue {
        switch content {
        case .empty:
            throw EncodingError.invalidValue(
                (), EncodingError.Context(codingPath: codingPath, debugDescription: "nothing was encoded"))
        case .single(let value): return value
        case .object(let nodes): return .object(try nodes.mapValues { try $0.value(at: codingPath) })
        case .array(let nodes): return .array(try nodes.map { try $0.value(at: codingPath) })
        }
    }

    func object() -> [String: EncodedNode] {
        if case .object(let nodes) = content { return nodes }
        content = .object([:])
        return [:]
    }

    func child(forKey key: String) -> EncodedNode {
        var nodes = object()
        let node = EncodedNode()
        nodes[key] = node
        content = .object(nodes)
        return node
    }

    func appended() -> EncodedNode {
        var nodes: [EncodedNode] = []
        if case .array(let existing) = content { nodes = existing }
        let node = EncodedNode()
        nodes.append(node)
        content = .array(nodes)
        return node
    }

    var count: Int {
        if case .array(let nodes) = content { return nodes.count }
        return 0
    }
}

private struct NodeEncoder: Encoder {
    let node: EncodedNode
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        _ = node.object()
        return KeyedEncodingContainer(NodeKeyedContainer<Key>(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .array = node.content {} else { node.content = .array([]) }
        return NodeUnkeyedContainer(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        NodeSingleValueContainer(node: node, codingPath: codingPath)
    }
}

/// Numbers as JSONValue holds them: integers as Int64, every other number as Double.
private func jsonNumber<N: BinaryInteger>(_ value: N) -> JSONValue {
    Int64(exactly: value).map { .int($0) } ?? .double(Double(value))
}

private struct NodeSingleValueContainer: SingleValueEncodingContainer {
    let node: EncodedNode
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws { node.content = .single(.null) }
    mutating func encode(_ value: Bool) throws { node.content = .single(.bool(value)) }
    mutating func encode(_ value: String) throws { node.content = .single(.string(value)) }
    mutating func encode(_ value: Double) throws { node.content = .single(.double(value)) }
    mutating func encode(_ value: Float) throws { node.content = .single(.double(Double(value))) }
    mutating func encode(_ value: Int) throws { node.content = .single(jsonNumber(value)) }
    mutating func encode(_ value: Int8) throws { node.content = .single(jsonNumber(value)) }
    mutating func encode(_ value: Int16) throws { node.content = .single(jsonNumber(value)) }
    mutating func encode(_ value: Int32) throws { node.content = .single(jsonNumber(value)) }
    mutating func encode(_ value: Int64) throws { node.content = .single(jsonNumber(value)) }
    mutating func encode(_ value: UInt) throws { node.content = .single(jsonNumber(value)) }
    mutating func encode(_ value: UInt8) throws { node.content = .single(jsonNumber(value)) }
    mutating func encode(_ value: UInt16) throws { node.content = .single(jsonNumber(value)) }
    mutating func encode(_ value: UInt32) throws { node.content = .single(jsonNumber(value)) }
    mutating func encode(_ value: UInt64) throws { node.content = .single(jsonNumber(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        try value.encode(to: NodeEncoder(node: node, codingPath: codingPath))
    }
}

private struct NodeKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: EncodedNode
    let codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws { node.child(forKey: key.stringValue).content = .single(.null) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try value.encode(to: NodeEncoder(node: node.child(forKey: key.stringValue), codingPath: codingPath + [key]))
    }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        NodeEncoder(node: node.child(forKey: key.stringValue), codingPath: codingPath + [key]).container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        NodeEncoder(node: node.child(forKey: key.stringValue), codingPath: codingPath + [key]).unkeyedContainer()
    }
    mutating func superEncoder() -> any Encoder {
        NodeEncoder(node: node.child(forKey: "super"), codingPath: codingPath)
    }
    mutating func superEncoder(forKey key: Key) -> any Encoder {
        NodeEncoder(node: node.child(forKey: key.stringValue), codingPath: codingPath + [key])
    }
}

private struct NodeUnkeyedContainer: UnkeyedEncodingContainer {
    let node: EncodedNode
    let codingPath: [any CodingKey]
    var count: Int { node.count }

    mutating func encodeNil() throws { node.appended().content = .single(.null) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        try value.encode(to: NodeEncoder(node: node.appended(), codingPath: codingPath))
    }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        NodeEncoder(node: node.appended(), codingPath: codingPath).container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        NodeEncoder(node: node.appended(), codingPath: codingPath).unkeyedContainer()
    }
    mutating func superEncoder() -> any Encoder {
        NodeEncoder(node: node.appended(), codingPath: codingPath)
    }
}

/// Reads a JSONValue as a Decoder: what JSONDecoder accepts from the same JSON text, it accepts, and
/// what it refuses (a string where a number belongs, a fraction for an Int) it refuses.
private struct JSONValueDecoder: Decoder {
    let value: JSONValue
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let object) = value else { throw jsonValueMismatch([String: JSONValue].self, value, codingPath) }
        return KeyedDecodingContainer(JSONValueKeyedDecodingContainer<Key>(object: object, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let array) = value else { throw jsonValueMismatch([JSONValue].self, value, codingPath) }
        return JSONValueUnkeyedDecodingContainer(array: array, codingPath: codingPath)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        JSONValueSingleDecodingContainer(value: value, codingPath: codingPath)
    }
}

private func jsonValueMismatch(_ type: Any.Type, _ value: JSONValue, _ codingPath: [any CodingKey]) -> DecodingError {
    DecodingError.typeMismatch(type, DecodingError.Context(codingPath: codingPath, debugDescription: "expected \(type), found \(value)"))
}

/// The index of an array item as a coding key, as JSONDecoder reports it.
private struct JSONValueIndexKey: CodingKey {
    let intValue: Int?
    var stringValue: String { "Index \(intValue ?? 0)" }
    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { return nil }
    init?(intValue: Int) { self.intValue = intValue }
}

/// A JSON number as an integer of type N, when it is one exactly (1.0 is 1; 1.5 and 2^70 fit no Int64).
private func jsonInteger<N: BinaryInteger>(_ value: JSONValue, _ codingPath: [any CodingKey]) throws -> N {
    let number: N?
    switch value {
    case .int(let int): number = N(exactly: int)
    case .double(let double): number = N(exactly: double)
    default: throw jsonValueMismatch(N.self, value, codingPath)
    }
    guard let number else {
        throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: codingPath, debugDescription: "\(value) does not fit in \(N.self)"))
    }
    return number
}

private struct JSONValueSingleDecodingContainer: SingleValueDecodingContainer {
    let value: JSONValue
    let codingPath: [any CodingKey]

    func decodeNil() -> Bool { value == .null }
    func decode(_ type: Bool.Type) throws -> Bool {
        guard case .bool(let bool) = value else { throw jsonValueMismatch(type, value, codingPath) }
        return bool
    }
    func decode(_ type: String.Type) throws -> String {
        guard case .string(let string) = value else { throw jsonValueMismatch(type, value, codingPath) }
        return string
    }
    func decode(_ type: Double.Type) throws -> Double {
        guard let double = value.doubleValue else { throw jsonValueMismatch(type, value, codingPath) }
        return double
    }
    func decode(_ type: Float.Type) throws -> Float { Float(try decode(Double.self)) }
    func decode(_ type: Int.Type) throws -> Int { try jsonInteger(value, codingPath) }
    func decode(_ type: Int8.Type) throws -> Int8 { try jsonInteger(value, codingPath) }
    func decode(_ type: Int16.Type) throws -> Int16 { try jsonInteger(value, codingPath) }
    func decode(_ type: Int32.Type) throws -> Int32 { try jsonInteger(value, codingPath) }
    func decode(_ type: Int64.Type) throws -> Int64 { try jsonInteger(value, codingPath) }
    func decode(_ type: UInt.Type) throws -> UInt { try jsonInteger(value, codingPath) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try jsonInteger(value, codingPath) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try jsonInteger(value, codingPath) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try jsonInteger(value, codingPath) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try jsonInteger(value, codingPath) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        if T.self == JSONValue.self { return value as! T }
        return try T(from: JSONValueDecoder(value: value, codingPath: codingPath))
    }
}

private struct JSONValueKeyedDecodingContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let object: [String: JSONValue]
    let codingPath: [any CodingKey]

    var allKeys: [Key] { object.keys.compactMap { Key(stringValue: $0) } }
    func contains(_ key: Key) -> Bool { object[key.stringValue] != nil }

    private func value(_ key: Key) throws -> JSONValue {
        guard let value = object[key.stringValue] else {
            throw DecodingError.keyNotFound(
                key, DecodingError.Context(codingPath: codingPath, debugDescription: "no value for key \"\(key.stringValue)\""))
        }
        return value
    }

    func decodeNil(forKey key: Key) throws -> Bool { try value(key) == .null }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try JSONValueSingleDecodingContainer(value: try value(key), codingPath: codingPath + [key]).decode(type)
    }
    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try JSONValueDecoder(value: try value(key), codingPath: codingPath + [key]).container(keyedBy: type)
    }
    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try JSONValueDecoder(value: try value(key), codingPath: codingPath + [key]).unkeyedContainer()
    }
    func superDecoder() throws -> any Decoder {
        JSONValueDecoder(value: object["super"] ?? .null, codingPath: codingPath)
    }
    func superDecoder(forKey key: Key) throws -> any Decoder {
        JSONValueDecoder(value: object[key.stringValue] ?? .null, codingPath: codingPath + [key])
    }
}

private struct JSONValueUnkeyedDecodingContainer: UnkeyedDecodingContainer {
    let array: [JSONValue]
    let codingPath: [any CodingKey]
    var currentIndex = 0

    init(array: [JSONValue], codingPath: [any CodingKey]) {
        self.array = array
        self.codingPath = codingPath
    }

    var count: Int? { array.count }
    var isAtEnd: Bool { currentIndex >= array.count }

    private mutating func next<T>(_ type: T.Type) throws -> (JSONValue, [any CodingKey]) {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(
                type, DecodingError.Context(codingPath: codingPath + [JSONValueIndexKey(currentIndex)], debugDescription: "unkeyed container is at end"))
        }
        defer { currentIndex += 1 }
        return (array[currentIndex], codingPath + [JSONValueIndexKey(currentIndex)])
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, array[currentIndex] == .null else { return false }
        currentIndex += 1
        return true
    }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let (value, path) = try next(type)
        return try JSONValueSingleDecodingContainer(value: value, codingPath: path).decode(type)
    }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        let (value, path) = try next([String: JSONValue].self)
        return try JSONValueDecoder(value: value, codingPath: path).container(keyedBy: type)
    }
    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let (value, path) = try next([JSONValue].self)
        return try JSONValueDecoder(value: value, codingPath: path).unkeyedContainer()
    }
    mutating func superDecoder() throws -> any Decoder {
        let (value, path) = try next(JSONValue.self)
        return JSONValueDecoder(value: value, codingPath: path)
    }
}
`;
}

/**
 * `JSONConstant<Spec>`: a constant an array item, a tuple item or a map's value must be, where no
 * owner checks it (a struct checks its properties' constants, a union its variants'), and a
 * definition that is one constant as the registry decodes it (the definition itself is a typealias
 * of the constant's type, which any value of that type would satisfy). Decoding
 * checks it as JSON compares (strings by scalars); encoding writes it. Each constant is a spec in
 * `JSONConstants`, named by swiftTypes.ts constantSpecName.
 */
function checkedConstants(constants: ReadonlyMap<string, CheckedConstant>): string {
  return [
    String.raw`/// The constant a JSONConstant stands for.
public protocol JSONConstantValue: Sendable {
    associatedtype Value: Codable & Sendable & Hashable
    static var value: Value { get }
}

/// A value that must be one constant: decoding refuses any other, encoding writes the constant.
public struct JSONConstant<Constant: JSONConstantValue>: Codable, Sendable, Equatable, Hashable {
    public init() {}

    public var value: Constant.Value { Constant.value }

    public init(from decoder: any Decoder) throws {
        let value = try decoder.singleValueContainer().decode(Constant.Value.self)
        guard isSameWireValue(value, Constant.value) else {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: decoder.codingPath, debugDescription: "expected constant \(Constant.value), found \(value)"))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(Constant.value)
    }
}

/// The constants the models' arrays, tuples and maps hold, and their constant definitions are, one spec each.
public enum JSONConstants {`,
    ...[...constants].map(([name, { value, spellings }]) => `    public enum ${name}: JSONConstantValue { public static let value: ${constantValueType(value, spellings)} = ${constantExpression({ kind: "literal", value }, spellings)} }`),
    "}",
    "",
  ].join("\n");
}

function tupleHelpers(): string {
  return String.raw`extension UnkeyedDecodingContainer {
    /// A tuple item that may be absent (beyond minItems): nil at the end of the array.
    mutating func decodeTupleItemIfPresent<T: Decodable>(_ type: T.Type) throws -> T? {
        isAtEnd ? nil : try decode(T.self)
    }

    /// The items after a tuple's prefix (none allowed when Rest is Never).
    mutating func decodeTupleRest<Rest: Decodable>(_ type: Rest.Type) throws -> [Rest] {
        var rest: [Rest] = []
        while !isAtEnd { rest.append(try decode(Rest.self)) }
        return rest
    }
}
`;
}

/**
 * `JSONTuple<n>[Min<m>]`: a JSON array whose first n items have types of their own, the first m of
 * them required (items after an absent one are absent too), then any number of `Rest` items.
 */
function tupleStruct({ arity, required }: TupleShape): string {
  const name = tupleTypeName(arity, required);
  const indices = Array.from({ length: arity }, (_, i) => i);
  const conformance = `Codable & Sendable & Hashable`;
  const itemType = (i: number) => (i < required ? `Item${i}` : `Item${i}?`);
  const lines = [
    `/// A JSON array of ${arity} typed item(s)${required < arity ? `, of which the first ${required} are required (an absent item is nil, and so is every one after it)` : ""},`,
    "/// then any number of `Rest` items (`Never` when the schema allows none).",
    `public struct ${name}<${[...indices.map((i) => `Item${i}: ${conformance}`), `Rest: ${conformance}`].join(", ")}>: Codable, Sendable, Equatable, Hashable {`,
    ...indices.map((i) => `    public var item${i}: ${itemType(i)}`),
    "    public var rest: [Rest]",
    "",
    `    public init(${[...indices.map((i) => `_ item${i}: ${itemType(i)}${i < required ? "" : " = nil"}`), "rest: [Rest] = []"].join(", ")}) {`,
    ...indices.map((i) => `        self.item${i} = item${i}`),
    "        self.rest = rest",
    "    }",
    "",
    `    public init(from decoder: any Decoder) throws {`,
    "        var container = try decoder.unkeyedContainer()",
    ...indices.map((i) => (i < required ? `        item${i} = try container.decode(Item${i}.self)` : `        item${i} = try container.decodeTupleItemIfPresent(Item${i}.self)`)),
    "        rest = try container.decodeTupleRest(Rest.self)",
    "    }",
    "",
    `    public func encode(to encoder: any Encoder) throws {`,
    "        var container = encoder.unkeyedContainer()",
    ...indices.map((i) => (i < required ? `        try container.encode(item${i})` : `        guard let item${i} else { return }\n        try container.encode(item${i})`)),
    "        for item in rest { try container.encode(item) }",
    "    }",
    "}",
    "",
  ];
  return lines.join("\n");
}

