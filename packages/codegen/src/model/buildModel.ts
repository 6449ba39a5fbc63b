// JSON Schema document → normalized model. Every decision about names, nullability and how union
// variants are told apart is made here, once, for all targets.
//
// Steps: register the document's definitions under their type names; translate each definition,
// lifting inline objects, unions and enums into named types (an inline schema identical to one already
// named reuses that name); then resolve the document's root and constants.
import { childPointer, CodegenError } from "../errors.ts";
import { stableKey } from "../json/stable.ts";
import type { JsonValue } from "../json/types.ts";
import { definitionTypeName, inlineTypeName, variantNameFromValue, type InlinePlace } from "../naming/typeNames.ts";
import { pascalCase } from "../naming/words.ts";
import { constantString, discriminateUnion } from "./discriminateUnion.ts";
import { ANNOTATION_KEYWORDS, isKnownKeyword, MATCH_ANY_KEY_PATTERNS } from "./keywords.ts";
import type {
  ArrayConstraints,
  Constant,
  JsonType,
  NamedType,
  NamedTypeRef,
  NumberConstraints,
  ObjectType,
  Property,
  RequiredWhen,
  SchemaModel,
  SourceDocument,
  StringConstraints,
  TypeRef,
  UnionType,
  UnionVariant,
} from "./types.ts";

type Schema = { readonly [key: string]: JsonValue };

export interface BuildModelOptions {
  /** The model's name; defaults to the document title (or "Schema") in PascalCase. */
  readonly name?: string;
}

export function buildModel(source: SourceDocument, options: BuildModelOptions = {}): SchemaModel {
  try {
    return new ModelBuilder(source).build(options);
  } catch (error) {
    throw error instanceof CodegenError ? error.withOrigin(source.origin) : error;
  }
}

const CONSTANTS_KEYWORD = "x-clone-constants";
const ROOT_KEYWORDS = new Set(["definitions", "$defs", CONSTANTS_KEYWORD]);

class ModelBuilder {
  private readonly definitions: Map<string, { typeName: string; pointer: string; schema: Schema }> = new Map();
  private readonly definitionTypes: NamedType[] = [];
  private readonly inlineTypes: NamedType[] = [];
  /** Type name → pointer of whatever claimed it, for collision messages. */
  private readonly claimedNames = new Map<string, string>();
  /** Structural identity of a lifted schema → the name it was given. */
  private readonly namesByShape = new Map<string, string>();

  constructor(private readonly source: SourceDocument) {}

  build(options: BuildModelOptions): SchemaModel {
    const { document, definitionsKey } = this.source;
    const definitions = (document[definitionsKey] ?? {}) as Record<string, JsonValue>;
    for (const [definitionName, schema] of Object.entries(definitions)) {
      const pointer = childPointer("", definitionsKey, definitionName);
      const typeName = definitionTypeName(definitionName);
      this.claimName(typeName, pointer, `definition "${definitionName}"`);
      const checked = this.expectSchema(schema, pointer);
      this.definitions.set(definitionName, { typeName, pointer, schema: checked });
      const shape = liftedShapeKey(checked);
      if (shape !== undefined && !this.namesByShape.has(shape)) this.namesByShape.set(shape, typeName);
    }
    for (const { typeName, pointer, schema } of this.definitions.values()) {
      this.definitionTypes.push(this.translateDefinition(typeName, schema, pointer));
    }
    const name = options.name || (typeof document.title === "string" && pascalCase(document.title)) || "Schema";
    const root = this.translateRoot(name);
    return {
      name,
      source: this.source,
      types: [...this.definitionTypes, ...this.inlineTypes],
      ...(root ? { root } : {}),
      constants: this.readConstants(),
    };
  }

  // ---- definitions and the root -------------------------------------------------------------------

