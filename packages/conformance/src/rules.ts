// The rules of issue 5: what each runtime must answer for a valid or an invalid instance. A broken
// rule is a disagreement, charged to the column (validator) that broke it.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { isJsonObject, jsonEqual, type JsonValue } from "./json.ts";
import type { Violation } from "./mutations/index.ts";
import { BREAK_NUMBER_FORMAT } from "./mutations/registry.ts";
import type { Verdict } from "./runners/types.ts";

/** The validators, in table order. Swift is last: it decodes types and is held to the lenient rule. */
export const COLUMNS = ["ajv", "jsonschema", "fastjsonschema", "drf", "swift"] as const;
export type Column = (typeof COLUMNS)[number];

/** Where the one statement of what Swift may accept lives; the XCTest suite reads the same file. */
export const SWIFT_MAY_ACCEPT_FILE = fileURLToPath(new URL("../swift-may-accept.json", import.meta.url));

/**
 * Swift models types, not constraints: the violations it may accept (a bound, a pattern, a format, an
 * `if`/`then`/`else` assertion, an unknown key, tag or enum value, validation-only rules it carries as
 * documentation), each with why, in swift-may-accept.json. Anything else it accepts is a
 * disagreement; above all it must reject a missing required key, a wrong JSON type and a key a
 * `requiredWhen` rule requires (the generated decoder checks those).
 */
export const SWIFT_MAY_ACCEPT: ReadonlySet<Violation> = new Set(
  Object.keys((JSON.parse(readFileSync(SWIFT_MAY_ACCEPT_FILE, "utf8")) as { mayAccept: Record<string, string> }).mayAccept) as Violation[],
);

/** The codegen target whose output each column runs: the JSON Schema document, the DRF serializers, the Swift models. */
export const COLUMN_TARGETS: Readonly<Record<Column, string>> = {
  ajv: "json-schema",
  jsonschema: "json-schema",
  fastjsonschema: "json-schema",
  drf: "python-drf",
  swift: "swift",
};

/**
 * Whether `column` may accept an instance whose only fault is `violation`: the lenient rule above for
 * Swift; every other column is a strict validator. Breaking-change detection reads the same answer to
 * say which targets a change breaks.
 */
export function mayAccept(column: Column, violation: Violation | undefined): boolean {
  return column === "swift" && violation !== undefined && SWIFT_MAY_ACCEPT.has(violation);
}

/**
 * Runtime limitations the run tolerates, each by name and only in its exact form; every tolerated
 * case is counted and printed, never silently passed. Each entry is an open bug outside what a
 * generator can fix.
 */
