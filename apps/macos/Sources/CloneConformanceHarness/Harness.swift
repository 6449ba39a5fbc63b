// The Swift side of the cross-language conformance runner (issue 5): one long-lived process that
// decodes JSON instances with the generated Codable types and answers over stdin/stdout. Hand-written
// test tooling, not generated; it reaches every definition through the generated `AllDefinitions`
// registry, so a new definition or event type needs no change here. Started by
// scripts/swift/harness.sh.
//
// Input, one JSON object per line:  {"id": <int>, "schema": "<definition name>", "instance": <any JSON>}
// Output, one line per input line, in order:
//   {"id": <int>, "ok": true, "reencoded": <JSON>, "cases": [{"at": <JSON path>, "cases": [<label>…]}…]}
//                                                              decoded, then re-encoded by JSONEncoder; "cases":
//                                                              the case of each enum at each place (UnionCases.swift), when any
//   {"id": <int>, "ok": false, "error": "<short DecodingError>"}
//   {"id": <int>, "ok": false, "error": "unpaired UTF-16 surrogate escape (not I-JSON)"}  refused as JSONInput.decode refuses it
//   {"id": <int>, "ok": false, "unsupported": true, "error": "…"}  schema name not in AllDefinitions
//   {"id": null, "ok": false, "error": "bad request: …"}         a line that is not such an object
// Lines holding only whitespace are not requests and get no answer. Exits 0 when stdin closes.
import CloneProtocol
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

typealias Definition = any (Codable & Sendable & Hashable)

/// One request line. The instance is decoded in place, through a nested decoder, so its numbers are
/// read once from the original text (no JSONValue round trip that could re-spell them on the way in).
struct Request: Decodable {
    enum Outcome {
        case decoded(Definition)
        case failed(any Error)
        case unsupported(String)
    }

    let id: Int64
    let outcome: Outcome

    enum CodingKeys: String, CodingKey {
        case id, schema, instance
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(Int64.self, forKey: .id)
        let schema = try container.decode(String.self, forKey: .schema)
        guard let type = AllDefinitions.byName[schema] else {
            outcome = .unsupported(schema)
            return
        }
        guard container.contains(.instance) else {
            throw DecodingError.keyNotFound(
                CodingKeys.instance, .init(codingPath: [], debugDescription: "the request has no \"instance\""))
        }
        // Errors below are the instance's verdict, not a bad request.
        do {
            outcome = .decoded(try type.init(from: container.superDecoder(forKey: .instance)))
        } catch {
            outcome = .failed(error)
        }
    }
}

/// Just the id, to answer a malformed request under its id when it has one.
struct RequestId: Decodable {
    let id: Int64?
}