  private translateDefinition(typeName: string, schema: Schema, pointer: string): NamedType {
    const type = this.translate(schema, pointer, typeName, { asDefinition: true });
    if (type.kind === "named" && type.name === typeName) return this.takeLifted(typeName);
    if (type.kind === "nullable" && type.type.kind === "named" && type.type.name === typeName) {
      // `Foo: X | null` lifted X under Foo's own name; X becomes FooValue and Foo the nullable alias.
      const valueName = `${typeName}Value`;
      this.claimName(valueName, pointer, "non-null part of a nullable definition");
      const lifted = this.takeLifted(typeName);
      for (const [shape, name] of this.namesByShape) if (name === typeName) this.namesByShape.set(shape, valueName);
      this.inlineTypes.push({ ...lifted, name: valueName, origin: "inline" });
      return { kind: "alias", name: typeName, pointer, origin: "definition", type: { kind: "nullable", type: { kind: "named", name: valueName } }, ...descriptionOf(schema) };
    }
    return { kind: "alias", name: typeName, pointer, origin: "definition", type, ...descriptionOf(schema) };
  }

  /** The definition itself was lifted under its own name while translating; move it to its place. */
  private takeLifted(typeName: string): NamedType {
    const index = this.inlineTypes.findIndex((type) => type.name === typeName);
    const [lifted] = this.inlineTypes.splice(index, 1);
    return { ...lifted!, origin: "definition" };
  }

  private translateRoot(rootName: string): NamedTypeRef | undefined {
    const rootSchema = Object.fromEntries(
      Object.entries(this.source.document).filter(([key]) => !ROOT_KEYWORDS.has(key)),
    ) as Schema;
    const structural = Object.keys(rootSchema).some((key) => !isAnnotation(key) && !key.startsWith("x-"));
    if (!structural) return undefined;
    const type = this.translate(rootSchema, "", rootName);
    if (type.kind === "named") return type;
    throw new CodegenError("", "the document's top level must be a union, an object or a $ref to a definition");
  }

