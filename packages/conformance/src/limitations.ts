// The runtimes' known limitations, one registry entry each: a named, documented way a third-party
// runtime deviates from JSON Schema, which the run tolerates only in its exact form; every tolerated
// verdict is counted and printed, never silently passed. Each entry is an open bug outside what a
// generator can fix. An entry says whose verdicts it explains (runtimes), why (the documentation the
// report prints), and how it tells them apart from a disagreement (evidence): a verdict the runtime
// could not give, what the expectation says, or a reading, the model read as that runtime reads the
// schema, only in documents that have what the fault needs. findings (rules.ts) and the run's
// readings (run.ts) go through this list; a new limitation is a new entry (with, for a reading, the
// ModelValidator option or model rewrite it reads by).
import { buildModel, dialectAtLeast, documentSchemas, valueAt, ecmaRegExp, encodeFragment, KEYWORDS_READ_BEFORE_THEIR_DRAFT, ModelValidator, pointerTokens, UNEVALUATED_KEYWORDS, type ModelValidatorOptions, type SchemaModel, type SourceDocument } from "@clone/codegen";
import { satisfiesFormat } from "@clone/schema";
import { childPointer } from "@clone/schema/json-pointer";
import { hasAnyKey, isJsonObject, type JsonValue } from "./json.ts";
import { integersAsWritten, integersHeldBySwift, isDecimalMultipleOf, isRemainderMultipleOf } from "./runtimeNumbers.ts";
import { pythonRegex } from "./pythonRegex.ts";
import type { Column, Expectation } from "./rules.ts";
import type { Verdict } from "./runners/types.ts";

/** Which of a runtime's contradicting verdicts an entry may explain: only its acceptance of an invalid instance, or either way. */
export type Explains = "acceptance" | "either verdict";

/** How an entry tells the verdicts it explains. */
export type Evidence =
  /**
   * The runtime gave no verdict; `refusal` is its reason when it is this limitation's, else undefined.
   * `read` is the document the runtime read, for a fault only some construct of it causes (undefined
   * where the caller has none: such a fault is then not this limitation).
   */
  | { readonly kind: "no verdict"; readonly refusal: (verdict: Verdict, read: ReadDocument | undefined) => string | undefined }
  /** The expectation names what the runtime does not check (the mutation that made the instance invalid). */
  | { readonly kind: "expectation"; readonly explains: Explains; readonly applies: (expectation: Expectation) => boolean; readonly verdictReason: string }
  /**
   * Where the document has what the fault needs (`appliesTo`), the model read as the runtime reads
   * the schema (`readAs`, built once per model and runtime) gives the runtime's verdict. Such a
   * verdict explains nothing where the model itself is wrong (rules.ts, findings).
   */
  | {
      readonly kind: "reading";
      readonly explains: Explains;
      readonly appliesTo: (model: SchemaModel) => boolean;
      /**
       * `beneath`: another limitation's options (readOptions) of the same runtime, read with this one
       * where neither alone gives the runtime's verdict (run.ts limitationReadings): both faults at once.
       */
      readonly readAs: (model: SchemaModel, runtime: Column, beneath?: ModelValidatorOptions) => ModelValidator;
      /** The options `readAs` reads the model with, where it is only those (readingWith): Swift's case check (unionCases.ts) reads its decoder with them too. */
      readonly readOptions?: ModelValidatorOptions;
      readonly verdictReason: string;
    }
  /**
   * The runtime rejected a valid instance for a reason only the fault gives: every one of the reasons
   * it said (Verdict.detail, "; "-separated) matches `fingerprint`.
   */
  | { readonly kind: "reason"; readonly fingerprint: RegExp; readonly verdictReason: string }
  /** Told by the Swift re-encoding rules of rules.ts from what Swift's decoder made of the instance, and AJV's verdicts on that. */
  | { readonly kind: "swift re-encoding" }
  /**
   * The instance as written, or its schema, holds an integer a double does not (Readings.numbersBeyondDoubles):
   * the runtimes that read JSON exactly were given it as written, and the verdict contradicts the expectation either way.
   */
  | { readonly kind: "numbers beyond doubles"; readonly verdictReason: string };

/** The document a runtime read, in its dialect, and the schema of it that it validated by: what a limitation of some construct of it looks for. */
export interface ReadDocument {
  readonly document: JsonValue;
  readonly dialect: SourceDocument["dialect"];
  /** Where that schema is in the document, a fragment ("#", "#/$defs/Name"). */
  readonly fragment: string;
}

export interface Limitation {
  /** The runtimes (columns) whose verdicts it explains. */
  readonly runtimes: readonly Column[];
  /** What the runtime does, where it is tolerated, and why no generated code can fix it: printed with every report that meets it. */
  readonly why: string;
  readonly evidence: Evidence;
}

/** A reading of every document. */
const EVERY_DOCUMENT = () => true;

/** The Python engines, which share several limitations. */
const PYTHON_ENGINES = ["jsonschema", "fastjsonschema"] as const satisfies readonly Column[];

/** Whether the document has any of `keys`, at any depth. */
function documentHas(...keys: readonly string[]): (model: SchemaModel) => boolean {
  return (model) => hasAnyKey(model.source.document, keys);
}

/**
 * The model built from its document without the keywords of drafts later than the document's that
 * the toolkit reads anyway (KEYWORDS_READ_BEFORE_THEIR_DRAFT), as the document's own draft reads it;
 * undefined for a document that writes none.
 */
export function withoutLaterDraftsKeywords(model: SchemaModel): SchemaModel | undefined {
  const { dialect } = model.source;
  const later = Object.keys(KEYWORDS_READ_BEFORE_THEIR_DRAFT).filter((keyword) => !dialectAtLeast(dialect, KEYWORDS_READ_BEFORE_THEIR_DRAFT[keyword]!));
  const document = structuredClone(model.source.document) as JsonValue;
  const holding = documentSchemas(document, model.source.dialect).filter(([, each]) => later.some((keyword) => Object.hasOwn(each, keyword)));
  if (holding.length === 0) return undefined;
  for (const [, each] of holding) for (const keyword of later) delete each[keyword];
  return buildModel({ ...model.source, document: document as typeof model.source.document }, { name: model.name });
}

/** A reading that is the model read with `options`, and those options (for the Swift case check to read its decoder with). */
function readingWith(options: ModelValidatorOptions): { readonly readAs: (model: SchemaModel, runtime: Column, beneath?: ModelValidatorOptions) => ModelValidator; readonly readOptions: ModelValidatorOptions } {
  return { readAs: (model, _runtime, beneath) => new ModelValidator(model, { ...beneath, ...options }), readOptions: options };
}

/** A fastjsonschema refusal of the document whose reason `reason` matches. */
function refusedFor(reason: RegExp): (verdict: Verdict) => string | undefined {
  return (verdict) => (verdict.refusedSchema !== undefined && reason.test(verdict.refusedSchema) ? verdict.refusedSchema : undefined);
}

/** AJV's throw on a pattern that is ECMA-262 only without the `u` flag (V8's message names the pattern and the flag). */
function unicodeModeRefusal(verdict: Verdict): string | undefined {
  const pattern = verdict.threw === undefined ? undefined : /^Invalid regular expression: \/(.*)\/u: /s.exec(verdict.threw)?.[1];
  if (pattern === undefined) return undefined;
  try {
    new RegExp(pattern);
    return verdict.threw;
  } catch {
    return undefined;
  }
}

/** V8's message when AJV's code sets a key in its record of evaluated keys that it never created. */
const KEY_SET_IN_NO_RECORD = /^Cannot set properties of undefined \(setting '(.*)'\)$/s;

/** The keywords whose evaluated keys AJV knows only at run time, and so records in a variable it creates where one of their schemas passes. */
const EVALUATED_AT_RUN_TIME = ["anyOf", "oneOf", "if"] as const;

/**
 * Whether `schema`, as AJV compiles it, evaluates keys through an applicator it records them for at
 * run time: one of EVALUATED_AT_RUN_TIME, or an `allOf` part or local `$ref` target (followed within
 * `document`, each once) that has one; a `$dynamicRef` may land on one.
 */
