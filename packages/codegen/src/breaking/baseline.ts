// The released wire contract: for each family the config renders, the JSON Schema document of its last
// released version, kept in the config's baseline directory (`<Family>.schema.json`). `check` compares
// the schema of today against it; a breaking change passes only when the family's version constant is
// bumped and the baseline is rewritten in the same change (`protocol:baseline` writes it, and refuses
// to record a breaking change under the version already released).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import type { SchemaFamily } from "@clone/schema";
import type { LoadedConfig } from "../config.ts";
import { CodegenError } from "../errors.ts";
import { documentFromFamily } from "../input/fromTypeBox.ts";
import type { JsonValue } from "../json/types.ts";
import { readSchemaFile } from "../input/readSchemaFile.ts";
import { canonicalSchema } from "../targets/json-schema/canonicalSchema.ts";
import { familiesOf, failsOn, targetsOf } from "./command.ts";
import { compareDocuments, type BreakingReport } from "./compare.ts";
import { BASELINE_COMMAND } from "./help.ts";
import { formatFinding } from "./report.ts";

const BASELINE_COMMENT = `The released wire contract of this family, written by \`${BASELINE_COMMAND}\`; \`pnpm protocol:check\` compares the schema against it. Never edit by hand.`;

export interface BaselineVerdict {
  readonly family: string;
  readonly file: string;
  readonly ok: boolean;
  /** What the check found, as printed. */
  readonly text: string;
  readonly report?: BreakingReport;
}

interface FamilyState {
  readonly family: SchemaFamily;
  readonly versionConstant: string;
  readonly file: string;
  readonly shownFile: string;
  readonly current: ReturnType<typeof documentFromFamily>;
  readonly currentVersion: JsonValue | undefined;
  readonly baseline?: ReturnType<typeof readSchemaFile>;
  readonly baselineVersion?: JsonValue;
}

function statesOf(config: LoadedConfig): FamilyState[] {
  const dir = config.baseline?.dir;
  if (dir === undefined) return [];
  return familiesOf(config).map((family) => {
    const versionConstant = family.versionConstant;
    if (versionConstant === undefined || family.constants?.[versionConstant] === undefined) {
      throw new CodegenError("", `family ${family.name} names no version constant (versionConstant, one of its constants): the baseline check needs one to know a bump`, config.path);
    }
    const file = resolve(config.rootDir, dir, `${family.name}.schema.json`);
    const shownFile = relative(process.cwd(), file) || file;
    const baseline = existsSync(file) ? readSchemaFile(file, shownFile) : undefined;
    const constants = baseline?.document["x-clone-constants"];
    const baselineVersion = constants && typeof constants === "object" && !Array.isArray(constants) ? (constants as Record<string, JsonValue>)[versionConstant] : undefined;
    return { family, versionConstant, file, shownFile, current: documentFromFamily(family), currentVersion: family.constants[versionConstant], baseline, baselineVersion };
  });
}

function compareWithBaseline(config: LoadedConfig, state: FamilyState): BreakingReport {
  return compareDocuments(state.baseline!, state.current, { role: config.baseline?.role ?? "both", targets: targetsOf(config, state.family) });
}

/** The gate `check` runs: one verdict per family. */
export function checkBaselines(config: LoadedConfig): BaselineVerdict[] {
  return statesOf(config).map((state): BaselineVerdict => {
    const { family, versionConstant, shownFile } = state;
    const base = { family: family.name, file: shownFile };
    if (!state.baseline) return { ...base, ok: false, text: `baseline: ${family.name} has no released baseline (${shownFile}); record it with \`${BASELINE_COMMAND}\`` };
    const [was, now] = [state.baselineVersion, state.currentVersion];
    if (now !== was) {
      return {
        ...base,
        ok: false,
        text: `baseline: ${family.name}'s ${versionConstant} is ${JSON.stringify(now)} but the baseline ${shownFile} records version ${JSON.stringify(was)}: a version bump updates the baseline in the same change; run \`${BASELINE_COMMAND}\``,
      };
    }
    const report = compareWithBaseline(config, state);
    if (!failsOn(report, "error")) {
      const compatible = report.findings.length === 0 ? "unchanged" : `${report.findings.length} compatible difference(s)`;
      return { ...base, ok: true, report, text: `baseline: ${family.name} ${versionConstant} ${JSON.stringify(now)}: ${compatible} since the baseline` };
    }
    const errors = report.findings.filter((finding) => finding.level === "error");
    const text = [
      `baseline: ${family.name} has ${errors.length} breaking change(s) against its released version ${JSON.stringify(was)} (${shownFile}), and ${versionConstant} was not bumped.`,
      ...errors.flatMap((finding) => formatFinding(finding).map((line) => `  ${line}`)),
      `A breaking change needs a new version: bump ${versionConstant} (${family.name}'s constant, now ${JSON.stringify(now)}) and update the baseline in the same change with \`${BASELINE_COMMAND}\`.`,
      `Or keep the change compatible (see the findings above and README "Breaking changes").`,
    ].join("\n");
    return { ...base, ok: false, report, text };
  });
}

/**
 * Writes each family's baseline. Refuses (returns false for the family, writes nothing for it) to
 * record a breaking change under the version already recorded: that is what a bump is for.
 */
export function writeBaselines(config: LoadedConfig): { readonly ok: boolean; readonly lines: string[] } {
  const lines: string[] = [];
  let ok = true;
  for (const state of statesOf(config)) {
    if (state.baseline && state.baselineVersion === state.currentVersion) {
      const report = compareWithBaseline(config, state);
      if (failsOn(report, "error")) {
        ok = false;
        lines.push(
          `baseline: not written for ${state.family.name}: ${report.summary.error} breaking change(s) under the released ${state.versionConstant} ${JSON.stringify(state.currentVersion)}; bump ${state.versionConstant} first (\`pnpm codegen breaking --against ${state.shownFile} ${state.family.name}\` lists them)`,
        );
        continue;
      }
    }
    const contents = `${JSON.stringify(canonicalSchema({ ...state.current.document, $comment: BASELINE_COMMENT }), null, 2)}\n`;
    const before = existsSync(state.file) ? readFileSync(state.file, "utf8") : undefined;
    if (before === contents) {
      lines.push(`baseline: ${state.shownFile} unchanged`);
      continue;
    }
    mkdirSync(dirname(state.file), { recursive: true });
    writeFileSync(state.file, contents);
    lines.push(`baseline: wrote ${state.shownFile} (${state.family.name} ${state.versionConstant} ${JSON.stringify(state.currentVersion)})`);
  }
  if (config.baseline === undefined) lines.push(`baseline: the config names no baseline directory (baseline: { dir })`);
  return { ok, lines };
}

