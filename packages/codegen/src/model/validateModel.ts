// The model contract, checked: buildModel runs this once on what it built, before any target sees
// it, so a target may rely on every invariant below instead of re-checking it. A violation is a
// CodegenError at the pointer of the type that breaks it: most can only come from a bug in the
// builder, but some come from the input (a definition that is only a `$ref` to itself).
//
// Invariants:
// - `typesByName` indexes exactly `types`; type names are unique and PascalCase;
// - each definition of the document has exactly one type carrying its `definitionName`;
// - every `named` reference (the root's too) resolves; every base of an object is an object type;
// - no cycle of aliases (A = B, B = A; A = A | null): such a type has no values;
// - a union has variants with unique PascalCase names and consistent selectors (tags distinct,
//   JSON types distinct with integer counting as number, key-presence variants with distinct key sets,
//   more specific first); a union's preference (an OpenAPI discriminator) names existing variants,
//   each string once; a discriminated base's union (`base`, baseUnions.ts) is an `anyOf` whose last
//   variant is the base and every other an object type built on it, so it takes the base's values;
//   a reordered union's positions as written (`positionsWritten`) are one each of its variants;
// - an enum's values (and other values) are distinct and of its value type, and its notes
//   (`valueNotes`) are of values it holds; a literal is never null
//   (`null` is its own kind);
// - operations (types.ts `Operations`): every type they name resolves; the frames have the keys a
//   frame is built from; method and event names are unique and non-empty; error codes are a string enum.
import { childPointer, CodegenError } from "../errors.ts";
import { jsonTypeOfValue } from "../json/jsonType.ts";
import { stableKey } from "../json/stable.ts";
import { forEachRefInside, refsOfType } from "./walk.ts";
import { definitionEntries } from "./definitionEntries.ts";
import { extendsType } from "./baseUnions.ts";
import type { EnumType, FirstMatchUnion, NamedType, NamedTypeRef, ObjectType, Operations, SchemaModel, TypeRef, UnionType, VariantPreference } from "./types.ts";

const PASCAL_CASE = /^[A-Z][A-Za-z0-9]*$/;

export function validateModel(model: SchemaModel): void {
  checkIndex(model);
  checkDefinitions(model);
  for (const type of model.types) {
    for (const { ref, pointer } of refsOfType(type)) checkRef(model, ref, pointer);
    if (type.kind === "object") checkBases(model, type);
    if (type.kind === "union") checkUnion(type);
    if (type.kind === "union" && type.rule === "firstMatch") checkBaseUnion(model, type);
    if (type.kind === "union" && type.rule === "firstMatch") checkPositionsWritten(type);
    if (type.kind === "enum") checkEnum(type);
  }
  if (model.root) checkRef(model, model.root, "");
  if (model.operations) checkOperations(model, model.operations);
  checkAliasCycles(model);
}

/** Each frame's keys: name → whether it must be required (undefined: optional), and a string when typed so. */
const FRAME_KEYS: Record<keyof Operations["frames"], Record<string, { required: boolean; string: boolean }>> = {
  request: { id: { required: true, string: true }, method: { required: true, string: true }, params: { required: false, string: false } },
  response: { payload: { required: false, string: false } },
  event: { event: { required: true, string: true }, payload: { required: false, string: false } },
};

function checkOperations(model: SchemaModel, operations: Operations): void {
  const { pointer } = operations;
  for (const [frame, keys] of Object.entries(FRAME_KEYS) as [keyof Operations["frames"], (typeof FRAME_KEYS)["request"]][]) {
    const at = childPointer(pointer, "frames", frame);
    const type = namedOperand(model, operations.frames[frame], at);
    if (type.kind !== "object") throw new CodegenError(at, `the ${frame} frame ${type.name} must be an object type`);
    for (const [key, rule] of Object.entries(keys)) {
      const property = type.properties.find((candidate) => candidate.name === key);
      if (!property || property.required !== rule.required || (rule.string && property.type.kind !== "string")) {
        throw new CodegenError(at, `the ${frame} frame ${type.name} must have ${rule.required ? "a required" : "an optional"} ${rule.string ? "string " : ""}"${key}"`);
      }
    }
    // A request is built from the id, the method and the params alone (typed request builders).
    const other = frame !== "request" ? undefined : type.properties.find((property) => property.required && !(property.name in keys) && property.type.kind !== "literal");
    if (other) throw new CodegenError(at, `the ${frame} frame ${type.name} requires "${other.name}", which is neither a frame key nor a constant`);
  }
  const names = (kind: string, entries: readonly { name: string; pointer: string }[]) => {
    const seen = new Set<string>();
    for (const { name, pointer: at } of entries) {
      if (name === "") throw new CodegenError(at, `a ${kind} name must not be empty`);
      if (seen.has(name)) throw new CodegenError(at, `the ${kind} "${name}" is declared twice`);
      seen.add(name);
    }
  };
  names("method", operations.methods);
  names("event", operations.events);
  for (const method of operations.methods) {
    if (method.params) checkRef(model, method.params, childPointer(method.pointer, "params"));
    if (method.result) checkRef(model, method.result, childPointer(method.pointer, "result"));
  }
  for (const event of operations.events) if (event.payload) checkRef(model, event.payload, childPointer(event.pointer, "payload"));
  if (operations.errorCodes) {
    const at = childPointer(pointer, "errorCodes");
    const type = namedOperand(model, operations.errorCodes, at);
    if (type.kind !== "enum" || type.valueType !== "string") throw new CodegenError(at, `the error codes ${type.name} must be a string enum`);
  }
}

