// Unions: an `enum` with one case per variant. How a payload picks its case follows the model's rule
// (types.ts, UnionType; model/selectVariant.ts is the same rule in TypeScript):
// - `tag`: the value of the tag property (a string, number or boolean constant) names the case. A
//   tagged union also gets a fallback case keeping a variant this version does not know, so a newer
//   peer's message still decodes and re-encodes unchanged.
// - `jsonType`: the JSON type of the value.
// - `keyPresence`: the variants whose keys are all present are candidates; the first candidate, in
//   the model's order, that the value matches (as below) wins, else the first candidate.
// - `firstMatch`: the first variant, in the model's order, that the value matches. A Swift decoder
//   checks less than a JSON Schema validator (no bounds, patterns or formats), so "matches" means: the
//   variant's type decodes the value, equals its constant if it is one, is not a fallback for a value
//   this version does not know, and encodes back to the same JSON. The last part keeps re-encoding
//   lossless: a variant that would drop a key the value has (a closed struct ignores keys it does not
//   declare) is passed over for one that keeps it.
// - A key-presence or first-match union with a preference (an OpenAPI discriminator, types.ts
//   VariantPreference) first tries the variant the value's string at the property names, by the same
//   match (for key presence, when its keys are present); then the order above, unchanged.
import { exactJson } from "../../model/describeAssertion.ts";
import { keysForbiddenByRules, withoutRulesForbiddingKeys } from "../../model/keysForbiddenByRules.ts";
import { descriptionWithParts, documentationWithDeprecation } from "../../model/schemaModel.ts";
import type { FirstMatchUnion, JsonTypeUnion, KeyPresenceUnion, SchemaModel, TagUnion, UnionType, UnionVariant } from "../../model/types.ts";
import type { SwiftContext } from "./context.ts";
import { caseName, claimUnique, escapeIdentifier, fallbackCaseName, memberName, stringLiteral, typeIdentifier } from "./naming.ts";
import { docComment, documentedRules, documentedVariants, typeDocComment, I1, I2, I3, I4, unknownToThisVersionMember, valueTypeConformances } from "./swiftSyntax.ts";
import { constantExpression, jsonValueExpression, pinnedConstant, swiftType } from "./swiftTypes.ts";

interface SwiftCase<Variant extends UnionVariant = UnionVariant> {
  readonly variant: Variant;
  /** The case name as written in source. */
  readonly id: string;
  /** The case name unescaped: its label (what Swift's Mirror calls the case). */
  readonly label: string;
  /** The Swift type of the associated value; none for a variant that is only null. */
  readonly payload: string | undefined;
  /** The constant the payload must equal, for a variant that is one value. */
  readonly constant: string | undefined;
  /** The variant lets null through beside its constant (`enum: ["x", null]`): the payload is optional and nil passes. */
  readonly constantOrNull: boolean;
}

/** The fallback case of a union that keeps values this version does not know. */
interface Fallback {
  readonly id: string;
  readonly doc: string;
}

export function translateUnion(type: UnionType, ctx: SwiftContext): string[] {
  const indirect = ctx.analysis.indirectUnions.has(type.name) ? "indirect " : "";
  const fallbackConformance = type.rule === "tag" ? ", UnknownValueFallback" : "";
  const declaration = [
    ...typeDocComment(ctx.model.source, type, documentationWithDeprecation(type)),
    `public ${indirect}enum ${typeIdentifier(type.name)}: ${valueTypeConformances()}${fallbackConformance} {`,
  ];
  const cases = unionCases(type, ctx.model);
  switch (type.rule) {
    case "tag":
      return translateTaggedUnion(type, declaration, cases as SwiftCase<TagUnion["variants"][number]>[], ctx);
    case "jsonType":
      return assemble(ctx, declaration, cases, undefined, decodeByJsonType(type, cases as SwiftCase<JsonTypeUnion["variants"][number]>[]));
    case "keyPresence":
      // A rule forbidding a key is one the decoder checks (decodeByKeyPresence): not told as one it does not.
      return assemble(ctx, declaration, cases, undefined, decodeByKeyPresence(type, cases as SwiftCase<KeyPresenceUnion["variants"][number]>[], ctx.model), (c) =>
        documentedRules(descriptionWithParts(c.variant.description, c.variant.type), withoutRulesForbiddingKeys(c.variant.type, ctx.model), ctx),
      );
    case "firstMatch": {
      const { kept, alike, holder } = casesDecodedApart(type, cases);
      const caseDoc = (c: SwiftCase) => {
        const others = alike.get(c);
        if (others === undefined) return documentedRules(descriptionWithParts(c.variant.description, c.variant.type), c.variant.type, ctx);
        const held = [c, ...others]
          .map((each) => ({ place: writtenPosition(type, each.variant) + 1, ref: each.variant.type, description: descriptionWithParts(each.variant.description, each.variant.type) }))
          .sort((a, b) => a.place - b.place);
        const places = held.map(({ place }) => place);
        const note = `Variants ${places.slice(0, -1).join(", ")} and ${places.at(-1)} of the schema: Swift decodes them alike (its decoder does not check bounds, patterns or formats), so one case holds them.`;
        return documentedVariants(note, held, ctx);
      };
      const caseHolding = (variant: string) => {
        const own = cases.find((c) => c.variant.name === variant);
        return own === undefined ? undefined : holder.get(own);
      };
      return assemble(ctx, declaration, kept, undefined, decodeByFirstMatch(type, kept, caseHolding), caseDoc);
    }
  }
}