@main
enum Harness {
    static let decoder = JSONDecoder()
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        // Sorted keys make answers byte-stable across runs; the runner compares parsed JSON anyway.
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    static func main() {
        var pending: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var out: [UInt8] = []
        out.reserveCapacity(1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                perror("clone-conformance-harness: read")
                exit(1)
            }
            if count == 0 { break }
            pending.append(contentsOf: chunk[0..<count])
            // Answer every complete line read so far before blocking on the next read: the runner
            // may be waiting for these answers before it sends more.
            var start = 0
            while let newline = pending[start...].firstIndex(of: UInt8(ascii: "\n")) {
                answer(pending[start..<newline], into: &out)
                start = newline + 1
            }
            pending.removeFirst(start)
            flush(&out)
        }
        if !pending.isEmpty {
            answer(pending[...], into: &out)  // a last line without a newline
            flush(&out)
        }
        exit(0)
    }

    static func answer(_ line: ArraySlice<UInt8>, into out: inout [UInt8]) {
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return }
        let data = Data(line)
        // Its verdict as JSONInput.decode gives it: JSONDecoder would end the process on such a key.
        if JSONInput.unpairedSurrogateEscape(in: data) != nil {
            emit(id: leadingId(line), ok: false, error: "unpaired UTF-16 surrogate escape (not I-JSON)", into: &out)
            return
        }
        let request: Request
        do {
            request = try decoder.decode(Request.self, from: data)
        } catch {
            let id = (try? decoder.decode(RequestId.self, from: data))?.id ?? leadingId(line)
            emit(id: id, ok: false, error: "bad request: \(describe(error, dropping: 0))", into: &out)
            return
        }
        switch request.outcome {
        case .unsupported(let schema):
            emit(id: request.id, ok: false, unsupported: true, error: "no definition named \(quoted(schema))", into: &out)
        case .failed(let error):
            emit(id: request.id, ok: false, error: describe(error, dropping: 1), into: &out)
        case .decoded(let value):
            do {
                let encoded = try encoder.encode(value)
                out.append(contentsOf: "{\"id\":\(request.id),\"ok\":true,\"reencoded\":".utf8)
                out.append(contentsOf: encoded)
                let places = CaseLog.places(of: value)
                if !places.isEmpty, let cases = try? encoder.encode(places) {
                    out.append(contentsOf: ",\"cases\":".utf8)
                    out.append(contentsOf: cases)
                }
                out.append(contentsOf: "}\n".utf8)
            } catch {
                emit(id: request.id, ok: false, error: "re-encoding failed: \(error)", into: &out)
            }
        }
    }

    /// The id of a line that is not JSON Swift can parse (say, nested deeper than JSONDecoder's limit
    /// of 512 levels) when it starts as the runner writes it: `{"id": <int>, …`.
    static func leadingId(_ line: ArraySlice<UInt8>) -> Int64? {
        var rest = line.drop { $0 == 0x20 || $0 == 0x09 }
        for expected in #"{"id":"#.utf8 {
            guard rest.first == expected else { return nil }
            rest = rest.dropFirst().drop { $0 == 0x20 || $0 == 0x09 }
        }
        let sign = rest.first == UInt8(ascii: "-") ? "-" : ""
        let digits = rest.dropFirst(sign.count).prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        return Int64(sign + String(decoding: digits, as: UTF8.self))
    }

    static func emit(id: Int64?, ok: Bool, unsupported: Bool = false, error: String, into out: inout [UInt8]) {
        let idText = id.map(String.init) ?? "null"
        out.append(contentsOf: "{\"id\":\(idText),\"ok\":\(ok)".utf8)
        if unsupported { out.append(contentsOf: ",\"unsupported\":true".utf8) }
        out.append(contentsOf: ",\"error\":\(quoted(error))}\n".utf8)
    }

    /// A JSON string literal (JSONEncoder writes top-level strings as fragments).
    static func quoted(_ text: String) -> String {
        guard let data = try? encoder.encode(text) else { return "\"?\"" }
        return String(decoding: data, as: UTF8.self)
    }

    /// `keyNotFound at /payload: "id" …`, capped: enough for a report to say what went wrong where.
    /// `dropping` leading path components belong to the request envelope (`instance`), not the instance.
    static func describe(_ error: any Error, dropping: Int) -> String {
        let text: String
        if let error = error as? DecodingError {
            let path = { (context: DecodingError.Context) in
                "/" + context.codingPath.dropFirst(dropping).map { $0.intValue.map(String.init) ?? $0.stringValue }
                    .joined(separator: "/")
            }
            switch error {
            case .keyNotFound(let key, let context):
                // Foundation's own description only repeats the key; the generated helpers' say why.
                let why = context.debugDescription.hasPrefix("No value associated with key") ? "" : ": \(context.debugDescription)"
                text = "keyNotFound at \(path(context)): \(quoted(key.stringValue))\(why)"
            case .typeMismatch(let type, let context):
                text = "typeMismatch at \(path(context)): expected \(type): \(context.debugDescription)"
            case .valueNotFound(let type, let context):
                text = "valueNotFound at \(path(context)): expected \(type): \(context.debugDescription)"
            case .dataCorrupted(let context):
                // The parser's reason (e.g. nesting too deep) is only in the underlying error.
                let reason = context.underlyingError.map { " (\($0))" } ?? ""
                text = "dataCorrupted at \(path(context)): \(context.debugDescription)\(reason)"
            @unknown default:
                text = "\(error)"
            }
        } else {
            text = "\(error)"
        }
        return text.count > 300 ? String(text.prefix(300)) + "…" : text
    }

    static func flush(_ out: inout [UInt8]) {
        var offset = 0
        while offset < out.count {
            let written = out.withUnsafeBytes { write(1, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                perror("clone-conformance-harness: write")
                exit(1)
            }
            offset += written
        }
        out.removeAll(keepingCapacity: true)
    }
}
