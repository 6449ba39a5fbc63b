// A union → a serializer that picks the variant's field by the union's discriminator and validates
// with it: the tag property's value (`_TaggedUnion`), the JSON type (`_JsonTypeUnion`) or the one key
// only that variant requires (`_RequiredKeyUnion`). `_variants` maps that key to the variant's field.
import type { UnionType, UnionVariant } from "../../model/types.ts";
import { classBody, typeDocstring } from "./comments.ts";
import type { TranslationContext } from "./context.ts";
import { serializerName } from "./naming.ts";
import { atom, dict, layout, pyString, type PyExpr } from "./pyexpr.ts";
import { translateField } from "./translateField.ts";

export function translateUnion(type: UnionType, context: TranslationContext): string[] {
  const entries = type.variants.map((variant): [PyExpr, PyExpr] => [
    atom(pyString(dispatchKey(type, variant))),
    translateField(variant.type, {}, context),
  ]);
  const [classLine, ...attributes] = classHeader(type);
  return [classLine!, ...classBody(typeDocstring(type), [...attributes, ...layout("_variants: ClassVar[dict] = ", dict(entries), "", 4)])];
}

function dispatchKey(type: UnionType, variant: UnionVariant): string {
  switch (type.discriminator.kind) {
    case "property":
      return variant.tag!;
    case "jsonType":
      return variant.jsonType!;
    case "requiredKey":
      return variant.requiredKey!;
  }
}

function classHeader(type: UnionType): string[] {
  const name = serializerName(type.name);
  const discriminator = type.discriminator;
  switch (discriminator.kind) {
    case "property":
      return [`class ${name}(_TaggedUnion):`, ...layout("_discriminator = ", atom(pyString(discriminator.property)), "", 4)];
    case "jsonType":
      return [`class ${name}(_JsonTypeUnion):`];
    case "requiredKey":
      return [`class ${name}(_RequiredKeyUnion):`];
  }
}