  private readConstants(): Constant[] {
    const raw = this.source.document[CONSTANTS_KEYWORD];
    if (raw === undefined) return [];
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
      throw new CodegenError(`/${CONSTANTS_KEYWORD}`, "must be an object of name → string, number or boolean");
    }
    return Object.entries(raw).map(([name, value]) => {
      if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") {
        throw new CodegenError(childPointer(`/${CONSTANTS_KEYWORD}`, name), "a constant must be a string, number or boolean");
      }
      return { name, value };
    });
  }

  // ---- the dispatcher -----------------------------------------------------------------------------

  /**
   * Translates one schema. `nameHint` is the name the schema gets if it has to be lifted into a named
   * type; `asDefinition` means the schema is a definition's own and must not be matched to itself.
   */
  private translate(schema: Schema, pointer: string, nameHint: string, context: { asDefinition?: boolean } = {}): TypeRef {
    this.checkKeywords(schema, pointer);
    if ("$ref" in schema) return this.translateRef(schema, pointer, nameHint);
    if ("allOf" in schema) return this.translateAllOf(schema, pointer, nameHint);
    if ("const" in schema) return literal(schema.const, pointer);
    if ("enum" in schema) return this.translateEnum(schema, pointer, nameHint, context);
    if ("anyOf" in schema || "oneOf" in schema) return this.translateUnion(schema, pointer, nameHint, context);
    const type = schema.type;
    if (Array.isArray(type)) return this.translateTypeList(schema, type, pointer, nameHint, context);
    switch (type) {
      case "string":
        return { kind: "string", constraints: stringConstraints(schema, pointer) };
      case "integer":
      case "number":
        return { kind: type, constraints: numberConstraints(schema, pointer) };
      case "boolean":
        return { kind: "boolean" };
      case "array":
        return this.translateArray(schema, pointer, nameHint);
      case "object":
        return this.translateObject(schema, pointer, nameHint, context);
      case "null":
        throw new CodegenError(pointer, 'a schema that only allows null is not supported outside a union ("T | null")');
      case undefined:
        if ("properties" in schema || "patternProperties" in schema || "additionalProperties" in schema) {
          return this.translateObject(schema, pointer, nameHint, context);
        }
        if ("items" in schema) return this.translateArray(schema, pointer, nameHint);
        return { kind: "unknown" };
      default:
        throw new CodegenError(childPointer(pointer, "type"), `unknown type ${JSON.stringify(type)}`);
    }
  }

  private checkKeywords(schema: Schema, pointer: string): void {
    for (const keyword of Object.keys(schema)) {
      if (!isKnownKeyword(keyword)) {
        throw new CodegenError(childPointer(pointer, keyword), `unsupported keyword "${keyword}": the model cannot represent it`);
      }
    }
    if ("then" in schema && !("if" in schema)) {
      throw new CodegenError(childPointer(pointer, "then"), '"then" without "if"');
    }
  }

  // ---- references and composition -----------------------------------------------------------------

  private translateRef(schema: Schema, pointer: string, nameHint: string): TypeRef {
    const ref = schema.$ref;
    const at = childPointer(pointer, "$ref");
    if (typeof ref !== "string") throw new CodegenError(at, "$ref must be a string");
    const siblings = Object.keys(schema).filter((key) => key !== "$ref" && !isAnnotation(key) && !key.startsWith("x-"));
    if (siblings.length > 0) {
      throw new CodegenError(pointer, `$ref next to ${siblings.map((s) => `"${s}"`).join(", ")} is not supported`);
    }
    if (!ref.startsWith("#")) throw new CodegenError(at, `$ref "${ref}" points outside this document; only local refs are supported`);
    const tokens = decodePointer(ref.slice(1), at);
    const [container, definitionName, ...rest] = tokens;
    if (container === this.source.definitionsKey && definitionName !== undefined && rest.length === 0) {
      const definition = this.definitions.get(definitionName);
      if (!definition) throw new CodegenError(at, `$ref "${ref}" does not resolve: no definition "${definitionName}"`);
      return { kind: "named", name: definition.typeName };
    }
    const target = resolvePointer(this.source.document, tokens);
    if (target === undefined) throw new CodegenError(at, `$ref "${ref}" does not resolve`);
    return this.translate(this.expectSchema(target, ref.slice(1)), ref.slice(1), nameHint);
  }

  private translateAllOf(schema: Schema, pointer: string, nameHint: string): TypeRef {
    const parts = schema.allOf;
    const others = Object.keys(schema).filter((key) => key !== "allOf" && !isAnnotation(key));
    if (!Array.isArray(parts) || parts.length !== 1 || others.length > 0) {
      throw new CodegenError(childPointer(pointer, "allOf"), "allOf is supported only with a single schema and no sibling keywords");
    }
    return this.translate(this.expectSchema(parts[0], childPointer(pointer, "allOf", 0)), childPointer(pointer, "allOf", 0), nameHint);
  }

  private translateTypeList(schema: Schema, types: JsonValue[], pointer: string, nameHint: string, context: { asDefinition?: boolean }): TypeRef {
    const rest = Object.fromEntries(Object.entries(schema).filter(([key]) => key !== "type"));
    const variants = types.map((type) => ({ ...rest, type }));
    return this.translateUnion({ anyOf: variants }, pointer, nameHint, context);
  }

  // ---- objects ---------------------------------------------------------------------------------------

  private translateObject(schema: Schema, pointer: string, nameHint: string, context: { asDefinition?: boolean }): TypeRef {
    const declared = (schema.properties ?? {}) as Record<string, JsonValue>;
    const patterns = schema.patternProperties as Record<string, JsonValue> | undefined;
    const additional = schema.additionalProperties;
    if (patterns !== undefined) {
      const keys = Object.keys(patterns);
      const at = childPointer(pointer, "patternProperties");
      if (keys.length !== 1 || !MATCH_ANY_KEY_PATTERNS.has(keys[0]!) || Object.keys(declared).length > 0 || additional !== undefined) {
        throw new CodegenError(at, "patternProperties is supported only as a record: one match-everything pattern and no properties");
      }
      const valuePointer = childPointer(at, keys[0]!);
      return { kind: "record", values: this.translateChild(patterns[keys[0]!], valuePointer, inlineTypeName(nameHint, { kind: "values" })) };
    }
    if (Object.keys(declared).length === 0 && additional !== false && !("if" in schema)) {
      if (additional === undefined || additional === true) return { kind: "record", values: { kind: "unknown" } };
      const at = childPointer(pointer, "additionalProperties");
      return { kind: "record", values: this.translateChild(additional, at, inlineTypeName(nameHint, { kind: "values" })) };
    }
    return this.lift(schema, pointer, nameHint, context, () => this.buildObjectType(schema, pointer, nameHint));
  }

  private buildObjectType(schema: Schema, pointer: string, name: string): ObjectType {
    const declared = (schema.properties ?? {}) as Record<string, JsonValue>;
    const requiredKeys = this.requiredList(schema.required, childPointer(pointer, "required"));
    for (const key of requiredKeys) {
      if (!(key in declared)) {
        throw new CodegenError(childPointer(pointer, "required"), `required property "${key}" is not declared in "properties"`);
      }
    }
    const properties: Property[] = Object.entries(declared).map(([propertyName, propertySchema]) => {
      const at = childPointer(pointer, "properties", propertyName);
      const checked = this.expectSchema(propertySchema, at);
      const place: InlinePlace = { kind: "property", property: propertyName };
      return {
        name: propertyName,
        type: this.translate(checked, at, inlineTypeName(name, place)),
        required: requiredKeys.includes(propertyName),
        pointer: at,
        ...descriptionOf(checked),
        ...("default" in checked ? { default: checked.default } : {}),
      };
    });
    const additional = schema.additionalProperties;
    const additionalProperties =
      additional === false
        ? false
        : additional === undefined || additional === true
          ? ({ kind: "unknown" } as const)
          : this.translateChild(additional, childPointer(pointer, "additionalProperties"), inlineTypeName(name, { kind: "values" }));
    return {
      kind: "object",
      name,
      pointer,
      origin: "inline",
      properties,
      additionalProperties,
      requiredWhen: this.readRequiredWhen(schema, pointer, Object.keys(declared)),
      ...descriptionOf(schema),
    };
  }

  /** `if: {properties: {P: {const: V}}, required: [P]}, then: {required: [...]}`: the one conditional form. */
  private readRequiredWhen(schema: Schema, pointer: string, declared: readonly string[]): RequiredWhen[] {
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
    if (!this.requiredList(condition.required, pointer).includes(property)) throw unsupported();
    const thenKeys = Object.keys(consequence).filter((key) => !isAnnotation(key));
    if (thenKeys.length !== 1 || thenKeys[0] !== "required") throw unsupported();
    const require = this.requiredList(consequence.required, childPointer(pointer, "then", "required"));
    for (const key of [property, ...require]) {
      if (!declared.includes(key)) {
        throw new CodegenError(childPointer(pointer, "if"), `conditional rule names "${key}", which is not a declared property`);
      }
    }
    return [{ property, equals: conditionProperties[property]!.const!, require, pointer: childPointer(pointer, "if") }];
  }

  private requiredList(value: JsonValue | undefined, pointer: string): string[] {
    if (value === undefined) return [];
    if (!Array.isArray(value) || !value.every((key): key is string => typeof key === "string")) {
      throw new CodegenError(pointer, "must be an array of property names");
    }
    return value;
  }

  // ---- arrays, enums and unions -------------------------------------------------------------------

  private translateArray(schema: Schema, pointer: string, nameHint: string): TypeRef {
    const items = schema.items;
    if (Array.isArray(items)) throw new CodegenError(childPointer(pointer, "items"), "tuple arrays (items as a list) are not supported");
    const itemType =
      items === undefined ? ({ kind: "unknown" } as const) : this.translateChild(items, childPointer(pointer, "items"), inlineTypeName(nameHint, { kind: "items" }));
    return { kind: "array", items: itemType, constraints: arrayConstraints(schema, pointer) };
  }

  private translateEnum(schema: Schema, pointer: string, nameHint: string, context: { asDefinition?: boolean }): TypeRef {
    const values = schema.enum;
    const at = childPointer(pointer, "enum");
    if (!Array.isArray(values) || values.length === 0) throw new CodegenError(at, "enum must be a non-empty array");
    const nonNull = values.filter((value) => value !== null);
    const nullable = nonNull.length < values.length;
    let type: TypeRef;
    if (nonNull.length === 1) type = literal(nonNull[0]!, at);
    else if (nonNull.every((value): value is string => typeof value === "string")) type = this.liftEnum(nonNull, pointer, nameHint, context);
    else throw new CodegenError(at, "an enum of several non-string values is not supported");
    return nullable ? { kind: "nullable", type } : type;
  }

  private liftEnum(values: string[], pointer: string, nameHint: string, context: { asDefinition?: boolean }): TypeRef {
    if (new Set(values).size !== values.length) throw new CodegenError(pointer, "enum values must be distinct");
    return this.liftShape(enumShapeKey(values), pointer, nameHint, context, () => ({
      kind: "enum",
      name: nameHint,
      pointer,
      origin: "inline",
      values,
    }));
  }

  private translateUnion(schema: Schema, pointer: string, nameHint: string, context: { asDefinition?: boolean }): TypeRef {
    const keyword = "anyOf" in schema ? "anyOf" : "oneOf";
    const others = Object.keys(schema).filter((key) => key !== keyword && key !== "discriminator" && !isAnnotation(key) && key !== "type");
    if ("anyOf" in schema && "oneOf" in schema) throw new CodegenError(pointer, "anyOf and oneOf together are not supported");
    if (others.length > 0) {
      throw new CodegenError(pointer, `${keyword} next to ${others.map((key) => `"${key}"`).join(", ")} is not supported`);
    }
    const raw = schema[keyword];
    if (!Array.isArray(raw) || raw.length === 0) throw new CodegenError(childPointer(pointer, keyword), "must be a non-empty array");
    const entries = raw.map((variant, index) => {
      const at = childPointer(pointer, keyword, index);
      return { at, schema: this.expectSchema(variant, at) };
    });
    const isNull = (variant: Schema) => variant.type === "null" || (variant.const === null && "const" in variant);
    const nonNull = entries.filter((entry) => !isNull(entry.schema));
    const nullable = nonNull.length < entries.length;
    const wrap = (type: TypeRef): TypeRef => (nullable ? { kind: "nullable", type } : type);
    if (nonNull.length === 0) throw new CodegenError(pointer, "a union of only null is not supported");
    if (nonNull.length === 1) return wrap(this.translate(nonNull[0]!.schema, nonNull[0]!.at, nameHint, context));

    const strings = nonNull.map((entry) => constantString(entry.schema));
    if (strings.every((value): value is string => value !== undefined)) {
      return wrap(this.liftEnum(strings, pointer, nameHint, context));
    }
    const openString = this.asOpenString(nonNull.map((entry) => entry.schema), pointer);
    if (openString) return wrap(openString);

    const annotation = discriminatorAnnotation(schema.discriminator, childPointer(pointer, "discriminator"));
    const shapes = nonNull.map((entry) => ({ schema: this.followRef(entry.schema, entry.at) }));
    const decision = discriminateUnion(shapes, annotation);
    if (!decision.ok) throw new CodegenError(pointer, decision.reason);
    const { discriminator, keys } = decision;
    const variantNames = keys.map((key) => variantNameFromValue(key));
    const variants: UnionVariant[] = nonNull.map((entry, index) => {
      const key = keys[index]!;
      const name = variantNames[index]!;
      if (variantNames.indexOf(name) !== index) {
        throw new CodegenError(entry.at, `name collision: variants "${keys[variantNames.indexOf(name)]}" and "${key}" both become "${name}"`);
      }
      const type = this.translate(entry.schema, entry.at, inlineTypeName(nameHint, { kind: "variant", variantName: name }));
      const match =
        discriminator.kind === "property" ? { tag: key } : discriminator.kind === "jsonType" ? { jsonType: key as JsonType } : { requiredKey: key };
      return { name, type, ...match };
    });
    const union: Omit<UnionType, "name"> = { kind: "union", pointer, origin: "inline", discriminator, variants, ...descriptionOf(schema) };
    return wrap(this.liftShape(`union:${stableKey({ discriminator, variants })}`, pointer, nameHint, context, () => ({ ...union, name: nameHint })));
  }

  /** `anyOf: [{const: "a"}, …, {type: "string"}]`: any string, some of them named. */
  private asOpenString(variants: Schema[], pointer: string): TypeRef | undefined {
    const plain = variants.filter((variant) => variant.type === "string" && !("const" in variant) && !("enum" in variant));
    if (plain.length !== 1) return undefined;
    const known = variants.filter((variant) => variant !== plain[0]).map((variant) => constantString(variant));
    if (!known.every((value): value is string => value !== undefined)) return undefined;
    return { kind: "string", constraints: stringConstraints(plain[0]!, pointer), knownValues: known };
  }

  private followRef(schema: Schema, pointer: string): Schema {
    if (typeof schema.$ref !== "string") return schema;
    const target = resolvePointer(this.source.document, decodePointer(schema.$ref.replace(/^#/, ""), pointer));
    if (target === undefined) throw new CodegenError(childPointer(pointer, "$ref"), `$ref "${schema.$ref}" does not resolve`);
    return this.followRef(this.expectSchema(target, schema.$ref.slice(1)), schema.$ref.slice(1));
  }

  // ---- lifting and naming ---------------------------------------------------------------------------

  private translateChild(schema: JsonValue | undefined, pointer: string, nameHint: string): TypeRef {
    return this.translate(this.expectSchema(schema, pointer), pointer, nameHint);
  }

  /** Lifts an object schema into a named type, reusing the name of an identical schema seen before. */
  private lift(schema: Schema, pointer: string, nameHint: string, context: { asDefinition?: boolean }, build: () => NamedType): TypeRef {
    return this.liftShape(liftedShapeKey(schema)!, pointer, nameHint, context, build);
  }

  private liftShape(shape: string, pointer: string, nameHint: string, context: { asDefinition?: boolean }, build: () => NamedType): NamedTypeRef {
    // A definition is a named concept of its own even when another has the same shape; an inline
    // schema takes the name of the first identical one (definitions are registered first).
    const existing = this.namesByShape.get(shape);
    if (existing !== undefined && !context.asDefinition) return { kind: "named", name: existing };
    if (!context.asDefinition) this.claimName(nameHint, pointer, "inline type");
    if (existing === undefined) this.namesByShape.set(shape, nameHint);
    this.inlineTypes.push(build());
    return { kind: "named", name: nameHint };
  }

  private claimName(name: string, pointer: string, label: string): void {
    const previous = this.claimedNames.get(name);
    if (previous !== undefined) {
      throw new CodegenError(pointer, `name collision: ${label} here and the type at ${previous || "/"} both become "${name}"`);
    }
    this.claimedNames.set(name, pointer);
  }

  private expectSchema(value: JsonValue | undefined, pointer: string): Schema {
    if (value === true) return {};
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      throw new CodegenError(pointer, value === false ? "the schema `false` (nothing is valid) is not supported" : "expected a schema object");
    }
    return value;
  }
}

// ---- small pure helpers -------------------------------------------------------------------------------

/**
 * The identity under which a lifted schema is shared, so that an inline copy of a definition (TypeBox
 * inlines by value) becomes a reference to it. Undefined for schemas that are never lifted.
 */
function liftedShapeKey(schema: Schema): string | undefined {
  const isObject = schema.type === "object" || (schema.type === undefined && "properties" in schema);
  if (isObject) return `object:${stableKey(schema)}`;
  const values = stringEnumValues(schema);
  return values === undefined ? undefined : enumShapeKey(values);
}

function enumShapeKey(values: readonly string[]): string {
  return `enum:${JSON.stringify(values)}`;
}

/** The values of a closed string set written as `enum` or as `anyOf`/`oneOf` of string constants. */
function stringEnumValues(schema: Schema): string[] | undefined {
  const candidates = Array.isArray(schema.enum)
    ? schema.enum
    : Array.isArray(schema.anyOf ?? schema.oneOf)
      ? ((schema.anyOf ?? schema.oneOf) as JsonValue[]).map((variant) => constantString(variant as Schema) ?? null)
      : undefined;
  if (!candidates || candidates.length < 2) return undefined;
  return candidates.every((value): value is string => typeof value === "string") ? candidates : undefined;
}

function isAnnotation(keyword: string): boolean {
  return ANNOTATION_KEYWORDS.has(keyword);
}

function descriptionOf(schema: Schema): { description?: string } {
  const text = typeof schema.description === "string" ? schema.description : typeof schema.title === "string" ? schema.title : undefined;
  return text === undefined ? {} : { description: text };
}

function literal(value: JsonValue | undefined, pointer: string): TypeRef {
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return { kind: "literal", value };
  throw new CodegenError(pointer, `a constant of ${value === null ? "null" : "this kind"} is not supported (string, number or boolean)`);
}

function discriminatorAnnotation(value: JsonValue | undefined, pointer: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "string") return value;
  if (typeof value === "object" && value !== null && !Array.isArray(value) && typeof value.propertyName === "string") return value.propertyName;
  throw new CodegenError(pointer, 'must be a property name or {"propertyName": …}');
}

