// How the Swift target spells model names: identifiers, keyword escaping, string literals, and the
// names the target itself claims (support types, enum members, the undeclared-keys property).
// Words are split by the shared helpers in naming/words.ts; this file only adds Swift's rules.
import { camelCase, screamingSnakeCase, symbolWords } from "../../naming/words.ts";
import platformTypeNames from "./platformTypeNames.json" with { type: "json" };

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
 * The type names Swift's standard library and Foundation declare (platformTypeNames.json, read from
 * the toolchain by scripts/swift/platformTypeNames.ts). A public model type of one of these names
 * shadows the platform's inside the module (`String` would mean the model's type), and in every file
 * that imports both Foundation and the generated module it either replaces Swift's (`Task`, `Result`)
 * or is ambiguous (`Date`, `JSONEncoder`: "ambiguous for type lookup"), so code that is otherwise
 * correct stops compiling. The list holds the typealiases Swift looks up to type a literal nothing
 * else types (`IntegerLiteralType`, `StringLiteralType`): one of those retypes every such literal in
 * the module, the support file's included.
 */
const PLATFORM_TYPE_NAMES: readonly string[] = platformTypeNames.all;

/**
 * The support file's own types (support.ts), and the nested name every generated struct declares. A
 * model type of one of these names would be declared twice in the module; names.test.ts holds this
 * list to every type the support file declares.
 */
const SUPPORT_TYPE_NAMES = ["JSONValue", "JSONInput", "ExactString", "EncodedNode", "NodeEncoder", "NodeSingleValueContainer", "NodeKeyedContainer", "NodeUnkeyedContainer", "AnyCodingKey", "AllDefinitions", "JSONNull", "JSONAbsent", "Indirect", "KeyPattern", "JSONValueEncoder", "JSONValueDecoder", "JSONValueSingleDecodingContainer", "JSONValueKeyedDecodingContainer", "JSONValueUnkeyedDecodingContainer", "JSONValueIndexKey", "UnknownValueFallback", "CodingKeys", "JSONConstant", "JSONConstantValue", "JSONConstants"];

/** Names Swift gives a meaning of its own in a type position. */
const TYPE_POSITION_KEYWORDS = ["Any", "AnyObject", "Protocol", "Self", "Type"];

const RENAMED_TYPE_NAMES = new Set([...PLATFORM_TYPE_NAMES, ...SUPPORT_TYPE_NAMES, ...TYPE_POSITION_KEYWORDS]);

/** Whether a name is one the support file or Swift itself claims (the tuple family included). */
export function isClaimedTypeName(name: string): boolean {
  return RENAMED_TYPE_NAMES.has(name) || /^JSONTuple\d+(Min\d+)?$/.test(name);
}

/**
 * A model type name as declared and written in Swift. A name Swift or the support file claims gets a
 * leading underscore (`Error` → `_Error`, `Type` → `_Type`), as swift-openapi-generator does: no
 * escape stops a public `Error` from shadowing Swift's for every importer, and a model name never
 * starts with an underscore, so the result is unique. The registry keeps the wire name.
 */
export function typeIdentifier(name: string): string {
  return isClaimedTypeName(name) ? `_${name}` : name;
}

/** `JSONTuple2`, `JSONTuple3Min1`: the support struct for tuples of `arity` items, the first `required` of them required. */
export function tupleTypeName(arity: number, required: number): string {
  return required >= arity ? `JSONTuple${arity}` : `JSONTuple${arity}Min${required}`;
}

/**
 * Member names a case must not take: members every generated enum has, and `none`, which Swift
 * would read as `Optional.none` wherever the enum is optional (`let mode: Mode? = .none` is nil).
 * Such a case is written with a leading underscore (`_none`, `_rawValue`).
 */
const CASE_NAMES_TO_AVOID = new Set(["rawValue", "allCases", "hashValue", "none"]);

/** Member names a struct's property must not take: `hashValue` is Hashable's own. */
const PROPERTY_NAMES_TO_AVOID = new Set(["hashValue"]);

/** The name of the stored property that keeps undeclared keys of an open object (unless a property has it). */
export const ADDITIONAL_PROPERTIES_MEMBER = "additionalProperties";

/** The stored property keeping the keys of the only pattern, or `patternProperties1`, `2`… when there are several. */
export const PATTERN_PROPERTIES_MEMBER = "patternProperties";

/**
 * `name`, or `name2`, `name3`… : the first not in `taken`, which then holds it. A name ending in a
 * digit takes its number after an underscore (`etcGmt1_2`): run together, the second `etcGmt1` (Etc/GMT-1
 * beside Etc/GMT+1, whose signs a member name drops) read `etcGmt12`, the name Etc/GMT+12 has.
 */
export function claimUnique(name: string, taken: Set<string>): string {
  const separator = /[0-9]$/.test(name) ? "_" : "";
  let candidate = name;
  for (let n = 2; taken.has(candidate); n += 1) candidate = `${name}${separator}${n}`;
  taken.add(candidate);
  return candidate;
}

/** A case name, unescaped, moved off the names Swift gives another meaning. */
export function caseName(name: string): string {
  return CASE_NAMES_TO_AVOID.has(name) ? `_${name}` : name;
}