/** A variant's position among the union's variants as the schema writes them (0-based): the model may try them in another order. */
function writtenPosition(union: FirstMatchUnion, variant: UnionVariant): number {
  const at = union.variants.indexOf(variant);
  return union.positionsWritten?.[at] ?? at;
}

/**
 * The cases of a first-match union that a decoder can reach: a case whose payload type and constant
 * are an earlier case's decodes exactly what that one does, after it, so never. STAC's bbox, `oneOf`
 * of 4 or 6 numbers, was `case array([Double])` and a `case array2([Double])` no value ever took.
 * `alike` maps each kept case to the ones it stands for, `holder` every case to the kept case holding
 * it. A kept case is named as the one of them the schema writes first: the model may try them in
 * another order (narrowerVariantsFirst), and `anyOf: [{type: string}, {type: string, format: path}]`
 * was `case string2`, after the variant tried first.
 */
function casesDecodedApart(union: FirstMatchUnion, cases: readonly SwiftCase[]): { kept: SwiftCase[]; alike: Map<SwiftCase, SwiftCase[]>; holder: Map<SwiftCase, SwiftCase> } {
  const groups = new Map<string, SwiftCase[]>();
  for (const c of cases) {
    const decoding = JSON.stringify([c.payload ?? null, c.constant ?? null, c.constantOrNull]);
    groups.set(decoding, [...(groups.get(decoding) ?? []), c]);
  }
  const kept: SwiftCase[] = [];
  const alike = new Map<SwiftCase, SwiftCase[]>();
  const holder = new Map<SwiftCase, SwiftCase>();
  for (const [first, ...others] of groups.values()) {
    const named = [first!, ...others].reduce((earliest, c) => (writtenPosition(union, c.variant) < writtenPosition(union, earliest.variant) ? c : earliest));
    const keptCase = { ...first!, id: named.id, label: named.label };
    kept.push(keptCase);
    if (others.length > 0) alike.set(keptCase, [first!, ...others].filter((c) => c !== first));
    for (const c of [first!, ...others]) holder.set(c, keptCase);
  }
  return { kept, alike, holder };
}

/** Declaration, cases, `init(from:)` (its body given), `encode(to:)`, and the fallback test when there is one. */
function assemble(
  ctx: SwiftContext,
  declaration: readonly string[],
  cases: readonly SwiftCase[],
  fallback: Fallback | undefined,
  decodeBody: readonly string[],
  /** A case's doc comment; by default what the schema says of its variant, then the rules of it the decoder does not check. */
  caseDoc: (c: SwiftCase) => string | undefined = (c) => documentedRules(descriptionWithParts(c.variant.description, c.variant.type), c.variant.type, ctx),
): string[] {
  const out = [...declaration];
  for (const c of cases) {
    const doc = caseDoc(c);
    out.push(...docComment(doc, I1), c.payload === undefined ? `${I1}case ${c.id}` : `${I1}case ${c.id}(${c.payload})`);
  }
  if (fallback) out.push(`${I1}/// ${fallback.doc}`, `${I1}case ${fallback.id}([String: JSONValue])`);
  out.push("", `${I1}public init(from decoder: any Decoder) throws {`, ...decodeBody, `${I1}}`);
  out.push("", ...encodeMethod(cases, fallback?.id));
  if (fallback) {
    out.push("", ...unknownToThisVersionMember(fallback.id, "variant"));
  }
  out.push("}");
  return out;
}

