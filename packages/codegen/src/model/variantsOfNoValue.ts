// A union's variants no JSON value satisfies are no cases of it: no value ever decodes as one, and a
// target that gave it a case promised a value that cannot be sent. Octokit's webhooks schema lists
// every event in its root `oneOf`, among them secret_scanning_alert_location's, whose one event
// requires `location`, a secret-scanning-location, which admits no value (`additionalProperties: false`
// beside variants each requiring `type` and `details`); its case stayed in the root union of every
// target. Which types admit no value is uninhabitedTypes' fixpoint, read once the model is whole; a
// variant that refers to a definition it finds admits none is dropped (definitionReferredTo says why
// only those). A union none of whose variants admits a value keeps them all (gen warns of the union
// itself), and so does a discriminated base's union (its last variant is the base, which
// validateModel checks). The lifted types only the dropped variants held (their rules') go with them.
import { createSchemaModel } from "./schemaModel.ts";
import { hasValue, inhabitedTypeNames } from "./uninhabitedTypes.ts";
import { namedRefsIn, refsOfType } from "./walk.ts";
import type { NamedType, SchemaModel, TypeRef, UnionType } from "./types.ts";

export function withoutVariantsOfNoValue(model: SchemaModel): SchemaModel {
  const inhabited = inhabitedTypeNames(model);
  let dropped = false;
  const types = model.types.map((type): NamedType => {
    if (type.kind !== "union" || !inhabited.has(type.name) || (type.rule === "firstMatch" && type.base !== undefined)) return type;
    const kept = type.variants.map((variant) => definitionReferredTo(model, variant.type) === undefined || hasValue(model, variant.type, inhabited));
    if (kept.every(Boolean)) return type;
    dropped = true;
    return withVariantsKept(type, kept);
  });
  if (!dropped) return model;
  const { typesByName: _index, ...parts } = model;
  return createSchemaModel({ ...parts, types: withoutTypesLeftUnheld(model, types) });
}

/**
 * The definition `ref` refers to, with rules around it or not; undefined for any other variant. Only
 * such a variant is dropped: gen warns of the definition that admits no value, by the name its author
 * gave. A variant written in place, or a case the model split a schema into, that admits no value stays
 * where it was: the builder drops those it reads as such from the schema, and gen warns of the others
 * where they tell something of the schema (an object of a `dependentSchemas` split that can never hold
 * its key).
 */
function definitionReferredTo(model: SchemaModel, ref: TypeRef): NamedType | undefined {
  const core = ref.kind === "constrained" ? ref.type : ref;
  const named = core.kind === "named" ? model.typesByName.get(core.name) : undefined;
  return named?.definitionName !== undefined ? named : undefined;
}

/** `union` with the variants `kept` says, and its preference's strings for those only. */
function withVariantsKept(union: UnionType, kept: readonly boolean[]): UnionType {
  const keep = <Variant>(variants: readonly Variant[]) => variants.filter((_, index) => kept[index]);
  switch (union.rule) {
    case "tag":
      return { ...union, variants: keep(union.variants) };
    case "jsonType":
      return { ...union, variants: keep(union.variants) };
    case "keyPresence":
      return withPreferenceOfKept({ ...union, variants: keep(union.variants) });
    case "firstMatch":
      return withPreferenceOfKept({ ...union, variants: keep(union.variants) });
  }
}

/** A union's preference with the strings of the variants it still holds (none left: no preference). */
function withPreferenceOfKept<Union extends Extract<UnionType, { rule: "keyPresence" | "firstMatch" }>>(union: Union): Union {
  if (union.preference === undefined) return union;
  const names = new Set(union.variants.map((variant) => variant.name));
  const cases = union.preference.cases.filter((each) => names.has(each.variant));
  const { preference, ...rest } = union;
  return (cases.length > 0 ? { ...rest, preference: { ...preference, cases } } : rest) as Union;
}

/**
 * `types` without the lifted types (no definition, not the root) nothing holds any more that something
 * held in `before`: those only dropped variants held, and those only they held, and so on.
 */
function withoutTypesLeftUnheld(before: SchemaModel, types: readonly NamedType[]): NamedType[] {
  const anchors = new Set(namedRefsOfValue([before.root, before.namedPlaces, before.operations, before.constants]));
  const heldBefore = new Set([...anchors, ...before.types.flatMap(heldBy)]);
  let left = [...types];
  for (let shrank = true; shrank; ) {
    const held = new Set([...anchors, ...left.flatMap(heldBy)]);
    const next = left.filter((type) => type.definitionName !== undefined || held.has(type.name) || !heldBefore.has(type.name));
    shrank = next.length < left.length;
    left = next;
  }
  return left;
}

/** The names a type refers to, but its own. */
function heldBy(type: NamedType): string[] {
  return refsOfType(type)
    .flatMap(({ ref }) => namedRefsIn(ref))
    .filter((name) => name !== type.name);
}

/** Every name a `{kind: named}` reference names anywhere inside `value` (the root, operations, constants). */
function namedRefsOfValue(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(namedRefsOfValue);
  if (typeof value !== "object" || value === null) return [];
  const record = value as Record<string, unknown>;
  const own = record.kind === "named" && typeof record.name === "string" ? [record.name] : [];
  return [...own, ...Object.values(record).flatMap(namedRefsOfValue)];
}