export const KNOWN_LIMITATIONS = {
  "swift-merges-equivalent-keys":
    "Swift's JSONDecoder keys a JSON object by String, which compares by Unicode canonical equivalence, so keys such as " +
    'U+00E9 and U+0065 U+0301 merge into one (one value survives) before any generated Decodable sees them; ' +
    "not fixable in generated code (JSONSerialization on Linux merges them too): needs a decision on JSONValue's object representation. " +
    "Tolerated where Swift's re-encoding is the input with such keys merged: a valid instance's, and an invalid instance's it " +
    "accepted only when AJV finds the merged value valid (the violation was in the value the merge dropped); and where Swift " +
    "refused a valid instance holding a key not in NFC only when AJV refuses it too with every key in NFC (an undeclared " +
    "U+0065 U+0301 read as the declared property U+00E9)",
  "python-validators-read-patterns-as-python":
    "fastjsonschema hands a schema's `pattern` and `patternProperties` to Python's `re` as they are, and jsonschema its " +
    "`patternProperties` (the harness gives jsonschema's `pattern` the serializers' translation), while JSON Schema means ECMA-262: " +
    "`.` also matches \\r, U+2028 and U+2029, `$` also matches before a final newline (fastjsonschema rewrites it for `pattern` only), " +
    "and `\\d`, `\\w`, `\\s`, `\\b` are Unicode; and jsonschema tells a key no pattern matches, for `additionalProperties`, by " +
    "the patterns joined with `|` into one, read as no pattern at all when that is empty, so a lone `\"\"` (JSON:API's " +
    "`patternProperties: {\"\": true}` beside `additionalProperties: false`) lets no key through. Tolerated only where the model, judged with that engine's Python reading of those " +
    "patterns (pythonRegex.ts), gives the engine's verdict. Not fixable in generated code: the engines compile the document's " +
    "patterns themselves (the generated serializers translate them and are held to ECMA-262)",
  "python-validators-cannot-compile-patterns":
    "jsonschema (for `patternProperties`) and fastjsonschema (for `pattern` and `patternProperties`) compile the document's " +
    "patterns with Python's `re`, which has no Unicode property escapes (`\\p{L}`, `\\P{Lu}`, valid ECMA-262 with the `u` flag); and fastjsonschema " +
    "first rewrites every `$` of a pattern to `\\Z`, inside a character class too, where `re` refuses it (`^[#$]+$`): " +
    "such a document has no verdict from them at all. Tolerated only when the engine says so (re.error, answered per engine " +
    "by the harness). Not fixable in generated code: the engines compile the document's patterns themselves (the generated " +
    "serializers spell a property as the class of its code points)",
  "fastjsonschema-refuses-required-keys-it-forbids":
    "fastjsonschema refuses to compile a schema whose `required` names keys its `additionalProperties: false` forbids " +
    "(\"items [...] are required but not allowed\"), which JSON Schema allows (no object passes it, and every other value " +
    "does): such a document has no verdict from it at all. Tolerated only when fastjsonschema gives that reason. Not fixable " +
    "in generated code: fastjsonschema compiles the document itself",
  "fastjsonschema-fetches-refs-inside-values":
    "fastjsonschema compiles every `$ref` it finds in a document, one inside a value too (`const`, `enum`, `default`, " +
    "`examples` hold data: `{\"const\": {\"$ref\": \"a\"}}` is the object it spells), and fetches the document it names " +
    "(over the network, by its default handlers); where that fails, it refuses the document, which JSON Schema allows. The " +
    "harness fetches only the document and the remote ones its schemas refer to, so such a document has no verdict from it " +
    "at all. Tolerated only when fastjsonschema asked for a document only a value names (the harness's ValueReference). Not " +
    "fixable in generated code: fastjsonschema compiles the document itself",
  "fastjsonschema-checks-multiple-of-in-decimal":
    "fastjsonschema checks a fractional `multipleOf` in exact decimal arithmetic on the numbers' shortest spellings " +
    "(Decimal(repr(value)) / Decimal(repr(multipleOf))), while AJV, jsonschema and the generated serializers divide as floats, " +
    "so -1.9000000000000001 is a multiple of 0.1 to them and not to fastjsonschema; a whole one it checks by `int(quotient) == " +
    "quotient` (1.5e300 is a multiple of 1 to it, not to AJV). Tolerated only where the model, judged with " +
    "fastjsonschema's decimal reading (modelValidator.ts isDecimalMultipleOf), gives fastjsonschema's verdict. Not fixable in " +
    "generated code: fastjsonschema compiles the document's multipleOf itself",
  "jsonschema-checks-multiple-of-by-remainder":
    "Python's jsonschema checks a whole `multipleOf` with Python's exact remainder (`value % divisor`), while AJV, the model " +
    "and the generated serializers divide as floats: -5e-324 / 2 rounds to -0, a whole quotient, so -5e-324 is a multiple of 2 " +
    "to them and not to jsonschema; and by a fractional one it takes `int(quotient) == quotient`, where AJV reads the quotient's " +
    "spelling (1e21 / 0.5 is whole to jsonschema only). Tolerated only where the model, judged with jsonschema's reading " +
    "(modelValidator.ts isRemainderMultipleOf), gives jsonschema's verdict. Not fixable in generated code: jsonschema " +
    "checks the document's multipleOf itself",
  "swift-reads-typeless-schemas-as-their-type":
    "A schema that names no `type`, only keywords of one (`properties`, `required`…; `minLength`; `minimum`; `items`), lets " +
    "a value of any other JSON type through, as AJV, the Python engines and the generated serializers read it; the generated " +
    "Swift reads it as that type (the model's Typeless: the struct, String, Double or array it describes), since a typed value " +
    "cannot also be any other value without giving up its type, and refuses the rest. Tolerated only where the model, reading " +
    "such a schema as its keywords' type only, gives Swift's verdict",
  "python-validators-ignore-ref-siblings":
    "In a draft-04, -06 or -07 document, jsonschema and fastjsonschema ignore every keyword beside a `$ref`, as those drafts' " +
    "text says; AJV applies them with the ref in every draft, and so do the model and every generated target (normalizeSchema.ts: " +
    "authors write them to be applied, as GitHub's workflow schema does with `with: {$ref: env, properties: {args: string}}`). " +
    "Tolerated only where the model built with those keywords dropped (buildModel's refSiblings: \"ignore\") gives the engine's " +
    "verdict. Not fixable in generated code: the engines read the document's `$ref`s themselves",
  "python-validators-read-draft-04-integers-as-written":
    "Draft-04 defines an integer as a JSON number written without a fraction or exponent part; jsonschema and " +
    "fastjsonschema read it so, since Python's json parses `-1e+21` as a float, while AJV, the model and the generated " +
    "targets read `integer` by value, as draft-06 on defines it (a number whose fractional part is zero). They differ on " +
    "an integral number JSON writes with an exponent (1e21 and beyond, as JavaScript writes it). Tolerated only in a " +
    "draft-04 document, where the model with such numbers read as not integers gives the engine's verdict. Not fixable " +
    "in generated code: the engines read the document's `type` themselves",
  "ajv-reads-inherited-keys-as-evaluated":
    "AJV tracks the properties that an `anyOf`, `oneOf` or `if` evaluated for `unevaluatedProperties` in a plain JavaScript " +
    "object and asks it `props[key]`, so a key named after a member of Object.prototype (`constructor`, `toString`, " +
    "`hasOwnProperty`…) reads as evaluated and `unevaluatedProperties: false` lets it through (ajv 8.20). Tolerated only in a " +
    "document that has `unevaluatedProperties`, where AJV accepted an invalid instance and the model, with such keys let " +
    "through where it closes an object, accepts it too. Not fixable in generated code: AJV compiles the document itself",
  "ajv-skips-proto-entries":
    "AJV leaves an entry for the key `__proto__` out of `properties`, `dependencies`, `dependentRequired` and " +
    "`dependentSchemas` on purpose (against prototype pollution of the code it generates; ajv 8.20, allSchemaProperties): " +
    "the value under that key is not checked, and under `additionalProperties` the key counts as undeclared. `required` " +
    "and `patternProperties` do see it. This holds for @clone/schema's validators too, which are AJV. Tolerated only in a " +
    "document that has such a key, where the model with those entries read as absent gives AJV's verdict. Not fixable in " +
    "generated code: AJV compiles the document itself",
  "ajv-skips-empty-key-dependency":
    "AJV, stopping at the first error (allErrors: false, as @clone/schema's validators run), never reports the key `\"\"` " +
    "missing where a dependency requires it (`dependentRequired`, a `dependencies` list): its generated check records the " +
    "missing key's name inside the test for it, and the empty name is falsy (ajv 8.20, checkMissingProp). `required` had " +
    "the same fault, which @clone/schema's AJV options avoid (INSTANCE_READING's loopRequired); dependencies have no such " +
    "option. Tolerated only in a document with such a dependency, where the model with it unchecked gives AJV's verdict. " +
    "Not fixable in generated code: AJV compiles the document itself",
  "ajv-passes-empty-arrays-after-a-match":
    "AJV's check of a `contains` that needs one match (no `minContains` above 1, no `maxContains`) keeps its verdict in one " +
    "variable for every array it checks in a loop and only assigns it inside the loop over an array's items, so an empty " +
    "array passes when the array checked before it had a match: `{items: {contains: {type: null}}}` accepts [[null], []] " +
    "(ajv 8.20, contains.ts). Tolerated only in a document with `contains`, where AJV accepted an invalid instance and the " +
    "model, with every empty array read as passing such a `contains`, accepts it too. Not fixable in generated code: AJV " +
    "compiles the document itself",
  "ajv-tracks-what-is-evaluated-its-own-way":
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
  "ajv-resolves-dynamic-refs-to-their-enclosing-schema":
    "AJV resolves a 2020-12 `$dynamicRef: \"#name\"` through the `$dynamicAnchor` it names only where it registered that " +
    "anchor while compiling (ajv 8.20, dynamicRef.ts, ajv-validator/ajv#1573 and #1745); elsewhere, as with OpenAPI 3.1's " +
    "`#meta` in `$defs/schema`, which only `$dynamicRef`s name, it calls the function it is generating around the " +
    "`$dynamicRef`: the schema nearest above it that it compiles on its own (a `$ref`'s target, the definition or document " +
    "validated). OpenAPI 3.1's header `schema: false` is refused as not a header, where `#meta` allows a boolean. Tolerated " +
    "only in a 2020-12 document with such a `$dynamicRef`, where the model with each read as a `$ref` to that enclosing " +
    "schema (run.ts dynamicRefsAsAjvReadsThem) gives AJV's verdict. Not fixable in generated code: AJV compiles the " +
    "document itself",
  "fastjsonschema-checks-formats-on-strings-only":
    "fastjsonschema calls a `format` check only for a string value, so a number format (`int32`, `int64`) is never checked " +
    "there; AJV, jsonschema (the harness's format checker) and the generated serializers check it. Not fixable in generated " +
    "code: fastjsonschema compiles the document's formats itself",
} as const;
export type KnownLimitation = keyof typeof KNOWN_LIMITATIONS;

