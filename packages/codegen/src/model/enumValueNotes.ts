// What an enum's author says of each of its values: a name and a description. A schema says it in
// the member of its `oneOf`/`anyOf` that is the value alone (Lottie's `{title: "Non Zero", const: 1}`,
// glTF's `{enum: [5120], description: "BYTE"}`), or beside a plain `enum`, in the keyword one tool or
// another writes (ENUM_VALUE_HINTS): NSwag's `x-enumNames` on the integer enums every .NET API emits,
// openapi-generator's `x-enum-varnames`, Azure's `x-ms-enum`, VS Code's `enumDescriptions`, Adobe
// jsonschema2md's `meta:enum` (Mermaid's configuration schema). Read here
// once, into the model's enum (EnumType.valueNotes), which every target renders: none reads the keywords.
//
// A hint that does not pair with the values (a list of another length than the `enum` beside it, a
// name written twice, empty, or with no letter to start an identifier with; an entry for a value the
// `enum` does not list) says nothing the model can trust: it is ignored, with a warning at its pointer
// wherever it is written (ignoredEnumValueHints), never an error. No hint changes the values.
import { childPointer, pointerTokens } from "@clone/schema/json-pointer";
import { isJsonObject } from "../json/jsonType.ts";
import type { JsonValue } from "../json/types.ts";
import { documentSchemas, valueAt } from "../jsonSchema/references.ts";
import type { ModelWarning } from "./summary.ts";
import type { EnumType, EnumValueNote, SchemaModel } from "./types.ts";

type EnumValue = EnumType["values"][number];
type JsonObject = { readonly [key: string]: JsonValue };

/** What one hint says of one value. */
interface Said {
  readonly value: JsonValue;
  readonly text: string;
}

/** One tool's spelling: the keyword, what its entries say (a value's name or description), and how they pair with the values. */
interface EnumValueHint {
  readonly keyword: string;
  readonly tool: string;
  readonly says: "name" | "description";
  /** The entries of the keyword's `hint`, each with the value it is said of; or why they cannot pair. */
  readonly pair: (hint: JsonValue, schema: JsonObject) => readonly Said[] | string;
}

/**
 * The values a hint beside `schema` is said of: its `enum`, or, on an array of an enum, its items'
 * (Discovery's repeated fields carry `enumDescriptions` beside `items`, as Cloud Build's
 * `sourceProvenanceHash` does). Undefined when there is no list.
 */
function valuesBeside(schema: JsonObject): readonly JsonValue[] | undefined {
  if (Array.isArray(schema.enum)) return schema.enum;
  const items = schema.items;
  return isJsonObject(items) && Array.isArray(items.enum) ? items.enum : undefined;
}

/** A list of strings, the nth said of the nth value of the `enum` beside it. */
function byPosition(hint: JsonValue, schema: JsonObject): readonly Said[] | string {
  const values = valuesBeside(schema);
  if (values === undefined) return "there is no `enum` list beside it to pair with";
  if (!Array.isArray(hint) || hint.some((entry) => typeof entry !== "string")) return "it is not a list of strings";
  if (hint.length !== values.length) return `it lists ${hint.length} entries for the ${values.length} values of the \`enum\` beside it`;
  return hint.map((text, index) => ({ value: values[index]!, text: text as string }));
}

/** Azure's `x-ms-enum: {name, values: [{value, name, description}]}`: each entry names its value. */
function byValue(says: "name" | "description"): EnumValueHint["pair"] {
  return (hint) => {
    if (!isJsonObject(hint) || hint.values === undefined) return [];
    const entries = hint.values;
    if (!Array.isArray(entries) || !entries.every((entry) => isJsonObject(entry) && Object.hasOwn(entry, "value"))) return "its `values` is not a list of objects each with a `value`";
    return entries.flatMap((entry) => {
      const text = (entry as JsonObject)[says];
      return typeof text === "string" ? [{ value: (entry as JsonObject).value!, text }] : [];
    });
  };
}

