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
export function mayAccept(column: Column, violation: Violation): boolean {
  return column === "swift" && SWIFT_MAY_ACCEPT.has(violation);
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
    "not fixable in generated code (JSONSerialization on Linux merges them too): needs a decision on JSONValue's object representation",
  "python-validators-read-patterns-as-python":
    "fastjsonschema hands a schema's `pattern` and `patternProperties` to Python's `re` as they are, and jsonschema its " +
    "`patternProperties` (the harness gives jsonschema's `pattern` the serializers' translation), while JSON Schema means ECMA-262: " +
    "`.` also matches \\r, U+2028 and U+2029, `$` also matches before a final newline (fastjsonschema rewrites it for `pattern` only), " +
    "and `\\d`, `\\w`, `\\s`, `\\b` are Unicode. Tolerated only where the model, judged with that engine's Python reading of those " +
    "patterns (pythonRegex.ts), gives the engine's verdict. Not fixable in generated code: the engines compile the document's " +
    "patterns themselves (the generated serializers translate them and are held to ECMA-262)",
  "ajv-compares-objects-by-own-toString":
    "AJV compares values for `const`, `enum` and `uniqueItems` with fast-deep-equal, which calls an object's `valueOf` and " +
    "`toString` whenever they are not Object.prototype's, so an object holding data under such a key (`{\"toString\": 1}`) " +
    "makes it throw a TypeError instead of answering. Tolerated only where the instance holds such a key and the error says " +
    "so. Not fixable in generated code: AJV's runtime comparison cannot be replaced",
  "fastjsonschema-checks-formats-on-strings-only":
    "fastjsonschema calls a `format` check only for a string value, so a number format (`int32`, `int64`) is never checked " +
    "there; AJV, jsonschema (the harness's format checker) and the generated serializers check it. Not fixable in generated " +
    "code: fastjsonschema compiles the document's formats itself",
} as const;
export type KnownLimitation = keyof typeof KNOWN_LIMITATIONS;

export type Expectation = { readonly valid: true } | { readonly valid: false; readonly violation: Violation; readonly mutation: string };

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

/** The model's verdict on an instance judged with each Python engine's reading of patterns (pythonRegex.ts). */
export type PythonPatternVerdicts = Readonly<Partial<Record<"jsonschema" | "fastjsonschema", boolean>>>;

export function findings(
  expectation: Expectation,
  instance: JsonValue,
  verdicts: Readonly<Partial<Record<Column, Verdict>>>,
  reencoding?: ReencodingVerdicts,
  pythonPatterns?: PythonPatternVerdicts,
): Finding[] {
  const out: Finding[] = [];
  for (const column of COLUMNS) {
    const verdict = verdicts[column];
    if (!verdict || verdict.unsupported) continue;
    if (column === "ajv" && verdict.threw !== undefined && threwOnOwnObjectMethod(verdict.threw, instance)) {
      out.push({ column, reason: `threw: ${verdict.threw}`, limitation: "ajv-compares-objects-by-own-toString" });
      continue;
    }
    const explainedByPythonPatterns = (column === "jsonschema" || column === "fastjsonschema") && pythonPatterns?.[column] === verdict.valid;
    if (verdict.valid !== expectation.valid && explainedByPythonPatterns) {
      out.push({ column, reason: `${verdict.valid ? "accepted" : "rejected"} as Python's re reads the patterns`, limitation: "python-validators-read-patterns-as-python" });
      continue;
    }
    if (column === "fastjsonschema" && verdict.valid && !expectation.valid && expectation.mutation === BREAK_NUMBER_FORMAT) {
      out.push({ column, reason: "accepted a number that breaks its format", limitation: "fastjsonschema-checks-formats-on-strings-only" });
      continue;
    }
    if (expectation.valid) {
      if (!verdict.valid) out.push({ column, reason: `rejected a valid instance${verdict.detail ? `: ${verdict.detail}` : ""}` });
      else if (verdict.unchanged === false) out.push({ column, reason: "validated data differs from the input (coerced or defaulted)" });
      else if (column === "swift") out.push(...swiftReencodingFindings(instance, verdict, reencoding));
    } else if (verdict.valid && !mayAccept(column, expectation.violation)) {
      out.push({ column, reason: `accepted an invalid instance (${expectation.violation}, by ${expectation.mutation})` });
    }
  }
  return out;
}

/** The names fast-deep-equal calls on an object when they are not Object.prototype's. */
const OBJECT_METHODS_COMPARED = ["valueOf", "toString"];

/** Whether `message` is the TypeError of calling such a name, and `instance` holds an object with it as an own key. */
function threwOnOwnObjectMethod(message: string, instance: JsonValue): boolean {
  const called = OBJECT_METHODS_COMPARED.find((name) => message.endsWith(`.${name} is not a function`));
  return called !== undefined && holdsOwnKey(instance, called);
}

function holdsOwnKey(value: JsonValue, key: string): boolean {
  if (Array.isArray(value)) return value.some((item) => holdsOwnKey(item, key));
  if (!isJsonObject(value)) return false;
  return Object.hasOwn(value, key) || Object.values(value).some((child) => holdsOwnKey(child, key));
}

function swiftReencodingFindings(instance: JsonValue, verdict: Verdict, reencoding: ReencodingVerdicts | undefined): Finding[] {
  const out: Finding[] = [];
  if (!jsonEqual(verdict.reencoded, instance)) {
    const reason = `re-encoding differs from the input: ${JSON.stringify(verdict.reencoded)}`;
    if (!equalMergingEquivalentKeys(instance, verdict.reencoded)) return [{ column: "swift", reason }];
    out.push({ column: "swift", reason, limitation: "swift-merges-equivalent-keys" });
  }
  if (reencoding?.ajv.threw !== undefined && verdict.reencoded !== undefined && threwOnOwnObjectMethod(reencoding.ajv.threw, verdict.reencoded)) {
    out.push({ column: "swift", reason: `AJV threw on the re-encoding: ${reencoding.ajv.threw}`, limitation: "ajv-compares-objects-by-own-toString" });
  } else if (reencoding && !reencoding.ajv.valid) out.push({ column: "swift", reason: `AJV rejects the re-encoding: ${reencoding.ajv.detail ?? ""}` });
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