function evaluatesAtRunTime(schema: JsonValue | undefined, document: JsonValue, seen = new Set<JsonValue>()): boolean {
  if (schema === undefined || !isJsonObject(schema) || seen.has(schema)) return false;
  seen.add(schema);
  if (EVALUATED_AT_RUN_TIME.some((keyword) => Object.hasOwn(schema, keyword)) || typeof schema.$dynamicRef === "string") return true;
  if (Array.isArray(schema.allOf) && schema.allOf.some((part) => evaluatesAtRunTime(part, document, seen))) return true;
  const target = typeof schema.$ref === "string" && schema.$ref.startsWith("#") ? pointerTokens(schema.$ref.slice(1)) : undefined;
  return target !== undefined && evaluatesAtRunTime(valueAt(document, target), document, seen);
}

/**
 * Every object the schema at `fragment` of `document` holds, at any depth (a schema wherever it sits:
 * an API description's, a group's), and those its local `$ref`s name, each once: what validating by
 * it may run.
 */
function* objectsReachedFrom(document: JsonValue, fragment: string): Generator<{ readonly [key: string]: JsonValue }> {
  const start = fragment.startsWith("#") ? pointerTokens(fragment.slice(1)) : undefined;
  const pending: (JsonValue | undefined)[] = [start === undefined ? undefined : valueAt(document, start)];
  const seen = new Set<JsonValue>();
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value !== "object" || value === null || seen.has(value)) continue;
    seen.add(value);
    if (Array.isArray(value)) {
      pending.push(...value);
      continue;
    }
    yield value;
    pending.push(...Object.values(value));
    const target = typeof value.$ref === "string" && value.$ref.startsWith("#") ? pointerTokens(value.$ref.slice(1)) : undefined;
    if (target !== undefined) pending.push(valueAt(document, target));
  }
}

/**
 * AJV's throw on a key one of its 2019-09 / 2020-12 `patternProperties` matched, where that schema
 * evaluates keys through an applicator of run time (evaluatesAtRunTime) none of whose schemas passed
 * ("ajv-throws-recording-pattern-keys-beside-variants"): the message names the key, and the schema
 * validated by holds, or refers to, such a schema whose pattern matches it.
 */
function patternKeyRecordRefusal(verdict: Verdict, read: ReadDocument | undefined): string | undefined {
  const key = verdict.threw === undefined ? undefined : KEY_SET_IN_NO_RECORD.exec(verdict.threw)?.[1];
  if (key === undefined || read === undefined || !dialectAtLeast(read.dialect, "2019-09")) return undefined;
  for (const schema of objectsReachedFrom(read.document, read.fragment)) {
    const patterns = schema.patternProperties;
    if (!isJsonObject(patterns) || !Object.keys(patterns).some((pattern) => ecmaRegExp(pattern).test(key))) continue;
    if (evaluatesAtRunTime(schema, read.document)) return verdict.threw;
  }
  return undefined;
}

/** jsonschema's throw (through `referencing`) when a JSON pointer names no place in the schema it was resolved against; the pointer is the first group. */
const POINTER_TO_NOWHERE = /^_WrappedReferencingError: PointerToNowhere: '(.*?)' does not exist within /s;

/**
 * jsonschema's throw on a pointer the document has, where the schema validated by holds, or refers
 * to, a schema whose `$id` (draft-04: `id`) is a URI with a fragment after it (`flags.json#flagdImport`,
 * not `#flagdImport` alone): "jsonschema-resolves-pointers-inside-ids-with-fragments".
 */
