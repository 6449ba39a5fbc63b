// A schema file written in YAML (OpenAPI documents and Kubernetes CRDs often are), read as the JSON
// value it denotes: YAML 1.2's core schema, one document, no duplicate keys. What YAML can say and
// JSON cannot is refused, naming where, rather than guessed at: a tag (`!Ref`, whose meaning is the
// tool's that defined it), a mapping key that is a collection, `.inf` and `.nan`.
import { parseDocument } from "yaml";
import { childPointer, CodegenError } from "../errors.ts";
import { setOwn } from "../json/ownEntries.ts";
import type { JsonValue } from "../json/types.ts";

/** Files read as YAML, by name; every other file is read as JSON. */
const YAML_FILE = /\.ya?ml$/i;

export function isYamlFile(path: string): boolean {
  return YAML_FILE.test(path);
}

const NESTS_TOO_DEEPLY = "it nests too deeply to read";

/** An alias expands to a copy of what it names: a few kilobytes of aliases of aliases can name billions of nodes. */
const MOST_ALIASES = 100;

/** `text`'s one YAML document as JSON; an error or a warning of the YAML reader names its line and column. */
export function parseYamlText(text: string, location: string): JsonValue {
  let document: ReturnType<typeof parseDocument>;
  try {
    document = parseDocument(text, { uniqueKeys: true });
  } catch (error) {
    throw refusal(error, location);
  }
  const [problem] = [...document.errors, ...document.warnings];
  if (problem !== undefined) {
    const at = problem.linePos?.[0];
    const where = at === undefined ? "" : ` at line ${at.line}, column ${at.col}`;
    // The reader reports its own stack running out as a problem of the text there.
    const message = problem.message.includes("Maximum call stack size exceeded") ? NESTS_TOO_DEEPLY : problem.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
    throw new CodegenError("", `invalid YAML${where}: ${message}`, location);
  }
  try {
    return jsonOf(document.toJS({ mapAsMap: true, maxAliasCount: MOST_ALIASES }), "", location);
  } catch (error) {
    throw error instanceof CodegenError ? error : refusal(error, location);
  }
}

/** What the YAML reader threw, as a refusal: a text nested past the stack's depth, or aliases past MOST_ALIASES. */
function refusal(error: unknown, location: string): CodegenError {
  if (error instanceof RangeError) return new CodegenError("", `invalid YAML: ${NESTS_TOO_DEEPLY}`, location);
  return new CodegenError("", `invalid YAML: ${(error as Error).message}`, location);
}

function jsonOf(value: unknown, pointer: string, location: string): JsonValue {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new CodegenError(pointer, `${value} is no JSON number (YAML's .inf and .nan have none)`, location);
    return value;
  }
  if (Array.isArray(value)) return value.map((item, index) => jsonOf(item, childPointer(pointer, index), location));
  if (value instanceof Map) {
    const object: { [key: string]: JsonValue } = {};
    for (const [key, item] of value) {
      if (typeof key === "object" && key !== null) throw new CodegenError(pointer, "a mapping key is a collection: a JSON object's keys are strings", location);
      const name = String(key);
      if (Object.hasOwn(object, name)) throw new CodegenError(childPointer(pointer, name), `the key "${name}" is written twice (as YAML spells it two ways)`, location);
      setOwn(object, name, jsonOf(item, childPointer(pointer, name), location));
    }
    return object;
  }
  throw new CodegenError(pointer, `a YAML value that JSON has no form for (${Object.prototype.toString.call(value)})`, location);
}
