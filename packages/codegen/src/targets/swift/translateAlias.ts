// A model alias: a `typealias` of the Swift type it names, or, when it refers to itself through
// typealiases only (`A = [A]`, which Swift refuses), a wrapper struct holding one `value` that codes
// as that value alone.
import { documentationWithDeprecation } from "../../model/schemaModel.ts";
import type { AliasType } from "../../model/types.ts";
import type { SwiftContext } from "./context.ts";
import { typeIdentifier } from "./naming.ts";
import { documentedRules, typeDocComment, I1, I2, valueTypeConformances } from "./swiftSyntax.ts";
import { swiftType } from "./swiftTypes.ts";

export function translateAlias(type: AliasType, ctx: SwiftContext): string[] {
  const { model, analysis } = ctx;
  const doc = typeDocComment(model.source, type, documentedRules(documentationWithDeprecation(type, type.type), type.type, ctx));
  const name = typeIdentifier(type.name);
  if (!analysis.wrappedAliases.has(type.name)) return [...doc, `public typealias ${name} = ${swiftType(type.type, model)}`];
  // The struct decodes its value alone, so a constant it holds is spelled as the type that checks it.
  const value = swiftType(type.type, model, "element");
  const boxed = analysis.boxedWrappers.has(type.name) ? "@Indirect " : "";
  return [
    ...doc,
    `/// (A struct rather than a typealias: the type refers to itself, which a typealias cannot.)`,
    `public struct ${name}: ${valueTypeConformances()} {`,
    `${I1}${boxed}public var value: ${value}`,
    "",
    `${I1}public init(_ value: ${value}) {`,
    `${I2}self.value = value`,
    `${I1}}`,
    "",
    `${I1}public init(from decoder: any Decoder) throws {`,
    `${I2}self.value = try decoder.singleValueContainer().decode(${value}.self)`,
    `${I1}}`,
    "",
    `${I1}public func encode(to encoder: any Encoder) throws {`,
    `${I2}var container = encoder.singleValueContainer()`,
    `${I2}try container.encode(self.value)`,
    `${I1}}`,
    "}",
  ];
}
