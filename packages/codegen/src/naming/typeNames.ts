// How the model names types it lifts out of other types, and union variants. The one place these
// rules live: targets receive the names and never invent their own.
import type { JsonType } from "../model/types.ts";
import { pascalCase, splitWords, symbolWords } from "./words.ts";

/**
 * A definition's name as a type name: kept when already PascalCase-safe, else converted. A name with
 * no letters or digits is "Definition", and one that would start with a digit is prefixed with it
 * ("2fa" → "Definition2fa"), since a type name must start with a letter. A definition keyed by the
 * URL of the schema it holds (a bundler's key) is named by that URL's path alone, and one keyed by a
 * schema file's name by that name without its schema suffix. An `[]` in it is the word "Array"
 * (withArraysSpelled).
 */
export function definitionTypeName(definitionName: string): string {
  if (/^[A-Z][A-Za-z0-9]*$/.test(definitionName)) return definitionName;
  const converted = pascalCase(withArraysSpelled(urlPathOfName(definitionName) ?? withoutSchemaFileSuffix(definitionName)));
  return /^[A-Z]/.test(converted) ? converted : `Definition${converted}`;
}

/**
 * A name with each `[]` spelled as the word "Array" it stands for in the type expressions generators
 * name definitions by (typescript-json-schema's `MarkPropDef<number[]>`, Go's `[]string`). Read as a
 * separator, Vega-Lite's `MarkPropDef<number[]>` was `MarkPropDefNumber` like `MarkPropDef<number>`,
 * so one of the two was numbered (`MarkPropDefNumber2`), and every name built on it.
 */
function withArraysSpelled(name: string): string {
  return name.replaceAll("[]", " Array ");
}

/**
 * A definition name that is a schema file's name (`….schema.json`, `….jsonschema.json`, or YAML),
 * without that suffix; any other name as it is. bufbuild's protoschema plugins bundle each message's
 * schema under its file's name ("google.protobuf.Duration.schema.json",
 * "buf.protoschema.test.v1.NestedReference.jsonschema.json"): the suffix, the same in every name, made
 * every type name and every name built on it end "SchemaJson" or "JsonschemaJson". A name of a file
 * that does not say it is a schema ("package.json") keeps its extension, which tells what it names.
 */
function withoutSchemaFileSuffix(name: string): string {
  const stem = name.replace(/\.(json)?schema\.(json|ya?ml)$/i, "");
  return /[A-Za-z0-9]/.test(stem) ? stem : name;
}

/**
 * The words of a URL-shaped definition name that name its schema: the path, without the scheme, the
 * host, a fragment or query, or a file extension. AsyncAPI bundles every schema under its `$id`
 * ("http://asyncapi.com/definitions/3.0.0/info.json"), and the scheme, host and extension, the same
 * in every name, made every type name and every name built on it start "HttpAsyncapiCom" and carry
 * "Json" ("HttpAsyncapiComDefinitions300InfoJsonExternalDocs"). Undefined for another name, or a URL
 * whose path has no letter or digit.
 */
function urlPathOfName(name: string): string | undefined {
  const path = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#]*([^?#]*)/.exec(name)?.[1]?.replace(/\.(json|ya?ml)$/i, "");
  return path !== undefined && /[A-Za-z0-9]/.test(path) ? path : undefined;
}

/**
 * The name of the union a reference to a discriminated base stands for (model/baseUnions.ts): the base
 * or any schema extending it, `Pet` → `AnyPet`. Claimed like every other name, so a definition already
 * named so keeps it and the union is numbered.
 */
export function baseUnionName(base: string): string {
  return `Any${base}`;
}

/** Where an inline type sits relative to its parent; each place has a fixed suffix rule. */
export type InlinePlace =
  | { readonly kind: "property"; readonly property: string }
  | { readonly kind: "items" }
  | { readonly kind: "tupleItem"; readonly index: number }
  | { readonly kind: "values" }
  | { readonly kind: "variant"; readonly variantName: string };

/** `CronJob` + property `schedule` → `CronJobSchedule`; items → `…Item` (a tuple's first → `…Item1`); record values → `…Value`. */
export function inlineTypeName(parent: string, place: InlinePlace): string {
  switch (place.kind) {
    case "property":
      return parent + (pascalCase(place.property) || (place.property === "" ? "Property" : pascalCase(symbolWords(place.property))));
    case "items":
      return `${parent}Item`;
    case "tupleItem":
      return `${parent}Item${place.index + 1}`;
    case "values":
      return `${parent}Value`;
    case "variant":
      return parent + place.variantName;
  }
}

