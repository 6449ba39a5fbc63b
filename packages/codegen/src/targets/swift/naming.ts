// How the Swift target spells model names: identifiers, keyword escaping, string literals, and the
// names the target itself claims (support types, enum members, the undeclared-keys property).
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

/** Member names an enum's cases must not take (they are members of every generated enum). */
export const RESERVED_CASE_NAMES = new Set(["rawValue", "allCases", "hashValue"]);

/** The name of the stored property that keeps undeclared keys of an open object. */
export const ADDITIONAL_PROPERTIES_MEMBER = "additionalProperties";

const SWIFT_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Whether a name can be written as a Swift identifier without backticks or conversion. */
export function isSwiftIdentifier(name: string): boolean {
  return SWIFT_IDENTIFIER.test(name);
}

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

/**
 * A string enum value as a case name, unescaped. A value with no letters or digits ("+", "") has its
 * code points spelled out ("u002B"), so the name stays deterministic.
 */
export function enumCaseName(value: string): string {
  const name = memberName(value);
  if (name !== "") return name;
  if (value === "") return "empty";
  return `u${Array.from(value, (char) => char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")).join("")}`;
}

/**
 * The case that keeps a value this version does not know: `unknown`, unless a real case already has
 * that name. Takes case identifiers as written (possibly in backticks).
 */
export function fallbackCaseName(caseIdentifiers: Iterable<string>): string {
  const names = new Set(Array.from(caseIdentifiers, (id) => id.replaceAll("`", "")));
  return names.has("unknown") ? "unrecognized" : "unknown";
}

/**
 * A memberwise-init parameter's internal name. A parameter named `self` would shadow self inside the
 * initializer, so it is renamed there while its argument label stays `self`.
 */
export function initParameterName(name: string): string {
  return name === "self" ? "self_" : escapeIdentifier(name);
}

/** Constant names: "Gateway" + "PROTOCOL_VERSION" → "GATEWAY_PROTOCOL_VERSION". */
export function constantName(...parts: readonly string[]): string {
  return parts.map((part) => screamingSnakeCase(part)).filter((part) => part !== "").join("_");
}

/** The constant listing a tagged root union's tags: "CloneEvent" → "CLONE_EVENT_TYPES". */
export function rootTagsConstantName(rootName: string): string {
  return `${constantName(rootName)}_TYPES`;
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
