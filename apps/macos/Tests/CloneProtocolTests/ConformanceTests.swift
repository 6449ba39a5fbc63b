// The conformance vectors through the generated Swift types: every valid vector decodes and re-encodes
// to the same JSON; invalid vectors Swift's types can catch fail to decode; unknown tags round-trip.
import CloneProtocol
import Foundation
import XCTest

/// What Swift may accept: the one statement the conformance run reads too
/// (packages/conformance/swift-may-accept.json). Every other violation a Swift type must reject by
/// itself (no validation library involved).
private func swiftMayAccept() throws -> Set<String> {
    let statement = try Fixtures.schemaDocument("packages/conformance/swift-may-accept.json")
    guard case .object(let mayAccept)? = statement["mayAccept"], !mayAccept.isEmpty else {
        throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "swift-may-accept.json has no mayAccept entries"])
    }
    return Set(mayAccept.keys)
}

final class ConformanceTests: XCTestCase {
    override class func setUp() {
        super.setUp()
        Fixtures.resetReencoded()
    }

    func testRequiredSchemasHaveVectors() throws {
        for schema in ["CloneEvent", "GatewayFrame"] {
            XCTAssertFalse(try Fixtures.valid(schema).isEmpty, "no valid vectors for \(schema) in \(Fixtures.fixturesDir.path)")
            XCTAssertFalse(try Fixtures.files(schema, "invalid").isEmpty, "no invalid vectors for \(schema)")
        }
    }

    func testEveryValidVectorRoundTrips() throws {
        var checked = 0
        for schema in try Fixtures.schemas() {
            guard let type = decodableSchemas[schema] else {
                print("note: fixtures/\(schema) has no Swift type in decodableSchemas; skipped")
                continue
            }
            for vector in try Fixtures.valid(schema) {
                let label = "\(schema)/valid/\(vector.name)"
                do {
                    let encoded = try decodeAndReencode(type, vector.data)
                    XCTAssertTrue(
                        jsonEqual(try parseJSON(encoded), try parseJSON(vector.data)),
                        "\(label): re-encoded JSON differs\n  in:  \(text(vector.data))\n  out: \(text(encoded))")
                    try Fixtures.writeReencoded(schema: schema, name: vector.name, data: encoded)
                    checked += 1
                } catch {
                    XCTFail("\(label): \(error)")
                }
            }
        }
        XCTAssertGreaterThan(checked, 0)
        print("round-tripped \(checked) valid vectors")
    }

    func testInvalidVectorsSwiftMustCatchFailToDecode() throws {
        let mayAccept = try swiftMayAccept()
        var caught = 0
        var kinds = Set<String>()
        for schema in try Fixtures.schemas() {
            guard let type = decodableSchemas[schema] else { continue }
            for (name, vector, data) in try Fixtures.invalid(schema) where !mayAccept.contains(vector.violation) {
                kinds.insert(vector.violation)
                if decodes(type, data) == nil {
                    XCTFail("\(schema)/invalid/\(name) (\(vector.violation): \(vector.note)) decoded, but must fail: \(text(data))")
                } else {
                    caught += 1
                }
            }
        }
        XCTAssertGreaterThan(caught, 0)
        print("rejected \(caught) invalid vectors (\(kinds.sorted().joined(separator: ", ")))")
    }

    /// An unknown discriminator is not an error for Swift: it decodes into `.unknown` with the whole
    /// object and encodes back to the same JSON.
    func testUnknownTagsRoundTrip() throws {
        var checked = 0
        for schema in ["CloneEvent", "GatewayFrame"] {
            for (name, vector, data) in try Fixtures.invalid(schema) where vector.violation == "unknown-tag" {
                let encoded: Data
                switch schema {
                case "CloneEvent":
                    let event = try JSONDecoder().decode(CloneEvent.self, from: data)
                    guard case .unknown(let raw) = event else { return XCTFail("\(name): expected .unknown, got \(event)") }
                    XCTAssertEqual(JSONValue.object(raw), vector.instance)
                    encoded = try Fixtures.encoder.encode(event)
                default:
                    let frame = try JSONDecoder().decode(GatewayFrame.self, from: data)
                    guard case .unknown(let raw) = frame else { return XCTFail("\(name): expected .unknown, got \(frame)") }
                    XCTAssertEqual(JSONValue.object(raw), vector.instance)
                    encoded = try Fixtures.encoder.encode(frame)
                }
                XCTAssertTrue(jsonEqual(try parseJSON(encoded), vector.instance), "\(schema)/invalid/\(name): \(text(encoded))")
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 0, "no unknown-tag vectors found")
    }
}