export type Expectation =
  /** Valid by the model's word (generated), or by a case file's (`statedIn`). */
  | { readonly valid: true; readonly statedIn?: string }
  /** Made invalid by a mutation, which says the one rule it breaks. */
  | { readonly valid: false; readonly violation: Violation; readonly mutation: string }
  /** Invalid by a case file's word (caseFiles.ts), which does not say which rule it breaks. */
  | { readonly valid: false; readonly statedIn: string };

/** The rule an invalid instance breaks, when its expectation says. */
function violationOf(expectation: Expectation): Violation | undefined {
  return !expectation.valid && "violation" in expectation ? expectation.violation : undefined;
}

/** The expectation in words, for a report. */
export function describeExpectation(expectation: Expectation): string {
  return expectation.valid ? "valid" : `invalid ${whyInvalid(expectation)}`;
}

function whyInvalid(expectation: Exclude<Expectation, { valid: true }>): string {
  return "violation" in expectation ? `(${expectation.violation}, by ${expectation.mutation})` : `(as ${expectation.statedIn} states)`;
}

export interface Finding {
  readonly column: Column;
  readonly reason: string;
  /** Set when the finding is a known limitation: counted apart, not a disagreement. */
  readonly limitation?: KnownLimitation;
}

/** What AJV and DRF say about Swift's re-encoding of a valid instance. */
export interface ReencodingVerdicts {
  readonly ajv: Verdict;
  readonly drf: Verdict;
}

