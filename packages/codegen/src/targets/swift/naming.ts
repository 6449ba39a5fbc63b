// How the Swift target spells model names: identifiers, keyword escaping, string literals.
// Words are split by the shared helpers in naming/words.ts; this file only adds Swift's rules.
import { camelCase, screamingSnakeCase } from "../../naming/words.ts";

/**
 * Words Swift reserves in declarations and expressions. An identifier equal to one of them is written
 * in backticks everywhere it appears (`` `default` ``, `` .`self` ``).
 */
const SWIFT_KEYWORDS = new Set([
  // declarations
  "associatedtype", "borrowing", "class", "consuming", "deinit", "enum", "extension", "fileprivate", "func",
  "import", "init", "inout", "internal", "let", "nonisolated", "open", "operator", "private",
  "precedencegroup", "protocol", "public", "rethrows", "static", "struct", "subscript", "typealias", "var",
  // statements
  "break", "case", "catch", "continue", "default", "defer", "do", "else", "fallthrough", "for", "guard",
  "if", "in", "repeat", "return", "throw", "switch", "where", "while",
  // expressions and types
  "Any", "as", "await", "catch", "false", "is", "nil", "self", "Self", "super", "throws", "true", "try",
  "_",
]);

/**
 * Type names the generated code itself refers to (standard library and the support file). A model
 * type with one of these names would shadow it, so the target refuses it rather than rename it.
 */
export const RESERVED_TYPE_NAMES = new Set([
  "Any", "Array", "Bool", "Codable", "CaseIterable", "CodingKey", "CodingKeys", "Decodable", "Decoder",
  "DecodingError", "Dictionary", "Double", "Encodable", "Encoder", "EncodingError", "Equatable", "Error",
  "Hashable", "Hasher", "Int", "Int64", "KeyedDecodingContainer", "KeyedEncodingContainer", "Never",
  "Optional", "Protocol", "RawRepresentable", "Self", "Sendable", "Set", "String", "Type", "Void",
  // support file
  "JSONValue", "AnyCodingKey", "AllDefinitions",
]);

/** A Swift identifier as written in source: keywords in backticks. */
export function escapeIdentifier(name: string): string {
  return SWIFT_KEYWORDS.has(name) ? `\`${name}\`` : name;
}

const LOWER_CAMEL_IDENTIFIER = /^[a-z][A-Za-z0-9]*$/;

/**
 * A wire name as a Swift member name, unescaped: "session_id" → "sessionId", "next-heartbeat" →
 * "nextHeartbeat", "NOT_LINKED" → "notLinked". A name that already is a lowerCamel identifier is kept
 * exactly ("minProtocol", "paramsJSON"), so the wire spelling survives whenever Swift allows it.
 * Returns "" when the name has no letters or digits at all.
 */
export function memberName(wireName: string): string {
  if (LOWER_CAMEL_IDENTIFIER.test(wireName)) return wireName;
  const camel = camelCase(wireName);
  if (camel === "") return "";
  return /^[0-9]/.test(camel) ? `_${camel}` : camel;
}

/** Constant names: "Gateway" + "PROTOCOL_VERSION" → "GATEWAY_PROTOCOL_VERSION". */
export function constantName(...parts: readonly string[]): string {
  return parts.map((part) => screamingSnakeCase(part)).filter((part) => part !== "").join("_");
}

/** A Swift string literal. */
export function stringLiteral(value: string): string {
  let out = '"';
  for (const char of value) {
    const code = char.codePointAt(0)!;
    if (char === '"') out += '\\"';
    else if (char === "\\") out += "\\\\";
    else if (char === "\n") out += "\\n";
    else if (char === "\r") out += "\\r";
    else if (char === "\t") out += "\\t";
    else if (code < 0x20 || code === 0x7f || (code >= 0x2028 && code <= 0x2029)) out += `\\u{${code.toString(16)}}`;
    else out += char;
  }
  return `${out}"`;
}

/** Doc comment lines (`/// …`) at the given indent; none for an empty description. */
export function docComment(description: string | undefined, indent: string): string[] {
  if (description === undefined || description.trim() === "") return [];
  return description
    .trim()
    .split(/\r?\n/)
    .map((line) => `${indent}///${line.trim() === "" ? "" : ` ${line.trimEnd()}`}`);
}
