// Enums of string, integer, number or boolean values. One the schema leaves open (`otherValues`), or
// that messages refer to, is open: a value this version does not know decodes into a fallback case and
// encodes back unchanged, so a newer peer cannot break decoding. One nothing refers to is a set of
// constants (such as ErrorCode) and stays a plain closed `enum X: String` (or `Int`, `Double`). What
// an open enum's other values must satisfy (a pattern, a bound) is not checked. Boolean enums are
// always closed (both values are known) and written out by hand, since Swift has no Bool raw values.
import { documentationWithDeprecation, enumValueAnnotations, type EnumValueAnnotation } from "../../model/schemaModel.ts";
import { describeTypeRef, PLAIN_WORDS } from "../../model/describeAssertion.ts";
import type { EnumType } from "../../model/types.ts";
import type { SwiftContext } from "./context.ts";
import { caseName, claimUnique, enumCaseName, escapeIdentifier, fallbackCaseName, spelledMemberName, typeIdentifier } from "./naming.ts";
import { docComment, I1, typeDocComment, I2, I3, I4, unknownToThisVersionMember, valueTypeConformances } from "./swiftSyntax.ts";
import { isSwiftInt, literalExpression, swiftInteger } from "./swiftTypes.ts";
import { NO_INTEGER_SPELLINGS, type IntegerSpellings } from "../../json/integerSpellings.ts";

interface SwiftEnumCase {
  /** The wire value. */
  readonly value: string | number | boolean;
  /** The case name as written in source. */
  readonly id: string;
  /** The wire value as a Swift literal of the raw type. */
  readonly literal: string;
  /** What the value means, when the schema says. */
  readonly description?: string;
}

interface SwiftEnum {
  readonly type: EnumType;
  /** As written in source. */
  readonly name: string;
  readonly rawType: string;
  readonly cases: readonly SwiftEnumCase[];
  /** The document's spellings of integers no double holds (integerSpellings.ts). */
  readonly integers: IntegerSpellings;
}

export function translateEnum(type: EnumType, ctx: SwiftContext): string[] {
  const spellings = ctx.model.source.integerSpellings;
  const rawType = enumRawType(type, spellings);
  const annotations = enumValueAnnotations(type);
  const e: SwiftEnum = { type, name: typeIdentifier(type.name), rawType, cases: enumCases(type, rawType === "Double", spellings, annotations, caseNamesOfValues(type, annotations)), integers: spellings };
  const doc = typeDocComment(ctx.model.source, type, documentationWithDeprecation(type));
  if (type.valueType === "boolean") return [...doc, ...handWrittenEnum(e, undefined)];
  if (ctx.analysis.openEnums.has(type.name)) return [...doc, ...handWrittenEnum(e, fallbackCaseName(e.cases.map((c) => c.id)))];
  return [...doc, ...rawValueEnum(e)];
}

/**
 * String, Bool, Int or UInt64 (integers Swift holds exactly, as the document spells them:
 * swiftInteger), else Double. UInt64 only for a closed set: other values it allows may be negative.
 */
function enumRawType(type: EnumType, spellings: IntegerSpellings): string {
  switch (type.valueType) {
    case "string":
      return "String";
    case "boolean":
      return "Bool";
    case "integer": {
      const types = new Set(type.values.map((value) => (typeof value === "number" ? swiftInteger(value, spellings)?.type : undefined)));
      if (types.size === 1 && types.has("Int")) return "Int";
      return !types.has(undefined) && type.otherValues === undefined && type.values.every((value) => (value as number) >= 0) ? "UInt64" : "Double";
    }
    case "number":
      return "Double";
  }
}

/**
 * Case names of a number enum's values from the names their author gives them (Lottie's `{title:
 * "Non Zero", const: 1}` → `nonZero`, NSwag's `x-enumNames`, where the value alone gives `_1`), when
 * every value has one and they name distinct cases; else none, and each case is named after its
 * value. A string's value is its name already.
 */
