// Module-level constants: the model's named constants, and the tag list of a tagged root union.
import type { SchemaModel } from "../../model/types.ts";
import type { ModelAnalysis } from "./analyzeModel.ts";
import { constantName, rootTagsConstantName, stringLiteral } from "./naming.ts";
import { literalExpression, literalSwiftType } from "./swiftTypes.ts";

/** `public let` declarations, none when the model has no constants and no tagged root union. */
export function translateConstants(model: SchemaModel, analysis: ModelAnalysis): string[] {
  const out = model.constants.map(
    (constant) =>
      `public let ${constantName(model.name, constant.name)}: ${literalSwiftType(constant.value)} = ${literalExpression(constant.value)}`,
  );
  const root = model.root ? analysis.types.get(model.root.name) : undefined;
  if (root?.kind === "union" && root.discriminator.kind === "property") {
    const tags = root.variants.map((v) => v.tag).filter((tag): tag is string => tag !== undefined);
    out.push(
      `/// Every ${stringLiteral(root.discriminator.property)} value ${root.name} knows, in schema order.`,
      `public let ${rootTagsConstantName(root.name)}: [String] = [${tags.map(stringLiteral).join(", ")}]`,
    );
  }
  return out;
}