function unionCases(type: UnionType, model: SchemaModel): SwiftCase[] {
  const taken = new Set<string>();
  return type.variants.map((variant: UnionVariant) => {
    const name = claimUnique(caseName(memberName(variant.name) || "variant"), taken);
    const payload = variant.type.kind === "null" ? undefined : swiftType(variant.type, model);
    // The payload's Swift type is the constant's plain type (String, JSONValue), which takes any value
    // of that type, so the case checks the constant itself. It is found as a struct's property finds
    // its own: also under the rules beside it (a constant beside `patternProperties`, `minLength`…,
    // which the model keeps as a constrained type) and through a definition that is one constant.
    const pinned = pinnedConstant(model, variant.type);
    const constant = pinned && constantExpression(pinned.constant, model.source.integerSpellings);
    return { variant, id: escapeIdentifier(name), label: name, payload, constant, constantOrNull: pinned?.orNull === true };
  });
}

/**
 * The label of the Swift case each variant of `type` decodes into, in the model's variant order: its
 * own case, or for a first-match variant Swift decodes alike with an earlier one, that one's
 * (casesDecodedApart). What the conformance run compares with the case a decoded value holds.
 */
export function swiftCaseLabels(type: UnionType, model: SchemaModel): string[] {
  return swiftCaseLabelsOf(type, unionCases(type, model));
}

function swiftCaseLabelsOf(type: UnionType, cases: readonly SwiftCase[]): string[] {
  if (type.rule !== "firstMatch") return cases.map((c) => c.label);
  const { holder } = casesDecodedApart(type, cases);
  return cases.map((c) => holder.get(c)!.label);
}

function translateTaggedUnion(type: TagUnion, declaration: readonly string[], cases: readonly SwiftCase<TagUnion["variants"][number]>[], ctx: SwiftContext): string[] {
  const spellings = ctx.model.source.integerSpellings;
  const property = stringLiteral(type.property);
  const fallback = {
    id: fallbackCaseName(cases.map((c) => c.id)),
    // Said without an article before the key, which may start with a vowel ("action").
    doc: `An object whose ${property} is one this version does not know: the whole object, kept as it came.`,
  };
  const stringTags = cases.every((c) => typeof c.variant.tag === "string");
  // String tags switch on the String by its scalars (ExactString); other constants on the JSONValue,
  // where 1 is `.int(1)` and 1.5 `.double(1.5)`.
  const pattern = (tag: string | number | boolean) => (stringTags ? stringLiteral(tag as string) : jsonValueExpression(tag, spellings));
  const body = [
    `${I2}let container = try decoder.container(keyedBy: AnyCodingKey.self)`,
    `${I2}let tag = try container.decode(${stringTags ? "String" : "JSONValue"}.self, forKey: AnyCodingKey(${property}))`,
    `${I2}switch ${stringTags ? "ExactString(tag)" : "tag"} {`,
    ...cases.flatMap((c) => [`${I2}case ${pattern(c.variant.tag)}:`, ...decodeCase(c, I3)]),
    `${I2}default:`,
    `${I3}self = .${fallback.id}(try [String: JSONValue](from: decoder))`,
    `${I2}}`,
  ];
  return assemble(ctx, declaration, cases, fallback, body, (c) => {
    const tag = (c.variant as TagUnion["variants"][number]).tag;
    return documentedRules(`${property}: ${typeof tag === "string" ? stringLiteral(tag) : exactJson(tag, ctx.model.source.integerSpellings)}`, c.variant.type, ctx);
  });
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
  // A whole number beyond Int64 (1e21, which an enum may list) is a JSON integer that JSONValue
  // holds as .double: with no number variant to take doubles, it is the integer variant's.
  const integer = byJsonType.get("integer");
  if (integer && !byJsonType.has("number")) out.push(`${I2}case .double(let number) where number.rounded() == number:`, ...decodeCase(integer, I3));
  // A union of every JSON type covers every JSONValue case, and Swift warns about a default it never takes.
  if (patterns.every(([, c]) => c !== undefined)) return [...out, `${I2}}`];
  const expected = cases.map((c) => c.variant.jsonType).join(", ");
  out.push(
    `${I2}default:`,
    `${I3}throw DecodingError.typeMismatch(${typeIdentifier(type.name)}.self, DecodingError.Context(`,
    `${I4}codingPath: decoder.codingPath, debugDescription: ${stringLiteral(`expected one of: ${expected}`)}))`,
    `${I2}}`,
  );
  return out;
}

