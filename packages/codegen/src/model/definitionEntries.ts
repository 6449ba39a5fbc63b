// The document's definitions, as the model reads them: each entry of its definitions keyword, and each
// member of a group there. Lottie files its definitions in groups (`$defs/constants/fill-rule`,
// `$defs/shapes/rectangle`): the group is no schema anyone validates against but a folder, and reading
// it as one made a type of any value (`Constants = JSONValue`) and left its members to be named, and
// shared by shape, where a reference first met them. buildModel and validateModel both read them here.
import { childPointer } from "../errors.ts";
import { isSchema, isValidationKeyword, REFERENCE_KEYWORDS, type Dialect } from "../jsonSchema/vocabulary.ts";
import type { JsonValue } from "../json/types.ts";

export interface DefinitionEntry {
  /** Its key, or `group/member` for a member of a group: the wire name registries list it under. */
  readonly definitionName: string;
  /** The name a type of it is given before any clash (the member's own key for a group member). */
  readonly nameHint: string;
  readonly pointer: string;
  readonly schema: JsonValue;
}

type SchemaObject = { readonly [key: string]: JsonValue };

const isObject = (value: JsonValue | undefined): value is SchemaObject => typeof value === "object" && value !== null && !Array.isArray(value);

/** A keyword that makes an object a schema of its own (a rule, or a reference). */
function saysSomething(schema: SchemaObject, dialect: Dialect): boolean {
  return Object.keys(schema).some((key) => isValidationKeyword(key, dialect) || REFERENCE_KEYWORDS.includes(key));
}

/**
 * Whether a definition is a group of definitions: it says nothing as a schema (no rule, no reference),
 * and every member but its titles and descriptions is a schema that does.
 */
export function isDefinitionGroup(value: JsonValue, dialect: Dialect): value is SchemaObject {
  if (!isObject(value) || saysSomething(value, dialect)) return false;
  const members = Object.entries(value).filter(([key]) => key !== "title" && key !== "description" && key !== "$comment");
  return members.length > 0 && members.every(([, member]) => isObject(member) && saysSomething(member, dialect));
}

/** Every definition of `document`, in document order, a group's members in its place. */
export function definitionEntries(document: SchemaObject, definitionsKey: string, dialect: Dialect): DefinitionEntry[] {
  const declared = document[definitionsKey];
  if (!isObject(declared)) return [];
  const keys = new Set(Object.keys(declared));
  return Object.entries(declared).flatMap(([key, schema]): DefinitionEntry[] => {
    // Only where the dialect does not define the container (draft-07's `$defs`: definesContainer);
    // elsewhere such a value was refused before anything read it.
    if (!isSchema(schema)) return [];
    if (!isDefinitionGroup(schema, dialect)) return [{ definitionName: key, nameHint: key, pointer: childPointer("", definitionsKey, key), schema }];
    return Object.entries(schema)
      .filter(([member]) => member !== "title" && member !== "description" && member !== "$comment" && !keys.has(`${key}/${member}`))
      .map(([member, memberSchema]) => ({ definitionName: `${key}/${member}`, nameHint: member, pointer: childPointer("", definitionsKey, key, member), schema: memberSchema }));
  });
}
