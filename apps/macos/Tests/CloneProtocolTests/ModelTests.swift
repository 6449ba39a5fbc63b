// The generated API as an app uses it: constructing values, nullability on the wire, open enums,
// nested tagged unions, JSONValue. Values built here are also written out for the AJV check.
import CloneProtocol
import Foundation
import XCTest

final class ModelTests: XCTestCase {
    private func object(_ value: some Encodable) throws -> [String: JSONValue] {
        guard case .object(let object) = try parseJSON(Fixtures.encoder.encode(value)) else {
            XCTFail("not an object")
            return [:]
        }
        return object
    }

    func testConstants() throws {
        XCTAssertEqual(GATEWAY_PROTOCOL_VERSION, 2)
        // The tag lists follow the schema documents, so adding an event type needs no edit here.
        let frameTypes = try Fixtures.rootTags("dist/protocol.schema.json")
        let eventTypes = try Fixtures.rootTags("packages/schema/events.schema.json")
        XCTAssertFalse(frameTypes.isEmpty)
        XCTAssertFalse(eventTypes.isEmpty)
        XCTAssertEqual(GATEWAY_FRAME_TYPES, frameTypes)
        XCTAssertEqual(CLONE_EVENT_TYPES, eventTypes)
        XCTAssertEqual(ErrorCode(rawValue: "NOT_LINKED"), .notLinked)
        XCTAssertNil(ErrorCode(rawValue: "NO_SUCH_CODE"))
    }

    func testRequiredNullableEncodesExplicitNullAndOptionalNilIsOmitted() throws {
        let event = AppFocusedEvent(
            id: "evt_1", sessionId: "ses_1", occurredAt: "2026-01-31T09:30:00Z", source: .desktop,
            app: "Safari", windowTitle: nil)
        let json = try object(event)
        XCTAssertEqual(json["window_title"], .null, "required-nullable nil must be written as null")
        XCTAssertNil(json["source_detail"], "optional nil must be omitted")
        XCTAssertEqual(json["type"], "app.focused")
        XCTAssertEqual(json["session_id"], "ses_1")
        let data = try Fixtures.encoder.encode(CloneEvent.appFocused(event))
        try Fixtures.writeReencoded(schema: "CloneEvent", name: "constructed-app-focused-nil-window-title.json", data: data)

        let response = CloneEvent.agentResponse(AgentResponseEvent(
            id: "evt_2", sessionId: "ses_1", occurredAt: "2026-01-31T09:30:00Z", source: .integration,
            sourceDetail: "zapier", agent: "clone", response: "ok", inResponseTo: nil))
        try Fixtures.writeReencoded(
            schema: "CloneEvent", name: "constructed-agent-response-nil-in-response-to.json",
            data: try Fixtures.encoder.encode(response))
        let frame = CloneEvent.captureFrame(CaptureFrameEvent(
            id: "evt_3", sessionId: "ses_1", occurredAt: "2026-01-31T09:30:00+02:00", source: .desktop,
            uri: "file:///x.png", contentHash: nil, width: 0, height: 0))
        try Fixtures.writeReencoded(
            schema: "CloneEvent", name: "constructed-capture-frame-nil-content-hash.json",
            data: try Fixtures.encoder.encode(frame))
    }

