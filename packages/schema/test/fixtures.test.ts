// Runs the language-neutral conformance vectors in packages/schema/fixtures against the TS validators.
// The same files are run by the Swift and Python targets; the format is described in fixtures/README.md.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CLONE_EVENT_TYPES, formatIssue, validatorsByName } from "@clone/schema";

const FIXTURES_DIR = fileURLToPath(new URL("../fixtures/", import.meta.url));

const VIOLATIONS = [
  "missing-required",
  "wrong-type",
  "wrong-const",
  "unknown-key",
  "out-of-enum",
  "unknown-tag",
  "bound",
  "pattern",
  "format",
  "conditional",
] as const;

/** Schemas the contract requires vectors for (more may exist). */
const REQUIRED_SCHEMAS = [
  "CloneEvent",
  "GatewayFrame",
  "ConnectParams",
  "HelloOk",
  "CronJob",
  "CronRunsParams",
  "WakeParams",
  "ChatEvent",
  "AgentEvent",
  "Snapshot",
  "PresenceEntry",
  "ErrorShape",
];

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*\.json$/;
const KINDS = ["valid", "invalid"] as const;
type Kind = (typeof KINDS)[number];

interface Vector {
  readonly schema: string;
  readonly kind: Kind;
  readonly file: string;
  readonly raw: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function listDir(path: string): string[] {
  return readdirSync(path).sort();
}

const schemaDirs = listDir(FIXTURES_DIR).filter((entry) => entry !== "README.md");

const vectors: Vector[] = schemaDirs.flatMap((schema) =>
  KINDS.flatMap((kind) => {
    const dir = `${FIXTURES_DIR}${schema}/${kind}/`;
    let files: string[];
    try {
      files = listDir(dir);
    } catch {
      return [];
    }
    return files.map((file) => ({ schema, kind, file, raw: readFileSync(`${dir}${file}`, "utf8") }));
  }),
);

function validatorFor(schema: string) {
  const validator = validatorsByName[schema];
  if (validator === undefined) throw new Error(`fixtures/${schema} names no validator in validatorsByName`);
  return validator;
}

function expectCanonicalJson(raw: string): unknown {
  const parsed: unknown = JSON.parse(raw);
  // 2-space indent and a trailing newline, so every target reads (and diffs) the same bytes.
  expect(raw, "file is not pretty-printed JSON with 2-space indent and a trailing newline").toBe(
    `${JSON.stringify(parsed, null, 2)}\n`,
  );
  return parsed;
}

describe("conformance vectors", () => {
  for (const vector of vectors) {
    const name = `${vector.schema}/${vector.kind}/${vector.file}`;

    if (vector.kind === "valid") {
      it(name, () => {
        const instance = expectCanonicalJson(vector.raw);
        const validate = validatorFor(vector.schema);
        const ok = validate(instance);
        expect(ok, `expected valid, got:\n${validate.messages(instance).join("\n")}`).toBe(true);
        // Validation must not rewrite the value (no defaults filled in, no coercion): it round-trips.
        // Compared as JSON text: toStrictEqual also compares `constructor`, which free-form data may
        // hold as an ordinary key (AgentEvent/valid/data-prototype-keys.json).
        expect(`${JSON.stringify(instance, null, 2)}\n`).toBe(vector.raw);
      });
    } else {
      it(name, () => {
        const wrapper = expectCanonicalJson(vector.raw);
        if (!isRecord(wrapper)) throw new Error("an invalid vector is an object");
        expect(Object.keys(wrapper).sort()).toEqual(["expect", "instance", "note", "violation"]);
        const { note, violation, expect: expected, instance } = wrapper;
        expect(typeof note === "string" && note.trim().length > 0, "note must be a non-empty string").toBe(true);
        expect(VIOLATIONS).toContain(violation);
        if (!isRecord(expected)) throw new Error("expect must be an object");
        expect(Object.keys(expected).sort()).toEqual(["message", "pointer"]);
        const { pointer, message } = expected;
        if (typeof pointer !== "string" || (pointer !== "" && !pointer.startsWith("/"))) {
          throw new Error(`expect.pointer must be a JSON pointer, got ${JSON.stringify(pointer)}`);
        }
        if (typeof message !== "string" || message.length === 0) throw new Error("expect.message must be a non-empty string");

        const validate = validatorFor(vector.schema);
        expect(validate(instance), "expected the instance to be rejected").toBe(false);
        const issues = validate.issues(instance);
        const report = issues.map(formatIssue).join("\n");
        expect(
          issues.some((issue) => issue.pointer === pointer && issue.message.includes(message)),
          `no issue at ${JSON.stringify(pointer)} containing ${JSON.stringify(message)}; got:\n${report}`,
        ).toBe(true);
      });
    }
  }
});

describe("conformance vector set", () => {
  it("has vectors", () => {
    expect(vectors.length).toBeGreaterThan(0);
  });

  it("every fixtures/<SchemaName> folder names a real validator and holds only valid/ and invalid/", () => {
    for (const schema of schemaDirs) {
      expect(validatorsByName, `fixtures/${schema}`).toHaveProperty([schema]);
      expect(listDir(`${FIXTURES_DIR}${schema}`), `fixtures/${schema}`).toEqual(["invalid", "valid"]);
    }
  });

  it("every vector file has a kebab-case slug", () => {
    const bad = vectors.filter((vector) => !SLUG.test(vector.file)).map((v) => `${v.schema}/${v.kind}/${v.file}`);
    expect(bad).toEqual([]);
  });

  it("every schema has at least one valid and one invalid vector, and the required schemas are covered", () => {
    for (const schema of new Set([...schemaDirs, ...REQUIRED_SCHEMAS])) {
      for (const kind of KINDS) {
        const count = vectors.filter((vector) => vector.schema === schema && vector.kind === kind).length;
        expect(count, `${schema}/${kind}`).toBeGreaterThan(0);
      }
    }
  });

  function tagsOfValid(schema: string): Set<unknown> {
    return new Set(
      vectors
        .filter((vector) => vector.schema === schema && vector.kind === "valid")
        .map((vector) => {
          const instance: unknown = JSON.parse(vector.raw);
          return isRecord(instance) ? instance.type : undefined;
        }),
    );
  }

  it("CLONE_EVENT_TYPES lists the event types of events.schema.json, and valid vectors cover each", () => {
    // Derived from the generated document, so adding an event type needs no edit here.
    const document = JSON.parse(readFileSync(fileURLToPath(new URL("../events.schema.json", import.meta.url)), "utf8")) as {
      oneOf: { $ref: string }[];
      definitions: Record<string, { properties: { type: { const: string } } }>;
    };
    const documentTypes = document.oneOf.map(({ $ref }) => document.definitions[$ref.split("/").pop()!]!.properties.type.const);
    expect(documentTypes.length).toBeGreaterThan(0);
    expect(CLONE_EVENT_TYPES).toEqual(documentTypes);
    const covered = tagsOfValid("CloneEvent");
    expect(CLONE_EVENT_TYPES.filter((type) => !covered.has(type))).toEqual([]);
  });

  it("GatewayFrame valid vectors cover req, res and event", () => {
    const covered = tagsOfValid("GatewayFrame");
    expect(["req", "res", "event"].filter((type) => !covered.has(type))).toEqual([]);
  });

  it("invalid vectors use every violation kind at least once", () => {
    const used = new Set(
      vectors
        .filter((vector) => vector.kind === "invalid")
        .map((vector) => {
          const wrapper: unknown = JSON.parse(vector.raw);
          return isRecord(wrapper) ? wrapper.violation : undefined;
        }),
    );
    expect(VIOLATIONS.filter((kind) => !used.has(kind))).toEqual([]);
  });
});
