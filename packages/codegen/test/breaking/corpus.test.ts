// `breaking` on real history nobody here wrote (test/corpus, sources in its README): each consecutive
// pair of the openclaw protocol and of the Claude Code session schema, in both roles, against golden
// reports; a sample of findings checked by hand, each check written down below with the facts of the
// documents it rests on (read here from the raw JSON, not from the tool).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { compareDocuments, reportForRole, type BreakingReport, type Finding } from "../../src/breaking/compare.ts";
import { formatReport } from "../../src/breaking/report.ts";
import { readSchemaFile } from "../../src/input/readSchemaFile.ts";
import { REPO_ROOT } from "../helpers/workspace.ts";
import { judge } from "./judge.ts";

const GOLDEN_DIR = join(REPO_ROOT, "packages/codegen/test/breaking/golden");
const UPDATE = process.env.UPDATE_GOLDEN === "1";

/** The Claude Code session schemas in version order, each with the next: the pairs are derived from the folder. */
function claudeCodePairs(): [string, string][] {
  const version = (file: string) => /^session-v(\d+)\.(\d+)\.(\d+)\.schema\.json$/.exec(file)?.slice(1).map(Number);
  const files = readdirSync(join(REPO_ROOT, "test/corpus/claude-code"))
    .filter((file) => version(file) !== undefined)
    .sort((a, b) => {
      const [x, y] = [version(a)!, version(b)!];
      return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!;
    })
    .map((file) => `test/corpus/claude-code/${file}`);
  return files.slice(1).map((file, index) => [files[index]!, file]);
}

const PAIRS: [string, string][] = [["test/corpus/openclaw/openclaw-protocol-2025-12-19.schema.json", "test/corpus/openclaw/openclaw-protocol.schema.json"], ...claudeCodePairs()];
const ROLES = ["producer", "consumer"] as const;
const reports = new Map<string, BreakingReport>();
const stem = (path: string) => path.split("/").pop()!.replace(/\.schema\.json$/, "");

beforeAll(() => {
  for (const [old, current] of PAIRS) {
    const both = compareDocuments(readSchemaFile(join(REPO_ROOT, old), old), readSchemaFile(join(REPO_ROOT, current), current));
    reports.set(`${old}|${current}`, both);
  }
}, 600_000);

function findings(old: string, current: string): readonly Finding[] {
  return reports.get(`${old}|${current}`)!.findings;
}

describe("the corpus pairs", () => {
  it("are the openclaw pair and the two consecutive Claude Code pairs", () => {
    expect(PAIRS.map(([a, b]) => `${stem(a)} → ${stem(b)}`)).toEqual([
      "openclaw-protocol-2025-12-19 → openclaw-protocol",
      "session-v2.0.76 → session-v2.1.1",
      "session-v2.1.1 → session-v2.1.59",
    ]);
  });

  for (const [old, current] of PAIRS) {
    for (const role of ROLES) {
      it(`${stem(old)} → ${stem(current)}, role ${role}: the report equals its golden file`, () => {
        const text = `${formatReport(reportForRole(reports.get(`${old}|${current}`)!, role))}\n`;
        const golden = join(GOLDEN_DIR, `${stem(old)}__${stem(current)}.${role}.txt`);
        if (UPDATE || !existsSync(golden)) {
          // A missing golden file fails under CI: it is written for review, never silently accepted.
          mkdirSync(GOLDEN_DIR, { recursive: true });
          writeFileSync(golden, text);
          if (!UPDATE) expect.fail(`${golden} was missing: written now, review and commit it`);
        }
        expect(text).toBe(readFileSync(golden, "utf8"));
      });
    }

    it(`${stem(old)} → ${stem(current)}: every witness is accepted by one version and rejected by the other (an AJV set up apart)`, () => {
      const judges = { old: judge(readSchemaFile(join(REPO_ROOT, old), old)), new: judge(readSchemaFile(join(REPO_ROOT, current), current)) };
      const proven = findings(old, current).filter((finding) => finding.witness !== undefined);
      expect(proven.length).toBeGreaterThan(0);
      for (const finding of proven) {
        const verdicts = [judges.old(finding.definitionPointers.old!, finding.witness!.instance), judges.new(finding.definitionPointers.new!, finding.witness!.instance)];
        expect(verdicts, `${finding.rule} at ${finding.location}`).toEqual(finding.direction === "new-accepts" ? [false, true] : [true, false]);
      }
    });
  }
});

/** A definition of a raw corpus document, read without the tool. */
function rawDefinition(path: string, name: string): Record<string, any> {
  const document = JSON.parse(readFileSync(join(REPO_ROOT, path), "utf8"));
  return (document.definitions ?? document.$defs)[name];
}

