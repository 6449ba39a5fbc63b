// Walks a valid instance alongside the model and lists every position in it: each value with the
// type the model expects there, and for objects and unions what they are (which object type, which
// tagged union, which validation-only rules hold there). Mutations pick their targets from this
// list, so they reach nested values as easily as top-level ones.
import { ModelValidator, selectVariant, typelessFamilyOf, typeNamed, type JsonType, type NamedType, type ObjectType, type SchemaModel, type TagUnion, type TypeRef, type UnionType, type UnionVariant } from "@clone/codegen";
import { ValidInstances } from "../arbitraries/index.ts";
import { isJsonObject, jsonTypeOfValue, type JsonObject, type JsonValue, type PathToken } from "../json.ts";

export type ConstrainedRef = Extract<TypeRef, { kind: "constrained" }>;

export interface Position {
  readonly path: readonly PathToken[];
  readonly value: JsonValue;
  /** The type the model expects here, aliases resolved (named objects, unions and enums stay named). */
  readonly ref: TypeRef;
  /** JSON types the schema accepts at this position ("any" under `unknown`). */
  readonly accepts: ReadonlySet<JsonType> | "any";
  /** Set when the value is an object of this object type. */
  readonly object?: ObjectType;
  /** Set when the value is a union's: the union and the variant it matched (innermost union). */
  readonly variantOf?: { readonly union: UnionType; readonly variant: UnionVariant };
  /**
   * Every union the value is a variant of at this position, outermost first (`variantOf` is the
   * last): a tag value several variants share selects a union of its own inside the tagged union.
   */
  readonly unions?: readonly UnionType[];
  /** Set when this value is the tag of an enclosing tagged union (its discriminator property), however deeply the variant is nested. */
  readonly isTag?: boolean;
  /** Set when this value sits under an object key: the object's type and whether the key is required. */
  readonly property?: { readonly owner: ObjectType; readonly name: string; readonly required: boolean };
  /** Set when the value must also satisfy validation-only rules here (a `constrained` type). */
  readonly constrained?: ConstrainedRef;
}

/** What a position knows from where it sits (its key, the union it is a variant of, rules on it). */
type Context = Pick<Position, "isTag" | "property" | "variantOf" | "unions" | "constrained">;

/** The tagged unions a position's value is a variant of, outermost first: their tag properties are tags there. */
export function taggedUnionsOf(position: Pick<Position, "unions">): TagUnion[] {
  return (position.unions ?? []).filter((union): union is TagUnion => union.rule === "tag");
}

export class PositionWalker {
  readonly validator: ModelValidator;
  readonly instances: ValidInstances;

  /** `validator`: how first-match and key-presence unions tell a value's variant (default: the instances' validator, the model's own reading). */
  constructor(
    readonly model: SchemaModel,
    instances?: ValidInstances,
    validator?: ModelValidator,
  ) {
    this.instances = instances ?? new ValidInstances(model);
    this.validator = validator ?? this.instances.validator;
  }

  named(name: string): NamedType {
    return typeNamed(this.model, name);
  }

  /** Follows aliases until the reference is not an alias. */
  resolve(ref: TypeRef): TypeRef {
    let current = ref;
    for (let guard = 0; current.kind === "named"; guard++) {
      const type = this.named(current.name);
      if (type.kind !== "alias" || guard > 100) return current;
      current = type.type;
    }
    return current;
  }

  acceptedTypes(ref: TypeRef, seen: ReadonlySet<string> = new Set()): ReadonlySet<JsonType> | "any" {
    const resolved = this.resolve(ref);
    // A type no value satisfies (`not` of a type list naming every JSON type) accepts no type: as a
    // union's variant it adds none, where its open value made the union take "any" and no value of
    // another type was tried. Nor does one of no finite value: the object variant of a schema naming no
    // type that must hold a key its propertyNames refuses, beside uniqueItems (which no mutation
    // broke then), was a union of every JSON type and no wrong type was tried (fuzz AA, seed 61004 draft-07
    // index 1, D1: its invalid instances drew until GENERATOR GAVE UP).
    if (!this.instances.hasValue(resolved)) return new Set();
    // A schema naming no type lets every other JSON type through: no value is of a wrong one.
    if (typelessFamilyOf(resolved) !== undefined) return "any";
    switch (resolved.kind) {
      case "string":
      case "boolean":
      case "array":
      case "integer":
      case "null":
        return new Set([resolved.kind]);
      case "number":
        return new Set(["number", "integer"]);
      case "literal":
        return new Set([jsonTypeOfValue(resolved.value)]);
      case "record":
        return new Set(["object"]);
      case "tuple":
        return new Set(["array"]);
      case "constrained":
        return this.acceptedTypes(resolved.type, seen);
      case "unknown":
        return "any";
      case "nullable": {
        const inner = this.acceptedTypes(resolved.type, seen);
        return inner === "any" ? inner : new Set([...inner, "null"]);
      }
      case "named": {
        const type = this.named(resolved.name);
        if (type.kind === "enum") return new Set(type.valueType === "number" ? ["number", "integer"] : [type.valueType]);
        if (type.kind === "object") return type.otherTypesPass ? "any" : new Set(["object"]);
        if (type.kind === "alias") return this.acceptedTypes(type.type, seen);
        // A union that contains itself (A = string | A[]) adds nothing the second time round.
        if (seen.has(type.name)) return new Set();
        const all = new Set<JsonType>();
        for (const variant of type.variants) {
          const accepted = this.acceptedTypes(variant.type, new Set([...seen, type.name]));
          if (accepted === "any") return "any";
          for (const kind of accepted) all.add(kind);
        }
        return all;
      }
    }
  }