/**
 * `value` with every object key in Unicode NFC, as Swift's String compares keys (equivalent keys of
 * one object merged, the last one's value kept); undefined when every key already is.
 */
export function withKeysInNfc(value: JsonValue): JsonValue | undefined {
  let changed = false;
  const walk = (item: JsonValue): JsonValue => {
    if (Array.isArray(item)) return item.map(walk);
    if (!isJsonObject(item)) return item;
    const out: Record<string, JsonValue> = {};
    for (const [key, child] of Object.entries(item)) {
      const spelled = key.normalize("NFC");
      if (spelled !== key) changed = true;
      Object.defineProperty(out, spelled, { value: walk(child), enumerable: true, writable: true, configurable: true });
    }
    return out;
  };
  const normalized = walk(value);
  return changed ? normalized : undefined;
}

/** The model's verdict on an instance as each Python engine reads the document (its patterns: pythonRegex.ts; keywords beside a `$ref`). */
export type PythonPatternVerdicts = Readonly<Partial<Record<"jsonschema" | "fastjsonschema", boolean>>>;

/**
 * How the runtimes' own readings of the schema judge the instance: the model read as each reads it,
 * so that a verdict one of them explains is counted as that runtime's known limitation (and only then).
 */
export interface Readings {
  /** AJV's and DRF's verdicts on Swift's re-encoding of the instance. */
  readonly reencoding?: ReencodingVerdicts;
  /** Where Swift refused a valid instance with keys not in NFC: AJV's verdict on it with every key in NFC (withKeysInNfc). */
  readonly ajvWithKeysInNfc?: Verdict;
  /** The model's verdict with patterns read as Python's `re` reads them (pythonRegex.ts). */
  readonly pythonPatterns?: PythonPatternVerdicts;
  /** The model's verdict with `multipleOf` checked as fastjsonschema checks it (in decimal). */
  readonly decimalMultipleOf?: boolean;
  /** The model's verdict with `multipleOf` checked as jsonschema checks it (by remainder; isRemainderMultipleOf). */
  readonly remainderMultipleOf?: boolean;
  /** The model's verdict with a schema that names no type read as its keywords' type only, as Swift reads it. */
  readonly typelessAsTyped?: boolean;
  /** The model's verdict read as the Swift decoder checks it, none of swift-may-accept.json's rules checked. */
  readonly decoderOnly?: boolean;
  /** The model's verdict with keywords beside a `$ref` ignored, as the Python engines read a draft-07-or-earlier document. */
  readonly refSiblingsIgnored?: PythonPatternVerdicts;
  /** In a draft-04 document: the model's verdict with `integer` read as draft-04 writes one (no exponent), as the Python engines read it. */
  readonly draft04IntegersAsWritten?: PythonPatternVerdicts;
  /**
   * The model's own verdict. A reading explains a runtime only where the model gives the expectation:
   * where an expectation comes from elsewhere (a case file) and the model is wrong, every reading of
   * it is wrong alike, and explains nothing. Undefined: the expectation is the model's.
   */
  readonly model?: boolean;
  /** In a document with `unevaluatedProperties`: the model's verdict with keys named after Object.prototype members let through a closed object, as AJV reads them. */
  readonly inheritedKeysEvaluated?: boolean;
  /** In a document with a `__proto__` entry: the model's verdict with `__proto__` entries of properties and dependencies read as absent, as AJV reads them. */
  readonly protoEntriesSkipped?: boolean;
  /** In a document with a dependency on the empty key: the model's verdict with those requirements unchecked, as AJV checks them. */
  readonly emptyKeyDependenciesSkipped?: boolean;
  /** In a document with `contains`: the model's verdict with an empty array passing a `contains` that needs one match, as AJV may read it. */
  readonly emptyArraysPassContains?: boolean;
  /** In a document with `contains` and `unevaluatedItems`, or `dependentSchemas` and `unevaluatedProperties`: the model's verdict with what is evaluated read as AJV compiles it. */
  readonly evaluationAsAjvReadsIt?: boolean;
  /** In a 2020-12 document with a `$dynamicRef`: the model's verdict with each read as AJV resolves it (run.ts dynamicRefsAsAjvReadsThem). */
  readonly dynamicRefsAsAjvReadsThem?: boolean;
}

