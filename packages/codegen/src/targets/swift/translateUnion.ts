// Unions: an `enum` with one case per variant. How a payload picks its case follows the model's
// discriminator: a tag property, the JSON type of the value, or a key only one variant requires.
// A tagged union also gets a fallback case keeping a variant this version does not know, so a
// newer peer's message still decodes and re-encodes unchanged.
import { childPointer } from "../../errors.ts";
import type { UnionType, UnionVariant } from "../../model/types.ts";
import type { Fail, ModelAnalysis } from "./analyzeModel.ts";
import { escapeIdentifier, fallbackCaseName, memberName, RESERVED_CASE_NAMES, stringLiteral } from "./naming.ts";
import { docComment, I1, I2, I3, I4, VALUE_TYPE_CONFORMANCES } from "./swiftSyntax.ts";
import { literalExpression, stripNullable, swiftType } from "./swiftTypes.ts";

interface SwiftCase {
  readonly variant: UnionVariant;
  /** The case name as written in source. */
  readonly id: string;
  /** The Swift type of the associated value. */
  readonly payload: string;
}

export function translateUnion(type: UnionType, analysis: ModelAnalysis, fail: Fail): string[] {
  const cases = unionCases(type, fail);
  const fallback = type.discriminator.kind === "property" ? fallbackCaseName(cases.map((c) => c.id)) : undefined;
  const indirect = analysis.indirectUnions.has(type.name) ? "indirect " : "";
  const out: string[] = [...docComment(type.description, ""), `public ${indirect}enum ${type.name}: ${VALUE_TYPE_CONFORMANCES} {`];
  for (const c of cases) {
    if (c.variant.tag !== undefined) out.push(`${I1}/// ${stringLiteral(discriminatorLabel(type))}: ${stringLiteral(c.variant.tag)}`);
    out.push(c.variant.jsonType === "null" ? `${I1}case ${c.id}` : `${I1}case ${c.id}(${c.payload})`);
  }
  if (fallback) {
    out.push(
      `${I1}/// A ${stringLiteral(discriminatorLabel(type))} this version does not know: the whole object, kept as it came.`,
      `${I1}case ${fallback}([String: JSONValue])`,
    );
  }
  out.push("", `${I1}public init(from decoder: any Decoder) throws {`, ...decodeBody(type, cases, fallback, fail), `${I1}}`);
  out.push("", ...encodeMethod(cases, fallback), "}");
  return out;
}

function unionCases(type: UnionType, fail: Fail): SwiftCase[] {
  const seen = new Map<string, UnionVariant>();
  return type.variants.map((variant, index) => {
    const name = memberName(variant.name);
    const pointer = childPointer(type.pointer, "variants", index);
    if (name === "") throw fail(pointer, `variant "${variant.name}" of ${type.name} gives no Swift case name`);
    if (RESERVED_CASE_NAMES.has(name)) {
      throw fail(pointer, `variant "${variant.name}" of ${type.name} becomes case "${name}", a member every Swift enum has`);
    }
    const previous = seen.get(name);
    if (previous) {
      throw fail(pointer, `variants "${previous.name}" and "${variant.name}" of ${type.name} both become the Swift case "${name}"`);
    }
    seen.set(name, variant);
    return { variant, id: escapeIdentifier(name), payload: swiftType(variant.type) };
  });
}

function discriminatorLabel(type: UnionType): string {
  return type.discriminator.kind === "property" ? type.discriminator.property : type.discriminator.kind;
}

/** The body of init(from:), at two levels of indentation. */
function decodeBody(type: UnionType, cases: readonly SwiftCase[], fallback: string | undefined, fail: Fail): string[] {
  const discriminator = type.discriminator;
  if (discriminator.kind === "property") return decodeByTag(type, discriminator.property, cases, fallback!, fail);
  if (discriminator.kind === "jsonType") return decodeByJsonType(type, cases, fail);
  return decodeByRequiredKey(type, cases, fail);
}

function decodeByTag(type: UnionType, property: string, cases: readonly SwiftCase[], fallback: string, fail: Fail): string[] {
  const out = [
    `${I2}let container = try decoder.container(keyedBy: AnyCodingKey.self)`,
    `${I2}let tag = try container.decode(String.self, forKey: AnyCodingKey(${stringLiteral(property)}))`,
    `${I2}switch tag {`,
  ];
  for (const c of cases) {
    if (c.variant.tag === undefined) {
      throw fail(type.pointer, `variant "${c.variant.name}" of tagged union ${type.name} has no tag value`);
    }
    out.push(`${I2}case ${stringLiteral(c.variant.tag)}:`, ...decodeCase(c, I3));
  }
  out.push(`${I2}default:`, `${I3}self = .${fallback}(try [String: JSONValue](from: decoder))`, `${I2}}`);
  return out;
}

