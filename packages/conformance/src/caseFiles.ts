// Case files: JSON Schema's own test-suite format (json-schema-org/JSON-Schema-Test-Suite), a list of
// groups, each a schema and instances stated valid or invalid by hand. Judged against those
// statements, every runtime answers to an oracle the model had no part in (cases.ts); the generated
// instances of run.ts are checked against AJV and the model instead.
//
// Where a file lies says its dialect, as in that suite: under a folder named `draft4`, `draft6`,
// `draft7`, `draft2019-09` or `draft2020-12`.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { CodegenError, compareCodePoints, parseJsonText } from "@clone/codegen";
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
}

export interface CaseGroup {
  /** The file, relative to the folder the run was given. */
  readonly file: string;
  readonly dialect: CaseDialect;
  readonly description: string;
  readonly schema: JsonValue;
  readonly tests: readonly CaseTest[];
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
  const json = parseJsonText(readFileSync(path, "utf8"), name) as JsonValue;
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
      return { description: test.description as string, data: test.data!, valid: test.valid as boolean, pointer: testAt };
    });
    return { file: name, dialect, description: group.description as string, schema: group.schema!, tests, pointer: at };
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
