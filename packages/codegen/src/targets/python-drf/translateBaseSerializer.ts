// The class holding the fields every root union variant shares (baseSerializer.ts decides which).
import type { BaseSerializer } from "./baseSerializer.ts";
import type { SerializerModuleContext } from "./moduleContext.ts";
import { translateObjectBody } from "./translateObject.ts";

export function translateBaseSerializer(base: BaseSerializer, context: SerializerModuleContext): string[] {
  return [
    `class ${base.className}(_StrictSerializer):`,
    ...translateObjectBody(`The fields every ${base.root.name} variant shares.`, base.shared.properties, false, base.shared.requiredWhen, context),
  ];
}
