// String enums. One the schema leaves open (`otherValues`), or that messages refer to, is open: a
// value this version does not know decodes into a fallback case and encodes back unchanged, so a newer
// peer cannot break decoding. One nothing refers to is a set of constants (such as ErrorCode) and
// stays a plain closed `enum X: String`. What an open enum's other values must satisfy (a pattern, a
// length) is not checked, as for any Swift string.
import { childPointer } from "../../errors.ts";
import { documentation, stringEnumValues } from "../../model/schemaModel.ts";
import type { EnumType } from "../../model/types.ts";
import { notRenderedYet } from "../notRenderedYet.ts";
import type { Fail, ModelAnalysis } from "./analyzeModel.ts";
import { enumCaseName, escapeIdentifier, fallbackCaseName, RESERVED_CASE_NAMES, stringLiteral } from "./naming.ts";
import { docComment, I1, I2, VALUE_TYPE_CONFORMANCES } from "./swiftSyntax.ts";

interface SwiftEnumCase {
  /** The wire value. */
  readonly value: string;
  /** The case name as written in source. */
  readonly id: string;
}

export function translateEnum(type: EnumType, analysis: ModelAnalysis, fail: Fail): string[] {
  const cases = enumCases(type, fail);
  return analysis.openEnums.has(type.name) ? openEnum(type, cases) : closedEnum(type, cases);
}

function enumCases(type: EnumType, fail: Fail): SwiftEnumCase[] {
  const seen = new Map<string, string>();
  const values = stringEnumValues(type) ?? notRenderedYet("swift", `an enum of ${type.valueType} values`);
  return values.map((value, index) => {
    const name = enumCaseName(value);
    const pointer = childPointer(type.pointer, "enum", index);
    if (RESERVED_CASE_NAMES.has(name)) {
      throw fail(pointer, `value ${JSON.stringify(value)} of ${type.name} becomes case "${name}", a member every Swift enum has`);
    }
    const previous = seen.get(name);
    if (previous !== undefined) {
      throw fail(
        pointer,
        `values ${JSON.stringify(previous)} and ${JSON.stringify(value)} of ${type.name} both become the Swift case "${name}"`,
      );
    }
    seen.set(name, value);
    return { value, id: escapeIdentifier(name) };
  });
}

function closedEnum(type: EnumType, cases: readonly SwiftEnumCase[]): string[] {
  return [
    ...docComment(documentation(type), ""),
    `public enum ${type.name}: String, ${VALUE_TYPE_CONFORMANCES}, CaseIterable {`,
    ...cases.map((c) => (c.id === c.value ? `${I1}case ${c.id}` : `${I1}case ${c.id} = ${stringLiteral(c.value)}`)),
    "}",
  ];
}

/**
 * Written out by hand rather than as `enum X: String`, since a raw-value enum cannot have a case with
 * a payload. Equality and hashing go through the wire value, so a fallback holding a known value
 * equals the known case.
 */
function openEnum(type: EnumType, cases: readonly SwiftEnumCase[]): string[] {
  const fallback = fallbackCaseName(cases.map((c) => c.id));
  return [
    ...docComment(documentation(type), ""),
    `public enum ${type.name}: RawRepresentable, ${VALUE_TYPE_CONFORMANCES}, CaseIterable {`,
    ...cases.map((c) => `${I1}case ${c.id}`),
    `${I1}/// A value this version does not know, kept as it came.`,
    `${I1}case ${fallback}(String)`,
    "",
    `${I1}public static let allCases: [${type.name}] = [${cases.map((c) => `.${c.id}`).join(", ")}]`,
    "",
    `${I1}public init(rawValue: String) {`,
    `${I2}switch rawValue {`,
    ...cases.map((c) => `${I2}case ${stringLiteral(c.value)}: self = .${c.id}`),
    `${I2}default: self = .${fallback}(rawValue)`,
    `${I2}}`,
    `${I1}}`,
    "",
    `${I1}public var rawValue: String {`,
    `${I2}switch self {`,
    ...cases.map((c) => `${I2}case .${c.id}: return ${stringLiteral(c.value)}`),
    `${I2}case .${fallback}(let value): return value`,
    `${I2}}`,
    `${I1}}`,
    "",
    `${I1}public init(from decoder: any Decoder) throws {`,
    `${I2}self.init(rawValue: try decoder.singleValueContainer().decode(String.self))`,
    `${I1}}`,
    "",
    `${I1}public func encode(to encoder: any Encoder) throws {`,
    `${I2}var container = encoder.singleValueContainer()`,
    `${I2}try container.encode(self.rawValue)`,
    `${I1}}`,
    "",
    `${I1}/// Equal when the wire values are equal (\`.${fallback}(${stringLiteral(cases[0]?.value ?? "x")})\` equals the known case).`,
    `${I1}public static func == (lhs: ${type.name}, rhs: ${type.name}) -> Bool {`,
    `${I2}lhs.rawValue == rhs.rawValue`,
    `${I1}}`,
    "",
    `${I1}public func hash(into hasher: inout Hasher) {`,
    `${I2}hasher.combine(self.rawValue)`,
    `${I1}}`,
    "}",
  ];
}