    func testRequiredNullableKeyMustBePresent() throws {
        let missing = Data(#"{"id":"e","session_id":"s","occurred_at":"2026-01-31T09:30:00Z","source":"desktop","type":"app.focused","app":"Safari"}"#.utf8)
        XCTAssertNotNil(decodes(AppFocusedEvent.self, missing))
        let null = Data(#"{"id":"e","session_id":"s","occurred_at":"2026-01-31T09:30:00Z","source":"desktop","type":"app.focused","app":"Safari","window_title":null}"#.utf8)
        XCTAssertNil(try JSONDecoder().decode(AppFocusedEvent.self, from: null).windowTitle)
    }

    func testWrongConstantFailsToDecode() {
        // A RequestFrame whose "type" is not "req" is not a RequestFrame.
        let data = Data(#"{"type":"res","id":"r","method":"m"}"#.utf8)
        XCTAssertNotNil(decodes(RequestFrame.self, data))
        XCTAssertNotNil(decodes(RequestFrame.self, Data(#"{"type":1,"id":"r","method":"m"}"#.utf8)))
    }

    func testGatewayFrameCases() throws {
        let frame = try JSONDecoder().decode(GatewayFrame.self, from: Data(#"{"type":"req","id":"c1","method":"connect","params":{"minProtocol":2,"maxProtocol":2}}"#.utf8))
        guard case .req(let request) = frame else { return XCTFail("expected .req, got \(frame)") }
        XCTAssertEqual(request.method, "connect")
        XCTAssertEqual(request.params?["minProtocol"], 2)
        XCTAssertEqual(request.params?["minProtocol"]?.int64Value, 2)

        let params = ConnectParams(
            minProtocol: 2, maxProtocol: 2,
            client: ConnectParamsClient(name: "clone-macos", version: "1.0.0", platform: "macos", mode: "ui"))
        XCTAssertEqual(try object(params)["minProtocol"], 2)
    }

    func testOpenEnumKeepsUnknownValues() throws {
        XCTAssertEqual(CloneEventSource(rawValue: "desktop"), .desktop)
        XCTAssertEqual(CloneEventSource(rawValue: "web"), .unknown("web"))
        XCTAssertEqual(CloneEventSource.unknown("desktop"), .desktop, "equality is by wire value")
        let decoded = try JSONDecoder().decode([CloneEventSource].self, from: Data(#"["cli","hologram"]"#.utf8))
        XCTAssertEqual(decoded, [.cli, .unknown("hologram")])
        XCTAssertEqual(text(try Fixtures.encoder.encode(decoded)), #"["cli","hologram"]"#)
        let sources = try Fixtures.stringValues("packages/schema/events.schema.json", definition: "CloneEventSource")
        XCTAssertFalse(sources.isEmpty)
        XCTAssertEqual(CloneEventSource.allCases.map(\.rawValue), sources)
    }

    func testNestedTaggedUnions() throws {
        let json = #"""
        {"id":"j1","enabled":true,"createdAtMs":1,"updatedAtMs":2,
         "schedule":{"kind":"every","everyMs":60000},
         "sessionTarget":"main","wakeMode":"now",
         "payload":{"kind":"agentTurn","message":"hi","channel":"telegram"},
         "state":{}}
        """#
        let job = try JSONDecoder().decode(CronJob.self, from: Data(json.utf8))
        guard case .every(let every) = job.schedule else { return XCTFail("expected .every, got \(job.schedule)") }
        XCTAssertEqual(every.everyMs, 60000)
        guard case .agentTurn(let turn) = job.payload else { return XCTFail("expected .agentTurn") }
        XCTAssertEqual(turn.channel, .telegram)

        // A schedule kind this version does not know is kept whole.
        let future = json.replacingOccurrences(of: #"{"kind":"every","everyMs":60000}"#, with: #"{"kind":"lunar","phase":"full"}"#)
        let futureJob = try JSONDecoder().decode(CronJob.self, from: Data(future.utf8))
        guard case .unknown(let raw) = futureJob.schedule else { return XCTFail("expected .unknown") }
        XCTAssertEqual(raw["phase"], "full")
        XCTAssertTrue(jsonEqual(try parseJSON(Fixtures.encoder.encode(futureJob)), try parseJSON(Data(future.utf8))))
    }

    func testJSONValueIsLossless() throws {
        let input = #"{"big":9007199254740993,"neg":-5,"pi":3.25,"t":true,"n":null,"s":"x","a":[1,2.5,"3"],"o":{"k":{}}}"#
        let value = try parseJSON(Data(input.utf8))
        XCTAssertEqual(value["big"], .int(9_007_199_254_740_993), "integers beyond 2^53 stay exact")
        XCTAssertEqual(value["neg"], .int(-5))
        XCTAssertEqual(value["pi"], .double(3.25))
        XCTAssertEqual(value["t"], .bool(true))
        XCTAssertEqual(value["n"], .null)
        XCTAssertEqual(value["o"]?["k"], .object([:]))
        XCTAssertEqual(try parseJSON(Fixtures.encoder.encode(value)), value)
        let set: Set<JSONValue> = [value, value]
        XCTAssertEqual(set.count, 1)
    }

    /// Decoding by a schema name known only at run time, as the app does for a request's params.
    func testDefinitionRegistryDecodesByWireName() throws {
        XCTAssertEqual(
            AllDefinitions.byName.count, GatewayDefinitions.byName.count + CloneEventsDefinitions.byName.count,
            "the two families' wire names are disjoint")
        let type = try XCTUnwrap(AllDefinitions.byName["SystemEchoParams"])
        XCTAssertTrue(type == SystemEchoParams.self)
        let value = try JSONDecoder().decode(type, from: Data(#"{"text":"hi"}"#.utf8))
        XCTAssertEqual(value as? SystemEchoParams, SystemEchoParams(text: "hi"))
        XCTAssertTrue(CloneEventsDefinitions.byName["CloneEvent"] == CloneEvent.self)
        XCTAssertNil(AllDefinitions.byName["CronSchedule"], "inline types are not definitions")
    }
}
