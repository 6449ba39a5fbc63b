// Unions: an `enum` with one case per variant. How a payload picks its case follows the model's
// rule: a tag property, the JSON type of the value, or the keys present. A tagged union also gets a
// fallback case keeping a variant this version does not know, so a newer peer's message still
// decodes and re-encodes unchanged.
import { childPointer } from "../../errors.ts";
import { documentation } from "../../model/schemaModel.ts";
import type { JsonTypeUnion, KeyPresenceUnion, TagUnion, UnionType, UnionVariant } from "../../model/types.ts";
import { notRenderedYet } from "../notRenderedYet.ts";
import type { Fail, ModelAnalysis } from "./analyzeModel.ts";
import { escapeIdentifier, fallbackCaseName, memberName, RESERVED_CASE_NAMES, stringLiteral } from "./naming.ts";
import { docComment, I1, I2, I3, I4, VALUE_TYPE_CONFORMANCES } from "./swiftSyntax.ts";
import { literalExpression, scalarConstant, stripNullable, swiftType } from "./swiftTypes.ts";

interface SwiftCase<Variant extends UnionVariant = UnionVariant> {
  readonly variant: Variant;
  /** The case name as written in source. */
  readonly id: string;
  /** The Swift type of the associated value; none for a variant that is only null. */
  readonly payload: string | undefined;
}

export function translateUnion(type: UnionType, analysis: ModelAnalysis, fail: Fail): string[] {
  const indirect = analysis.indirectUnions.has(type.name) ? "indirect " : "";
  const declaration = [...docComment(documentation(type), ""), `public ${indirect}enum ${type.name}: ${VALUE_TYPE_CONFORMANCES} {`];
  switch (type.rule) {
    case "tag":
      return translateTaggedUnion(type, declaration, fail);
    case "jsonType":
      return assemble(declaration, unionCases(type, fail), undefined, (cases) => decodeByJsonType(type, cases));
    case "keyPresence":
      return assemble(declaration, unionCases(type, fail), undefined, decodeByKeyPresence);
    case "firstMatch":
      return notRenderedYet("swift", "a union told apart by first match");
  }
}

/** Declaration, cases, `init(from:)` (its body from `decodeBody`) and `encode(to:)`. */
function assemble<Variant extends UnionVariant>(
  declaration: readonly string[],
  cases: readonly SwiftCase<Variant>[],
  fallback: { readonly id: string; readonly doc: string } | undefined,
  decodeBody: (cases: readonly SwiftCase<Variant>[]) => string[],
  caseDoc: (c: SwiftCase<Variant>) => string[] = () => [],
): string[] {
  const out = [...declaration];
  for (const c of cases) {
    out.push(...caseDoc(c), c.payload === undefined ? `${I1}case ${c.id}` : `${I1}case ${c.id}(${c.payload})`);
  }
  if (fallback) out.push(`${I1}/// ${fallback.doc}`, `${I1}case ${fallback.id}([String: JSONValue])`);
  out.push("", `${I1}public init(from decoder: any Decoder) throws {`, ...decodeBody(cases), `${I1}}`);
  out.push("", ...encodeMethod(cases, fallback?.id), "}");
  return out;
}

function unionCases<Variant extends UnionVariant>(type: UnionType & { readonly variants: readonly Variant[] }, fail: Fail): SwiftCase<Variant>[] {
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
    return { variant, id: escapeIdentifier(name), payload: variant.type.kind === "null" ? undefined : swiftType(variant.type) };
  });
}

function translateTaggedUnion(type: TagUnion, declaration: readonly string[], fail: Fail): string[] {
  const cases = unionCases(type, fail);
  const tagOf = (c: SwiftCase<TagUnion["variants"][number]>) =>
    typeof c.variant.tag === "string" ? c.variant.tag : notRenderedYet("swift", "a union tagged by a non-string constant");
  const property = stringLiteral(type.property);
  const fallback = {
    id: fallbackCaseName(cases.map((c) => c.id)),
    doc: `A ${property} this version does not know: the whole object, kept as it came.`,
  };
  const decodeByTag = (tagged: readonly SwiftCase<TagUnion["variants"][number]>[]): string[] => [
    `${I2}let container = try decoder.container(keyedBy: AnyCodingKey.self)`,
    `${I2}let tag = try container.decode(String.self, forKey: AnyCodingKey(${property}))`,
    `${I2}switch tag {`,
    ...tagged.flatMap((c) => [`${I2}case ${stringLiteral(tagOf(c))}:`, ...decodeCase(c, I3)]),
    `${I2}default:`,
    `${I3}self = .${fallback.id}(try [String: JSONValue](from: decoder))`,
    `${I2}}`,
  ];
  return assemble(declaration, cases, fallback, decodeByTag, (c) => [`${I1}/// ${property}: ${stringLiteral(tagOf(c))}`]);
}

function decodeByJsonType(type: JsonTypeUnion, cases: readonly SwiftCase<JsonTypeUnion["variants"][number]>[]): string[] {
  const byJsonType = new Map(cases.map((c) => [c.variant.jsonType, c]));
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

/** The first variant, in union order, whose keys are all present. */
function decodeByKeyPresence(cases: readonly SwiftCase<KeyPresenceUnion["variants"][number]>[]): string[] {
  const out = [`${I2}let container = try decoder.container(keyedBy: AnyCodingKey.self)`];
  cases.forEach((c, i) => {
    const present = c.variant.keys.map((key) => `container.contains(AnyCodingKey(${stringLiteral(key)}))`);
    out.push(`${I2}${i === 0 ? "if" : "} else if"} ${present.length > 0 ? present.join(" && ") : "true"} {`, ...decodeCase(c, I3));
  });
  const keys = cases.map((c) => c.variant.keys.join(" + ")).join(", ");
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
  if (c.payload === undefined) return [`${indent}self = .${c.id}`];
  const literal = stripNullable(c.variant.type);
  if (literal.kind === "literal") {
    const expected = literalExpression(scalarConstant(literal));
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
    if (c.payload === undefined) {
      out.push(`${I2}case .${c.id}:`, `${I3}var container = encoder.singleValueContainer()`, `${I3}try container.encodeNil()`);
    } else {
      out.push(`${I2}case .${c.id}(let value):`, `${I3}try value.encode(to: encoder)`);
    }
  }
  if (fallback) out.push(`${I2}case .${fallback}(let raw):`, `${I3}try raw.encode(to: encoder)`);
  out.push(`${I2}}`, `${I1}}`);
  return out;
}
