// quicktype-core as the baseline the bench measures against: its Swift output for a whole JSON
// Schema document, and how many of its stored properties it leaves untyped, counted from that output.
//
// quicktype only emits types reachable from its top level, so it is given every definition (and the
// document's own schema, when it has one) at once, through a wrapper object whose properties refer to
// each; the wrapper struct is left out of the counts. It never fetches anything: its schema store
// answers every address with nothing, as clone-codegen does (remote refs come as the open value).
import { InputData, JSONSchemaInput, JSONSchemaStore, quicktype, type JSONSchema } from "quicktype-core";

export const QUICKTYPE_WRAPPER = "QuicktypeAllDefinitions";
/**
 * quicktype's own Swift support code (its JSON value and null helpers), emitted whenever a schema
 * has an open value: not types of the schema, so their members (`JSONAny.value: Any`,
 * `JSONCodingKey.key`) are no properties of it, as clone-codegen's support code counts for nothing.
 */
export const QUICKTYPE_SUPPORT_TYPES: ReadonlySet<string> = new Set(["JSONAny", "JSONNull", "JSONCodingKey"]);
const ROOT_DEFINITION = "QuicktypeDocumentRoot";

class OfflineStore extends JSONSchemaStore {
  async fetch(): Promise<JSONSchema | undefined> {
    return undefined;
  }
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A copy of `value` with every `$ref: "#"` (the document itself) pointing at `to` instead. */
function retargetRootRefs(value: Json, to: string): Json {
  if (Array.isArray(value)) return value.map((item) => retargetRootRefs(item, to));
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, key === "$ref" && child === "#" ? to : retargetRootRefs(child, to)]));
}

/** The document as quicktype takes it: one wrapper object referring to every definition and the root schema. */
export function quicktypeWrapper(document: { [key: string]: Json }): { [key: string]: Json } {
  const key = document.$defs !== undefined && document.definitions === undefined ? "$defs" : "definitions";
  const definitions = { ...((document[key] ?? {}) as { [key: string]: Json }) };
  const rootKeys = Object.keys(document).filter((name) => !["$schema", "$id", "id", "title", "description", "definitions", "$defs", "$comment"].includes(name));
  const rootRef = `#/${key}/${ROOT_DEFINITION}`;
  if (rootKeys.length > 0 && !(rootKeys.length === 1 && document.type === "object")) {
    definitions[ROOT_DEFINITION] = Object.fromEntries(rootKeys.map((name) => [name, document[name]!]));
  }
  return {
    ...(document.$schema !== undefined ? { $schema: document.$schema } : {}),
    [key]: retargetRootRefs(definitions, rootRef),
    type: "object",
    properties: Object.fromEntries(Object.keys(definitions).map((name) => [name, { $ref: `#/${key}/${name}` }])),
  };
}

export async function quicktypeSwift(document: { [key: string]: Json }): Promise<string> {
  const schemaInput = new JSONSchemaInput(new OfflineStore());
  await schemaInput.addSource({ name: QUICKTYPE_WRAPPER, schema: JSON.stringify(quicktypeWrapper(document)) });
  const inputData = new InputData();
  inputData.addInput(schemaInput);
  const result = await quicktype({ inputData, lang: "swift", rendererOptions: { "access-level": "public" } });
  return result.lines.join("\n");
}

export interface QuicktypePropertyCounts {
  readonly properties: number;
  readonly untyped: number;
}

/**
 * Stored properties in quicktype's Swift (`let` / `var` members of its structs and classes, the
 * wrapper and quicktype's support types aside) and how many are untyped: whose type, with `?`, `[T]` and `[String: T]` taken off
 * and type aliases followed, is `JSONAny`, `Any` or `AnyHashable`, or an enum with a case for every
 * JSON type (null included): the open JSON value. This is the same rule as clone-codegen's
 * isUntypedProperty (the open value, alone or in arrays and maps).
 */
export function countQuicktypeProperties(swift: string): QuicktypePropertyCounts {
  const aliases = new Map([...swift.matchAll(/^(?:public )?typealias (\w+) = (.+)$/gm)].map(([, name, type]) => [name!, type!.trim()]));
  // A union of every JSON type (null included) is the open value too, however it is spelled: as our
  // model reads a `type` list of all seven as `unknown`.
  for (const [, name, body] of swift.matchAll(/^(?:public )?enum (\w+): Codable \{\n((?: {4}case [^\n]*\n)+)/gm)) {
    const payloads = [...body!.matchAll(/^ {4}case \w+(?:\((.+)\))?$/gm)].map(([, payload]) => payload ?? "null");
    const everyType = ["[JSONAny]", "[String: JSONAny]", "Bool", "String", "null"].every((payload) => payloads.includes(payload)) && (payloads.includes("Double") || payloads.includes("Int"));
    if (everyType) aliases.set(name!, "JSONAny");
  }
  const open = (type: string, depth = 0): boolean => {
    let core = type.trim().replace(/\?$/, "");
    const array = /^\[([^:]+)\]$/.exec(core);
    const map = /^\[String: (.+)\]$/.exec(core);
    if (map) core = map[1]!;
    else if (array) core = array[1]!;
    if (core !== type.trim().replace(/\?$/, "")) return open(core, depth);
    if (["JSONAny", "Any", "AnyHashable"].includes(core)) return true;
    const aliased = aliases.get(core);
    return aliased !== undefined && depth < 16 && open(aliased, depth + 1);
  };
  let properties = 0;
  let untyped = 0;
  let owner: string | undefined;
  for (const line of swift.split("\n")) {
    const start = /^(?:public |open |final )*(struct|class|enum|extension) (\w+)/.exec(line);
    if (start) owner = start[1] === "struct" || start[1] === "class" ? start[2] : undefined;
    else if (line.startsWith("}")) owner = undefined;
    if (owner === undefined || owner === QUICKTYPE_WRAPPER || QUICKTYPE_SUPPORT_TYPES.has(owner)) continue;
    // quicktype declares neighbouring properties of one type together (`let comment, id: String?`):
    // each name is a stored property of its own.
    const member = /^ {4}(?:public )?(?:let|var) (`?\w+`?(?:, `?\w+`?)*): ([^{=]+?)\s*(=.*)?$/.exec(line);
    if (!member) continue;
    const names = member[1]!.split(", ").length;
    properties += names;
    if (open(member[2]!)) untyped += names;
  }
  return { properties, untyped };
}
