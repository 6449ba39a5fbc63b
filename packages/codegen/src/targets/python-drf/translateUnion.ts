// A union → a serializer that picks the variant's field by the union's rule and validates with it:
// the tag property's value (`_TaggedUnion`), the JSON type (`_JsonTypeUnion`) or the key present
// (`_RequiredKeyUnion`). `_variants` maps that selector to the variant's field.
import type { UnionType } from "../../model/types.ts";
import { notRenderedYet } from "../notRenderedYet.ts";
import { classBody, typeDocstring } from "./comments.ts";
import type { SerializerModuleContext } from "./moduleContext.ts";
import { serializerName } from "./naming.ts";
import { atom, dict, layout, pyString, type PyExpr } from "./pyexpr.ts";
import { translateField } from "./translateField.ts";

export function translateUnion(type: UnionType, context: SerializerModuleContext): string[] {
  const lines = translateUnionClass(type, context);
  return [lines[0]!, ...classBody(typeDocstring(type), lines.slice(1))];
}

/** The class line, then its attributes (before the docstring goes in). */
function translateUnionClass(type: UnionType, context: SerializerModuleContext): string[] {
  const name = serializerName(type.name);
  const variants = (selectors: readonly string[]): string[] => {
    const entries = type.variants.map((variant, i): [PyExpr, PyExpr] => [atom(pyString(selectors[i]!)), translateField(variant.type, {}, context)]);
    return layout("_variants: ClassVar[dict] = ", dict(entries), "", 4);
  };
  switch (type.rule) {
    case "tag": {
      const tags = type.variants.map(({ tag }) => (typeof tag === "string" ? tag : notRenderedYet("python-drf", "a union tagged by a non-string constant")));
      return [`class ${name}(_TaggedUnion):`, ...layout("_discriminator = ", atom(pyString(type.property)), "", 4), ...variants(tags)];
    }
    case "jsonType":
      return [`class ${name}(_JsonTypeUnion):`, ...variants(type.variants.map((variant) => variant.jsonType))];
    case "keyPresence": {
      // `_RequiredKeyUnion` dispatches on one key per variant and requires exactly one of them: the
      // contract's rule (first variant whose keys are all present) for closed objects, whose keys
      // exclude each other. Several keys, or none, need the general rule.
      const keys = type.variants.map(({ keys }) => (keys.length === 1 ? keys[0]! : notRenderedYet("python-drf", "a key-presence variant selected by several keys, or none")));
      return [`class ${name}(_RequiredKeyUnion):`, ...variants(keys)];
    }
    case "firstMatch":
      return notRenderedYet("python-drf", "a union told apart by first match");
  }
}
