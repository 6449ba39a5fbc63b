// The class holding the fields every root union variant shares (baseSerializer.ts decides which).
import type { BaseSerializer } from "./baseSerializer.ts";
import type { SerializerModuleContext } from "./moduleContext.ts";
import { translateObjectClass } from "./translateObject.ts";

export function translateBaseSerializer(base: BaseSerializer, context: SerializerModuleContext): string[] {
  const rules = { additional: false, requiredWhen: base.shared.requiredWhen, patternProperties: [], otherTypesPass: false } as const;
  return translateObjectClass(base.className, "_StrictSerializer", `The fields every ${base.root.name} variant shares.`, base.shared.properties, rules, context);
}
