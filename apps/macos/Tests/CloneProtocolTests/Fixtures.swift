// Conformance vectors from packages/schema/fixtures, and the JSON helpers the tests share.
//
// Layout: fixtures/<Schema>/valid/*.json hold raw instances; fixtures/<Schema>/invalid/*.json hold
// { note, violation, expect, instance }. Re-encoded valid instances are written to
// apps/macos/.build/reencoded/<Schema>/<file>.json, or to $CLONE_REENCODED_DIR, where
// packages/codegen/test/swift-reencode.test.ts asks for them and validates them with AJV.
import CloneProtocol
import Foundation
import XCTest

enum Fixtures {
    /// The repository root, found from this file's compile-time path (Tests/CloneProtocolTests/…).
    static let repoRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<5 { url.deleteLastPathComponent() }
        return url
    }()

    static let fixturesDir = repoRoot.appendingPathComponent("packages/schema/fixtures")

    static let reencodedDir: URL = {
        if let override = ProcessInfo.processInfo.environment["CLONE_REENCODED_DIR"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        return repoRoot.appendingPathComponent("apps/macos/.build/reencoded")
    }()

    struct Vector {
        let schema: String
        let name: String
        let data: Data
    }

    struct InvalidVector: Decodable {
        let note: String
        let violation: String
        let instance: JSONValue
    }

    static func schemas() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: fixturesDir.path)
            .filter { name in
                var isDirectory: ObjCBool = false
                let path = fixturesDir.appendingPathComponent(name).path
                return !name.hasPrefix(".") && FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
                    && isDirectory.boolValue
            }
            .sorted()
    }

    static func files(_ schema: String, _ kind: String) throws -> [URL] {
        let dir = fixturesDir.appendingPathComponent(schema).appendingPathComponent(kind)
        guard FileManager.default.fileExists(atPath: dir.path) else { return [] }
        return try FileManager.default.contentsOfDirectory(atPath: dir.path)
            .filter { $0.hasSuffix(".json") }
            .sorted()
            .map { dir.appendingPathComponent($0) }
    }

    static func valid(_ schema: String) throws -> [Vector] {
        try files(schema, "valid").map { Vector(schema: schema, name: $0.lastPathComponent, data: try Data(contentsOf: $0)) }
    }

    /// Invalid vectors with their instance re-serialized as JSON text, ready to decode.
    static func invalid(_ schema: String) throws -> [(name: String, vector: InvalidVector, data: Data)] {
        try files(schema, "invalid").map { url in
            let vector = try JSONDecoder().decode(InvalidVector.self, from: Data(contentsOf: url))
            return (url.lastPathComponent, vector, try encoder.encode(vector.instance))
        }
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    static func writeReencoded(schema: String, name: String, data: Data) throws {
        let dir = reencodedDir.appendingPathComponent(schema)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try data.write(to: dir.appendingPathComponent(name))
    }

    static func resetReencoded() {
        try? FileManager.default.removeItem(at: reencodedDir)
    }

    /// A generated JSON Schema document of the repository (e.g. "packages/schema/events.schema.json"):
    /// what the generated Swift constants are checked against, so no test repeats a list by hand.
    static func schemaDocument(_ path: String) throws -> JSONValue {
        try parseJSON(Data(contentsOf: repoRoot.appendingPathComponent(path)))
    }

    /// The tags of a document's root union in document order: for each `oneOf` entry, the `const` of its
    /// definition's discriminator property.
    static func rootTags(_ path: String) throws -> [String] {
        let document = try schemaDocument(path)
        guard case .string(let discriminator)? = document["discriminator"]?["propertyName"],
              case .array(let variants)? = document["oneOf"] else { return [] }
        return variants.compactMap { variant -> String? in
            guard case .string(let ref)? = variant["$ref"], let name = ref.split(separator: "/").last,
                  case .string(let tag)? = document["definitions"]?[String(name)]?["properties"]?[discriminator]?["const"]
            else { return nil }
            return tag
        }
    }

    /// The string values a definition allows, in order: its `enum`, or the `const` of each `anyOf` entry.
    static func stringValues(_ path: String, definition: String) throws -> [String] {
        let schema = try schemaDocument(path)["definitions"]?[definition]
        let strings = { (values: [JSONValue]) in values.compactMap { value -> String? in
            if case .string(let text) = value { return text } else { return nil }
        } }
        if case .array(let values)? = schema?["enum"] { return strings(values) }
        if case .array(let entries)? = schema?["anyOf"] { return strings(entries.compactMap { $0["const"] }) }
        return []
    }
}

/// JSON equality up to key order and number spelling (1 == 1.0), strict about everything else.
func jsonEqual(_ a: JSONValue, _ b: JSONValue) -> Bool {
    switch (a, b) {
    case (.null, .null): return true
    case (.bool(let x), .bool(let y)): return x == y
    case (.string(let x), .string(let y)): return x == y
    case (.int(let x), .int(let y)): return x == y
    case (.int, .double), (.double, .int), (.double, .double): return a.doubleValue == b.doubleValue
    case (.array(let x), .array(let y)): return x.count == y.count && zip(x, y).allSatisfy(jsonEqual)
    case (.object(let x), .object(let y)):
        return x.count == y.count && x.allSatisfy { key, value in y[key].map { jsonEqual(value, $0) } ?? false }
    default: return false
    }
}

func parseJSON(_ data: Data) throws -> JSONValue {
    try JSONDecoder().decode(JSONValue.self, from: data)
}

func text(_ data: Data) -> String {
    String(decoding: data, as: UTF8.self)
}

/// Every fixture schema the tests know how to decode, by its fixtures/ directory name, which is the
/// definition's wire name: the generated registry, so a new definition needs no entry here.
let decodableSchemas: [String: any (Codable & Sendable & Hashable).Type] = AllDefinitions.byName

func decodeAndReencode<T: Codable & Equatable>(_ type: T.Type, _ data: Data) throws -> Data {
    let value = try JSONDecoder().decode(T.self, from: data)
    let encoded = try Fixtures.encoder.encode(value)
    // Decoding what we encoded gives the same value back.
    let again = try JSONDecoder().decode(T.self, from: encoded)
    guard again == value else {
        throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "decode(encode(x)) != x for \(T.self)"))
    }
    return encoded
}

func decodes<T: Decodable>(_ type: T.Type, _ data: Data) -> Error? {
    do {
        _ = try JSONDecoder().decode(T.self, from: data)
        return nil
    } catch {
        return error
    }
}
