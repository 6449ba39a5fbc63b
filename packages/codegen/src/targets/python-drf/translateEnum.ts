// An enum → a `_Choice` field class listing its values (strings, numbers or booleans; support.py
// compares them as JSON does); properties of that type instantiate it. An open enum also names, as
// `_other`, the field every value beyond the listed ones must pass.
import type { EnumType } from "../../model/types.ts";
import { classBody, typeDocstring } from "./comments.ts";
import type { SerializerModuleContext } from "./moduleContext.ts";
import { enumFieldName } from "./naming.ts";
import { layout, pyValue, tuple } from "./pyexpr.ts";
import { translateField } from "./translateField.ts";

export function translateEnum(type: EnumType, context: SerializerModuleContext): string[] {
  return [
    `class ${enumFieldName(type.name)}(_Choice):`,
    ...classBody(typeDocstring(type, context.source), [
      ...layout("_values = ", tuple(type.values.map((value) => pyValue(value, context.integerSpellings))), "", 4),
      ...(type.otherValues ? layout("_other = ", translateField(type.otherValues, {}, context), "", 4) : []),
    ]),
  ];
}
