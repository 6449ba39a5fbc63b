// A string enum → a `_Choice` field class listing its values; properties of that type instantiate it.
import type { EnumType } from "../../model/types.ts";
import { classBody, typeDocstring } from "./comments.ts";
import { enumFieldName } from "./naming.ts";
import { atom, layout, pyString, tuple } from "./pyexpr.ts";

export function translateEnum(type: EnumType): string[] {
  return [
    `class ${enumFieldName(type.name)}(_Choice):`,
    ...classBody(typeDocstring(type), layout("_values = ", tuple(type.values.map((value) => atom(pyString(value)))), "", 4)),
  ];
}