function namedOperand(model: SchemaModel, ref: NamedTypeRef, pointer: string): NamedType {
  checkRef(model, ref, pointer);
  return model.typesByName.get(ref.name)!;
}

function checkIndex(model: SchemaModel): void {
  const seen = new Map<string, NamedType>();
  for (const type of model.types) {
    if (!PASCAL_CASE.test(type.name)) throw new CodegenError(type.pointer, `type name "${type.name}" is not PascalCase`);
    const previous = seen.get(type.name);
    if (previous) throw new CodegenError(type.pointer, `two types are named "${type.name}" (the other at ${previous.pointer || "/"})`);
    seen.set(type.name, type);
  }
  for (const type of model.types) {
    if (model.typesByName.get(type.name) !== type) throw new CodegenError(type.pointer, `typesByName does not index type "${type.name}"`);
  }
  if (model.typesByName.size !== model.types.length) {
    const extra = [...model.typesByName.keys()].filter((name) => !seen.has(name));
    throw new CodegenError("", `typesByName indexes types the model does not list: ${extra.join(", ")}`);
  }
}

function checkDefinitions(model: SchemaModel): void {
  const { document, definitionsKey } = model.source;
  const byDefinition = new Map<string, NamedType>();
  for (const type of model.types) {
    if (type.definitionName === undefined) continue;
    const previous = byDefinition.get(type.definitionName);
    if (previous) throw new CodegenError(type.pointer, `types ${previous.name} and ${type.name} both claim definition "${type.definitionName}"`);
    byDefinition.set(type.definitionName, type);
  }
  for (const { definitionName, pointer } of definitionEntries(document, definitionsKey, model.source.dialect)) {
    if (!byDefinition.has(definitionName)) throw new CodegenError(pointer, `definition "${definitionName}" has no type in the model`);
  }
}

function checkRef(model: SchemaModel, ref: TypeRef, pointer: string): void {
  if (ref.kind === "named" && !model.typesByName.has(ref.name)) {
    throw new CodegenError(pointer, `refers to type "${ref.name}", which the model does not define`);
  }
  if (ref.kind === "literal" && (ref.value as unknown) === null) throw new CodegenError(pointer, 'a literal null must be the type { kind: "null" }');
  forEachRefInside(ref, (inner) => checkRef(model, inner, pointer));
}

function checkBases(model: SchemaModel, type: ObjectType): void {
  for (const base of type.bases) {
    if (model.typesByName.get(base.name)?.kind !== "object") {
      throw new CodegenError(type.pointer, `base "${base.name}" of ${type.name} is not an object type`);
    }
  }
}

/** A reordered union's positions as written are one per variant, each position once. */
function checkPositionsWritten(union: FirstMatchUnion): void {
  const positions = union.positionsWritten;
  if (positions === undefined) return;
  const count = union.variants.length;
  if (positions.length !== count || new Set(positions).size !== count || positions.some((at) => !Number.isInteger(at) || at < 0 || at >= count)) {
    throw new CodegenError(union.pointer, `union ${union.name}: its positions as written (${positions.join(", ")}) are not one each of its ${count} variants`);
  }
}

function checkUnion(union: UnionType): void {
  if (union.variants.length === 0) throw new CodegenError(union.pointer, `union ${union.name} has no variants`);
  const names = new Set<string>();
  for (const variant of union.variants) {
    if (!PASCAL_CASE.test(variant.name)) throw new CodegenError(union.pointer, `variant name "${variant.name}" of ${union.name} is not PascalCase`);
    if (names.has(variant.name)) throw new CodegenError(union.pointer, `union ${union.name} has two variants named "${variant.name}"`);
    names.add(variant.name);
  }
  const fail = (reason: string) => new CodegenError(union.pointer, `union ${union.name} (rule ${union.rule}): ${reason}`);
  switch (union.rule) {
    case "tag": {
      const tags = new Set<string>();
      for (const { tag, name } of union.variants) {
        const key = stableKey(tag);
        if (tags.has(key)) throw fail(`variant ${name} repeats the tag ${JSON.stringify(tag)}`);
        tags.add(key);
      }
      return;
    }
    case "jsonType": {
      const families = new Set<string>();
      for (const { jsonType, name } of union.variants) {
        const family = jsonType === "integer" ? "number" : jsonType;
        if (families.has(family)) throw fail(`variant ${name} repeats the JSON type ${family} (integer counts as number)`);
        families.add(family);
      }
      return;
    }
    case "keyPresence":
      union.variants.forEach((variant, index) => {
        const earlier = union.variants.slice(0, index).find((other) => other.keys.every((key) => variant.keys.includes(key)));
        if (!earlier) return;
        if (earlier.keys.length === variant.keys.length) throw fail(`variants ${earlier.name} and ${variant.name} need the same keys, so keys do not tell them apart`);
        throw fail(`variant ${variant.name} comes after ${earlier.name}, whose keys are a subset of its own: the more specific variant must be tried first`);
      });
      checkPreference(union, names, fail);
      return;
    case "firstMatch":
      checkPreference(union, names, fail);
      return;
  }
}

