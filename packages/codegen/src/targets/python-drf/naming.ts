// Every Python name the python-drf target spells: the module's file name, class names, the root
// union's table names, and the class attribute a property key is assigned to. Case conversion comes
// from naming/words.ts so these names split words the way every other target does.
import type { NamedType } from "../../model/types.ts";
import { screamingSnakeCase, snakeCase } from "../../naming/words.ts";
import { pyString } from "./pyexpr.ts";

/**
 * The default output file of a model, e.g. CloneEvents → `clone_events_serializers.py`. A version's
 * digits stay with the letter before them, as Python modules are named: KustomizationV1 is
 * `kustomization_v1_serializers.py`, not `kustomization_v_1_…` (found by a sweep of CRDs).
 */
export function moduleFileName(modelName: string): string {
  return `${snakeCase(modelName).replace(/([a-z])_(?=[0-9])/g, "$1")}_serializers.py`;
}

/** Spelling of a configured table name (`payloadFieldsNames`): it becomes a module-level constant. */
export function isConstantName(name: string): boolean {
  return /^[A-Z][A-Z0-9_]*$/.test(name);
}

// ---------------------------------------------------------------------------------------------------
// Classes

export function serializerName(typeName: string): string {
  return `${typeName}Serializer`;
}

export function enumFieldName(typeName: string): string {
  return `${typeName}Field`;
}

export function aliasFieldName(typeName: string): string {
  return `${typeName}Field`;
}

/** The class a named type renders to: `<Name>Serializer` (object, union), `<Name>Field` (enum, alias). */
export function classNameOf(type: NamedType): string {
  switch (type.kind) {
    case "object":
    case "union":
      return serializerName(type.name);
    case "enum":
      return enumFieldName(type.name);
    case "alias":
      return aliasFieldName(type.name);
  }
}

/**
 * The type name the root union's shared-fields base serializer is named after: its class,
 * `<Root>BaseSerializer`, is the one a type called `<Root>Base` would get, so such a type collides.
 */
export function baseTypeName(rootName: string): string {
  return `${rootName}Base`;
}

// ---------------------------------------------------------------------------------------------------
// Root union tables

export interface RootTableNames {
  /** Tag → the variant's serializer class. */
  readonly serializers: string;
  /** Every tag, in union order. */
  readonly types: string;
  /** Tag → the variant's own field names. */
  readonly payloadFields: string;
}

/** `CloneEvent` → `CLONE_EVENT_SERIALIZERS`, `CLONE_EVENT_TYPES`, `CLONE_EVENT_PAYLOAD_FIELDS` (unless configured). */
export function rootTableNames(rootName: string, payloadFieldsName: string | undefined): RootTableNames {
  const prefix = screamingSnakeCase(rootName);
  return {
    serializers: `${prefix}_SERIALIZERS`,
    types: `${prefix}_TYPES`,
    payloadFields: payloadFieldsName ?? `${prefix}_PAYLOAD_FIELDS`,
  };
}

// ---------------------------------------------------------------------------------------------------
// Property attributes

const PYTHON_KEYWORDS = new Set(
  "False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield".split(
    " ",
  ),
);

/**
 * Where a property's field is assigned in the class body: the key itself when it is a plain lowercase
 * identifier, and `<namespace>["key"]` otherwise (classNamespace), so that any key (a keyword, `a-b`,
 * `Id`) still works.
 */
export function attributeTarget(key: string, namespace: string): string {
  return isPlainAttribute(key) ? key : `${namespace}[${pyString(key)}]`;
}

/**
 * How a class body whose properties are `keys` reaches its own namespace: `locals()`. A name the body
 * reads is looked up in the class namespace first, so once a property called `locals` is assigned,
 * `locals()` calls that field: such a body uses `vars()`, the same builtin, or, when `vars` is a
 * property too, the builtin fetched through a lambda, whose names skip the class namespace.
 */
export function classNamespace(keys: readonly string[]): string {
  if (!keys.includes("locals")) return "locals()";
  if (!keys.includes("vars")) return "vars()";
  return "(lambda: locals)()()";
}

function isPlainAttribute(key: string): boolean {
  return /^[a-z][A-Za-z0-9_]*$/.test(key) && !PYTHON_KEYWORDS.has(key);
}
