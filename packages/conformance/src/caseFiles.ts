// Case files: JSON Schema's own test-suite format (json-schema-org/JSON-Schema-Test-Suite), a list of
// groups, each a schema and instances stated valid or invalid by hand. Judged against those
// statements, every runtime answers to an oracle the model had no part in (cases.ts); the generated
// instances of run.ts are checked against AJV and the model instead.
//
// Where a file lies says its dialect, as in that suite: under a folder named `draft4`, `draft6`,
// `draft7`, `draft2019-09` or `draft2020-12`.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { CodegenError, compareCodePoints, JSON_NUMBER_SOURCE, parseJsonText, spellingsOfLiterals, type IntegerSpellings } from "@clone/codegen";
import { childPointer } from "@clone/schema/json-pointer";
import { isJsonObject, type JsonValue } from "./json.ts";

export type CaseDialect = "draft-04" | "draft-06" | "draft-07" | "2019-09" | "2020-12";

/** The suite's folder of each dialect, and the `$schema` a document of it declares. */
export const CASE_DIALECTS: Readonly<Record<string, { readonly dialect: CaseDialect; readonly metaSchema: string }>> = {
  draft4: { dialect: "draft-04", metaSchema: "http://json-schema.org/draft-04/schema#" },
  draft6: { dialect: "draft-06", metaSchema: "http://json-schema.org/draft-06/schema#" },
  draft7: { dialect: "draft-07", metaSchema: "http://json-schema.org/draft-07/schema#" },
  "draft2019-09": { dialect: "2019-09", metaSchema: "https://json-schema.org/draft/2019-09/schema" },
  "draft2020-12": { dialect: "2020-12", metaSchema: "https://json-schema.org/draft/2020-12/schema" },
};

export interface CaseTest {
  readonly description: string;
  readonly data: JsonValue;
  readonly valid: boolean;
  /** Where the test is in its file (`/3/tests/1`). */
  readonly pointer: string;
  /** A number of `data` as written that a runtime never sees: JSON.parse's double of it is another number (numbersNotCarried). */
  readonly numberNotCarried?: string;
  /** The integers of `data` whose double is another number, as written: Python and Swift are given them so (AJV, which reads doubles, their doubles). */
  readonly integersAsWritten?: IntegerSpellings;
}

export interface CaseGroup {
  /** The file, relative to the folder the run was given. */
  readonly file: string;
  readonly dialect: CaseDialect;
  readonly description: string;
  readonly schema: JsonValue;
  readonly tests: readonly CaseTest[];
  /** A number of `schema` as written that no runtime sees (numbersNotCarried). */
  readonly numberNotCarried?: string;
  /** The integers of `schema` whose double is another number, as written: the document is written with them. */
  readonly integersAsWritten?: IntegerSpellings;
  /** Where the group is in its file (`/3`). */
  readonly pointer: string;
}

/** Every case file under `root` (a folder, or one file), in path order; each must lie in a dialect's folder. */
export function readCaseFiles(root: string): CaseGroup[] {
  const folder = statSync(root).isDirectory();
  const files = folder ? jsonFilesUnder(root) : [root];
  if (files.length === 0) throw new CodegenError("", "no case files (*.json) here", root);
  const base = folder ? root : dirname(root);
  return files.flatMap((file) => readCaseFile(file, relative(base, file) || basename(file)));
}

function jsonFilesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => compareCodePoints(a.name, b.name))
    .flatMap((entry) => (entry.isDirectory() ? jsonFilesUnder(join(dir, entry.name)) : entry.name.endsWith(".json") ? [join(dir, entry.name)] : []));
}

/** One case file's groups; a malformed one is refused with its file and JSON pointer. */
export function readCaseFile(path: string, name: string = path): CaseGroup[] {
  const dialect = dialectOfCaseFile(path);
  const text = readFileSync(path, "utf8");
  const json = parseJsonText(text, name) as JsonValue;
  const notCarried = numbersNotCarried(text);
  const numbersUnder = (pointer: string) => howNumbersReachRuntimes(notCarried, pointer);
  const fail = (pointer: string, message: string): never => {
    throw new CodegenError(pointer, message, name);
  };
  if (!Array.isArray(json) || json.length === 0) fail("", "a case file is a non-empty array of groups");
  return (json as JsonValue[]).map((group, index): CaseGroup => {
    const at = childPointer("", index);
    if (!isJsonObject(group)) return fail(at, "a group is an object: description, schema, tests");
    if (typeof group.description !== "string") fail(childPointer(at, "description"), "must be a string");
    if (!("schema" in group) || !(typeof group.schema === "boolean" || isJsonObject(group.schema))) fail(childPointer(at, "schema"), "must be a schema (an object or a boolean)");
    if (!Array.isArray(group.tests) || group.tests.length === 0) fail(childPointer(at, "tests"), "must be a non-empty array of tests");
    const tests = (group.tests as JsonValue[]).map((test, testIndex): CaseTest => {
      const testAt = childPointer(at, "tests", testIndex);
      if (!isJsonObject(test)) return fail(testAt, "a test is an object: description, data, valid");
      if (typeof test.description !== "string") fail(childPointer(testAt, "description"), "must be a string");
      if (!("data" in test)) fail(childPointer(testAt, "data"), "is missing");
      if (typeof test.valid !== "boolean") fail(childPointer(testAt, "valid"), "must be true or false");
      return { description: test.description as string, data: test.data!, valid: test.valid as boolean, pointer: testAt, ...numbersUnder(childPointer(testAt, "data")) };
    });
    return { file: name, dialect, description: group.description as string, schema: group.schema!, tests, pointer: at, ...numbersUnder(childPointer(at, "schema")) };
  });
}

