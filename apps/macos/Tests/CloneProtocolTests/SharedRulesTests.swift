// The rules several languages share, held to the vectors every language's copy is tested against
// (packages/schema/rules/): here the Swift support code's JSON pointer helper.
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
}