/**
 * The name of a union variant's type: the union's and the variant's (`inlineTypeName`), unless a
 * property written beside the union takes that name for its own type. A variant named after the key
 * it requires (read the docs' build: `anyOf [{required: [tools]}, {required: [commands]}]` beside a
 * property `tools` of its own type) was ReadthedocsBuildTools, and the property's type, named after
 * the union and its key too, ReadthedocsBuildTools2. Where one of the union's variants (`variantNames`)
 * would take such a name, each is the union "with" its name (ReadthedocsBuildWithTools,
 * ReadthedocsBuildWithCommands), the property keeping ReadthedocsBuildTools. Whether the property's
 * type takes that name is known only once every type is named (a record, a `$ref`'s definition, a
 * string take none): the naming step gives the variants their plain names back then (buildModel's
 * plainNamesOfVariants).
 */
export function variantTypeName(parent: string, variantName: string, variantNames: readonly string[], propertyTypeNames: ReadonlySet<string>): string {
  const plain = (name: string) => inlineTypeName(parent, { kind: "variant", variantName: name });
  return variantNames.some((name) => propertyTypeNames.has(plain(name))) ? plain(`With${variantName}`) : plain(variantName);
}

/**
 * A union variant's name from its tag: "session.started" → "SessionStarted", "req" → "Req", 200 →
 * "V200". A number keeps its sign and point (-32700 → "VMinus32700", 1.5 → "V1Point5"): spelled as
 * words they vanished, so JSON-RPC's error codes -1 and 1 both read "V1", one then "V12".
 */
export function variantNameFromValue(value: string | number | boolean): string {
  if (typeof value === "number") return `V${value < 0 ? "Minus" : ""}${String(Math.abs(value)).replace(".", "Point").replace("e+", "e").replace("e-", "en")}`;
  const name = pascalCase(String(value));
  if (/^[0-9]/.test(name)) return `V${name}`;
  // A value of symbols alone is spelled by them (nx's readyWhen, `{required: ["..."]}`, was ReadyWhenEmpty).
  return name || (value === "" ? "Empty" : pascalCase(symbolWords(String(value))));
}

/** The most words a `title` may have to name a union variant: past it, it is a sentence, not a name. */
const MOST_TITLE_WORDS = 4;

/**
 * A union variant's name from its schema's `title` ("Request" → "Request", "Agent batch call" →
 * "AgentBatchCall"), when the title reads as a name: a few words, starting with a letter. A variant
 * that is no reference has no other name the schema gives it (ACP's envelope titles each variant of
 * an inline `anyOf`); a sentence ("The version of the protocol, as a string.") names nothing.
 */
export function variantNameFromTitle(title: unknown): string | undefined {
  if (typeof title !== "string" || !/^[A-Za-z]/.test(title.trim()) || /[.,;:!?()]/.test(title)) return undefined;
  const words = splitWords(title);
  return words.length > 0 && words.length <= MOST_TITLE_WORDS ? pascalCase(title) : undefined;
}

/** `wanted`, or the first of `wanted2`, `wanted3`, … not taken: how the model makes a repeated name unique. */
export function firstFreeName(wanted: string, isTaken: (name: string) => boolean): string {
  let name = wanted;
  for (let n = 2; isTaken(name); n++) name = `${wanted}${n}`;
  return name;
}

/**
 * The name of a lifted type several places share (an inline enum repeated at glTF's sampler
 * `wrapS` and `wrapT`, an object at a line's `startPoint` and `endPoint`), from the names each place
 * would give it: their leading words in common, with their trailing words in common after them
 * (`SamplerWrapS`, `SamplerWrapT` → `SamplerWrap`; `SamplerMagFilter`, `SamplerMinFilter` →
 * `SamplerFilter`; `LineStartPoint`, `LineEndPoint` → `LinePoint`). Named for the first place alone,
 * it read as that place's type at the others (`wrapT: SamplerWrapS`). A number is one word with the
 * word before it (`V3`: `TestPresetsV3ItemOutput`, `TestPresetsV2ItemOutput` → `TestPresetsItemOutput`,
 * not `TestPresetsVItemOutput`). Places with no leading word in common (no parent they share) are
 * named by the words they end in (nameOfWhatTheyEndIn). Undefined when every name is the same, and
 * when they share no trailing word but the model's own (NAMERS_WORDS) and differ in more than their
 * last: what they have in common is then a parent's name, which says nothing of the type (`BetaCitationsDeltaCitation`, `BetaResponseTextBlockCitationsItem`
 * → `Beta`; `…CreatedRepositoriesItem`, `…DeletedRepositoriesItem` → `InstallationItem`).
 */
