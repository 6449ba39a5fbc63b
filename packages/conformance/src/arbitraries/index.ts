// Valid instances of any type in a normalized model, derived by walking the model: nothing here
// knows a particular schema, so a new definition or event type is covered without an edit.
//
// Coverage the walk guarantees by construction: every union variant and enum value (uniform choice),
// nullable values both null and set, optional properties both present and absent, strings and
// numbers at and near their bounds, and large nested payloads wherever the schema says `unknown`.
import fc from "fast-check";
import { notRenderedYet, typeNamed, type EnumType, type JsonValue, type NamedType, type ObjectType, type SchemaModel, type StringTypeRef, type TypeRef, type UnionType } from "@clone/codegen";
import { anyJson } from "./anyJson.ts";
import { rfc3339DateTime } from "./dateTime.ts";
import { integerIn, numberIn } from "./numbers.ts";
import { objectKey, patternString, unicodeString } from "./strings.ts";
import { satisfiesRequiredWhen } from "./rules.ts";

export { rfc3339DateTime, brokenDateTime } from "./dateTime.ts";
export { anyJson } from "./anyJson.ts";
export { codePointLength, unicodeString } from "./strings.ts";
export { integerBounds } from "./numbers.ts";


/** Builds (and caches) one arbitrary per named type of a model. */
export class ValidInstances {
  private readonly cache = new Map<string, fc.Arbitrary<JsonValue>>();

  constructor(private readonly model: SchemaModel) {}

  /** Valid instances of the named type (a definition or an inline type). */
  of(typeName: string): fc.Arbitrary<JsonValue> {
    const cached = this.cache.get(typeName);
    if (cached) return cached;
    // Registered before it is built, so a recursive type refers to itself lazily instead of looping.
    let built: fc.Arbitrary<JsonValue> | undefined;
    const lazy = fc.constant(null).chain(() => built!);
    this.cache.set(typeName, lazy);
    built = this.named(this.type(typeName));
    this.cache.set(typeName, built);
    return built;
  }

  type(typeName: string): NamedType {
    return typeNamed(this.model, typeName);
  }

  private named(type: NamedType): fc.Arbitrary<JsonValue> {
    switch (type.kind) {
      case "object":
        return this.object(type);
      case "union":
        return this.union(type);
      case "enum":
        return this.enum(type);
      case "alias":
        return this.ref(type.type);
    }
  }

  /** Any variant: the rules the builder picks make variants exclusive, so each instance of one is valid. */
  private union(type: UnionType): fc.Arbitrary<JsonValue> {
    if (type.rule === "firstMatch") return notRenderedYet("conformance generators", "a union told apart by first match");
    return fc.oneof(...type.variants.map((variant) => this.ref(variant.type)));
  }

  /** A known value, or (when the enum is open) any value its other values allow. */
  private enum(type: EnumType): fc.Arbitrary<JsonValue> {
    const known = fc.constantFrom(...type.values);
    return type.otherValues ? fc.oneof(known, this.ref(type.otherValues)) : known;
  }

  ref(ref: TypeRef): fc.Arbitrary<JsonValue> {
    switch (ref.kind) {
      case "string":
        return stringOf(ref);
      case "integer":
        return integerIn(ref.constraints);
      case "number":
        return numberIn(ref.constraints);
      case "boolean":
        return fc.boolean();
      case "null":
        return fc.constant(null);
      case "literal":
        return fc.constant(ref.value);
      case "tuple":
        return notRenderedYet("conformance generators", "a tuple array");
      case "constrained":
        return notRenderedYet("conformance generators", "validation-only assertions (a constrained type)");
      case "array": {
        const { minItems = 0, maxItems = minItems + 4, uniqueItems } = ref.constraints;
        const items = this.ref(ref.items);
        return uniqueItems
          ? fc.uniqueArray(items, { minLength: minItems, maxLength: maxItems, selector: (item) => JSON.stringify(item) })
          : fc.array(items, { minLength: minItems, maxLength: maxItems });
      }
      case "record":
        return fc.dictionary(objectKey, this.ref(ref.values), { maxKeys: 4, noNullPrototype: true });
      case "unknown":
        return anyJson;
      case "nullable":
        return fc.oneof(fc.constant(null), this.ref(ref.type));
      case "named":
        return this.of(ref.name);
    }
  }

  private object(type: ObjectType): fc.Arbitrary<JsonValue> {
    if (type.patternProperties.length > 0) return notRenderedYet("conformance generators", "patternProperties (typed extra-key maps)");
    const shape: Record<string, fc.Arbitrary<JsonValue>> = {};
    for (const property of type.properties) shape[property.name] = this.ref(property.type);
    const requiredKeys = type.properties.filter((property) => property.required).map((property) => property.name);
    let declared: fc.Arbitrary<Record<string, JsonValue>> = fc.record(shape, { requiredKeys, noNullPrototype: true });
    if (type.additionalProperties !== false) {
      const names = new Set(type.properties.map((property) => property.name));
      const extra = fc.dictionary(
        objectKey.filter((key) => !names.has(key)),
        this.ref(type.additionalProperties),
        { maxKeys: 3, noNullPrototype: true },
      );
      declared = fc.tuple(declared, extra).map(([own, more]) => ({ ...more, ...own }));
    }
    return type.requiredWhen.length === 0 ? declared : declared.filter((value) => satisfiesRequiredWhen(type, value));
  }
}

function stringOf({ constraints }: StringTypeRef): fc.Arbitrary<string> {
  if (constraints.format === "date-time") return rfc3339DateTime;
  if (constraints.pattern !== undefined) return patternString(constraints.pattern, constraints);
  return unicodeString(constraints);
}

/** Valid instances of the named type in `model`. */
export function validInstances(model: SchemaModel, typeName: string): fc.Arbitrary<JsonValue> {
  return new ValidInstances(model).of(typeName);
}