function caseNamesOfValues(type: EnumType, annotations: ReadonlyMap<EnumType["values"][number], EnumValueAnnotation>): ReadonlyMap<string | number | boolean, string> | undefined {
  if (type.valueType !== "integer" && type.valueType !== "number") return undefined;
  const names = type.values.map((value) => annotations.get(value)?.name).map((name) => (name === undefined ? undefined : caseName(spelledMemberName(name))));
  if (names.some((name) => name === undefined || !/^[A-Za-z_]/u.test(name)) || new Set(names).size !== names.length) return undefined;
  return new Map(type.values.map((value, index) => [value, names[index]!]));
}

function enumCases(type: EnumType, asDouble: boolean, spellings: IntegerSpellings, annotations: ReadonlyMap<EnumType["values"][number], EnumValueAnnotation>, titledNames: ReadonlyMap<string | number | boolean, string> | undefined): SwiftEnumCase[] {
  const taken = new Set<string>();
  return type.values.map((value) => {
    // An integer by its digits as written (`_12345678901234567890`, not its double's `_12345678901234567000`).
    const integer = typeof value === "number" && !asDouble ? swiftInteger(value, spellings) : undefined;
    const name = claimUnique(titledNames?.get(value) ?? enumCaseName(integer ? BigInt(integer.literal) : value), taken);
    // A raw value is a literal of the raw type (`case a = 12345678901234567890` in a UInt64 enum).
    const literal = integer ? integer.literal : typeof value === "number" && asDouble && isSwiftInt(value) ? `${value}.0` : literalExpression(value, NO_INTEGER_SPELLINGS);
    const description = annotations.get(value)?.meaning;
    return { value, id: escapeIdentifier(name), literal, ...(description === undefined ? {} : { description }) };
  });
}

/**
 * `enum X: String` (or Int, Double): Swift's own raw-value coding refuses a value it does not know.
 * A String one reads its raw value by scalars (ExactString): the synthesized `init?(rawValue:)` would
 * take a canonically equivalent string for a case.
 */
function rawValueEnum({ name, rawType, cases }: SwiftEnum): string[] {
  return [
    `public enum ${name}: ${rawType}, ${valueTypeConformances()}, CaseIterable {`,
    ...cases.flatMap((c) => [...docComment(c.description, I1), c.id === c.value ? `${I1}case ${c.id}` : `${I1}case ${c.id} = ${c.literal}`]),
    ...(rawType === "String" ? ["", ...rawValueInitializer(rawType, cases, undefined, false)] : []),
    "}",
  ];
}

/**
 * `init(rawValue:)`: each case's wire value, a string matched by its scalars (ExactString), not by
 * String's canonical equivalence. A value no case has is the fallback case, or else no value at all
 * (unless the cases cover every value: both booleans).
 */
function rawValueInitializer(rawType: string, cases: readonly SwiftEnumCase[], fallback: string | undefined, coversEveryValue: boolean): string[] {
  const matched = rawType === "String" ? "ExactString(rawValue)" : "rawValue";
  const otherwise = fallback !== undefined ? [`${I2}default: self = .${fallback}(rawValue)`] : coversEveryValue ? [] : [`${I2}default: return nil`];
  return [
    `${I1}public init${fallback === undefined ? "?" : ""}(rawValue: ${rawType}) {`,
    `${I2}switch ${matched} {`,
    ...cases.map((c) => `${I2}case ${c.literal}: self = .${c.id}`),
    ...otherwise,
    `${I2}}`,
    `${I1}}`,
  ];
}

/**
 * What the fallback case holds, in words: a value the schema allows besides the listed ones (GitHub
 * workflows' `runs-on`, a known label or any string matching `^\$\{\{.*\}\}$`, whose expressions read
 * as "a value this version does not know"; found by a sweep of GitHub Actions), or one it does not
 * list, kept so a newer peer cannot break decoding.
 */
function fallbackDescription(type: EnumType, integers: IntegerSpellings): string {
  if (type.otherValues === undefined) return "A value this version does not know, kept as it came.";
  return `Any other value the schema allows: ${describeTypeRef(type.otherValues, { ...PLAIN_WORDS, integers })}.`;
}