/**
 * The candidates are the variants whose keys are all present and whose rules forbid none of the keys
 * present (keysForbiddenByRules: a conditional's catch-all case forbids the key its other cases need);
 * the value belongs to the first, in union order, that it matches (as for first match), and when none
 * does, to the first candidate (whose decoding error then says what is wrong). No candidate at all is
 * an error naming the keys.
 */
function decodeByKeyPresence(type: KeyPresenceUnion, cases: readonly SwiftCase<KeyPresenceUnion["variants"][number]>[], model: SchemaModel): string[] {
  const forbidden = new Map(cases.map((c) => [c, keysForbiddenByRules(c.variant.type, model)]));
  const tests = (c: SwiftCase<KeyPresenceUnion["variants"][number]>) => [
    ...c.variant.keys.map((key) => `container.contains(AnyCodingKey(${stringLiteral(key)}))`),
    ...forbidden.get(c)!.map((key) => `!container.contains(AnyCodingKey(${stringLiteral(key)}))`),
  ];
  // A variant that needs no key and forbids none is a candidate for every value: no test of keys
  // (`if true`), and no branch after it, which Swift would warn is never executed.
  const condition = (c: SwiftCase<KeyPresenceUnion["variants"][number]>) => tests(c).join(" && ");
  const out = [
    `${I2}let container = try decoder.container(keyedBy: AnyCodingKey.self)`,
    `${I2}let value = try JSONValue(from: decoder)`,
    `${I2}var failures: [String] = []`,
    ...preferredFirst(type, (variant) => cases.find((c) => c.variant.name === variant), (c) => (tests(c).length === 0 ? "" : `${condition(c)}, `)),
  ];
  for (const c of cases) {
    out.push(`${I2}if ${tests(c).length === 0 ? "" : `${condition(c)}, `}${matchExpression(c)} {`, `${I3}self = .${c.id}(payload)`, `${I3}return`, `${I2}}`);
  }
  // When none matches, the first candidate decodes. A forbidden key that an earlier variant needs
  // alone is tested already: a value holding it went to that variant's branch.
  const takenAlone = (before: readonly SwiftCase<KeyPresenceUnion["variants"][number]>[]) =>
    new Set(before.flatMap((c) => (c.variant.keys.length === 1 && forbidden.get(c)!.length === 0 ? c.variant.keys : [])));
  const branchTests = cases.map((c, i) => {
    const taken = takenAlone(cases.slice(0, i));
    return [...c.variant.keys.map((key) => `container.contains(AnyCodingKey(${stringLiteral(key)}))`), ...forbidden.get(c)!.filter((key) => !taken.has(key)).map((key) => `!container.contains(AnyCodingKey(${stringLiteral(key)}))`)];
  });
  const unconditional = branchTests.findIndex((each) => each.length === 0);
  const tested = unconditional < 0 ? cases : cases.slice(0, unconditional);
  tested.forEach((c, i) => {
    out.push(`${I2}${i === 0 ? "if" : "} else if"} ${branchTests[i]!.join(" && ")} {`, ...decodeCase(c, I3));
  });
  if (unconditional >= 0) {
    // Every value left is a candidate of the unconditional variant: its decoding is the last word.
    const rest = decodeCase(cases[unconditional]!, tested.length === 0 ? I2 : I3);
    out.push(...(tested.length === 0 ? rest : [`${I2}} else {`, ...rest, `${I2}}`]));
    return out;
  }
  const keys = cases.map((c) => [...c.variant.keys, ...forbidden.get(c)!.map((key) => `no ${key}`)].join(" + ")).join(", ");
  out.push(
    `${I2}} else {`,
    `${I3}throw DecodingError.dataCorrupted(DecodingError.Context(`,
    `${I4}codingPath: decoder.codingPath, debugDescription: ${stringLiteral(`expected one of the keys: ${keys}`)}))`,
    `${I2}}`,
  );
  return out;
}

/**
 * The union's preference (an OpenAPI discriminator): the case the value's string at the property
 * names, tried by the same match before the union's order (`condition` adds the case's own test, its
 * keys). The model names the variant meant; `caseHolding` gives the case that holds it: a variant
 * Swift decodes alike with another is that one's case (casesDecodedApart). Looked up by its position
 * among the variants in the list of cases, where one case holds two strings before it, the
 * preference for Cat went to the case of Dog, and Dog's to none (a value naming "cat" decoded as
 * Dog). What a failed match records is dropped: the order below tries that case again.
 */