function findingAt(old: string, current: string, rule: string, location: string): Finding {
  const found = findings(old, current).find((finding) => finding.rule === rule && finding.location === location);
  expect(found, `${rule} at ${location}`).toBeDefined();
  return found!;
}

describe("findings checked by hand", () => {
  const [openclawOld, openclawNew] = PAIRS[0]!;
  const [cc0, cc1] = PAIRS[1]!;
  const [, cc2] = PAIRS[2]!;

  it("openclaw: CronAddParams.name became required (2025-12-19 lists only schedule, sessionTarget, wakeMode, payload): breaks consumers", () => {
    expect(rawDefinition(openclawOld, "CronAddParams").required).not.toContain("name");
    expect(rawDefinition(openclawNew, "CronAddParams").required).toContain("name");
    const finding = findingAt(openclawOld, openclawNew, "property-became-required", "CronAddParams › name");
    expect([finding.level, finding.breaks]).toEqual(["error", "consumer"]);
    expect(finding.witness!.instance).not.toHaveProperty("name");
  });

  it("openclaw: ConnectParams.client.mode was any non-empty string and is now one of seven values: new Swift apps keep it (open enum), new DRF servers reject it", () => {
    expect(rawDefinition(openclawOld, "ConnectParams").properties.client.properties.mode).toEqual({ minLength: 1, type: "string" });
    expect(rawDefinition(openclawNew, "ConnectParams").properties.client.properties.mode.anyOf).toHaveLength(7);
    const finding = findingAt(openclawOld, openclawNew, "enum-closed", "ConnectParams › client › mode");
    expect(finding.targets.map((effect) => effect.text)).toContain("new Swift apps keep the unknown value (open enum) (no break)");
  });

  it("openclaw: 88 definitions added (41 → 129), each information only", () => {
    const added = findings(openclawOld, openclawNew).filter((finding) => finding.rule === "definition-added");
    expect(added).toHaveLength(129 - 41);
    for (const finding of added) expect(finding.level).toBe("info");
  });

  it("Claude Code v2.0.76 → v2.1.1: UserMessage.sourceToolAssistantUUID was undeclared on an open object (any value) and is now a UUID string: null, other types and non-UUID strings break consumers", () => {
    const before = rawDefinition(cc0, "UserMessage");
    const after = rawDefinition(cc1, "UserMessage");
    expect([before.additionalProperties, before.properties.sourceToolAssistantUUID]).toEqual([true, undefined]);
    expect(after.properties.sourceToolAssistantUUID.$ref).toBe("#/$defs/UUID");
    for (const rule of ["nullable-removed", "type-removed", "pattern-added"]) {
      const finding = findingAt(cc0, cc1, rule, "UserMessage › sourceToolAssistantUUID");
      expect([finding.level, finding.breaks, finding.status]).toEqual(["error", "consumer", "proven"]);
    }
    // A pattern is not checked by Swift's decoders, so only the pattern finding spares Swift apps.
    expect(findingAt(cc0, cc1, "pattern-added", "UserMessage › sourceToolAssistantUUID").targets.find((effect) => effect.target === "swift")!.breaks).toBe(false);
    expect(findingAt(cc0, cc1, "nullable-removed", "UserMessage › sourceToolAssistantUUID").targets.find((effect) => effect.target === "swift")!.breaks).toBe(true);
  });

  it("Claude Code v2.1.1 → v2.1.59: BuiltInToolName grows from 17 to 29 values, one finding each, breaking producers only", () => {
    const [before, after] = [rawDefinition(cc1, "BuiltInToolName").enum as string[], rawDefinition(cc2, "BuiltInToolName").enum as string[]];
    const added = after.filter((name) => !before.includes(name));
    expect([before.length, after.length, added.length]).toEqual([17, 29, 12]);
    const found = findings(cc1, cc2).filter((finding) => finding.rule === "enum-value-added" && finding.location === "BuiltInToolName");
    expect(found).toHaveLength(added.length);
    for (const finding of found) {
      expect([finding.direction, finding.breaks]).toEqual(["new-accepts", "producer"]);
      expect(added).toContain(finding.witness!.instance);
    }
  });

  it("Claude Code v2.1.1 → v2.1.59: BashInput.timeout went from integer to number (same bounds): a fractional timeout breaks producers", () => {
    expect(rawDefinition(cc1, "BashInput").properties.timeout.type).toBe("integer");
    expect(rawDefinition(cc2, "BashInput").properties.timeout.type).toBe("number");
    const finding = findingAt(cc1, cc2, "integer-widened-to-number", "BashInput › timeout");
    const timeout = (finding.witness!.instance as { timeout: number }).timeout;
    expect(Number.isInteger(timeout)).toBe(false);
    expect(finding.breaks).toBe("producer");
  });
});