function decodeByJsonType(type: UnionType, cases: readonly SwiftCase[], fail: Fail): string[] {
  const byJsonType = new Map<string, SwiftCase>();
  for (const c of cases) {
    if (c.variant.jsonType === undefined) {
      throw fail(type.pointer, `variant "${c.variant.name}" of ${type.name} has no JSON type`);
    }
    byJsonType.set(c.variant.jsonType, c);
  }
  // JSONValue decodes a whole number as .int, so a number variant must also take that pattern when
  // no integer variant claims it.
  const patterns: [string, SwiftCase | undefined][] = [
    ["null", byJsonType.get("null")],
    ["bool", byJsonType.get("boolean")],
    ["int", byJsonType.get("integer") ?? byJsonType.get("number")],
    ["double", byJsonType.get("number")],
    ["string", byJsonType.get("string")],
    ["array", byJsonType.get("array")],
    ["object", byJsonType.get("object")],
  ];
  const out = [`${I2}switch try JSONValue(from: decoder) {`];
  for (const [pattern, c] of patterns) {
    if (c) out.push(`${I2}case .${pattern}:`, ...decodeCase(c, I3));
  }
  const expected = cases.map((c) => c.variant.jsonType).join(", ");
  out.push(
    `${I2}default:`,
    `${I3}throw DecodingError.typeMismatch(${type.name}.self, DecodingError.Context(`,
    `${I4}codingPath: decoder.codingPath, debugDescription: ${stringLiteral(`expected one of: ${expected}`)}))`,
    `${I2}}`,
  );
  return out;
}

function decodeByRequiredKey(type: UnionType, cases: readonly SwiftCase[], fail: Fail): string[] {
  const out = [`${I2}let container = try decoder.container(keyedBy: AnyCodingKey.self)`];
  cases.forEach((c, i) => {
    if (c.variant.requiredKey === undefined) {
      throw fail(type.pointer, `variant "${c.variant.name}" of ${type.name} has no required key`);
    }
    out.push(
      `${I2}${i === 0 ? "if" : "} else if"} container.contains(AnyCodingKey(${stringLiteral(c.variant.requiredKey)})) {`,
      ...decodeCase(c, I3),
    );
  });
  const keys = cases.map((c) => c.variant.requiredKey).join(", ");
  out.push(
    `${I2}} else {`,
    `${I3}throw DecodingError.dataCorrupted(DecodingError.Context(`,
    `${I4}codingPath: decoder.codingPath, debugDescription: ${stringLiteral(`expected one of the keys: ${keys}`)}))`,
    `${I2}}`,
  );
  return out;
}

/** Decodes the whole value as one case's payload; a constant payload must also equal its constant. */
function decodeCase(c: SwiftCase, indent: string): string[] {
  if (c.variant.jsonType === "null") return [`${indent}self = .${c.id}`];
  const literal = stripNullable(c.variant.type);
  if (literal.kind === "literal") {
    const expected = literalExpression(literal.value);
    return [
      `${indent}let value = try ${c.payload}(from: decoder)`,
      `${indent}guard value == ${expected} else {`,
      `${indent}${I1}throw DecodingError.dataCorrupted(DecodingError.Context(`,
      `${indent}${I2}codingPath: decoder.codingPath, debugDescription: "expected constant \\(${expected}), found \\(value)"))`,
      `${indent}}`,
      `${indent}self = .${c.id}(value)`,
    ];
  }
  return [`${indent}self = .${c.id}(try ${c.payload}(from: decoder))`];
}

function encodeMethod(cases: readonly SwiftCase[], fallback: string | undefined): string[] {
  const out = [`${I1}public func encode(to encoder: any Encoder) throws {`, `${I2}switch self {`];
  for (const c of cases) {
    if (c.variant.jsonType === "null") {
      out.push(`${I2}case .${c.id}:`, `${I3}var container = encoder.singleValueContainer()`, `${I3}try container.encodeNil()`);
    } else {
      out.push(`${I2}case .${c.id}(let value):`, `${I3}try value.encode(to: encoder)`);
    }
  }
  if (fallback) out.push(`${I2}case .${fallback}(let raw):`, `${I3}try raw.encode(to: encoder)`);
  out.push(`${I2}}`, `${I1}}`);
  return out;
}
