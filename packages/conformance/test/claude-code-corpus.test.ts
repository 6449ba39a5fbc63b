// Every real Claude Code session line of the corpus (test/corpus/claude-code/sessions) through the
// generated code of every schema version: the committed Swift module of the version decodes every
// line the project's validator for that version accepts and encodes it back to the same JSON, and the
// committed DRF module (with jsonschema and fastjsonschema on the committed JSON Schema) gives every
// line the validator's verdict. The corpus has no file of CLI 2.1.0-2.1.1, so v2.1.1 meets the other
// versions' lines: those it accepts (most of v2.0.76's) it must decode. Lines of the files a version
// is detected for must all be valid under it. The validator (AJV on the TypeBox family) is the independent judge:
// the Swift and DRF code under test are generated, the validator is not.
//
// Needs the Swift toolchain (helpers/swift.ts: under CI=true a missing one fails the run).
import { readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { isDeepStrictEqual } from "node:util";
import {
  claudeCodeSessionFamilies,
  claudeCodeSessions,
  versionForProducer,
  versionForUnversionedFile,
  type SchemaVersion,
} from "@clone/schema";
import { afterAll, beforeAll, expect, it } from "vitest";
import { jsonlFiles } from "../../../scripts/bench/corpus.ts";
import { describeWithSwift } from "../../codegen/test/helpers/swift.ts";
import type { JsonValue } from "../src/json.ts";
import { startRuntimes, type StartedRuntimes } from "../src/runtimes.ts";
import { loadSuites, type SchemaUnderTest, type Suite } from "../src/suite.ts";

const repoRoot = resolve(import.meta.dirname, "../../..");
const SESSIONS = join(repoRoot, "test/corpus/claude-code/sessions");

interface CorpusLine {
  readonly where: string;
  readonly record: JsonValue;
  /** The schema version its file gets (undefined: older than the oldest, which `validate` skips). */
  readonly version: string | undefined;
}

/** The version a file gets, by the rules `validate` follows (the first stated CLI version; else its record types). */
function versionOfFile(records: readonly unknown[]): SchemaVersion | undefined {
  for (const record of records) {
    const producer = claudeCodeSessions.producerVersionOf(record);
    if (producer !== undefined)
      return versionForProducer(claudeCodeSessions, producer);
  }
  const tags = new Set(
    records.flatMap((record) => claudeCodeSessions.recordTagOf(record) ?? []),
  );
  return versionForUnversionedFile(claudeCodeSessions, tags);
}

/** Every corpus line, with the schema version of its file. */
function corpusLines(): CorpusLine[] {
  return jsonlFiles(SESSIONS).flatMap((path) => {
    const lines = readFileSync(path, "utf8").split("\n");
    const records = lines.flatMap((line, index) =>
      line.trim() === ""
        ? []
        : [
            {
              where: `${relative(repoRoot, path)}:${index + 1}`,
              record: JSON.parse(line) as JsonValue,
            },
          ],
    );
    const version = versionOfFile(records.map((line) => line.record))?.version;
    return records.map((line) => ({ ...line, version }));
  });
}

const lines = corpusLines();

it("the corpus has thousands of lines, files of the oldest and the newest version among them", () => {
  expect(lines.length).toBeGreaterThan(10_000);
  const versions = claudeCodeSessions.versions.map(
    (version) => version.version,
  );
  for (const version of [versions[0], versions.at(-1)])
    expect(
      lines.filter((line) => line.version === version).length,
      `v${version}`,
    ).toBeGreaterThan(500);
});

for (const family of claudeCodeSessionFamilies) {
  const version = String(family.constants?.CLAUDE_CODE_SCHEMA_VERSION);

  describeWithSwift(
    `Claude Code v${version}: every corpus line through the generated Swift and DRF`,
    () => {
      let suite: Suite;
      let runtimes: StartedRuntimes;
      let root: SchemaUnderTest;
      beforeAll(async () => {
        [suite] = (await loadSuites(undefined, [family.name])) as [Suite];
        root = suite.schemas.find(
          (schema) => schema.name === family.root.name,
        )!;
        runtimes = await startRuntimes(repoRoot, suite);
      }, 900_000);
      afterAll(async () => {
        await runtimes?.close();
        suite?.dispose();
      });

      it(
        `every corpus line: Swift decodes each valid line and re-encodes it unchanged; DRF, jsonschema and fastjsonschema give the validator's verdict`,
        { timeout: 900_000 },
        async () => {
          const validator = claudeCodeSessions.versions.find(
            (candidate) => candidate.version === version,
          )!.validators[family.root.name]!;
          const cases = lines.map((line) => ({
            schema: root,
            instance: line.record,
          }));
          const answers = (
            await Promise.all(
              runtimes.others.map((runner) => runner.judge(cases)),
            )
          ).reduce((all, answers) =>
            all.map((verdicts, index) => ({ ...verdicts, ...answers[index] })),
          );
          const wrong: string[] = [];
          let valid = 0;
          lines.forEach((line, index) => {
            const expected = validator(line.record);
            if (expected) valid += 1;
            else if (line.version === version)
              wrong.push(
                `${line.where}: invalid under v${version}, the version its file gets: ${JSON.stringify(validator.errors?.[0] ?? "")}`,
              );
            const verdicts = answers[index]!;
            for (const column of ["jsonschema", "fastjsonschema", "drf"]) {
              if (verdicts[column]?.valid !== expected)
                wrong.push(
                  `${line.where}: ${column} says ${verdicts[column]?.valid ? "valid" : "invalid"} (${verdicts[column]?.detail ?? ""}), the validator ${expected ? "valid" : "invalid"}`,
                );
            }
            const swift = verdicts.swift;
            if (expected && swift?.valid !== true)
              wrong.push(
                `${line.where}: Swift cannot decode a valid line: ${swift?.detail}`,
              );
            if (
              expected &&
              swift?.valid === true &&
              !isDeepStrictEqual(swift.reencoded, line.record)
            )
              wrong.push(
                `${line.where}: Swift re-encodes it as ${JSON.stringify(swift.reencoded).slice(0, 400)}`,
              );
          });
          expect(wrong.slice(0, 20)).toEqual([]);
          // Hundreds of real lines are valid under every version: the Swift checks above ran on them.
          expect(valid).toBeGreaterThan(500);
        },
      );
    },
  );
}
