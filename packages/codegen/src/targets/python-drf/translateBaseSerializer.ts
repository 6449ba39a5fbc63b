// The class holding the fields every root union variant shares (baseSerializer.ts decides which).
import type { BaseSerializer } from "./baseSerializer.ts";
import type { TranslationContext } from "./context.ts";
import { translateObjectBody } from "./translateObject.ts";

export function translateBaseSerializer(base: BaseSerializer, context: TranslationContext): string[] {
  return [
    `class ${base.className}(_StrictSerializer):`,
    ...translateObjectBody(`The fields every ${base.root.name} variant shares.`, base.shared.properties, false, base.shared.requiredWhen, context),
  ];
}