/** fastjsonschema's reason for refusing a schema whose required keys its additionalProperties forbids (draft04.py). */
const REQUIRED_BUT_FORBIDDEN = /: items \[.*\] are required but not allowed$/;

/** The harness's reason when fastjsonschema fetched a document only a `$ref` inside a value names (conformance_harness.py, ValueReference). */
const REFERENCE_IN_A_VALUE = /^fetched \S+, which only a \$ref inside a value names$/;

export function findings(
  expectation: Expectation,
  instance: JsonValue,
  verdicts: Readonly<Partial<Record<Column, Verdict>>>,
  { reencoding, ajvWithKeysInNfc, pythonPatterns: patternReadings, decimalMultipleOf: decimalReading, remainderMultipleOf: remainderReading, typelessAsTyped: typelessReading, decoderOnly: decoderReading, refSiblingsIgnored: siblingReadings, draft04IntegersAsWritten: integerReadings, inheritedKeysEvaluated: inheritedReading, protoEntriesSkipped: protoReading, emptyKeyDependenciesSkipped: emptyKeyReading, emptyArraysPassContains: emptyArrayReading, evaluationAsAjvReadsIt: ajvEvaluationReading, dynamicRefsAsAjvReadsThem: ajvDynamicRefReading, model }: Readings = {},
): Finding[] {
  const out: Finding[] = [];
  const readable = model === undefined || model === expectation.valid;
  const pythonPatterns = readable ? patternReadings : undefined;
  const decimalMultipleOf = readable ? decimalReading : undefined;
  const remainderMultipleOf = readable ? remainderReading : undefined;
  const typelessAsTyped = readable ? typelessReading : undefined;
  const decoderOnly = readable ? decoderReading : undefined;
  const refSiblingsIgnored = readable ? siblingReadings : undefined;
  const draft04IntegersAsWritten = readable ? integerReadings : undefined;
  const inheritedKeysEvaluated = readable ? inheritedReading : undefined;
  const protoEntriesSkipped = readable ? protoReading : undefined;
  const emptyKeyDependenciesSkipped = readable ? emptyKeyReading : undefined;
  const emptyArraysPassContains = readable ? emptyArrayReading : undefined;
  const evaluationAsAjvReadsIt = readable ? ajvEvaluationReading : undefined;
  const dynamicRefsAsAjvReadsThem = readable ? ajvDynamicRefReading : undefined;
  for (const column of COLUMNS) {
    const verdict = verdicts[column];
    if (!verdict || verdict.unsupported) continue;
    if ((column === "jsonschema" || column === "fastjsonschema") && verdict.unreadablePattern !== undefined) {
      out.push({ column, reason: `gave no verdict: ${verdict.detail ?? verdict.unreadablePattern}`, limitation: "python-validators-cannot-compile-patterns" });
      continue;
    }
    if (column === "fastjsonschema" && verdict.refusedSchema !== undefined && REQUIRED_BUT_FORBIDDEN.test(verdict.refusedSchema)) {
      out.push({ column, reason: `gave no verdict: ${verdict.detail ?? verdict.refusedSchema}`, limitation: "fastjsonschema-refuses-required-keys-it-forbids" });
      continue;
    }
    if (column === "fastjsonschema" && verdict.refusedSchema !== undefined && REFERENCE_IN_A_VALUE.test(verdict.refusedSchema)) {
      out.push({ column, reason: `gave no verdict: ${verdict.detail ?? verdict.refusedSchema}`, limitation: "fastjsonschema-fetches-refs-inside-values" });
      continue;
    }
    const explainedByPythonPatterns = (column === "jsonschema" || column === "fastjsonschema") && pythonPatterns?.[column] === verdict.valid;
    if (verdict.valid !== expectation.valid && explainedByPythonPatterns) {
      out.push({ column, reason: `${verdict.valid ? "accepted" : "rejected"} as Python's re reads the patterns`, limitation: "python-validators-read-patterns-as-python" });
      continue;
    }
    if ((column === "jsonschema" || column === "fastjsonschema") && verdict.valid !== expectation.valid && refSiblingsIgnored?.[column] === verdict.valid) {
      out.push({ column, reason: `${verdict.valid ? "accepted" : "rejected"} as keywords beside $ref are ignored`, limitation: "python-validators-ignore-ref-siblings" });
      continue;
    }
    if ((column === "jsonschema" || column === "fastjsonschema") && verdict.valid !== expectation.valid && draft04IntegersAsWritten?.[column] === verdict.valid) {
      out.push({ column, reason: `${verdict.valid ? "accepted" : "rejected"} as draft-04 reads an integer written with an exponent`, limitation: "python-validators-read-draft-04-integers-as-written" });
      continue;
    }
    if (column === "swift" && verdict.valid !== expectation.valid && typelessAsTyped === verdict.valid) {
      out.push({ column, reason: `${verdict.valid ? "accepted" : "rejected"} as a typed target reads a schema that names no type`, limitation: "swift-reads-typeless-schemas-as-their-type" });
      continue;
    }
    if (column === "fastjsonschema" && verdict.valid !== expectation.valid && decimalMultipleOf === verdict.valid) {
      out.push({ column, reason: `${verdict.valid ? "accepted" : "rejected"} as decimal arithmetic reads multipleOf`, limitation: "fastjsonschema-checks-multiple-of-in-decimal" });
      continue;
    }
    if (column === "jsonschema" && verdict.valid !== expectation.valid && remainderMultipleOf === verdict.valid) {
      out.push({ column, reason: `${verdict.valid ? "accepted" : "rejected"} as Python's remainder reads multipleOf`, limitation: "jsonschema-checks-multiple-of-by-remainder" });
      continue;
    }
    if (column === "ajv" && verdict.valid && !expectation.valid && inheritedKeysEvaluated === true) {
      out.push({ column, reason: "accepted a key named after an Object.prototype member as evaluated", limitation: "ajv-reads-inherited-keys-as-evaluated" });
      continue;
    }
    if (column === "ajv" && verdict.valid !== expectation.valid && protoEntriesSkipped === verdict.valid) {
      out.push({ column, reason: `${verdict.valid ? "accepted" : "rejected"} as AJV reads a __proto__ entry as absent`, limitation: "ajv-skips-proto-entries" });
      continue;
    }
    if (column === "ajv" && verdict.valid && !expectation.valid && emptyKeyDependenciesSkipped === true) {
      out.push({ column, reason: "accepted an object missing the empty key a dependency requires", limitation: "ajv-skips-empty-key-dependency" });
      continue;
    }
    if (column === "ajv" && verdict.valid !== expectation.valid && evaluationAsAjvReadsIt === verdict.valid) {
      out.push({ column, reason: `${verdict.valid ? "accepted" : "rejected"} as AJV tracks what is evaluated`, limitation: "ajv-tracks-what-is-evaluated-its-own-way" });
      continue;
    }
    if (column === "ajv" && verdict.valid !== expectation.valid && dynamicRefsAsAjvReadsThem === verdict.valid) {
      out.push({ column, reason: `${verdict.valid ? "accepted" : "rejected"} as AJV resolves a $dynamicRef to the schema enclosing it`, limitation: "ajv-resolves-dynamic-refs-to-their-enclosing-schema" });
      continue;
    }
    if (column === "ajv" && verdict.valid && !expectation.valid && emptyArraysPassContains === true) {
      out.push({ column, reason: "accepted an empty array where contains needs a match", limitation: "ajv-passes-empty-arrays-after-a-match" });
      continue;
    }
    if (column === "fastjsonschema" && verdict.valid && !expectation.valid && "mutation" in expectation && expectation.mutation === BREAK_NUMBER_FORMAT) {
      out.push({ column, reason: "accepted a number that breaks its format", limitation: "fastjsonschema-checks-formats-on-strings-only" });
      continue;
    }
    if (expectation.valid && column === "swift" && !verdict.valid && ajvWithKeysInNfc?.valid === false) {
      out.push({ column, reason: "rejected what its decoder made of it by merging canonically equivalent keys, an invalid value", limitation: "swift-merges-equivalent-keys" });
      continue;
    }
    if (expectation.valid) {
      if (!verdict.valid) out.push({ column, reason: `rejected a valid instance${verdict.detail ? `: ${verdict.detail}` : ""}` });
      else if (verdict.unchanged === false) out.push({ column, reason: "validated data differs from the input (coerced or defaulted)" });
      else if (column === "swift") out.push(...swiftReencodingFindings(instance, verdict, reencoding, verdicts.ajv));
    } else if (verdict.valid && !mayAccept(column, violationOf(expectation)) && !(column === "swift" && decoderOnly === true)) {
      // Swift may accept what breaks only rules swift-may-accept.json lists, wherever the instance breaks
      // them: a constant changed in one union variant may leave a value another variant's enum takes as
      // unknown. Where the rule broken is not said (a case file), the model read as its decoder decides.
      if (column === "swift" && mergedIntoValid(instance, verdict, reencoding)) {
        out.push({ column, reason: "accepted what its decoder made of it by merging canonically equivalent keys, a valid value", limitation: "swift-merges-equivalent-keys" });
        continue;
      }
      out.push({ column, reason: `accepted an invalid instance ${whyInvalid(expectation)}` });
    }
  }
  return out;
}

