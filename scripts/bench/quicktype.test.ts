// The bench's count of quicktype's properties, on Swift written by hand in quicktype's style.
import { describe, expect, it } from "vitest";
import { countQuicktypeProperties, QUICKTYPE_WRAPPER } from "./quicktype.ts";

describe("countQuicktypeProperties", () => {
  it("counts schema types' stored properties, open ones as untyped, and leaves quicktype's support classes out", () => {
    const swift = [
      `public struct ${QUICKTYPE_WRAPPER}: Codable {`,
      "    public let thing: Thing?",
      "}",
      "",
      "public struct Thing: Codable {",
      "    public let name: String",
      "    public let data: JSONAny?",
      "    public let extra: [String: JSONAny]?",
      "    public let tags: [String]?",
      "}",
      "",
      "public class JSONNull: Codable, Hashable {",
      "    public var hashValue: Int {",
      "        return 0",
      "    }",
      "}",
      "",
      "class JSONCodingKey: CodingKey {",
      "    let key: String",
      "}",
      "",
      "public class JSONAny: Codable {",
      "    public let value: Any",
      "}",
    ].join("\n");
    expect(countQuicktypeProperties(swift)).toEqual({ properties: 4, untyped: 2 });
  });

  it("counts each name of a declaration that groups properties of one type", () => {
    // quicktype writes neighbouring properties of one type as one declaration.
    const swift = [
      "public class Schema: Codable {",
      "    public let comment, id, ref: String?",
      "    public let schemaEnum, examples: [JSONAny]?",
      "    public let title: String?",
      "}",
    ].join("\n");
    expect(countQuicktypeProperties(swift)).toEqual({ properties: 6, untyped: 2 });
  });

  it("reads an enum with a case for every JSON type as the open value", () => {
    const swift = [
      "public struct Holder: Codable {",
      "    public let value: Anything?",
      "}",
      "",
      "public enum Anything: Codable {",
      "    case anythingArray([JSONAny])",
      "    case anythingMap([String: JSONAny])",
      "    case bool(Bool)",
      "    case double(Double)",
      "    case string(String)",
      "    case null",
      "",
      "    public init(from decoder: Decoder) throws {}",
      "}",
    ].join("\n");
    expect(countQuicktypeProperties(swift)).toEqual({ properties: 1, untyped: 1 });
  });
});