/** The dialect of the nearest enclosing folder named as the suite names them. */
function dialectOfCaseFile(path: string): CaseDialect {
  for (let dir = dirname(path); ; dir = dirname(dir)) {
    const known = CASE_DIALECTS[basename(dir)];
    if (known) return known.dialect;
    if (dirname(dir) === dir) throw new CodegenError("", `not in a dialect's folder (${Object.keys(CASE_DIALECTS).join(", ")})`, path);
  }
}

/** How the numbers of a JSON text under `pointer` that JSON.parse does not carry (numbersNotCarried) reach the runtimes. */
export interface NumbersCarried {
  /** One no runtime sees as written: the value under `pointer` is not judged. */
  readonly numberNotCarried?: string;
  /** The integers as written: Python and Swift are given them so (AJV, which reads doubles, their doubles). */
  readonly integersAsWritten?: IntegerSpellings;
}

/**
 * An integer is carried as written (integersAsWritten), unless another integer under `pointer` has
 * the same double: the spellings are told apart by their doubles. A decimal is never.
 */
export function howNumbersReachRuntimes(notCarried: ReadonlyMap<string, string>, pointer: string): NumbersCarried {
  const under = [...notCarried].filter(([at]) => at === pointer || at.startsWith(`${pointer}/`)).map(([, number]) => number);
  if (under.length === 0) return {};
  const decimal = under.find((number) => !/^-?[0-9]+$/.test(number));
  if (decimal !== undefined) return { numberNotCarried: decimal };
  const spellings = spellingsOfLiterals(under);
  const unspelled = under.find((number) => spellings.get(Number(number)) !== BigInt(number).toString());
  return unspelled !== undefined ? { numberNotCarried: unspelled } : { integersAsWritten: spellings };
}

/**
 * The numbers of a JSON text (valid: JSON.parse read it) whose double, as JSON.parse reads it and the
 * harness writes it to every runtime, is another number than the one written, by where they are:
 * an integer past 2^53 (`18446744073709551615` reaches the runtimes as 18446744073709552000, which
 * Python reads exactly) or a decimal with more digits than a double holds. `1.0` and `13.7` are
 * carried: each runtime reads the same number from what the harness writes.
 */
export function numbersNotCarried(text: string): Map<string, string> {
  const found = new Map<string, string>();
  const number = new RegExp(JSON_NUMBER_SOURCE, "y");
  let at = 0;
  const skipSpace = () => {
    while (at < text.length && " \t\n\r".includes(text[at]!)) at += 1;
  };
  const string = (): string => {
    const start = at;
    for (at += 1; text[at] !== '"'; at += text[at] === "\\" ? 2 : 1);
    at += 1;
    return JSON.parse(text.slice(start, at)) as string;
  };
  const value = (pointer: string): void => {
    skipSpace();
    const first = text[at];
    if (first === "{" || first === "[") {
      const object = first === "{";
      at += 1;
      skipSpace();
      for (let index = 0; text[at] !== (object ? "}" : "]"); index += 1) {
        if (object) {
          const key = string();
          skipSpace();
          at += 1; // the colon
          value(childPointer(pointer, key));
        } else {
          value(childPointer(pointer, index));
        }
        skipSpace();
        if (text[at] === ",") at += 1;
        skipSpace();
      }
      at += 1;
    } else if (first === '"') {
      string();
    } else if (first === "-" || (first! >= "0" && first! <= "9")) {
      number.lastIndex = at;
      number.test(text);
      const written = text.slice(at, number.lastIndex);
      at = number.lastIndex;
      if (!sameDecimal(written, JSON.stringify(Number(written)))) found.set(pointer, written);
    } else {
      at += first === "f" ? 5 : 4; // false, true, null
    }
  };
  value("");
  return found;
}

/** Whether two JSON number texts (or a non-number, such as JSON.stringify's `null` for an infinity) denote the same number. */
function sameDecimal(a: string, b: string): boolean {
  const left = canonicalDecimal(a);
  return left !== undefined && left === canonicalDecimal(b);
}

/** A JSON number's value as sign, significant digits and exponent (`-12e3` for -12000), or undefined for another text. */
function canonicalDecimal(text: string): string | undefined {
  const parts = /^(-?)([0-9]+)(?:\.([0-9]+))?(?:[eE]([+-]?[0-9]+))?$/.exec(text);
  if (!parts) return undefined;
  const [, sign, whole, fraction = "", exponent = "0"] = parts;
  const digits = `${whole}${fraction}`.replace(/^0+/, "");
  if (digits === "") return "0";
  const significant = digits.replace(/0+$/, "");
  return `${sign}${significant}e${Number(exponent) - fraction.length + (digits.length - significant.length)}`;
}