/**
 * Adobe's jsonschema2md `meta:enum: {value: description}` (Mermaid's configuration schema): keyed by
 * each value as its text (a string as it is, another value as JSON writes it). A key naming no value
 * the `enum` lists stands for itself, which the caller reports.
 */
function byKey(hint: JsonValue, schema: JsonObject): readonly Said[] | string {
  if (!isJsonObject(hint) || Object.values(hint).some((text) => typeof text !== "string")) return "it is not an object of strings";
  const values = valuesBeside(schema) ?? [];
  const keyOf = (value: JsonValue) => (typeof value === "string" ? value : JSON.stringify(value));
  return Object.entries(hint).map(([key, text]) => ({ value: values.find((value) => keyOf(value) === key) ?? key, text: text as string }));
}

/** The spellings, in the order they are asked: for each value, the first that names it names it, and the first that describes it describes it. */
export const ENUM_VALUE_HINTS: readonly EnumValueHint[] = [
  { keyword: "x-enum-varnames", tool: "openapi-generator", says: "name", pair: byPosition },
  { keyword: "x-enumNames", tool: "NSwag", says: "name", pair: byPosition },
  { keyword: "x-ms-enum", tool: "Azure (AutoRest)", says: "name", pair: byValue("name") },
  { keyword: "enumNames", tool: "react-jsonschema-form", says: "name", pair: byPosition },
  { keyword: "x-enum-descriptions", tool: "openapi-generator", says: "description", pair: byPosition },
  { keyword: "x-ms-enum", tool: "Azure (AutoRest)", says: "description", pair: byValue("description") },
  { keyword: "enumDescriptions", tool: "VS Code and Google Discovery", says: "description", pair: byPosition },
  { keyword: "markdownEnumDescriptions", tool: "VS Code", says: "description", pair: byPosition },
  { keyword: "meta:enum", tool: "jsonschema2md", says: "description", pair: byKey },
];

/** Why a hint's names cannot name values, if they cannot: one empty, one without a letter to start an identifier with, or one written twice. */
function unfitNames(said: readonly Said[]): string | undefined {
  const empty = said.find(({ text }) => text.trim() === "");
  if (empty) return `it names ${JSON.stringify(empty.value)} with an empty name`;
  const unspellable = said.find(({ text }) => !/^[^\p{L}\p{N}]*\p{L}/u.test(text));
  if (unspellable) return `its name ${JSON.stringify(unspellable.text)} (of ${JSON.stringify(unspellable.value)}) starts with no letter an identifier could start with`;
  const seen = new Set<string>();
  const repeated = said.find(({ text }) => seen.size === seen.add(text).size);
  if (repeated) return `it gives the name ${JSON.stringify(repeated.text)} twice`;
  return undefined;
}

/** What a schema says of its values: a name and a description of each it speaks of (by scalar value), and a warning for each hint it ignores. */
interface Hints {
  readonly names: ReadonlyMap<JsonValue, string>;
  readonly descriptions: ReadonlyMap<JsonValue, string>;
  readonly ignored: readonly ModelWarning[];
}

/** The hints of the schema at `pointer`, each paired with the values of the `enum` beside it, or ignored (with why). */
function hintsOf(schema: JsonObject, pointer: string): Hints {
  const names = new Map<JsonValue, string>();
  const descriptions = new Map<JsonValue, string>();
  const ignored: ModelWarning[] = [];
  // The value's own member of a oneOf/anyOf first: it sits beside the value.
  for (const { value, title, description } of membersOfOneValue(schema)) {
    if (title !== undefined && !names.has(value)) names.set(value, title);
    if (description !== undefined && !descriptions.has(value)) descriptions.set(value, description);
  }
  const listed = valuesBeside(schema) ?? [];
  for (const hint of ENUM_VALUE_HINTS) {
    if (!Object.hasOwn(schema, hint.keyword)) continue;
    const paired = hint.pair(schema[hint.keyword]!, schema);
    const stranger = typeof paired === "string" ? undefined : paired.find(({ value }) => !listed.includes(value));
    const why =
      typeof paired === "string" ? paired
      : stranger !== undefined ? `it speaks of ${JSON.stringify(stranger.value)}, which the \`enum\` beside it does not list`
      : hint.says === "name" ? unfitNames(paired.filter(({ value }) => value !== null))
      : undefined;
    if (why !== undefined) {
      // Once per keyword: Azure's x-ms-enum is asked for names and for descriptions.
      const at = childPointer(pointer, hint.keyword);
      if (!ignored.some((known) => known.pointer === at)) ignored.push({ pointer: at, reason: `${hint.keyword} (${hint.tool}'s ${hint.says}s of the enum's values) is ignored: ${why}` });
      continue;
    }
    const into = hint.says === "name" ? names : descriptions;
    for (const { value, text } of paired as readonly Said[]) if (text !== "" && !into.has(value)) into.set(value, text);
  }
  return { names, descriptions, ignored };
}

