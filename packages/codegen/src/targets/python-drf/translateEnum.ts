// A string enum → a `_Choice` field class listing its values; properties of that type instantiate it.
// An open enum also names, as `_other`, the field every value beyond the listed ones must pass.
import { stringEnumValues } from "../../model/schemaModel.ts";
import type { EnumType } from "../../model/types.ts";
import { notRenderedYet } from "../notRenderedYet.ts";
import { classBody, typeDocstring } from "./comments.ts";
import type { SerializerModuleContext } from "./moduleContext.ts";
import { enumFieldName } from "./naming.ts";
import { atom, layout, pyString, tuple } from "./pyexpr.ts";
import { translateField } from "./translateField.ts";

export function translateEnum(type: EnumType, context: SerializerModuleContext): string[] {
  const values = stringEnumValues(type) ?? notRenderedYet("python-drf", `an enum of ${type.valueType} values`);
  return [
    `class ${enumFieldName(type.name)}(_Choice):`,
    ...classBody(typeDocstring(type), [
      ...layout("_values = ", tuple(values.map((value) => atom(pyString(value)))), "", 4),
      ...(type.otherValues ? layout("_other = ", translateField(type.otherValues, {}, context), "", 4) : []),
    ]),
  ];
}
