// Module-level tables about the root union, for code that handles its variants by tag (the recording
// server's views): tag → variant serializer (`<ROOT>_SERIALIZERS`), every tag in union order
// (`<ROOT>_TYPES`), and tag → the variant's own field names (`<ROOT>_PAYLOAD_FIELDS`), i.e. those
// beyond the shared base fields and the tag itself. Only a union tagged by a property has tags to key
// them by (strings, numbers or booleans, as Python values).
import type { ObjectType, TagVariant, UnionType, UnionVariant } from "../../model/types.ts";
import { sharedPropertyNames, type BaseSerializer } from "./baseSerializer.ts";
import type { SerializerModuleContext } from "./moduleContext.ts";
import { rootTableNames, serializerName } from "./naming.ts";
import { atom, dict, layout, pyString, pyValue, tuple, type PyExpr } from "./pyexpr.ts";

export function translateRootTables(
  root: UnionType,
  base: BaseSerializer | undefined,
  payloadFieldsName: string | undefined,
  context: SerializerModuleContext,
): string[] {
  if (root.rule !== "tag") return [];
  const { property } = root;
  const names = rootTableNames(root.name, payloadFieldsName);
  const tag = ({ tag }: TagVariant) => pyValue(tag, context.integerSpellings);
  // Python's dict keys meet where JSON's values do not (True == 1): such tags get no tables.
  const keys = new Set(root.variants.map(({ tag }) => (typeof tag === "boolean" ? Number(tag) : tag)));
  if (keys.size < root.variants.length) return [];

  const serializers = root.variants.flatMap((variant): [PyExpr, PyExpr][] => {
    const object = variantObject(variant, context);
    return object ? [[tag(variant), atom(serializerName(object.name))]] : [];
  });
  const shared = sharedPropertyNames(base);
  const payloadFields = root.variants.map((variant): [PyExpr, PyExpr] => {
    const own = (variantObject(variant, context)?.properties ?? [])
      .map((property) => property.name)
      .filter((name) => !shared.has(name) && name !== property);
    return [tag(variant), tuple(own.map((name) => atom(pyString(name))))];
  });

  return [
    `# ${root.name} variant serializers by \`${property}\`.`,
    ...layout(`${names.serializers} = `, dict(serializers), "", 0),
    "",
    ...layout(`${names.types} = `, tuple(root.variants.map(tag)), "", 0),
    "",
    `# Each ${root.name} type's own fields (beyond the shared ones and \`${property}\`).`,
    ...layout(`${names.payloadFields} = `, dict(payloadFields), "", 0),
  ];
}

function variantObject(variant: UnionVariant, context: SerializerModuleContext): ObjectType | undefined {
  if (variant.type.kind !== "named") return undefined;
  const type = context.typeNamed(variant.type.name);
  return type.kind === "object" ? type : undefined;
}