function fragmentIdRefusal(verdict: Verdict, read: ReadDocument | undefined): string | undefined {
  const pointer = verdict.threw === undefined ? undefined : POINTER_TO_NOWHERE.exec(verdict.threw)?.[1];
  if (pointer === undefined || read === undefined || dialectAtLeast(read.dialect, "2019-09")) return undefined;
  const tokens = pointerTokens(pointer);
  if (tokens === undefined || valueAt(read.document, tokens) === undefined) return undefined;
  const idKeyword = read.dialect === "draft-04" ? "id" : "$id";
  for (const schema of objectsReachedFrom(read.document, read.fragment)) {
    const id = schema[idKeyword];
    if (typeof id === "string" && /^[^#]+#./s.test(id)) return verdict.threw;
  }
  return undefined;
}

/** fastjsonschema's reason for refusing a schema whose required keys its additionalProperties forbids (draft04.py). */
const REQUIRED_BUT_FORBIDDEN = /: items \[.*\] are required but not allowed$/;

/** fastjsonschema's reason when it reads a boolean as a schema in a dialect without boolean schemas (draft-04). */
const BOOLEAN_WHERE_A_SCHEMA_IS_READ = /^definition must be an object$/;

/** Python's refusal of the code fastjsonschema writes for a schema nested deeper than Python compiles blocks (20), indentation (100) or brackets (200). */
const NESTED_TOO_DEEP_FOR_PYTHON = /^too many (statically nested blocks|levels of indentation|nested parentheses)\b/;

/** The harness's reason when fastjsonschema writes more Python source for a schema than it compiles (conformance_harness.py, TooMuchSource). */
const TOO_MUCH_SOURCE = /^fastjsonschema writes more than [\d,]+ characters of Python source for the schema\b/;

/** jsonschema's crash when its 2019-09 reading of unevaluatedItems takes the length of a boolean `items`. */
const BOOLEAN_ITEMS_LENGTH = /^TypeError: object of type 'bool' has no len\(\)$/;

/** The harness's reason when two of the document's refs would share one function in fastjsonschema's generated code (conformance_harness.py, SharedFunctionName). */
const SHARED_FUNCTION_NAME = /^the refs .+ and .+ share one function name in its generated code$/s;

/**
 * The harness's reason when fastjsonschema fetched a document, or failed to resolve a place in this
 * one, that only a `$ref` inside a value names (conformance_harness.py, ValueReference).
 */
const REFERENCE_IN_A_VALUE = /^(fetched|resolved) \S+, which only a \$ref inside a value names$/;

/**
 * The known limitations, in the order findings tries them for a verdict (the first that explains it
 * names it): those of a runtime that gave no verdict first.
 */
export const KNOWN_LIMITATIONS = {
  "ajv-compiles-patterns-in-unicode-mode": {
    runtimes: ["ajv"],
    why:
      "AJV compiles every pattern with the `u` flag (its unicodeRegExp option, on by default), in which some patterns that " +
      "ECMA-262 reads without the flag are syntax errors: it throws on compiling such a document and gives no verdict at all. " +
      "An identity escape (an escaped punctuation mark, `\\:`, `\\@`, `\\-` outside a class, as AWS's resource schemas and STIX " +
      "2.1 write them; an escaped letter ECMA-262 gives no meaning, Python's `\\Z`) is read as the character by every runtime " +
      "here, AJV's patterns included (@clone/schema's unicodeModePattern); what remains is read otherwise by the runtimes, or " +
      "refused by some (`[\\w-.]`, a range from a class escape, which Python's `re` refuses). The toolkit reads such a pattern as written without the flag, as the " +
      "input check takes it (pattern.ts). Tolerated only when AJV's error is a pattern's in Unicode mode and that pattern " +
      "compiles without the flag. Not fixable in generated code: AJV compiles the document itself",
    evidence: { kind: "no verdict", refusal: unicodeModeRefusal },
  },
  "ajv-throws-recording-pattern-keys-beside-variants": {
    runtimes: ["ajv"],
    why:
      "In a 2019-09 or 2020-12 document AJV records the keys each applicator evaluated, for `unevaluatedProperties` (it does " +
      "so with or without one there). Beside an `anyOf`, a `oneOf` or an `if` with an `else` (directly, in an `allOf` part, or " +
      "through a `$ref`), the record is a variable it creates only where one of their schemas that evaluates keys passes, and a " +
      "`patternProperties` beside them then sets each key its pattern matches in it regardless: where none does, the compiled code throws " +
      "\"Cannot set properties of undefined (setting 'x1')\" (ajv 8.20, patternProperties.ts and mergeEvaluated in util.ts). " +
      "`{oneOf: [{required: [a]}, {required: [b]}], patternProperties: {\"^x\": {}}, unevaluatedProperties: false}` throws on " +
      "{\"x1\": 1} (with every error asked for, as the harness explains a refusal; an `anyOf` or `oneOf` with a variant every " +
      "object passes, or an `if` with an `else`, throws at the first error too): no verdict at all. Tolerated only where AJV " +
      "throws that, naming a key that a `patternProperties` beside such an applicator matches, in the schema validated by or " +
      "one it refers to. Not fixable in " +
      "generated code: AJV compiles the document itself",
    evidence: { kind: "no verdict", refusal: patternKeyRecordRefusal },
  },
  "jsonschema-resolves-pointers-inside-ids-with-fragments": {
    runtimes: ["jsonschema"],
    why:
      "A draft-04, -06 or -07 subschema may give itself an `$id` (draft-04: `id`) that is a URI with a plain-name fragment, " +
      "`https://flagd.dev/schema/v0/flags.json#flagdImport` (flagd's flag definitions): the document's own URI, and a name " +
      "for the subschema, as AJV reads it (the drafts leave a base URI with a fragment undefined). jsonschema (4.26, " +
      "through referencing 0.37) takes the whole URI, fragment and all, for the subschema's base, and resolves a `$ref` " +
      "beneath it, `#/definitions/base`, inside that subschema instead of the document: it throws PointerToNowhere, no " +
      "verdict at all. Tolerated only when it throws that for a pointer the document has, in a schema holding or referring " +
      "to such an `$id`. Not fixable in generated code: jsonschema resolves the document's `$ref`s itself",
    evidence: { kind: "no verdict", refusal: fragmentIdRefusal },
  },
  "python-validators-cannot-compile-patterns": {
    runtimes: PYTHON_ENGINES,
    why:
      "jsonschema (for `patternProperties`) and fastjsonschema (for `pattern` and `patternProperties`) compile the document's " +
      "patterns with Python's `re`, which has no Unicode property escapes (`\\p{L}`, `\\P{Lu}`, valid ECMA-262 with the `u` flag) and spells a named " +
      "group `(?P<name>…)`, refusing ECMA-262's `(?<name>…)` (.NET's global.json: `^(?<major>0|[1-9]\\d*)\\.…`); and fastjsonschema " +
      "first rewrites every `$` of a pattern to `\\Z`, inside a character class too, where `re` refuses it (`^[#$]+$`): " +
      "such a document has no verdict from them at all. Tolerated only when the engine says so (re.error, answered per engine " +
      "by the harness). Not fixable in generated code: the engines compile the document's patterns themselves (the generated " +
      "serializers spell a property as the class of its code points)",
    evidence: { kind: "no verdict", refusal: (verdict) => verdict.unreadablePattern },
  },
  "drf-refuses-values-of-patterns-python-cannot-run": {
    runtimes: ["drf"],
    why:
      "Python's `re` runs a lookbehind only when everything it matches has one length; ECMAScript takes any (`(?<=a+)`). " +
      "The generated serializers write a bounded one out as lookbehinds of one length each (fixedWidthLookbehinds.ts); an " +
      "unbounded one has no such spelling, and its pattern is an _UnrunnablePattern: the module loads, and every value the " +
      "pattern checks is refused with the reason (fail closed), never passed unchecked. Tolerated only where the serializers " +
      "gave that refusal (the harness answers it as an unreadable pattern). Fixable only by carrying an engine of ECMAScript's " +
      "regular expressions in the generated support code",
    evidence: { kind: "no verdict", refusal: (verdict) => verdict.unreadablePattern },
  },
  "fastjsonschema-refuses-required-keys-it-forbids": {
    runtimes: ["fastjsonschema"],
    why:
      "fastjsonschema refuses to compile a schema whose `required` names keys its `additionalProperties: false` forbids " +
      "(\"items [...] are required but not allowed\"), which JSON Schema allows (no object passes it, and every other value " +
      "does): such a document has no verdict from it at all. Tolerated only when fastjsonschema gives that reason. Not fixable " +
      "in generated code: fastjsonschema compiles the document itself",
    evidence: { kind: "no verdict", refusal: refusedFor(REQUIRED_BUT_FORBIDDEN) },
  },
  "fastjsonschema-refuses-boolean-additional-items-in-draft-04": {
    runtimes: ["fastjsonschema"],
    why:
      "fastjsonschema's draft-04 reading compiles `additionalItems: true` as a schema and refuses it (\"definition must be " +
      "an object\"), where draft-04 allows a boolean there (any further item passes), as its later drafts' readings do (found " +
      "on SchemaStore's remark settings schema, `plugins` tuples, by the document-examples oracle): such a document has no verdict " +
      "from it at all. Tolerated only when fastjsonschema gives that reason, which in a draft-04 document its meta-schema " +
      "accepts only a boolean `additionalItems` or `additionalProperties` (the only places it allows a boolean) can cause. Not " +
      "fixable in generated code: fastjsonschema compiles the document itself",
    evidence: { kind: "no verdict", refusal: refusedFor(BOOLEAN_WHERE_A_SCHEMA_IS_READ) },
  },
  "fastjsonschema-cannot-compile-deep-schemas": {
    runtimes: ["fastjsonschema"],
    why:
      "fastjsonschema compiles a schema into Python source with a nested block for each array or object nested in it, " +
      "and Python compiles no more than 20 nested blocks and 100 levels of indentation (\"too many statically nested blocks\"): a schema of arrays of arrays " +
      "twenty levels deep, valid JSON Schema, has no verdict from it at all. Tolerated only when Python gives that reason. Not " +
      "fixable in generated code: fastjsonschema compiles the document itself",
    evidence: { kind: "no verdict", refusal: refusedFor(NESTED_TOO_DEEP_FOR_PYTHON) },
  },
  "fastjsonschema-cannot-compile-large-schemas": {
    runtimes: ["fastjsonschema"],
    why:
      "fastjsonschema's detailed errors spell the failing schema, each `$ref` in it replaced by the schema it names, into " +
      "every raise of the Python source it writes, so the source grows with a schema's size times its refs to large schemas: " +
      "Renovate's 2.27 MB schema became 382 MB of source, which Python's compile() took more than 20 GB to read (the kernel killed " +
      "the harness, and the run with it). The harness stops fastjsonschema's writing at a bound (MAX_FASTJSONSCHEMA_SOURCE, " +
      "above the largest source of the schemas swept: Vega-Lite's, 23 MB) and asks it nothing about such a schema: tolerated " +
      "only with that reason. Its plain errors (`detailed_exceptions=False`) write no schema, but fail to compile schemas " +
      "the detailed ones compile (a `$ref` inside a `const`). Not fixable in generated code: fastjsonschema compiles the " +
      "document itself",
    evidence: { kind: "no verdict", refusal: refusedFor(TOO_MUCH_SOURCE) },
  },
  "fastjsonschema-fetches-refs-inside-values": {
    runtimes: ["fastjsonschema"],
    why:
      "fastjsonschema compiles every `$ref` it finds in a document, one inside a value too (`const`, `enum`, `default`, " +
      "`examples` hold data: `{\"const\": {\"$ref\": \"a\"}}` is the object it spells; so does an annotation, a keyword the " +
      "dialect does not define: Stripe's `x-expansionResources`), and fetches the document it names " +
      "(over the network, by its default handlers), or resolves the place in the document it names; where that fails, it " +
      "refuses the document, which JSON Schema allows (AsyncAPI 3.0's examples hold `{\"$ref\": \"#/components/schemas/Pet\"}`, " +
      "a place its schema does not have). The harness fetches only the document and the remote ones its schemas refer to, so " +
      "such a document has no verdict from it at all. Tolerated only when fastjsonschema asked for a document, or a place in " +
      "this one that is not there, only a value names (the harness's ValueReference). Not " +
      "fixable in generated code: fastjsonschema compiles the document itself",
    evidence: { kind: "no verdict", refusal: refusedFor(REFERENCE_IN_A_VALUE) },
  },
  "fastjsonschema-checks-refs-of-like-names-with-one-function": {
    runtimes: ["fastjsonschema"],
    why:
      "fastjsonschema compiles one Python function per `$ref` target, named after its URI with every character but letters " +
      "and digits an underscore, lower-cased, and calls the first one compiled for every target of that name: Vega-Lite's " +
      "`#/definitions/MarkPropDef<number>` and `MarkPropDef<number[]>` are both checked by the first one's schema, so it refused " +
      "`{\"y\": []}` where `y` is the array one (found on Vega-Lite 5 by the sweep). The harness finds such refs in the document " +
      "before compiling, and then asks fastjsonschema nothing about it: tolerated only with that reason. Not fixable in generated " +
      "code: fastjsonschema compiles the document itself",
    evidence: { kind: "no verdict", refusal: refusedFor(SHARED_FUNCTION_NAME) },
  },
  "python-validators-read-patterns-as-python": {
    runtimes: PYTHON_ENGINES,
    why:
      "fastjsonschema hands a schema's `pattern` and `patternProperties` to Python's `re` as they are, and jsonschema its " +
      "`patternProperties` (the harness gives jsonschema's `pattern` the serializers' translation), while JSON Schema means ECMA-262: " +
      "`.` also matches \\r, U+2028 and U+2029, `$` also matches before a final newline (fastjsonschema rewrites it for `pattern` only), " +
      "`\\d`, `\\w`, `\\s`, `\\b` are Unicode, and `\\A` and `\\Z` are anchors (AWS's patterns end with `\\Z`, to ECMA-262 the letter Z); and jsonschema tells a key no pattern matches, for `additionalProperties`, by " +
      "the patterns joined with `|` into one, read as no pattern at all when that is empty, so a lone `\"\"` (JSON:API's " +
      "`patternProperties: {\"\": true}` beside `additionalProperties: false`) lets no key through. Tolerated only where the model, judged with that engine's Python reading of those " +
      "patterns (pythonRegex.ts), gives the engine's verdict. Not fixable in generated code: the engines compile the document's " +
      "patterns themselves (the generated serializers translate them and are held to ECMA-262)",
    evidence: {
      kind: "reading",
      explains: "either verdict",
      appliesTo: EVERY_DOCUMENT,
      readAs: (model, runtime, beneath) =>
        runtime === "jsonschema"
          ? // The harness runs jsonschema's `pattern` through the serializers' translation (ECMA-262), not its `patternProperties`.
            new ModelValidator(loneEmptyPatternsAsJsonschemaReadsThem(model) ?? model, { ...beneath, regex: (pattern, use) => (use === "pattern" ? ecmaRegExp(pattern) : pythonRegex(pattern, { dollarIsEnd: false })) })
          : new ModelValidator(model, { ...beneath, regex: (pattern, use) => pythonRegex(pattern, { dollarIsEnd: use === "pattern" }) }),
      verdictReason: "as Python's re reads the patterns",
    },
  },
  "jsonschema-crashes-on-boolean-items-in-2019-09": {
    runtimes: ["jsonschema"],
    why:
      "jsonschema (4.26) tells the items a 2019-09 document's `unevaluatedItems` judges by its legacy reading " +
      "(find_evaluated_item_indexes_by_schema), which takes the length of `items` wherever it is not an object, so an " +
      "`items: true` or `false` beside it (or in a subschema it looks into) raises \"TypeError: object of type 'bool' has no " +
      "len()\" on every array: no verdict. Tolerated only when it raises that. Not fixable in generated code: jsonschema " +
      "reads the document itself",
    evidence: { kind: "no verdict", refusal: (verdict) => (verdict.threw !== undefined && BOOLEAN_ITEMS_LENGTH.test(verdict.threw) ? verdict.threw : undefined) },
  },
  "jsonschema-reads-2019-09-contains-as-evaluating": {
    runtimes: ["jsonschema"],
    why:
      "jsonschema (4.26) tells the items a 2019-09 document's `unevaluatedItems` judges by its legacy reading, which counts " +
      "the items a `contains` matches as evaluated, as 2020-12 does; 2019-09 says only `items` and `additionalItems` evaluate " +
      "(AJV's suite runner lists those tests as 2020-12's only), so `{contains: {const: 7}, unevaluatedItems: false}` accepts " +
      "[7] there. Tolerated only in a 2019-09 document, where the model with each such `unevaluatedItems` beside a `contains` " +
      "written as the `items` (or `additionalItems` past a tuple) that takes an item matching either gives jsonschema's " +
      "verdict. Not fixable in generated code: jsonschema reads the document itself",
    evidence: {
      kind: "reading",
      explains: "either verdict",
      appliesTo: (model) => model.source.dialect === "2019-09" && hasAnyKey(model.source.document, ["unevaluatedItems"]) && hasAnyKey(model.source.document, ["contains"]),
      readAs: (model, _runtime, beneath) => new ModelValidator(containsAsJsonschema2019ReadsIt(model) ?? model, beneath),
      verdictReason: "as jsonschema's 2019-09 reading counts what contains matches",
    },
  },
  "jsonschema-reads-2019-09-additional-properties-as-names": {
    runtimes: ["jsonschema"],
    why:
      "jsonschema (4.26) tells the keys a 2019-09 document's `unevaluatedProperties` judges by its legacy reading " +
      "(find_evaluated_property_keys_by_schema), which takes an `additionalProperties` schema other than `true` for a map of " +
      "property names, as `properties` is: the keys it judged count as evaluated only where named like one of its keywords, so " +
      "`{additionalProperties: {}, unevaluatedProperties: false}` refuses `{\"x\": 1}`, which JSON Schema and its own 2020-12 " +
      "reading accept. Tolerated only in a 2019-09 document with both keywords, where the model built with each such " +
      "`additionalProperties` judged inside `not: {not: …}` (its verdict kept, what it evaluates dropped) and its keywords' " +
      "names evaluated gives jsonschema's verdict. Not fixable in generated code: jsonschema reads the document itself",
    evidence: {
      kind: "reading",
      explains: "either verdict",
      appliesTo: (model) => model.source.dialect === "2019-09" && hasAnyKey(model.source.document, ["unevaluatedProperties"]) && hasAnyKey(model.source.document, ["additionalProperties"]),
      readAs: (model, _runtime, beneath) => new ModelValidator(additionalPropertiesAsJsonschema2019ReadsThem(model) ?? model, beneath),
      verdictReason: "as jsonschema's 2019-09 reading counts what additionalProperties evaluates",
    },
  },
  "python-validators-ignore-ref-siblings": {
    runtimes: PYTHON_ENGINES,
    why:
      "In a draft-04, -06 or -07 document, jsonschema and fastjsonschema ignore every keyword beside a `$ref`, as those drafts' " +
      "text says; AJV applies them with the ref in every draft, and so do the model and every generated target (normalizeSchema.ts: " +
      "authors write them to be applied, as GitHub's workflow schema does with `with: {$ref: env, properties: {args: string}}`). " +
      "Tolerated only where the model built with those keywords dropped (buildModel's refSiblings: \"ignore\") gives the engine's " +
      "verdict. Not fixable in generated code: the engines read the document's `$ref`s themselves",
    evidence: {
      kind: "reading",
      explains: "either verdict",
      // From 2019-09 on, keywords beside a `$ref` apply in every reading.
      appliesTo: (model) => ["draft-04", "draft-06", "draft-07"].includes(model.source.dialect),
      readAs: (model, _runtime, beneath) => new ModelValidator(buildModel(model.source, { name: model.name, refSiblings: "ignore" }), beneath),
      verdictReason: "as keywords beside $ref are ignored",
    },
  },
  "python-validators-ignore-keywords-of-later-drafts": {
    runtimes: PYTHON_ENGINES,
    why:
      "In a draft-04 document jsonschema and fastjsonschema ignore `const`, `contains` and `propertyNames`, and in a draft-04 " +
      "or draft-06 one `if`/`then`/`else`, as those drafts define no such keywords; AJV applies them in every draft, and so do " +
      "the model and every generated target (KEYWORDS_READ_BEFORE_THEIR_DRAFT: authors write them to be applied, as ASP.NET " +
      "Core's draft-04 appsettings schema writes `propertyNames` for NLog's variables). Tolerated only where the model built " +
      "with those keywords dropped gives the engine's verdict. Not fixable in generated code: the engines read the document's " +
      "keywords themselves",
    evidence: {
      kind: "reading",
      explains: "either verdict",
      appliesTo: (model) => model.source.dialect === "draft-04" || model.source.dialect === "draft-06",
      readAs: (model, _runtime, beneath) => new ModelValidator(withoutLaterDraftsKeywords(model) ?? model, beneath),
      verdictReason: "as the document's draft ignores keywords later drafts added",
    },
  },
  "python-validators-read-draft-04-integers-as-written": {
    runtimes: PYTHON_ENGINES,
    why:
      "Draft-04 defines an integer as a JSON number written without a fraction or exponent part; jsonschema and " +
      "fastjsonschema read it so, since Python's json parses `-1e+21` as a float, while AJV, the model and the generated " +
      "targets read `integer` by value, as draft-06 on defines it (a number whose fractional part is zero). They differ on " +
      "an integral number JSON writes with an exponent (1e21 and beyond, as JavaScript writes it). Tolerated only in a " +
      "draft-04 document, where the model with such numbers read as not integers gives the engine's verdict. Not fixable " +
      "in generated code: the engines read the document's `type` themselves",
    evidence: {
      kind: "reading",
      explains: "either verdict",
      appliesTo: (model) => model.source.dialect === "draft-04",
      ...readingWith({ integers: integersAsWritten }),
      verdictReason: "as draft-04 reads an integer written with an exponent",
    },
  },
  "swift-reads-typeless-schemas-as-their-type": {
    runtimes: ["swift"],
    why:
      "A schema that names no `type`, only keywords of one (`properties`, `required`…; `minLength`; `minimum`; `items`), lets " +
      "a value of any other JSON type through, as AJV, the Python engines and the generated serializers read it; the generated " +
      "Swift reads it as that type (the model's Typeless: the struct, String, Double or array it describes), since a typed value " +
      "cannot also be any other value without giving up its type, and refuses the rest, or, in a union, decodes it into a later " +
      "variant that takes it. Tolerated only where the model, reading such a schema as its keywords' type only, gives Swift's " +
      "verdict, or picks the case Swift decoded into",
    evidence: {
      kind: "reading",
      explains: "either verdict",
      appliesTo: EVERY_DOCUMENT,
      ...readingWith({ typelessAsTyped: true }),
      verdictReason: "as a typed target reads a schema that names no type",
    },
  },
  "fastjsonschema-checks-multiple-of-in-decimal": {
    runtimes: ["fastjsonschema"],
    why:
      "fastjsonschema checks a fractional `multipleOf` in decimal arithmetic on the numbers' shortest spellings " +
      "(Decimal(repr(value)) / Decimal(repr(multipleOf)), a quotient Python rounds to 28 significant digits, so one of 28 integer " +
      "digits or more is whole: 1.6042661932261088e41 is a multiple of 1.5 to it), while AJV, jsonschema and the generated serializers divide as floats, " +
      "so -1.9000000000000001 is a multiple of 0.1 to them and not to fastjsonschema (nor is -79124375777844450000 of 1.5: an " +
      "integer reaches it as an int, all the double's digits, -79124375777844445184); a whole one it checks by `int(quotient) == " +
      "quotient` (1.5e300 is a multiple of 1 to it, not to AJV). Tolerated only where the model, judged with " +
      "fastjsonschema's decimal reading (runtimeNumbers.ts isDecimalMultipleOf), gives fastjsonschema's verdict. Not fixable in " +
      "generated code: fastjsonschema compiles the document's multipleOf itself",
    evidence: {
      kind: "reading",
      explains: "either verdict",
      appliesTo: EVERY_DOCUMENT,
      ...readingWith({ multipleOf: isDecimalMultipleOf }),
      verdictReason: "as decimal arithmetic reads multipleOf",
    },
  },
  "jsonschema-checks-multiple-of-by-remainder": {
    runtimes: ["jsonschema"],
    why:
      "Python's jsonschema checks a whole `multipleOf` with Python's exact remainder (`value % divisor`), while AJV, the model " +
      "and the generated serializers divide as floats: -5e-324 / 2 rounds to -0, a whole quotient, so -5e-324 is a multiple of 2 " +
      "to them and not to jsonschema; and by a fractional one it takes `int(quotient) == quotient`, where AJV reads the quotient's " +
      "spelling (1e21 / 0.5 is whole to jsonschema only). Tolerated only where the model, judged with jsonschema's reading " +
      "(runtimeNumbers.ts isRemainderMultipleOf), gives jsonschema's verdict. Not fixable in generated code: jsonschema " +
      "checks the document's multipleOf itself",
    evidence: {
      kind: "reading",
      explains: "either verdict",
      appliesTo: EVERY_DOCUMENT,
      ...readingWith({ multipleOf: isRemainderMultipleOf }),
      verdictReason: "as Python's remainder reads multipleOf",
    },
  },
  "ajv-reads-inherited-keys-as-evaluated": {
    runtimes: ["ajv"],
    why:
      "AJV tracks the properties that `patternProperties`, an `anyOf`, `oneOf` or `if` evaluated for `unevaluatedProperties` " +
      "in a plain JavaScript object and asks it `props[key]`, so a key named after a member of Object.prototype (`constructor`, " +
      "`toString`, `hasOwnProperty`, `__proto__`…) reads as evaluated and `unevaluatedProperties: false` lets it through; beside " +
      "`patternProperties` an `unevaluatedProperties` schema checks no such key either: `{patternProperties: {\"^_\": {type: " +
      "string}}, unevaluatedProperties: {enum: [1]}}` accepts {\"constructor\": null}, and {\"__proto__\": null} once no " +
      "pattern matches `__proto__` (ajv 8.20; beside `properties` alone AJV knows the evaluated keys when it compiles the " +
      "schema and checks them). Tolerated only in a document that has `unevaluatedProperties`, where AJV accepted an invalid " +
      "instance and the model accepts it too with such keys, where no pattern matches them, let through where it closes an " +
      "object and past the schema for other keys of an object with `patternProperties`. Not fixable in generated code: AJV " +
      "compiles the document itself",
    evidence: {
      kind: "reading",
      explains: "acceptance",
      appliesTo: documentHas("unevaluatedProperties"),
      ...readingWith({ inheritedKeysEvaluated: true }),
      verdictReason: "a key named after an Object.prototype member as evaluated",
    },
  },
  "ajv-skips-proto-entries": {
    runtimes: ["ajv"],
    why:
      "AJV leaves an entry for the key `__proto__` out of `properties`, `dependencies`, `dependentRequired` and " +
      "`dependentSchemas` on purpose (against prototype pollution of the code it generates; ajv 8.20, allSchemaProperties): " +
      "the value under that key is not checked, and under `additionalProperties` the key counts as undeclared. `required` " +
      "and `patternProperties` do see it. This holds for @clone/schema's validators too, which are AJV. Tolerated only in a " +
      "document that has such a key, where the model with those entries read as absent gives AJV's verdict. Not fixable in " +
      "generated code: AJV compiles the document itself",
    evidence: {
      kind: "reading",
      explains: "either verdict",
      appliesTo: documentHas("__proto__"),
      ...readingWith({ protoEntriesSkipped: true }),
      verdictReason: "as AJV reads a __proto__ entry as absent",
    },
  },
  "ajv-skips-empty-key-dependency": {
    runtimes: ["ajv"],
    why:
      "AJV, stopping at the first error (allErrors: false, as @clone/schema's validators run), never reports the key `\"\"` " +
      "missing where a dependency requires it (`dependentRequired`, a `dependencies` list): its generated check records the " +
      "missing key's name inside the test for it, and the empty name is falsy (ajv 8.20, checkMissingProp). `required` had " +
      "the same fault, which @clone/schema's AJV options avoid (INSTANCE_READING's loopRequired); dependencies have no such " +
      "option. Tolerated only in a document with such a dependency, where the model with it unchecked gives AJV's verdict. " +
      "Not fixable in generated code: AJV compiles the document itself",
    evidence: {
      kind: "reading",
      explains: "acceptance",
      appliesTo: (model) => dependsOnEmptyKey(model.source.document),
      ...readingWith({ emptyKeyDependenciesSkipped: true }),
      verdictReason: "an object missing the empty key a dependency requires",
    },
  },
  "ajv-tracks-what-is-evaluated-its-own-way": {
    runtimes: ["ajv"],
    why:
      "AJV counts what `unevaluatedItems` and `unevaluatedProperties` see as evaluated otherwise than the specification in two " +
      "places (ajv 8.20). In 2020-12 the items a `contains` matches count as evaluated, so an `unevaluatedItems` beside it (or " +
      "beside an allOf part holding it) checks the others; AJV marks every item evaluated once a `contains` is there, and none " +
      "where it skips the `contains` (`minContains: 0` without `maxContains`, or a schema every item passes) (contains.ts; its " +
      "own test run skips the suite's \"unevaluatedItems depends on adjacent contains\"). Beside `dependentSchemas`, AJV starts " +
      "its record of evaluated keys inside the check of the first entry, so the keys `properties` evaluated (without " +
      "`patternProperties` or an applicator beside it) count only when that entry's key is present: `{properties: {id}, dependentSchemas: {a: …}, " +
      "unevaluatedProperties: false}` refuses {\"id\": \"x\"} (dependencies.ts). And AJV ignores an `if` beside no `then` or " +
      "`else` it checks, and beside one of them counts the keys the `if`'s `properties` evaluated exactly when that clause " +
      "runs, a failing `if`'s too, and every item evaluated by an `if` holding a `contains` beside a clause it checks (if.ts). " +
      "Tolerated only in a document with such " +
      "keywords, where the model built with evaluation read as AJV compiles it (buildModel's evaluationReading: \"ajv\") gives " +
      "AJV's verdict. Not fixable in generated code: AJV compiles the document itself",
    evidence: {
      kind: "reading",
      explains: "either verdict",
      // AJV's reading marks more evaluated in some schemas and fewer in others, and only an
      // `unevaluated*` keyword looks at what is evaluated: in any other document the reading is the model.
      appliesTo: documentHas(...UNEVALUATED_KEYWORDS),
      readAs: (model, _runtime, beneath) => new ModelValidator(buildModel(model.source, { name: model.name, evaluationReading: "ajv" }), beneath),
      verdictReason: "as AJV tracks what is evaluated",
    },
  },
  "ajv-counts-every-item-evaluated-as-one": {
    runtimes: ["ajv"],
    why:
      "Where what is evaluated is known only at run time (an `anyOf` or `oneOf` variant, a branch of an `if`, a `$ref` to a " +
      "schema it compiles as a function of its own), AJV keeps the count of evaluated items in a variable that holds `true` " +
      "once they are all evaluated (an `items`, an `unevaluatedItems`, a `contains` of its own), and the `unevaluatedItems` " +
      "beside compares the array's length with it as a number (ajv 8.20, unevaluatedItems.ts: `len > items`): `true` is 1, so " +
      "every item past the first is unevaluated to it, and its message says so, \"must NOT have more than true items\" " +
      "(`{anyOf: [{items: true}, {prefixItems: [true]}], unevaluatedItems: false}` refuses [1, 2]). Tolerated only as a " +
      "rejection of a valid instance that gives that reason alone. Not fixable in generated code: AJV compiles the document itself",
    evidence: { kind: "reason", fingerprint: /must NOT have more than true items$/, verdictReason: "counting every item evaluated as one" },
  },
  "ajv-resolves-dynamic-refs-to-their-enclosing-schema": {
    runtimes: ["ajv"],
    why:
      "AJV resolves a 2020-12 `$dynamicRef: \"#name\"` through the `$dynamicAnchor` it names only where it registered that " +
      "anchor while compiling (ajv 8.20, dynamicRef.ts, ajv-validator/ajv#1573 and #1745); elsewhere, as with OpenAPI 3.1's " +
      "`#meta` in `$defs/schema`, which only `$dynamicRef`s name, it calls the function it is generating around the " +
      "`$dynamicRef`: the schema nearest above it that it compiles on its own (a `$ref`'s target, the definition or document " +
      "validated). OpenAPI 3.1's header `schema: false` is refused as not a header, where `#meta` allows a boolean. Tolerated " +
      "only in a 2020-12 document with such a `$dynamicRef`, where the model with each read as a `$ref` to that enclosing " +
      "schema (dynamicRefsAsAjvReadsThem) gives AJV's verdict. Not fixable in generated code: AJV compiles the " +
      "document itself",
    evidence: {
      kind: "reading",
      explains: "either verdict",
      appliesTo: (model) => dynamicRefsAsAjvReadsThem(model) !== undefined,
      // Built twice at most per model (appliesTo, then here): only where AJV contradicts the expectation.
      readAs: (model, _runtime, beneath) => new ModelValidator(dynamicRefsAsAjvReadsThem(model) ?? model, beneath),
      verdictReason: "as AJV resolves a $dynamicRef to the schema enclosing it",
    },
  },
  "ajv-passes-empty-arrays-after-a-match": {
    runtimes: ["ajv"],
    why:
      "AJV's check of a `contains` that needs one match (no `minContains` above 1, no `maxContains`) keeps its verdict in one " +
      "variable for every array it checks in a loop and only assigns it inside the loop over an array's items, so an empty " +
      "array passes when the array checked before it had a match: `{items: {contains: {type: null}}}` accepts [[null], []] " +
      "(ajv 8.20, contains.ts); through a `oneOf` or a `not` that passing refuses a valid instance (`{type: array, items: " +
      "[{oneOf: [{}, {$ref: \"#\"}]}], contains: {const: []}}` refuses [[]], whose [] then matches both variants). Tolerated " +
      "only in a document with `contains`, where the model, with every empty array read as passing such a `contains`, gives " +
      "AJV's verdict. Not fixable in generated code: AJV compiles the document itself",
    evidence: {
      kind: "reading",
      explains: "either verdict",
      appliesTo: documentHas("contains"),
      ...readingWith({ emptyArraysPassContains: true }),
      verdictReason: "an empty array where contains needs a match",
    },
  },
  "ajv-skips-contains-of-an-empty-array-after-a-tuple": {
    runtimes: ["ajv"],
    why:
      "AJV guards the keywords it checks after a tuple (`prefixItems`, or `items` as a list before 2020-12) by the verdict of " +
      "the tuple's last item it checked, a variable it assigns only when the array has that item, so on an empty array the " +
      "guard is unset and its `contains` is skipped: `{prefixItems: [{type: string}], contains: {const: 1}}` accepts [] " +
      "(ajv 8.20, items.ts beside contains.ts; a tuple whose items all take any value compiles to no check and does not " +
      "skip). Tolerated only in a document with a `contains` beside a tuple, where the model with each such `contains` read " +
      "as passing an empty array gives AJV's verdict. Not fixable in generated code: AJV compiles the document itself",
    evidence: {
      kind: "reading",
      explains: "either verdict",
      appliesTo: (model) => containsBesideTuplesAsAjvReadsThem(model) !== undefined,
      readAs: (model, _runtime, beneath) => new ModelValidator(containsBesideTuplesAsAjvReadsThem(model) ?? model, beneath),
      verdictReason: "as AJV skips a contains beside a tuple on an empty array",
    },
  },
  "fastjsonschema-checks-formats-on-strings-only": {
    runtimes: ["fastjsonschema"],
    why:
      "fastjsonschema calls a `format` check only for a string value, so a number format (`int32`, `int64`) is never checked " +
      "there; AJV, jsonschema (the harness's format checker) and the generated serializers check it. Under a `not` or a " +
      "`oneOf` that refuses a valid instance too (-1.25 matches both `{enum: [-1.25]}` and `{type: number, format: int32}` " +
      "to it). Tolerated only in a document with `format`, where the model, with formats checked on strings only, gives " +
      "fastjsonschema's verdict. Not fixable in generated code: fastjsonschema compiles the document's formats itself",
    evidence: {
      kind: "reading",
      explains: "either verdict",
      appliesTo: documentHas("format"),
      ...readingWith({ format: (name, value) => typeof value !== "string" || satisfiesFormat(name, value) }),
      verdictReason: "as formats checked on strings only read it",
    },
  },
  "ajv-reads-numbers-as-doubles": {
    runtimes: ["ajv"],
    why:
      "AJV validates what JSON.parse made of the instance and the schema, where every number is a double: an integer past " +
      "2^53 is its nearest double, so 9223372036854775808 passes `maximum: 9223372036854775807` (both are 2^63), and " +
      "@clone/schema's validators, which are AJV, do the same. Python and Swift are given such integers as written and " +
      "compare them exactly, as the generated serializers must (a 64-bit column stores no 2^63). Tolerated only where the " +
      "instance as written or the schema holds an integer of 16 digits or more. Where AJV's verdict is the expectation (a " +
      "recorded instance, a document example), one holding such an integer is not judged where AJV's verdict changes with " +
      "that integer moved to the double on either side of its own (`18446744073709551616` against `maximum: " +
      "18446744073709551615`, `12345678901234567891` against `const: 12345678901234567890`): it turns on the rounding. " +
      "Not fixable in generated code: AJV reads the parsed value",
    evidence: { kind: "numbers beyond doubles", verdictReason: "an integer as its nearest double" },
  },
  "swift-holds-integers-in-64-bits": {
    runtimes: ["swift"],
    why:
      "JSON Schema's `integer` has no bound; the generated Swift holds one in Int (UInt64 where no negative value is allowed " +
      "and some past Int's largest are), the integer types Swift's standard library has, and Foundation's JSONDecoder refuses " +
      "a whole number beyond them (1e21, or -2^63 as JavaScript writes it, -9223372036854776000, which is below Int64's least). " +
      "The harness draws integers for an integer schema within ±(2^53 − 1) (I-JSON) unless its range lies wholly beyond (then " +
      "as far as 2^64 past its one bound); a number past 64 bits reaches an integer schema there, or as a value drawn for another " +
      "one, a `number` (a `contains`, a variant) that the integer schema takes too. Tolerated " +
      "only where the model, reading every integer as the Swift type its schema gets (Int, or UInt64 as above; and, as Swift does, a schema naming no type as " +
      "its keywords' type: swift-reads-typeless-schemas-as-their-type), gives Swift's verdict. Not fixable in " +
      "generated code without giving every integer an arbitrary-precision type Swift does not have",
    evidence: {
      kind: "reading",
      explains: "either verdict",
      appliesTo: EVERY_DOCUMENT,
      ...readingWith({ integers: integersHeldBySwift, typelessAsTyped: true }),
      verdictReason: "as Swift holds integers, in 64 bits",
    },
  },
  "swift-refuses-unpaired-surrogates": {
    runtimes: ["swift"],
    why:
      'A JSON string may escape a UTF-16 surrogate that has no partner ("\\ud800" alone), and JSON Schema\'s validators take it ' +
      "as a string like any other; no Swift String holds such a character. Foundation's JSONDecoder refuses one in a value and " +
      "ends the process on one in an object key (Swift 6.0: a try! inside it traps), so the generated Swift's JSONInput.decode, " +
      "whose verdict the harness gives, refuses such text before JSONDecoder reads it: it is not I-JSON (RFC 7493 §2.1), which " +
      "the recording server refuses too. Tolerated only as Swift's rejection of a valid instance for that reason alone. Not " +
      "fixable in generated code: Swift has no string type that holds the character",
    evidence: { kind: "reason", fingerprint: /^unpaired UTF-16 surrogate escape \(not I-JSON\)$/, verdictReason: "an unpaired surrogate, which is not I-JSON" },
  },
  "swift-merges-equivalent-keys": {
    runtimes: ["swift"],
    why:
      "Swift's JSONDecoder keys a JSON object by String, which compares by Unicode canonical equivalence, so keys such as " +
      'U+00E9 and U+0065 U+0301 merge into one (one value survives) before any generated Decodable sees them; ' +
      "not fixable in generated code (JSONSerialization on Linux merges them too): needs a decision on JSONValue's object representation. " +
      "Tolerated where Swift's re-encoding is the input with such keys merged: a valid instance's (and AJV's or DRF's refusal " +
      "of it, judged otherwise for the merge alone), and an invalid instance's it " +
      "accepted only when AJV finds the merged value valid (the violation was in the value the merge dropped); and where Swift " +
      "refused a valid instance holding a key not in NFC (or not in NFD) only when AJV refuses it too with every key in NFC (or " +
      "NFD), or the model does read as another known limitation of Swift reads the schema (a declared key's schema naming no type as " +
      "its keywords' type), the first or the last of equivalent keys' values kept (a declared property's lookup finds the first, a dictionary " +
      "keeps the last: an undeclared U+0065 U+0301 read as the declared property U+00E9, or an undeclared U+00E9 as a declared " +
      "U+0065 U+0301); and where Swift decoded a valid instance into another case of a union than the model picks, only when " +
      "the model picks that case for the instance with its keys so merged",
    evidence: { kind: "swift re-encoding" },
  },
} as const satisfies Record<string, Limitation>;
export type KnownLimitation = keyof typeof KNOWN_LIMITATIONS;

/** The registry's entries with their names, in its order. */
export const LIMITATIONS = Object.entries(KNOWN_LIMITATIONS) as [KnownLimitation, Limitation][];

/** Whether a dependency's list (`dependentRequired`, `dependencies`) anywhere in `value` names the empty key. */
function dependsOnEmptyKey(value: JsonValue): boolean {
  if (Array.isArray(value)) return value.some(dependsOnEmptyKey);
  if (!isJsonObject(value)) return false;
  const lists = (key: string, child: JsonValue): JsonValue[] => ((key === "dependentRequired" || key === "dependencies") && isJsonObject(child) ? Object.values(child) : []);
  return Object.entries(value).some(([key, child]) => lists(key, child).some((list) => Array.isArray(list) && list.includes("")) || dependsOnEmptyKey(child));
}

/** The model of `document`, a rewrite of `model`'s for a reading; undefined when it does not build (a `$ref` into a moved schema). */
function modelOfRewrite(model: SchemaModel, document: JsonValue): SchemaModel | undefined {
  try {
    return buildModel({ ...model.source, document: document as typeof model.source.document }, { name: model.name });
  } catch {
    return undefined;
  }
}

/**
 * The model as Python's jsonschema reads an object whose only `patternProperties` key is `""`: it tells
 * keys no pattern matches, for `additionalProperties`, by the patterns joined with `|`, and reads an
 * empty join as no pattern at all, so every key the empty pattern matches (every key) is still checked
 * by `additionalProperties` too ("python-validators-read-patterns-as-python"). Built from the
 * document with each such `patternProperties: {"": S}` written as `allOf: [{additionalProperties: S}]`
 * (every key checked by S, and undeclared keys by the object's own `additionalProperties`); undefined
 * when the document has none, or when that document does not build (a `$ref` into the moved schema).
 */
export function loneEmptyPatternsAsJsonschemaReadsThem(model: SchemaModel): SchemaModel | undefined {
  const document = structuredClone(model.source.document) as JsonValue;
  // Schema positions only (documentSchemas): a `const` value or a `properties` map with a key named
  // `patternProperties` is no schema. Listed before any is rewritten, so a moved schema is not met again.
  const lonelyEmptyPatterns = documentSchemas(document, model.source.dialect).filter(([, schema]) => {
    const patterns = schema.patternProperties;
    return isJsonObject(patterns) && Object.keys(patterns).length === 1 && Object.hasOwn(patterns, "");
  });
  if (lonelyEmptyPatterns.length === 0) return undefined;
  for (const [, schema] of lonelyEmptyPatterns) {
    const rule = (schema.patternProperties as { [key: string]: JsonValue })[""]!;
    delete schema.patternProperties;
    schema.allOf = [...(Array.isArray(schema.allOf) ? schema.allOf : []), { additionalProperties: rule }];
  }
  return modelOfRewrite(model, document);
}

/**
 * The model as AJV reads a `contains` beside a tuple ("ajv-skips-contains-of-an-empty-array-after-a-tuple"):
 * each such `contains` (with its `minContains` / `maxContains`) moved into an `allOf` part that an
 * empty array passes by `maxItems: 0`. A tuple of items that take any value (`true`, `{}`) is left
 * as it is: AJV compiles no check for it. Undefined when the document has none, or does not build so.
 */
export function containsBesideTuplesAsAjvReadsThem(model: SchemaModel): SchemaModel | undefined {
  if (!dialectAtLeast(model.source.dialect, "draft-06")) return undefined;
  const document = structuredClone(model.source.document) as JsonValue;
  const tupleKeyword = dialectAtLeast(model.source.dialect, "2020-12") ? "prefixItems" : "items";
  const takesAnyValue = (schema: JsonValue) => schema === true || (isJsonObject(schema) && Object.keys(schema).length === 0);
  const schemas = documentSchemas(document, model.source.dialect).filter(([, schema]) => {
    const tuple = schema[tupleKeyword];
    return "contains" in schema && Array.isArray(tuple) && !tuple.every(takesAnyValue);
  });
  if (schemas.length === 0) return undefined;
  for (const [, schema] of schemas) {
    const contains = Object.fromEntries(["contains", "minContains", "maxContains"].filter((key) => key in schema).map((key) => [key, schema[key]!]));
    for (const key of Object.keys(contains)) delete schema[key];
    schema.allOf = [...(Array.isArray(schema.allOf) ? schema.allOf : []), { anyOf: [{ maxItems: 0 }, contains] }];
  }
  return modelOfRewrite(model, document);
}

/**
 * The model as jsonschema's 2019-09 reading counts what `contains` evaluates
 * ("jsonschema-reads-2019-09-contains-as-evaluating"): each `unevaluatedItems` beside a `contains`,
 * where no `items` schema evaluates every item, written as the rest of the array taking an item that
 * matches either. Undefined when the document has none, or does not build so.
 */
export function containsAsJsonschema2019ReadsIt(model: SchemaModel): SchemaModel | undefined {
  const document = structuredClone(model.source.document) as JsonValue;
  const schemas = documentSchemas(document, model.source.dialect).filter(([, schema]) => "contains" in schema && "unevaluatedItems" in schema && (schema.items === undefined || Array.isArray(schema.items)));
  if (schemas.length === 0) return undefined;
  for (const [, schema] of schemas) {
    const rest = Array.isArray(schema.items) ? "additionalItems" : "items";
    if (rest in schema) continue;
    schema[rest] = { anyOf: [schema.contains!, schema.unevaluatedItems!] };
    delete schema.unevaluatedItems;
  }
  return modelOfRewrite(model, document);
}

/**
 * The model as jsonschema's 2019-09 reading counts what `additionalProperties` evaluates
 * ("jsonschema-reads-2019-09-additional-properties-as-names"): each `additionalProperties` schema
 * other than a boolean is judged in an `allOf` part `not: {not: …}` beside the object's own
 * `properties` and `patternProperties` (which tell the keys it judges; annotations do not pass a
 * `not`), and a part `properties` naming its keywords (which jsonschema counts as evaluated keys).
 * Undefined when the document has none, or does not build so.
 */
export function additionalPropertiesAsJsonschema2019ReadsThem(model: SchemaModel): SchemaModel | undefined {
  const document = structuredClone(model.source.document) as JsonValue;
  const schemas = documentSchemas(document, model.source.dialect).filter(([, schema]) => isJsonObject(schema.additionalProperties));
  if (schemas.length === 0) return undefined;
  const onlyNames = (map: JsonValue | undefined) => (isJsonObject(map) ? Object.fromEntries(Object.keys(map).map((key) => [key, true])) : {});
  for (const [, schema] of schemas) {
    const rule = schema.additionalProperties as { [key: string]: JsonValue };
    delete schema.additionalProperties;
    const judged = { properties: onlyNames(schema.properties), patternProperties: onlyNames(schema.patternProperties), additionalProperties: rule };
    schema.allOf = [...(Array.isArray(schema.allOf) ? schema.allOf : []), { not: { not: judged } }, { properties: onlyNames(rule) }];
  }
  return modelOfRewrite(model, document);
}

/**
 * The model as AJV (8.20, dynamicRef.ts) reads a 2020-12 `$dynamicRef: "#name"` whose anchor it has
 * not registered while compiling: not as the `$dynamicAnchor` it names, but as a call of the function
 * AJV is generating around it, which is the schema nearest above it that AJV compiles on its own: the
 * target of a `$ref` (a schema holding a `$dynamicRef` is never inlined), a definition validated by
 * itself, or the document ("ajv-resolves-dynamic-refs-to-their-enclosing-schema"). OpenAPI 3.1's
 * `"schema": {"$dynamicRef": "#meta"}` inside `#/$defs/header` is read as the header itself, so AJV
 * refuses `"schema": false`, which `#meta` (`type: ["object", "boolean"]`) allows. Built from the
 * document with each such `$dynamicRef` written as an `allOf` part `$ref`ing that schema; undefined for
 * another dialect, a document without one, one with a nested `$id` (where `#/…` names another
 * resource), or one that then does not build. Remembered per model: appliesTo and readAs both ask.
 */
export function dynamicRefsAsAjvReadsThem(model: SchemaModel): SchemaModel | undefined {
  if (!dynamicRefReadings.has(model)) dynamicRefReadings.set(model, buildDynamicRefReading(model));
  return dynamicRefReadings.get(model);
}

const dynamicRefReadings = new WeakMap<SchemaModel, SchemaModel | undefined>();

function buildDynamicRefReading(model: SchemaModel): SchemaModel | undefined {
  if (model.source.dialect !== "2020-12") return undefined;
  const document = structuredClone(model.source.document) as JsonValue;
  const schemas = documentSchemas(document, model.source.dialect);
  if (schemas.some(([at, schema]) => at.length > 0 && typeof schema.$id === "string")) return undefined;
  const dynamicRefs = schemas.filter(([, schema]) => typeof schema.$dynamicRef === "string" && schema.$dynamicRef.startsWith("#") && !schema.$dynamicRef.startsWith("#/"));
  if (dynamicRefs.length === 0) return undefined;
  // Where AJV compiles a function of its own, by JSON pointer: the document, each definition (the run
  // validates one through a `$ref` to it), and every local `$ref`'s target.
  const compiledAlone = new Set<string>([""]);
  for (const key of ["$defs", "definitions"]) {
    const definitions = isJsonObject(document) ? document[key] : undefined;
    if (isJsonObject(definitions)) for (const name of Object.keys(definitions)) compiledAlone.add(childPointer("", key, name));
  }
  for (const [, schema] of schemas) {
    const target = typeof schema.$ref === "string" && schema.$ref.startsWith("#") ? pointerTokens(schema.$ref.slice(1)) : undefined;
    if (target) compiledAlone.add(childPointer("", ...target));
  }
  for (const [at, schema] of dynamicRefs) {
    let enclosing = "";
    for (let length = at.length; length >= 0; length--) {
      const pointer = childPointer("", ...at.slice(0, length));
      if (compiledAlone.has(pointer)) {
        enclosing = pointer;
        break;
      }
    }
    delete schema.$dynamicRef;
    schema.allOf = [...(Array.isArray(schema.allOf) ? schema.allOf : []), { $ref: encodeFragment(`#${enclosing}`) }];
  }
  return modelOfRewrite(model, document);
}