function preferredFirst<Variant extends UnionVariant>(type: UnionType, caseHolding: (variant: string) => SwiftCase<Variant> | undefined, condition: (c: SwiftCase<Variant>) => string): string[] {
  const preference = type.rule === "keyPresence" || type.rule === "firstMatch" ? type.preference : undefined;
  if (preference === undefined) return [];
  const byValue = preference.cases.flatMap(({ value, variant }) => {
    const c = caseHolding(variant);
    return c === undefined || c.payload === undefined ? [] : [{ value, c }];
  });
  if (byValue.length === 0) return [];
  const out = [
    `${I2}if case .object(let object) = value, case .string(let preferred)? = object[${stringLiteral(preference.property)}] {`,
    `${I3}switch ExactString(preferred) {`,
  ];
  for (const { value, c } of byValue) {
    out.push(`${I3}case ${stringLiteral(value)}:`, `${I4}if ${condition(c)}${matchExpression(c)} { self = .${c.id}(payload); return }`);
  }
  out.push(`${I3}default:`, `${I4}break`, `${I3}}`, `${I3}failures.removeAll()`, `${I2}}`);
  return out;
}

/** `let payload = matchVariant(…)`: the case's payload when the value matches it (support.ts). */
function matchExpression(c: SwiftCase): string {
  const constant = c.constant === undefined ? "" : `, constant: ${c.constant}${c.constantOrNull ? ", orNull: true" : ""}`;
  return `let payload = matchVariant(${c.payload}.self, from: decoder, equalTo: value${constant}, named: ${stringLiteral(c.variant.name)}, failures: &failures)`;
}

/** Each variant in turn (support.ts, `matchVariant`); the first that matches wins. */
function decodeByFirstMatch(type: UnionType, cases: readonly SwiftCase[], caseHolding: (variant: string) => SwiftCase | undefined): string[] {
  const out = [`${I2}let value = try JSONValue(from: decoder)`, `${I2}var failures: [String] = []`, ...preferredFirst(type, caseHolding, () => "")];
  for (const c of cases) {
    if (c.payload === undefined) {
      out.push(`${I2}if value == .null { self = .${c.id}; return }`, `${I2}failures.append("${c.variant.name}: not null")`);
      continue;
    }
    out.push(
      `${I2}if ${matchExpression(c)} {`,
      `${I3}self = .${c.id}(payload)`,
      `${I3}return`,
      `${I2}}`,
    );
  }
  out.push(
    `${I2}throw DecodingError.dataCorrupted(DecodingError.Context(`,
    `${I3}codingPath: decoder.codingPath, debugDescription: "matches no variant of ${type.name}: \\(failures.joined(separator: "; "))"))`,
  );
  return out;
}

/**
 * Decodes the whole value as one case's payload; a constant payload must also equal its constant (or
 * be null, where the variant lets null through), as JSON compares them: isSameWireValue (support.ts),
 * since String's == is canonical equivalence ("e\u{301}" would be the constant "é").
 */
function decodeCase(c: SwiftCase, indent: string, ): string[] {
  if (c.payload === undefined) return [`${indent}self = .${c.id}`];
  if (c.constant !== undefined) {
    const matches = `isSameWireValue(value, ${c.constant})`;
    return [
      `${indent}let value = try ${initializerType(c.payload)}(from: decoder)`,
      `${indent}guard ${c.constantOrNull ? `value == nil || ${matches}` : matches} else {`,
      `${indent}${I1}throw DecodingError.dataCorrupted(DecodingError.Context(`,
      `${indent}${I2}codingPath: decoder.codingPath, debugDescription: "expected constant \\(${c.constant}), found \\(value)"))`,
      `${indent}}`,
      `${indent}self = .${c.id}(value)`,
    ];
  }
  return [`${indent}self = .${c.id}(try ${initializerType(c.payload)}(from: decoder))`];
}

/** A type as written before `(from: decoder)`: `Int?(from:)` does not parse, `Optional<Int>(from:)` does. */
function initializerType(swiftType: string): string {
  return swiftType.endsWith("?") ? `Optional<${swiftType.slice(0, -1)}>` : swiftType;
}

function encodeMethod(cases: readonly SwiftCase[], fallback: string | undefined, ): string[] {
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
