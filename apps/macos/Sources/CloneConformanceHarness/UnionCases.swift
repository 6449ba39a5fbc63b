// Which case each enum value of a decoded value holds, by its place in the JSON: the conformance run
// compares it with the variant the model's rule picks there (packages/conformance/src/unionCases.ts),
// so a decoder that takes a value into the wrong case of a union is caught even when the value
// re-encodes unchanged (JSON Feed's item, html and text both present, was decoded as "html alone").
//
// The places are found by encoding the value into an encoder that writes nothing and notes, at each
// value it is handed, the path it sits at: an object's keys and an array's indices as the generated
// `encode(to:)` methods name them, so the path is the JSON one whatever the Swift names are. A case's
// label is what Mirror calls it (the case name without backticks); a case whose payload is itself an
// enum (a union of unions) is at the same place, so its label follows, outermost first.
import CloneProtocol

/// One step of a JSON path: an object's key or an array's index.
enum PathStep: Hashable, Encodable {
    case key(String)
    case index(Int)

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .key(let key): try container.encode(key)
        case .index(let index): try container.encode(index)
        }
    }
}

/// The case labels noted at one place, outermost first.
struct CasePlace: Encodable {
    let at: [PathStep]
    var cases: [String]
}

/// The places of a value that hold an enum, in the order they were met.
final class CaseLog {
    private(set) var places: [CasePlace] = []
    private var indexByPath: [[PathStep]: Int] = [:]

    /// The case labels of `value` and of the enums it directly holds, outermost first.
    static func labels(of value: Any) -> [String] {
        var labels: [String] = []
        var current = value
        // A JSONValue holds an untyped place's value: its cases are JSON types, not a union's variants.
        while !(current is JSONValue) {
            let mirror = Mirror(reflecting: current)
            guard mirror.displayStyle == .enum else { break }
            guard let payload = mirror.children.first, let label = payload.label else {
                labels.append(String(describing: current))  // a case without payload (a union's null)
                break
            }
            labels.append(label)
            current = payload.value
        }
        return labels
    }

    /// Notes the cases of `value` at `path`, after any noted there before (an enum inside an Optional or a box is met after its holder).
    func note(_ value: Any, at path: [PathStep]) {
        let labels = CaseLog.labels(of: value)
        if labels.isEmpty { return }
        if let index = indexByPath[path] {
            places[index].cases += labels
        } else {
            indexByPath[path] = places.count
            places.append(CasePlace(at: path, cases: labels))
        }
    }

    /// Every place of `value` (decoded) that holds an enum.
    static func places<T: Encodable>(of value: T) -> [CasePlace] {
        let log = CaseLog()
        try? CaseRecordingEncoder(log: log, path: []).visit(value)
        return log.places
    }
}

/// A key for `codingPath`, which generated encoders only read to describe an error.
private struct PathKey: CodingKey {
    let stringValue: String
    let intValue: Int?
    init(_ step: PathStep) {
        switch step {
        case .key(let key): (stringValue, intValue) = (key, nil)
        case .index(let index): (stringValue, intValue) = ("Index \(index)", index)
        }
    }
    init?(stringValue: String) { (self.stringValue, intValue) = (stringValue, nil) }
    init?(intValue: Int) { (stringValue, self.intValue) = ("Index \(intValue)", intValue) }
}

private struct CaseRecordingEncoder: Encoder {
    let log: CaseLog
    let path: [PathStep]
    var codingPath: [any CodingKey] { path.map(PathKey.init) }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// Notes `value`'s cases here, then the places inside it.
    func visit<T: Encodable>(_ value: T) throws {
        if value is JSONValue { return }
        log.note(value, at: path)
        try value.encode(to: self)
    }

    func at(_ step: PathStep) -> CaseRecordingEncoder {
        CaseRecordingEncoder(log: log, path: path + [step])
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(KeyedCases<Key>(encoder: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        UnkeyedCases(encoder: self)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleValueCases(encoder: self)
    }
}

private struct KeyedCases<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: CaseRecordingEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    mutating func encodeNil(forKey key: Key) throws {}
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try encoder.at(.key(key.stringValue)).visit(value)
    }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        encoder.at(.key(key.stringValue)).container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        encoder.at(.key(key.stringValue)).unkeyedContainer()
    }
    mutating func superEncoder() -> any Encoder { encoder.at(.key("super")) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { encoder.at(.key(key.stringValue)) }
}

private struct UnkeyedCases: UnkeyedEncodingContainer {
    let encoder: CaseRecordingEncoder
    var count = 0
    var codingPath: [any CodingKey] { encoder.codingPath }

    /// The encoder of the next item.
    mutating func next() -> CaseRecordingEncoder {
        defer { count += 1 }
        return encoder.at(.index(count))
    }

    mutating func encodeNil() throws { count += 1 }
    mutating func encode<T: Encodable>(_ value: T) throws { try next().visit(value) }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        next().container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { next().unkeyedContainer() }
    mutating func superEncoder() -> any Encoder { next() }
}

/// A single value: scalars hold no case; a value of another type sits at the same place (an Optional's, a box's).
private struct SingleValueCases: SingleValueEncodingContainer {
    let encoder: CaseRecordingEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    mutating func encodeNil() throws {}
    mutating func encode(_ value: Bool) throws {}
    mutating func encode(_ value: String) throws {}
    mutating func encode(_ value: Double) throws {}
    mutating func encode(_ value: Float) throws {}
    mutating func encode(_ value: Int) throws {}
    mutating func encode(_ value: Int8) throws {}
    mutating func encode(_ value: Int16) throws {}
    mutating func encode(_ value: Int32) throws {}
    mutating func encode(_ value: Int64) throws {}
    mutating func encode(_ value: UInt) throws {}
    mutating func encode(_ value: UInt8) throws {}
    mutating func encode(_ value: UInt16) throws {}
    mutating func encode(_ value: UInt32) throws {}
    mutating func encode(_ value: UInt64) throws {}
    mutating func encode<T: Encodable>(_ value: T) throws { try encoder.visit(value) }
}
