// An alias (a definition that is another type under its own name, e.g. `{ "type": "string" }`, or an
// array of itself) → an `_Alias` field class whose `build` makes the field of that type on first use.
// Built lazily, so an alias may contain itself (a tree of lists) and every definition has a class
// a caller can validate with by name.
import type { AliasType } from "../../model/types.ts";
import type { SerializerModuleContext } from "./moduleContext.ts";
import { aliasFieldName } from "./naming.ts";
import { layout } from "./pyexpr.ts";
import { translateField } from "./translateField.ts";

export function translateAlias(type: AliasType, context: SerializerModuleContext): string[] {
  // `build` runs once the module is loaded, when every class is defined: no reference needs `_Lazy`.
  const atRunTime: SerializerModuleContext = {
    location: context.location,
    source: context.source,
    disabledRules: context.disabledRules,
    integerSpellings: context.integerSpellings,
    typeNamed(name) {
      return context.typeNamed(name);
    },
    isDefined() {
      return true;
    },
  };
  return [`class ${aliasFieldName(type.name)}(_Alias):`, "    def build(self):", ...layout("return ", translateField(type.type, {}, atRunTime), "", 8)];
}