/**
 * A discriminated base's union takes exactly the values the base takes: an `anyOf` whose last variant
 * is the base and whose others each take none the base does not (object types built on it).
 */
function checkBaseUnion(model: SchemaModel, union: FirstMatchUnion): void {
  const { base } = union;
  if (base === undefined) return;
  const fail = (reason: string) => new CodegenError(union.pointer, `union ${union.name} of the base ${base}: ${reason}`);
  if (union.keyword !== "anyOf") throw fail("must be an anyOf (a value of an extension is a value of the base too)");
  const last = union.variants[union.variants.length - 1]!.type;
  if (last.kind !== "named" || last.name !== base) throw fail("its last variant must be the base");
  for (const { name, type } of union.variants.slice(0, -1)) {
    if (type.kind !== "named" || !extendsType(model.typesByName, type.name, base)) throw fail(`its variant ${name} is no object type built on the base, so it may take values the base refuses`);
  }
}

/** A preference (types.ts, VariantPreference) reads a string key, and names an existing variant for each string, once. */
function checkPreference(union: UnionType & { readonly preference?: VariantPreference }, variants: ReadonlySet<string>, fail: (reason: string) => CodegenError): void {
  const preference = union.preference;
  if (preference === undefined) return;
  if (typeof preference.property !== "string") throw fail("the preference's property is not a string key");
  const values = new Set<string>();
  for (const { value, variant } of preference.cases) {
    if (typeof value !== "string") throw fail(`the preference names ${JSON.stringify(value)}, not a string`);
    if (values.has(value)) throw fail(`the preference names "${value}" twice`);
    values.add(value);
    if (!variants.has(variant)) throw fail(`the preference's "${value}" names no variant (${variant})`);
  }
}

function checkEnum(type: EnumType): void {
  if (type.values.length === 0) throw new CodegenError(type.pointer, `enum ${type.name} has no values`);
  const { otherValues, valueType } = type;
  if (otherValues && !(otherValues.kind === valueType || (otherValues.kind === "integer" && valueType === "number"))) {
    throw new CodegenError(type.pointer, `enum ${type.name} of ${valueType} values is open to ${otherValues.kind} values`);
  }
  const seen = new Set<string>();
  for (const value of type.values) {
    const jsonType = jsonTypeOfValue(value);
    const fits = jsonType === type.valueType || (jsonType === "integer" && type.valueType === "number");
    if (!fits) throw new CodegenError(type.pointer, `enum ${type.name} holds ${JSON.stringify(value)}, not a ${type.valueType}`);
    const key = stableKey(value);
    if (seen.has(key)) throw new CodegenError(type.pointer, `enum ${type.name} repeats the value ${JSON.stringify(value)}`);
    seen.add(key);
  }
  for (const note of type.valueNotes ?? []) {
    if (!seen.has(stableKey(note.value))) throw new CodegenError(type.pointer, `enum ${type.name} says what ${JSON.stringify(note.value)} means, which it does not hold`);
  }
}

/**
 * An alias whose type is, through `nullable` and `constrained` wrappers only, another alias of the
 * cycle: every name on it stands for the others and none for a value. (Recursion through an array,
 * a record, an object or a union is a real recursive type and fine.)
 */
function checkAliasCycles(model: SchemaModel): void {
  const acyclic = new Set<string>();
  const aliasTarget = (ref: TypeRef): string | undefined => {
    if (ref.kind === "named") return model.typesByName.get(ref.name)?.kind === "alias" ? ref.name : undefined;
    if (ref.kind === "nullable" || ref.kind === "constrained") return aliasTarget(ref.type);
    return undefined;
  };
  for (const type of model.types) {
    if (type.kind !== "alias") continue;
    const path: string[] = [];
    for (let name: string | undefined = type.name; name !== undefined && !acyclic.has(name); ) {
      if (path.includes(name)) {
        const cycle = [...path.slice(path.indexOf(name)), name];
        const start = model.typesByName.get(name)!;
        throw new CodegenError(
          start.pointer,
          cycle.length === 2
            ? `${name} is only a reference to itself (alias cycle ${cycle.join(" → ")}): it describes no value`
            : `alias cycle ${cycle.join(" → ")}: each is only another name for the next, so none describes a value`,
        );
      }
      path.push(name);
      const alias: NamedType = model.typesByName.get(name)!;
      name = alias.kind === "alias" ? aliasTarget(alias.type) : undefined;
    }
    for (const name of path) acyclic.add(name);
  }
}
