// JSON Schema document → normalized model. Every decision about names, nullability and how union
// variants are told apart is made here, once, for all targets.
//
// Steps: register the document's definitions under their type names; translate each definition,
// lifting inline objects, unions and enums into named types (an inline schema identical to one already
// named reuses that name); resolve the document's root and constants; then check the result against
// the contract (validateModel.ts) before any target sees it.
import { childPointer, CodegenError } from "../errors.ts";
import type { JsonValue } from "../json/types.ts";
import { definitionTypeName, inlineTypeName } from "../naming/typeNames.ts";
import { pascalCase } from "../naming/words.ts";
import { decodePointer, resolvePointer } from "./jsonPointer.ts";
import { isAnnotation, isKnownKeyword } from "./keywords.ts";
import type { LiftOptions, ModelBuilderContext, Schema } from "./modelBuilderContext.ts";
import { annotationsOf, arrayConstraints, liftedShapeKey, literal, numberConstraints, stringConstraints } from "./schemaFacts.ts";
import { createSchemaModel } from "./schemaModel.ts";
import { translateObject } from "./translateObject.ts";
import { translateEnum, translateUnion } from "./translateUnion.ts";
import type { Constant, NamedType, NamedTypeRef, SchemaModel, SourceDocument, TypeRef } from "./types.ts";
import { validateModel } from "./validateModel.ts";

export interface BuildModelOptions {
  /** The model's name; defaults to the document title (or "Schema") in PascalCase. */
  readonly name?: string;
}

export function buildModel(source: SourceDocument, options: BuildModelOptions = {}): SchemaModel {
  try {
    const model = new ModelBuilder(source).build(options);
    validateModel(model);
    return model;
  } catch (error) {
    throw error instanceof CodegenError ? error.withLocation(source.location) : error;
  }
}

const CONSTANTS_KEYWORD = "x-clone-constants";
const ROOT_KEYWORDS = new Set(["definitions", "$defs", CONSTANTS_KEYWORD]);

