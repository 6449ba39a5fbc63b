// The support file: types every generated Swift file relies on, emitted once per render so that an
// output directory compiles on its own. Only `JSONValue` is public; the coding helpers are internal
// to the module the files are compiled into. index.ts appends the one part that depends on the
// models rendered: the module-wide definition registry `AllDefinitions` (registry.ts).

export const SUPPORT_SWIFT = String.raw`/// Any JSON value, kept losslessly: integers stay integers (decoded as Int64 before
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

    /// An optional key whose value may be null: absent and null both give nil.
    func decodeOptionalNullable<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        return try decode(T.self, forKey: key)
    }

    /// A constant field: decodes the value and fails unless it equals expected.
    @discardableResult
    func decodeConstant<T: Decodable & Equatable>(_ expected: T, forKey key: Key) throws -> T {
        let value = try decode(T.self, forKey: key)
        guard value == expected else {
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
