// The generated typed layer over the Gateway's frames (GatewayMethod, the request builders,
// payload(as:), GatewayServerEvent, the JSONValue bridge) against the frames recorded from the live
// TypeScript gateway in packages/schema/frames (written by `pnpm gateway:frames`; read in place, so
// a re-recording is what this test sees).
import CloneProtocol
import Foundation
import XCTest

/// One recorded transcript (packages/schema/frames/README.md gives the format).
private struct Transcript: Decodable {
    struct Entry: Decodable {
        let from: String
        let method: String?
        let frame: JSONValue
    }

    let scenario: String
    let frames: [Entry]
}

/// A value decoded as T through the bridge and encoded back: what the typed layer keeps of it.
private func roundTrip<T: Codable>(_ type: T.Type, _ value: JSONValue) throws -> JSONValue {
    try JSONValue(encoding: value.decode(type))
}

final class GatewayFramesTests: XCTestCase {
    private static let framesDir = Fixtures.repoRoot.appendingPathComponent("packages/schema/frames")

    private func transcripts() throws -> [Transcript] {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.framesDir.path)
            .filter { $0.hasSuffix(".json") }
            .sorted()
        // A directory that went missing must fail here, not pass with nothing checked.
        XCTAssertGreaterThanOrEqual(files.count, 10, "recorded frames in \(Self.framesDir.path)")
        return try files.map { file in
            let data = try Data(contentsOf: Self.framesDir.appendingPathComponent(file))
            return try JSONDecoder().decode(Transcript.self, from: data)
        }
    }

    private func transcript(_ scenario: String) throws -> Transcript {
        let all = try transcripts()
        return try XCTUnwrap(all.first { $0.scenario == scenario }, "no recorded scenario \(scenario)")
    }

    /// Every frame the gateway sent decodes with the typed layer: a response's payload as its method's
    /// result type, an error's code as an ErrorCode, an event's payload as its event's type; and each
    /// re-encodes to exactly the JSON that was recorded.
    func testEveryRecordedGatewayFrameDecodesTypedAndRoundTrips() throws {
        var results = 0, errors = 0, events = 0
        for transcript in try transcripts() {
            for (index, entry) in transcript.frames.enumerated() where entry.from == "gateway" {
                let at = "\(transcript.scenario) frame \(index)"
                let frame = try entry.frame.decode(GatewayFrame.self)
                // The bridge reads what JSONDecoder reads from the bytes.
                let fromBytes = try JSONDecoder().decode(GatewayFrame.self, from: Fixtures.encoder.encode(entry.frame))
                XCTAssertEqual(frame, fromBytes, at)
                XCTAssertEqual(try JSONValue(encoding: frame), entry.frame, "\(at): the frame re-encodes unchanged")
                switch frame {
                case .res(let response) where response.ok:
                    let method = try XCTUnwrap(entry.method.flatMap(GatewayMethod.init(rawValue:)), "\(at): method \(entry.method ?? "none")")
                    guard let resultType = method.resultType else { continue }
                    let payload = try XCTUnwrap(response.payload, at)
                    XCTAssertEqual(try roundTrip(resultType, payload), payload, "\(at): \(method.rawValue) result")
                    results += 1
                case .res(let response):
                    let error = try XCTUnwrap(response.error, at)
                    XCTAssertNotNil(ErrorCode(rawValue: error.code), "\(at): error code \(error.code)")
                    errors += 1
                case .event(let eventFrame):
                    let event = try eventFrame.serverEvent()
                    XCTAssertFalse(event.isUnknownToThisVersion, "\(at): event \(eventFrame.event)")
                    XCTAssertEqual(event.name, eventFrame.event, at)
                    XCTAssertEqual(try event.payloadValue(), eventFrame.payload, "\(at): \(event.name) payload")
                    events += 1
                case .req, .unknown:
                    XCTFail("\(at): the gateway sent \(frame)")
                }
            }
        }
        XCTAssertGreaterThan(results, 0)
        XCTAssertGreaterThan(errors, 0)
        XCTAssertGreaterThan(events, 0)
    }

    /// The typed builders produce the requests the clients sent, byte for byte as JSON.
    func testRequestBuildersMatchTheRecordedRequests() throws {
        let echo = try transcript("system.echo")
        let requests = try echo.frames.filter { $0.from == "client" }.map { try $0.frame.decode(RequestFrame.self) }
        let connect = try XCTUnwrap(requests.first { $0.knownGatewayMethod == .connect })
        let params = try XCTUnwrap(try connect.params(as: ConnectParams.self))
        XCTAssertEqual(try RequestFrame.connect(id: connect.id, params: params), connect)

        let call = try XCTUnwrap(requests.first { $0.knownGatewayMethod == .systemEcho })
        let built = try RequestFrame.systemEcho(id: call.id, params: SystemEchoParams(text: "hello, gateway"))
        XCTAssertEqual(try JSONValue(encoding: built), try JSONValue(encoding: call))

        let health = try transcript("health").frames.filter { $0.from == "client" }.map { try $0.frame.decode(RequestFrame.self) }
        let healthCall = try XCTUnwrap(health.first { $0.knownGatewayMethod == .health })
        XCTAssertEqual(RequestFrame.health(id: healthCall.id), healthCall)
    }

    /// A typed result straight from a recorded response.
    func testPayloadAsTheResultType() throws {
        let echo = try transcript("system.echo")
        let response = try XCTUnwrap(
            echo.frames.first { $0.from == "gateway" && $0.method == GatewayMethod.systemEcho.rawValue }
        )
        let frame = try response.frame.decode(ResponseFrame.self)
        let result = try XCTUnwrap(try frame.payload(as: SystemEchoResult.self))
        XCTAssertEqual(result.text, "hello, gateway")
        XCTAssertTrue(GatewayMethod.systemEcho.resultType == SystemEchoResult.self)
        XCTAssertTrue(GatewayMethod.health.paramsType == nil)
    }

    /// An event this version does not know decodes (never throws) and keeps its name and payload.
    func testAnUnknownEventDecodesAndKeepsItsPayload() throws {
        let payload: JSONValue = ["answer": 42, "nested": ["list": [1, 2.5, "x", nil, true]]]
        let frame = EventFrame(event: "future.event", payload: payload, seq: 7)
        let event = try frame.serverEvent()
        XCTAssertTrue(event.isUnknownToThisVersion)
        XCTAssertEqual(event, .unknown(event: "future.event", payload: payload))
        XCTAssertEqual(event.name, "future.event")
        XCTAssertEqual(try event.payloadValue(), payload)
        XCTAssertEqual(try EventFrame(event: "future.event").serverEvent(), .unknown(event: "future.event", payload: nil))
    }

    /// A known event whose payload is not its type is an error naming where, not a silent unknown.
    func testAKnownEventWithABadPayloadThrows() throws {
        let frame = EventFrame(event: "tick", payload: ["ts": "not a number"])
        XCTAssertThrowsError(try frame.serverEvent()) { error in
            guard case DecodingError.typeMismatch(_, let context) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(context.codingPath.map(\.stringValue), ["ts"])
        }
    }

    /// The bridge keeps JSONDecoder's rules: no coercion between JSON types, integers stay exact.
    func testTheBridgeDecodesAsJSONDecoderDoes() throws {
        XCTAssertEqual(try JSONValue.int(3).decode(Int.self), 3)
        XCTAssertEqual(try JSONValue.double(3).decode(Int.self), 3)
        XCTAssertThrowsError(try JSONValue.double(3.5).decode(Int.self))
        XCTAssertThrowsError(try JSONValue.string("3").decode(Int.self))
        XCTAssertThrowsError(try JSONValue.int(1).decode(Bool.self))
        XCTAssertEqual(try JSONValue.int(2).decode(Double.self), 2)
        XCTAssertEqual(try JSONValue.null.decode(String?.self), nil)
        XCTAssertEqual(try JSONValue(encoding: ["a": [1, 2]] as [String: [Int]]), ["a": [1, 2]])
        XCTAssertThrowsError(try (["text": 1] as JSONValue).decode(SystemEchoParams.self))
        XCTAssertThrowsError(try ([:] as JSONValue).decode(SystemEchoParams.self)) { error in
            guard case DecodingError.keyNotFound(let key, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(key.stringValue, "text")
        }
    }
}