export function sharedTypeName(placeNames: readonly string[]): string | undefined {
  const [first, ...others] = placeNames.map(wordsWithNumbersJoined);
  if (first === undefined || others.length === 0) return undefined;
  const common = (at: (words: readonly string[], index: number) => string | undefined, most: number): string[] => {
    const words: string[] = [];
    for (let index = 0; index < most; index++) {
      const word = at(first, index)!;
      if (!others.every((words) => at(words, index) === word)) break;
      words.push(word);
    }
    return words;
  };
  const shortest = Math.min(first.length, ...others.map((words) => words.length));
  const leading = common((words, index) => words[index], shortest);
  if (leading.length === 0) return nameOfWhatTheyEndIn(first, others, common((words, index) => words[words.length - 1 - index], shortest).reverse());
  if (leading.length === shortest && others.every((words) => words.length === first.length)) return undefined;
  const trailing = common((words, index) => words[words.length - 1 - index], shortest - leading.length).reverse();
  const saysWhat = trailing.some((word) => !NAMERS_WORDS.has(word));
  if (!saysWhat && [first, ...others].some((words) => words.length > leading.length + 1)) return undefined;
  // Words of names already PascalCase: joined, they spell as the names do (an acronym stays one).
  return [...leading, ...trailing].join("");
}

/**
 * The name of a type whose places share no parent, from the words every place's name ends in where
 * they name the type, not only the model's kind of it: DAP's module and loaded-source events' reason
 * (`ModuleEventBodyReason`, `LoadedSourceEventBodyReason` → `EventBodyReason`), Claude Code's image
 * source's media type (`ImageBlockSourceMediaType`, `…ContentItemObjectImageSourceMediaType` →
 * `SourceMediaType`). Named for the first place alone, it read as that place's type at the others.
 * Undefined where those words are fewer than two once the model's own words (and `Other`, its name
 * for a variant requiring no key of its own) and joining words before them are dropped (`…ObjectType`
 * is a schema's `type`, not an object's; OpenAPI 3.1's `PathItemOrReferenceRef`,
 * `ParameterOrReferenceRef` → `ReferenceRef`, not `OrReferenceRef`), and where the places' parents are one name
 * numbered apart (`QueueDeduplicationScope`, `Queue2DeduplicationScope`: the first place's name is theirs).
 */
function nameOfWhatTheyEndIn(first: readonly string[], others: readonly (readonly string[])[], trailing: readonly string[]): string | undefined {
  const unnumbered = (word: string) => word.replace(/[0-9]+$/, "");
  if (others.every((words) => unnumbered(words[0]!) === unnumbered(first[0]!))) return undefined;
  const authored = trailing.findIndex((word) => !NAMERS_WORDS.has(word) && word !== KEYLESS_VARIANT_NAME && !JOINING_WORDS.has(word));
  const naming = authored === -1 ? [] : trailing.slice(authored);
  return naming.length >= 2 ? naming.join("") : undefined;
}

/** The name the model gives a union's variant that requires no key of its own (keysName). */
export const KEYLESS_VARIANT_NAME = "Other";

/** Words that join two names an author wrote (`PathItemOrReference`), never the first word of a type's name. */
const JOINING_WORDS: ReadonlySet<string> = new Set(["And", "Of", "Or", "With"]);

/**
 * The words the model's own naming adds to a place's name, which no author wrote: an array's `Item`
 * and a record's `Value` (inlineTypeName), and the name of a union's variant of one JSON type
 * (`Object`, `String`: variantNameFromValue). `Other` (KEYLESS_VARIANT_NAME) is not among them: a
 * shared name whose places all end in it (OpenAPI 3.1's header and header-or-reference variants that
 * require no key: `HeaderOther`) is named by it.
 */
const NAMERS_WORDS: ReadonlySet<string> = new Set([
  inlineTypeName("", { kind: "items" }),
  inlineTypeName("", { kind: "values" }),
  ...Object.keys({ null: true, boolean: true, integer: true, number: true, string: true, array: true, object: true } satisfies Record<JsonType, true>).map(variantNameFromValue),
]);

/** The words of a PascalCase name, each number joined to the word before it (`TestPresetsV3`: Test, Presets, V3). */
function wordsWithNumbersJoined(name: string): string[] {
  const words: string[] = [];
  for (const word of splitWords(name)) {
    if (/^[0-9]/.test(word) && words.length > 0) words[words.length - 1] += word;
    else words.push(word);
  }
  return words;
}
