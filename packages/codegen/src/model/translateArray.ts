// An array schema → an array of one item type, or a tuple: items with types of their own by
// position (`prefixItems` in 2020-12, `items` as a list before it) and a rule for the rest
// (`items` / `additionalItems`; `false`, or a `maxItems` no longer than the prefix, forbids more).
// `items: false` alone is the empty array.
import { childPointer } from "../errors.ts";
import type { JsonValue } from "../json/types.ts";
import { inlineTypeName } from "../naming/typeNames.ts";
import type { ModelBuilderContext, Schema } from "./modelBuilderContext.ts";
import { arrayConstraints, partDescription } from "./schemaFacts.ts";
import type { TypeRef } from "./types.ts";

export function translateArray(context: ModelBuilderContext, schema: Schema, pointer: string, nameHint: string): TypeRef {
  const modern = context.dialect === "2020-12";
  // 2020-12 spells the tuple `prefixItems` + `items`; earlier drafts `items: [...]` + `additionalItems`.
  // A 2020-12 document still using the list form is read as the earlier one meant it.
  const prefixKeyword = modern && Array.isArray(schema.prefixItems) ? "prefixItems" : Array.isArray(schema.items) ? "items" : undefined;
  const prefix = prefixKeyword === undefined ? undefined : (schema[prefixKeyword] as JsonValue[]);
  const restKeyword = prefixKeyword === "prefixItems" ? "items" : prefixKeyword === "items" ? "additionalItems" : "items";
  const rest = schema[restKeyword];
  const constraints = arrayConstraints(schema);
  const itemName = inlineTypeName(nameHint, { kind: "items" });
  if (prefix === undefined) {
    if (rest === false) return { kind: "tuple", prefixItems: [], rest: false, constraints };
    const items = context.translate(rest ?? true, context.pointerOf(rest, childPointer(pointer, "items")), itemName);
    const itemsDescription = partDescription(rest, items);
    return { kind: "array", items, constraints, ...(itemsDescription === undefined ? {} : { itemsDescription }) };
  }
  const prefixItems = prefix.map((item, index) =>
    context.translate(item, context.pointerOf(item, childPointer(pointer, prefixKeyword!, index)), inlineTypeName(nameHint, { kind: "tupleItem", index })),
  );
  // A `maxItems` no longer than the prefix admits no item after it, whatever the rest's rule says:
  // `prefixItems` of two strings with `maxItems: 2` is the pair alone (a Swift tuple kept an unused
  // JSONValue rest type for it, `JSONTuple2<String, String, JSONValue>`).
  const noMore = rest === false || (constraints.maxItems !== undefined && constraints.maxItems <= prefix.length);
  const restType = noMore ? false : context.translate(rest ?? true, context.pointerOf(rest, childPointer(pointer, restKeyword)), itemName);
  const prefixItemsDescriptions = prefix.map((item, index) => partDescription(item, prefixItems[index]!));
  const described = prefixItemsDescriptions.some((description) => description !== undefined);
  const restDescription = restType === false ? undefined : partDescription(rest, restType);
  return { kind: "tuple", prefixItems, rest: restType, constraints, ...(described ? { prefixItemsDescriptions } : {}), ...(restDescription === undefined ? {} : { restDescription }) };
}
