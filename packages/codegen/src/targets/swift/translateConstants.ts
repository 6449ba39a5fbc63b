// Module-level constants: the model's named constants, and the tag list of a tagged root union.
import { typeNamed } from "../../model/schemaModel.ts";
import type { SchemaModel } from "../../model/types.ts";
import { constantName, rootTagsConstantName, stringLiteral } from "./naming.ts";
import { jsonValueExpression, literalExpression, literalSwiftType } from "./swiftTypes.ts";

/** `public let` declarations, none when the model has no constants and no tagged root union. */
export function translateConstants(model: SchemaModel): string[] {
  const out = model.constants.map(
    (constant) => `public let ${constantName(model.name, constant.name)}: ${literalSwiftType(constant.value, model.source.integerSpellings)} = ${literalExpression(constant.value, model.source.integerSpellings)}`,
  );
  const root = model.root ? typeNamed(model, model.root.name) : undefined;
  if (root?.kind === "union" && root.rule === "tag") {
    const tags = root.variants.map(({ tag }) => tag);
    // String tags as Strings; a union tagged by numbers or booleans lists them as JSON values.
    const strings = tags.every((tag): tag is string => typeof tag === "string");
    out.push(
      `/// Every ${stringLiteral(root.property)} value ${root.name} knows, in schema order.`,
      strings
        ? `public let ${rootTagsConstantName(root.name)}: [String] = [${tags.map(stringLiteral).join(", ")}]`
        : `public let ${rootTagsConstantName(root.name)}: [JSONValue] = [${tags.map((tag) => jsonValueExpression(tag, model.source.integerSpellings)).join(", ")}]`,
    );
  }
  return out;
}