/** The members of a schema's `anyOf`/`oneOf` (depth first) that are one scalar value alone (a `const`, or an `enum` of it), with their non-empty title and description. */
function membersOfOneValue(schema: JsonObject): { value: JsonValue; title?: string; description?: string }[] {
  const found: { value: JsonValue; title?: string; description?: string }[] = [];
  const visit = (member: JsonValue | undefined): void => {
    if (!isJsonObject(member)) return;
    const value = member.const ?? (Array.isArray(member.enum) && member.enum.length === 1 ? member.enum[0] : undefined);
    if (value !== undefined) found.push({ value, ...nonEmpty("title", member.title), ...nonEmpty("description", member.description) });
    for (const keyword of ["anyOf", "oneOf"] as const) {
      const members = member[keyword];
      if (Array.isArray(members)) members.forEach(visit);
    }
  };
  visit(schema);
  return found;
}

function nonEmpty<K extends string>(key: K, text: JsonValue | undefined): { [P in K]?: string } {
  return typeof text === "string" && text !== "" ? ({ [key]: text } as { [P in K]?: string }) : {};
}

/** What the schema at `pointer` in `document` says of each of `values` it names or describes, in their order. A name that is the value itself says nothing more. */
export function enumValueNotesAt(document: JsonValue, pointer: string, values: readonly EnumValue[]): EnumValueNote[] {
  const tokens = pointerTokens(pointer) ?? [];
  const schema = valueAt(document, tokens);
  if (!isJsonObject(schema)) return [];
  const own = hintsOf(schema, pointer);
  // An array's items, whose hints the array may write (valuesBeside): the items' own first.
  const array = tokens.at(-1) === "items" ? valueAt(document, tokens.slice(0, -1)) : undefined;
  const ofArray = isJsonObject(array) && !Array.isArray(array.enum) ? hintsOf(array, childPointer("", ...tokens.slice(0, -1))) : undefined;
  const names = (value: EnumValue) => own.names.get(value) ?? ofArray?.names.get(value);
  const descriptions = (value: EnumValue) => own.descriptions.get(value) ?? ofArray?.descriptions.get(value);
  return values.flatMap((value): EnumValueNote[] => {
    const named = names(value);
    // Azure writes `{value: "Succeeded", name: "Succeeded"}`.
    const name = named === value ? undefined : named;
    const description = descriptions(value);
    if (name === undefined && description === undefined) return [];
    return [{ value, ...(name === undefined ? {} : { name }), ...(description === undefined ? {} : { description }) }];
  });
}

const HINT_KEYWORDS = [...new Set(ENUM_VALUE_HINTS.map((hint) => hint.keyword))];

/** Every hint the document writes that does not pair with the values beside it, at its pointer, in document order: wherever it is, whether or not the model makes an enum there. */
export function ignoredEnumValueHints(model: SchemaModel): ModelWarning[] {
  return documentSchemas(model.source.document, model.source.dialect)
    .filter(([, schema]) => HINT_KEYWORDS.some((keyword) => Object.hasOwn(schema, keyword)))
    .flatMap(([tokens, schema]) => hintsOf(schema, childPointer("", ...tokens)).ignored);
}