class ModelBuilder implements ModelBuilderContext {
  private readonly definitions: Map<string, { typeName: string; pointer: string; schema: Schema }> = new Map();
  private readonly definitionTypes: NamedType[] = [];
  private readonly inlineTypes: NamedType[] = [];
  /** Type name → pointer of whatever claimed it, for collision messages. */
  private readonly claimedNames = new Map<string, string>();
  /** Structural identity of a lifted schema → the name it was given. */
  private readonly namesByShape = new Map<string, string>();
  /** `$ref`s to schemas that are not definitions, being translated in place: one met again is a cycle. */
  private readonly inlineRefsInProgress = new Set<string>();

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
      const shape = liftedShapeKey(checked, pointer);
      if (shape !== undefined && !this.namesByShape.has(shape)) this.namesByShape.set(shape, typeName);
    }
    for (const [definitionName, { typeName, pointer, schema }] of this.definitions) {
      this.definitionTypes.push(this.translateDefinition(definitionName, typeName, schema, pointer));
    }
    const name = options.name || (typeof document.title === "string" && pascalCase(document.title)) || "Schema";
    const root = this.translateRoot(name);
    return createSchemaModel({
      name,
      source: this.source,
      types: [...this.definitionTypes, ...this.inlineTypes],
      ...(root ? { root } : {}),
      constants: this.readConstants(),
      // Every construct the builder cannot type is refused today, so nothing falls back yet.
      fallbacks: [],
    });
  }

  // ---- definitions and the root -------------------------------------------------------------------

  private translateDefinition(definitionName: string, typeName: string, schema: Schema, pointer: string): NamedType {
    const type = this.translate(schema, pointer, typeName, { asDefinition: true });
    const alias = (aliased: TypeRef): NamedType => ({ kind: "alias", name: typeName, pointer, definitionName, type: aliased, ...annotationsOf(schema) });
    // The definition's own object, union or enum was lifted under its name while translating (a
    // `$ref` to itself was not: it stays an alias of itself, which validateModel refuses as a cycle).
    const lifted = this.takeLifted(typeName);
    if (!lifted) return alias(type);
    if (type.kind === "named") return { ...lifted, definitionName };
    // `Foo: X | null` lifted X under Foo's own name; X becomes FooValue and Foo the nullable alias.
    const valueName = `${typeName}Value`;
    this.claimName(valueName, pointer, "non-null part of a nullable definition");
    for (const [shape, name] of this.namesByShape) if (name === typeName) this.namesByShape.set(shape, valueName);
    this.inlineTypes.push({ ...lifted, name: valueName });
    return alias({ kind: "nullable", type: { kind: "named", name: valueName } });
  }

  /** Removes and returns the type lifted under `typeName`, if one was. */
  private takeLifted(typeName: string): NamedType | undefined {
    const index = this.inlineTypes.findIndex((type) => type.name === typeName);
    return index < 0 ? undefined : this.inlineTypes.splice(index, 1)[0];
  }

  private translateRoot(rootName: string): NamedTypeRef | undefined {
    const rootSchema = Object.fromEntries(
      Object.entries(this.source.document).filter(([key]) => !ROOT_KEYWORDS.has(key)),
    ) as Schema;
    const structural = Object.keys(rootSchema).some((key) => !isAnnotation(key));
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
  translate(schema: Schema, pointer: string, nameHint: string, options: LiftOptions = {}): TypeRef {
    this.checkKeywords(schema, pointer);
    if ("$ref" in schema) return this.translateRef(schema, pointer, nameHint);
    if ("allOf" in schema) return this.translateAllOf(schema, pointer, nameHint);
    if ("const" in schema) return literal(schema.const, pointer);
    if ("enum" in schema) return translateEnum(this, schema, pointer, nameHint, options);
    if ("anyOf" in schema || "oneOf" in schema) return translateUnion(this, schema, pointer, nameHint, options);
    const type = schema.type;
    if (Array.isArray(type)) return this.translateTypeList(schema, type, pointer, nameHint, options);
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
        return translateObject(this, schema, pointer, nameHint, options);
      case "null":
        throw new CodegenError(pointer, 'a schema that only allows null is not supported outside a union ("T | null")');
      case undefined:
        if ("properties" in schema || "patternProperties" in schema || "additionalProperties" in schema) {
          return translateObject(this, schema, pointer, nameHint, options);
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
    const siblings = Object.keys(schema).filter((key) => key !== "$ref" && !isAnnotation(key));
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
    // A schema that is not a definition is translated in place, so a reference back into it would recurse forever.
    if (this.inlineRefsInProgress.has(ref)) {
      throw new CodegenError(at, `$ref "${ref}" refers back into itself through schemas that are not definitions; recursion is supported only through definitions`);
    }
    this.inlineRefsInProgress.add(ref);
    try {
      return this.translate(this.expectSchema(target, ref.slice(1)), ref.slice(1), nameHint);
    } finally {
      this.inlineRefsInProgress.delete(ref);
    }
  }

  private translateAllOf(schema: Schema, pointer: string, nameHint: string): TypeRef {
    const parts = schema.allOf;
    const others = Object.keys(schema).filter((key) => key !== "allOf" && !isAnnotation(key));
    if (!Array.isArray(parts) || parts.length !== 1 || others.length > 0) {
      throw new CodegenError(childPointer(pointer, "allOf"), "allOf is supported only with a single schema and no sibling keywords");
    }
    return this.translate(this.expectSchema(parts[0], childPointer(pointer, "allOf", 0)), childPointer(pointer, "allOf", 0), nameHint);
  }

  private translateTypeList(schema: Schema, types: JsonValue[], pointer: string, nameHint: string, options: LiftOptions): TypeRef {
    const rest = Object.fromEntries(Object.entries(schema).filter(([key]) => key !== "type"));
    const variants = types.map((type) => ({ ...rest, type }));
    return translateUnion(this, { anyOf: variants }, pointer, nameHint, options);
  }

  private translateArray(schema: Schema, pointer: string, nameHint: string): TypeRef {
    const items = schema.items;
    if (Array.isArray(items)) throw new CodegenError(childPointer(pointer, "items"), "tuple arrays (items as a list) are not supported");
    const itemType =
      items === undefined ? ({ kind: "unknown" } as const) : this.translateChild(items, childPointer(pointer, "items"), inlineTypeName(nameHint, { kind: "items" }));
    return { kind: "array", items: itemType, constraints: arrayConstraints(schema, pointer) };
  }

  followRef(schema: Schema, pointer: string, seen: ReadonlySet<string> = new Set()): Schema {
    const ref = schema.$ref;
    if (typeof ref !== "string") return schema;
    const at = childPointer(pointer, "$ref");
    if (seen.has(ref)) throw new CodegenError(at, `$ref "${ref}" leads back to itself without ever reaching a schema`);
    const target = resolvePointer(this.source.document, decodePointer(ref.replace(/^#/, ""), pointer));
    if (target === undefined) throw new CodegenError(at, `$ref "${ref}" does not resolve`);
    return this.followRef(this.expectSchema(target, ref.slice(1)), ref.slice(1), new Set([...seen, ref]));
  }

  // ---- lifting and naming ---------------------------------------------------------------------------

  translateChild(schema: JsonValue | undefined, pointer: string, nameHint: string): TypeRef {
    return this.translate(this.expectSchema(schema, pointer), pointer, nameHint);
  }

  liftShape(shape: string, pointer: string, nameHint: string, options: LiftOptions, build: () => NamedType): NamedTypeRef {
    // A definition is a named concept of its own even when another has the same shape; an inline
    // schema takes the name of the first identical one (definitions are registered first).
    const existing = this.namesByShape.get(shape);
    if (existing !== undefined && !options.asDefinition) return { kind: "named", name: existing };
    if (!options.asDefinition) this.claimName(nameHint, pointer, "inline type");
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

  expectSchema(value: JsonValue | undefined, pointer: string): Schema {
    if (value === true) return {};
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      throw new CodegenError(pointer, value === false ? "the schema `false` (nothing is valid) is not supported" : "expected a schema object");
    }
    return value;
  }
}
