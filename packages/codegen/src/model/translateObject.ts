// `type: "object"` → a record (an object used as a map) or a named object type with its properties,
// its rule for extra keys and its conditional requirements.
import { childPointer, CodegenError } from "../errors.ts";
import type { JsonValue } from "../json/types.ts";
import { inlineTypeName } from "../naming/typeNames.ts";
import { isAnnotation, MATCH_ANY_KEY_PATTERNS } from "./keywords.ts";
import type { LiftOptions, ModelBuilderContext, Schema } from "./modelBuilderContext.ts";
import { annotationsOf, liftedShapeKey, requiredList } from "./schemaFacts.ts";
import type { ObjectType, Property, RequiredWhen, TypeRef } from "./types.ts";

export function translateObject(context: ModelBuilderContext, schema: Schema, pointer: string, nameHint: string, options: LiftOptions): TypeRef {
  const declared = (schema.properties ?? {}) as Record<string, JsonValue>;
  const patterns = schema.patternProperties as Record<string, JsonValue> | undefined;
  const additional = schema.additionalProperties;
  const valuesName = inlineTypeName(nameHint, { kind: "values" });
  if (patterns !== undefined) {
    const keys = Object.keys(patterns);
    const at = childPointer(pointer, "patternProperties");
    if (keys.length !== 1 || !MATCH_ANY_KEY_PATTERNS.has(keys[0]!) || Object.keys(declared).length > 0 || additional !== undefined) {
      throw new CodegenError(at, "patternProperties is supported only as a record: one match-everything pattern and no properties");
    }
    return { kind: "record", values: context.translateChild(patterns[keys[0]!], childPointer(at, keys[0]!), valuesName) };
  }
  if (Object.keys(declared).length === 0 && additional !== false && !("if" in schema)) {
    if (additional === undefined || additional === true) return { kind: "record", values: { kind: "unknown" } };
    return { kind: "record", values: context.translateChild(additional, childPointer(pointer, "additionalProperties"), valuesName) };
  }
  return context.liftShape(liftedShapeKey(schema, pointer)!, pointer, nameHint, options, () => buildObjectType(context, schema, pointer, nameHint));
}

function buildObjectType(context: ModelBuilderContext, schema: Schema, pointer: string, name: string): ObjectType {
  const declared = (schema.properties ?? {}) as Record<string, JsonValue>;
  const requiredKeys = requiredList(schema.required, childPointer(pointer, "required"));
  for (const key of requiredKeys) {
    if (!(key in declared)) {
      throw new CodegenError(childPointer(pointer, "required"), `required property "${key}" is not declared in "properties"`);
    }
  }
  const properties: Property[] = Object.entries(declared).map(([propertyName, propertySchema]) => {
    const at = childPointer(pointer, "properties", propertyName);
    const checked = context.expectSchema(propertySchema, at);
    return {
      name: propertyName,
      type: context.translate(checked, at, inlineTypeName(name, { kind: "property", property: propertyName })),
      required: requiredKeys.includes(propertyName),
      pointer: at,
      ...annotationsOf(checked),
      ...("default" in checked ? { default: checked.default } : {}),
    };
  });
  const additional = schema.additionalProperties;
  const additionalProperties =
    additional === false
      ? false
      : additional === undefined || additional === true
        ? ({ kind: "unknown" } as const)
        : context.translateChild(additional, childPointer(pointer, "additionalProperties"), inlineTypeName(name, { kind: "values" }));
  return {
    kind: "object",
    name,
    pointer,
    properties,
    bases: [],
    patternProperties: [],
    additionalProperties,
    requiredWhen: readRequiredWhen(schema, pointer, Object.keys(declared)),
    ...annotationsOf(schema),
  };
}

/** `if: {properties: {P: {const: V}}, required: [P]}, then: {required: [...]}`: the one conditional form. */
function readRequiredWhen(schema: Schema, pointer: string, declared: readonly string[]): RequiredWhen[] {
  if (!("if" in schema)) return [];
  const condition = schema.if as Schema | undefined;
  const consequence = schema.then as Schema | undefined;
  const unsupported = () =>
    new CodegenError(
      childPointer(pointer, "if"),
      'only "if": {"properties": {P: {"const": V}}, "required": [P]} with "then": {"required": [...]} is supported',
    );
  if (typeof condition !== "object" || condition === null || typeof consequence !== "object" || consequence === null) throw unsupported();
  const conditionProperties = (condition.properties ?? {}) as Record<string, Schema>;
  const names = Object.keys(conditionProperties);
  const extraKeys = Object.keys(condition).filter((key) => key !== "properties" && key !== "required");
  const property = names[0];
  if (names.length !== 1 || property === undefined || extraKeys.length > 0 || !("const" in conditionProperties[property]!)) throw unsupported();
  if (!requiredList(condition.required, pointer).includes(property)) throw unsupported();
  const thenKeys = Object.keys(consequence).filter((key) => !isAnnotation(key));
  if (thenKeys.length !== 1 || thenKeys[0] !== "required") throw unsupported();
  const require = requiredList(consequence.required, childPointer(pointer, "then", "required"));
  for (const key of [property, ...require]) {
    if (!declared.includes(key)) {
      throw new CodegenError(childPointer(pointer, "if"), `conditional rule names "${key}", which is not a declared property`);
    }
  }
  return [{ property, equals: conditionProperties[property]!.const!, require, pointer: childPointer(pointer, "if") }];
}
