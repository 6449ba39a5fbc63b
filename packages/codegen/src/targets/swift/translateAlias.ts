// A model alias: a `typealias` of the Swift type it names.
import { documentation } from "../../model/schemaModel.ts";
import type { AliasType } from "../../model/types.ts";
import { docComment } from "./swiftSyntax.ts";
import { swiftType } from "./swiftTypes.ts";

export function translateAlias(type: AliasType): string[] {
  return [...docComment(documentation(type), ""), `public typealias ${type.name} = ${swiftType(type.type)}`];
}