function pickNumbers<K extends string>(schema: Schema, keys: readonly K[], pointer: string): Partial<Record<K, number>> {
  const out: Partial<Record<K, number>> = {};
  for (const key of keys) {
    const value = schema[key];
    if (value === undefined) continue;
    if (typeof value !== "number") throw new CodegenError(childPointer(pointer, key), `must be a number (draft-04 boolean forms are not supported)`);
    out[key] = value;
  }
  return out;
}

function stringConstraints(schema: Schema, pointer: string): StringConstraints {
  const out: { -readonly [K in keyof StringConstraints]: StringConstraints[K] } = pickNumbers(schema, ["minLength", "maxLength"], pointer);
  if (typeof schema.pattern === "string") out.pattern = schema.pattern;
  if (typeof schema.format === "string") out.format = schema.format;
  return out;
}

function numberConstraints(schema: Schema, pointer: string): NumberConstraints {
  return pickNumbers(schema, ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"], pointer);
}

function arrayConstraints(schema: Schema, pointer: string): ArrayConstraints {
  const out: { -readonly [K in keyof ArrayConstraints]: ArrayConstraints[K] } = pickNumbers(schema, ["minItems", "maxItems"], pointer);
  if (schema.uniqueItems === true) out.uniqueItems = true;
  return out;
}

function decodePointer(pointer: string, at: string): string[] {
  if (pointer === "") return [];
  if (!pointer.startsWith("/")) throw new CodegenError(at, `"#${pointer}" is not a JSON pointer`);
  return pointer
    .slice(1)
    .split("/")
    .map((token) => decodeURIComponent(token).replaceAll("~1", "/").replaceAll("~0", "~"));
}

function resolvePointer(document: JsonValue, tokens: readonly string[]): JsonValue | undefined {
  let current: JsonValue | undefined = document;
  for (const token of tokens) {
    if (typeof current !== "object" || current === null) return undefined;
    current = Array.isArray(current) ? current[Number(token)] : current[token];
  }
  return current;
}