  /** Every position of `value`, an instance of `ref`, outermost first. */
  positions(ref: TypeRef, value: JsonValue): Position[] {
    const out: Position[] = [];
    this.walk(ref, value, [], this.acceptedTypes(ref), {}, out);
    return out;
  }

  /** The variant `value` belongs to, by the union's rule (first-match and key-presence unions ask the model). */
  variantOf(union: UnionType, value: JsonValue): UnionVariant | undefined {
    return selectVariant(union, value, (variant, candidate) => this.validator.takesAsVariant(variant.type, candidate));
  }

  private walk(ref: TypeRef, value: JsonValue, path: readonly PathToken[], accepts: Position["accepts"], context: Context, out: Position[]): void {
    const resolved = this.resolve(ref);
    if (resolved.kind === "nullable") {
      // The same position: null or the inner type; an instance that is null has nothing inside. A
      // null the inner type takes too (a schema naming no type lets it through) is that type's value
      // as well, under its rules: walked as one, the rules' mutations apply to it. Else a nullable
      // schema naming no type whose `not` refuses all but null and a few rare values had only nulls
      // drawn, none of which any mutation broke: its invalid instances all GAVE UP (fuzz AU, seed 91004
      // OpenAPI 3.0 index 1, GetRootResponse200).
      if (value === null && !this.validator.validates(resolved.type, null)) out.push({ path, value, ref: resolved, accepts, ...context });
      else this.walk(resolved.type, value, path, accepts, context, out);
      return;
    }
    if (resolved.kind === "constrained") {
      // The same position, with the rules it must also satisfy (the innermost rules win here).
      return this.walk(resolved.type, value, path, accepts, { ...context, constrained: resolved }, out);
    }
    if (resolved.kind === "named") {
      const type = this.named(resolved.name);
      if (type.kind === "union") return this.walkUnion(type, resolved, value, path, accepts, context, out);
      if (type.kind === "object" && isJsonObject(value)) return this.walkObject(type, resolved, value, path, accepts, context, out);
    }
    out.push({ path, value, ref: resolved, accepts, ...context });
    if (resolved.kind === "array" && Array.isArray(value)) {
      value.forEach((item, index) => this.walk(resolved.items, item, [...path, index], this.acceptedTypes(resolved.items), {}, out));
    } else if (resolved.kind === "tuple" && Array.isArray(value)) {
      value.forEach((item, index) => {
        const itemType = index < resolved.prefixItems.length ? resolved.prefixItems[index]! : resolved.rest;
        if (itemType !== false) this.walk(itemType, item, [...path, index], this.acceptedTypes(itemType), {}, out);
      });
    } else if (resolved.kind === "record" && isJsonObject(value)) {
      for (const [key, item] of Object.entries(value)) {
        this.walk(resolved.values, item, [...path, key], this.acceptedTypes(resolved.values), {}, out);
      }
    }
  }

  private walkObject(
    type: ObjectType,
    ref: TypeRef,
    value: JsonObject,
    path: readonly PathToken[],
    accepts: Position["accepts"],
    context: Context,
    out: Position[],
  ): void {
    out.push({ path, value, ref, accepts, object: type, ...context });
    const tags = new Set(taggedUnionsOf(context).map((union) => union.property));
    for (const property of type.properties) {
      if (!Object.hasOwn(value, property.name)) continue;
      const child = value[property.name]!;
      const owner = { owner: type, name: property.name, required: property.required };
      this.walk(property.type, child, [...path, property.name], this.acceptedTypes(property.type), { property: owner, ...(tags.has(property.name) ? { isTag: true } : {}) }, out);
    }
    const declared = new Set(type.properties.map((property) => property.name));
    for (const [key, child] of Object.entries(value)) {
      if (declared.has(key)) continue;
      // A key a pattern claims holds that pattern's type (a value wrong for it is wrong for every pattern that claims the key).
      const pattern = type.patternProperties.find((entry) => this.validator.regex(entry.pattern).test(key));
      const itemType = pattern ? pattern.type : type.additionalProperties;
      if (itemType !== false) this.walk(itemType, child, [...path, key], this.acceptedTypes(itemType), {}, out);
    }
  }

  private walkUnion(union: UnionType, ref: TypeRef, value: JsonValue, path: readonly PathToken[], accepts: Position["accepts"], context: Context, out: Position[]): void {
    const variant = this.variantOf(union, value);
    if (!variant) {
      out.push({ path, value, ref, accepts, ...context });
      return;
    }
    // The variant sits at the same position: what is accepted here is still the whole union's set.
    const inner = this.resolve(variant.type);
    const variantType = inner.kind === "named" ? this.named(inner.name) : undefined;
    // The tag stays a tag through a variant that is itself a union (a tag value several variants share).
    const within: Context = { ...context, variantOf: { union, variant }, unions: [...(context.unions ?? []), union] };
    if (union.rule === "tag" && variantType?.kind === "object" && isJsonObject(value)) {
      return this.walkObject(variantType, inner, value, path, accepts, within, out);
    }
    this.walk(variant.type, value, path, accepts, within, out);
  }
}