/**
 * Whether Swift's acceptance of an invalid instance is its decoder merging canonically equivalent
 * keys: it re-encoded the instance with such keys merged (one value left), and AJV finds that valid
 * (the violation was in a value the merge dropped).
 */
function mergedIntoValid(instance: JsonValue, verdict: Verdict, reencoding: ReencodingVerdicts | undefined): boolean {
  if (verdict.reencoded === undefined || jsonEqual(verdict.reencoded, instance)) return false;
  return equalMergingEquivalentKeys(instance, verdict.reencoded) && reencoding?.ajv.valid === true;
}

function swiftReencodingFindings(instance: JsonValue, verdict: Verdict, reencoding: ReencodingVerdicts | undefined, ajvOnInput: Verdict | undefined): Finding[] {
  const out: Finding[] = [];
  const unchanged = jsonEqual(verdict.reencoded, instance);
  if (!unchanged) {
    const reason = `re-encoding differs from the input: ${JSON.stringify(verdict.reencoded)}`;
    if (!equalMergingEquivalentKeys(instance, verdict.reencoded)) return [{ column: "swift", reason }];
    out.push({ column: "swift", reason, limitation: "swift-merges-equivalent-keys" });
  }
  // Where AJV rejected the valid input itself, its verdict on the re-encoding (the input, or the
  // input with equivalent keys merged) says nothing of Swift: AJV's fault is judged in its own column
  // (a disagreement, or a known limitation of AJV), and DRF still judges the re-encoding.
  const ajvRejectedTheInput = ajvOnInput !== undefined && !ajvOnInput.unsupported && !ajvOnInput.valid;
  if (reencoding && !reencoding.ajv.valid && !ajvRejectedTheInput) out.push({ column: "swift", reason: `AJV rejects the re-encoding: ${reencoding.ajv.detail ?? ""}` });
  else if (reencoding && !reencoding.drf.unsupported && !reencoding.drf.valid) out.push({ column: "swift", reason: "DRF rejects the re-encoding" });
  return out;
}

/**
 * `output` is `input` with every set of canonically equivalent keys of an object (same NFC form)
 * merged into one of them, holding that key's value: what Swift's decoder does, and nothing more.
 */
export function equalMergingEquivalentKeys(input: unknown, output: unknown): boolean {
  if (Array.isArray(input)) {
    return Array.isArray(output) && input.length === output.length && input.every((item, i) => equalMergingEquivalentKeys(item, output[i]));
  }
  if (!isJsonObject(input)) return jsonEqual(input, output);
  if (!isJsonObject(output)) return false;
  const spellings = new Map<string, string[]>();
  for (const key of Object.keys(input)) spellings.set(key.normalize("NFC"), [...(spellings.get(key.normalize("NFC")) ?? []), key]);
  const kept = Object.keys(output);
  return (
    kept.length === spellings.size &&
    kept.every((key) => spellings.get(key.normalize("NFC"))?.some((spelling) => equalMergingEquivalentKeys(input[spelling], output[key])) === true)
  );
}
