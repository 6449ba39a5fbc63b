// The rules several languages share, held to the vectors every language's copy is tested against
// (packages/schema/rules/): here the Swift support code's JSON pointer helper, and JSONInput's refusal
// of unpaired surrogates (I-JSON).
import CloneProtocol
import Foundation
import XCTest

final class SharedRulesTests: XCTestCase {
    func testJSONPointersFollowTheSharedVectors() throws {
        let vectors = try Fixtures.schemaDocument("packages/schema/rules/json-pointer.json")
        guard case .array(let pointers)? = vectors["pointers"] else { return XCTFail("json-pointer.json has no pointers") }
        XCTAssertGreaterThan(pointers.count, 10)
        for vector in pointers {
            guard case .array(let tokenValues)? = vector["tokens"], case .string(let expected)? = vector["pointer"] else {
                return XCTFail("malformed vector \(vector)")
            }
            let tokens = tokenValues.compactMap { value -> String? in
                if case .string(let token) = value { return token } else { return nil }
            }
            XCTAssertEqual(tokens.count, tokenValues.count, "tokens must be strings: \(vector)")
            XCTAssertEqual(JSONValue.pointer(tokens), expected, "tokens \(tokens)")
        }
    }

    func testJSONInputFindsTheUnpairedSurrogatesOfTheSharedVectors() throws {
        let document = try Fixtures.schemaDocument("packages/schema/rules/unpaired-surrogates.json")
        guard case .array(let vectors)? = document["vectors"] else { return XCTFail("unpaired-surrogates.json has no vectors") }
        XCTAssertGreaterThan(vectors.count, 10)
        for vector in vectors {
            guard case .string(let text)? = vector[0] else { return XCTFail("malformed vector \(vector)") }
            let expected = vector[1]?.int64Value.map(Int.init)
            XCTAssertEqual(JSONInput.unpairedSurrogateEscape(in: Data(text.utf8)), expected, "\(vector)")
        }
    }

    /// JSONDecoder alone ends the process on this text (a key holding "\ud800"): the test would crash.
    func testJSONInputRefusesAnUnpairedSurrogateInAKeyInsteadOfTrapping() throws {
        struct Point: Decodable { var x: Int? }
        let text = Data(#"{"x":1,"\ud800":2}"#.utf8)
        XCTAssertThrowsError(try JSONInput.decode(Point.self, from: text)) { error in
            guard case DecodingError.dataCorrupted(let context) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(context.debugDescription, "unpaired UTF-16 surrogate escape at byte 8 (not I-JSON)")
        }
        XCTAssertEqual(try JSONInput.decode(Point.self, from: Data(#"{"x":1,"\ud83d\ude00":2}"#.utf8)).x, 1)
        XCTAssertEqual(try JSONInput.decode([String: Int].self, from: Data(#"{"\ud83d\ude00":2}"#.utf8)), ["\u{1F600}": 2])
    }
}