/** A property name, unescaped, moved off the members every struct has. */
export function propertyName(name: string): string {
  return PROPERTY_NAMES_TO_AVOID.has(name) ? `_${name}` : name;
}

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
 * "nextHeartbeat", "NOT_LINKED" → "notLinked", "_birthDate" → "_birthDate". A name that already is a lowerCamel identifier is kept
 * exactly ("minProtocol", "paramsJSON"), so the wire spelling survives whenever Swift allows it.
 * Returns "" when the name has no letters or digits at all.
 */
export function memberName(wireName: string): string {
  if (LOWER_CAMEL_IDENTIFIER.test(wireName)) return wireName;
  // Leading underscores stay, as Swift allows them: FHIR writes each field's extensions beside it as
  // "_birthDate", which dropped them became `birthDate2` (found by a sweep of FHIR), and HAL's
  // "_links" is `_links` whatever else the object holds.
  const underscores = /^_+/.exec(wireName)?.[0] ?? "";
  const camel = camelCase(wireName.slice(underscores.length));
  if (camel === "") return "";
  if (underscores !== "") return `${underscores}${camel}`;
  return /^[0-9]/.test(camel) ? `_${camel}` : camel;
}

/**
 * A wire name as a member name that is never empty: one with no letters or digits has its symbols
 * spelled out ("<=" is "lessThanEquals", "--" "minusMinus": symbolWords), so the name says what it
 * stands for and stays deterministic.
 */
export function spelledMemberName(wireName: string): string {
  const name = memberName(wireName);
  if (name !== "") return name;
  if (wireName === "") return "empty";
  return camelCase(symbolWords(wireName));
}

/**
 * An enum value as a case name, unescaped: strings as members ("next-heartbeat" → "nextHeartbeat",
 * "GPL-2.0+" → "gpl20Plus"),
 * numbers as swift-openapi-generator spells them (1 → "_1", -1 → "_n1", 1.5 → "_1_5", 1e21 →
 * "_1e21"; an integer past a double's reach as the document spells it, a bigint), booleans as themselves.
 */
export function enumCaseName(value: string | number | bigint | boolean): string {
  // A "+" is a word of its own in a value ("GPL-2.0+" is `gpl20Plus` beside "GPL-2.0"'s `gpl20`, where
  // it was `gpl20_2`): it is what tells SPDX's license identifiers and such versions apart.
  // A "-" before the digits that start a value is their sign: "-1" is `minus1` beside "+1"'s `plus1`
  // (GitHub's reactions), where the sign was dropped and it was `_1`.
  if (typeof value === "string") return caseName(spelledMemberName(value.replaceAll("+", " plus ").replace(/^-(?=[0-9])/, "minus ")));
  if (typeof value === "boolean") return String(value);
  if (typeof value === "bigint") return `_${value < 0n ? "n" : ""}${value < 0n ? -value : value}`;
  const digits = String(Math.abs(value)).replace(".", "_").replace("e+", "e").replace("e-", "en");
  return `_${value < 0 || Object.is(value, -0) ? "n" : ""}${digits}`;
}

/**
 * The case that keeps a value this version does not know: `unknown`, unless a real case already has
 * that name (then `unrecognized`, numbered if need be). Takes case identifiers as written (possibly
 * in backticks).
 */
export function fallbackCaseName(caseIdentifiers: Iterable<string>): string {
  const names = new Set(Array.from(caseIdentifiers, (id) => id.replaceAll("`", "")));
  return names.has("unknown") ? claimUnique("unrecognized", names) : "unknown";
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
  // Most keys and names need no escape: spelled as they are, without a pass over every character.
  if (!NEEDS_ESCAPE.test(value)) return `"${value}"`;
  return `"${value.replace(TO_ESCAPE, escapeOf)}"`;
}

/** A UTF-16 unit a Swift string literal spells otherwise than as itself (each is a whole code point). */
const NEEDS_ESCAPE = /["\\\x00-\x1f\x7f\u2028\u2029]/;
const TO_ESCAPE = new RegExp(NEEDS_ESCAPE.source, "g");

function escapeOf(char: string): string {
  switch (char) {
    case '"':
      return '\\"';
    case "\\":
      return "\\\\";
    case "\n":
      return "\\n";
    case "\r":
      return "\\r";
    case "\t":
      return "\\t";
    default:
      return `\\u{${char.charCodeAt(0).toString(16)}}`;
  }
}

/** The enum of a model's methods: "Gateway" → "GatewayMethod". */
export function methodEnumName(modelName: string): string {
  return `${modelName}Method`;
}

/** The enum of the events a model's server pushes: "Gateway" → "GatewayServerEvent". */
export function serverEventEnumName(modelName: string): string {
  return `${modelName}ServerEvent`;
}

/** One case name per wire name ("node.pair.request" → "nodePairRequest"), each unique, in order. */
export function operationCaseNames(wireNames: readonly string[]): string[] {
  const taken = new Set<string>();
  return wireNames.map((name) => claimUnique(enumCaseName(name), taken));
}