/**
 * Written out by hand: an open enum needs a case with a payload (which a raw-value enum cannot have),
 * and Bool is no raw-value type. Equality and hashing go through the wire value, so a fallback
 * holding a known value equals the known case. Without a fallback, an unknown value is refused.
 */
function handWrittenEnum({ type, name, rawType, cases, integers }: SwiftEnum, fallback: string | undefined): string[] {
  const coversEveryBool = type.valueType === "boolean" && cases.length === 2;
  const initializer = rawValueInitializer(rawType, cases, fallback, coversEveryBool);
  const decode =
    fallback === undefined
      ? [
          `${I2}let container = try decoder.singleValueContainer()`,
          `${I2}let rawValue = try container.decode(${rawType}.self)`,
          `${I2}guard let value = Self(rawValue: rawValue) else {`,
          `${I3}throw DecodingError.dataCorruptedError(in: container, debugDescription: "\\(rawValue) is not a ${type.name} value")`,
          `${I2}}`,
          `${I2}self = value`,
        ]
      : type.valueType === "integer" && rawType === "Double"
        ? // Integers held as Double (a listed one is beyond Int): the fallback takes whole numbers only.
          [
            `${I2}let rawValue = try decoder.singleValueContainer().decode(Double.self)`,
            `${I2}guard rawValue.rounded() == rawValue else {`,
            `${I3}throw DecodingError.typeMismatch(${name}.self, DecodingError.Context(`,
            `${I4}codingPath: decoder.codingPath, debugDescription: "expected an integer, found \\(rawValue)"))`,
            `${I2}}`,
            `${I2}self.init(rawValue: rawValue)`,
          ]
        : [`${I2}self.init(rawValue: try decoder.singleValueContainer().decode(${rawType}.self))`];
  const example = cases[0] ? cases[0].literal : "…";
  // Open only so that a newer peer cannot break decoding (the schema allows no other value): the
  // fallback is a value this version does not know, which a first-match union must not take as a match.
  const forwardCompatible = fallback !== undefined && type.otherValues === undefined;
  return [
    `public enum ${name}: RawRepresentable, ${valueTypeConformances()}, CaseIterable${forwardCompatible ? ", UnknownValueFallback" : ""} {`,
    ...cases.flatMap((c) => [...docComment(c.description, I1), `${I1}case ${c.id}`]),
    ...(fallback === undefined ? [] : [`${I1}/// ${fallbackDescription(type, integers)}`, `${I1}case ${fallback}(${rawType})`]),
    "",
    `${I1}public static let allCases: [${name}] = [${cases.map((c) => `.${c.id}`).join(", ")}]`,
    "",
    ...initializer,
    "",
    `${I1}public var rawValue: ${rawType} {`,
    `${I2}switch self {`,
    ...cases.map((c) => `${I2}case .${c.id}: return ${c.literal}`),
    ...(fallback === undefined ? [] : [`${I2}case .${fallback}(let value): return value`]),
    `${I2}}`,
    `${I1}}`,
    "",
    `${I1}public init(from decoder: any Decoder) throws {`,
    ...decode,
    `${I1}}`,
    "",
    `${I1}public func encode(to encoder: any Encoder) throws {`,
    `${I2}var container = encoder.singleValueContainer()`,
    `${I2}try container.encode(self.rawValue)`,
    `${I1}}`,
    ...(fallback === undefined
      ? []
      : [
          "",
          `${I1}/// Equal when the wire values are equal (\`.${fallback}(${example})\` equals the known case).`,
          `${I1}public static func == (lhs: ${name}, rhs: ${name}) -> Bool {`,
          `${I2}${rawType === "String" ? "isSameWireValue(lhs.rawValue, rhs.rawValue)" : "lhs.rawValue == rhs.rawValue"}`,
          `${I1}}`,
          "",
          `${I1}public func hash(into hasher: inout Hasher) {`,
          `${I2}hasher.combine(self.rawValue)`,
          `${I1}}`,
        ]),
    ...(forwardCompatible
      ? ["", ...unknownToThisVersionMember(fallback, "value")]
      : []),
    "}",
  ];
}
