// `check`: regenerates in memory and compares with the files on disk byte for byte. Writes nothing.
import { join } from "node:path";
import { createTwoFilesPatch } from "diff";
import type { GenerationPlan } from "./plan.ts";
import { leftoverFiles, readIfExists } from "./writeGenerated.ts";

export interface CheckResult {
  /** On disk but different: with a unified diff from disk to expected. */
  readonly stale: { readonly path: string; readonly diff: string }[];
  /** Expected but absent. */
  readonly missing: string[];
  /** Recorded in the manifest as written by gen, still on disk, but no target produces it any more. */
  readonly extra: string[];
  readonly checked: number;
}

export function checkGenerated(plan: GenerationPlan): CheckResult {
  const expected = [...plan.files, ...plan.sections];
  const result: CheckResult = { stale: [], missing: [], extra: leftoverFiles(plan) ?? [], checked: expected.length };
  for (const [path, contents] of expected) {
    const actual = readIfExists(join(plan.rootDir, path));
    if (actual === undefined) result.missing.push(path);
    else if (actual !== contents) {
      result.stale.push({ path, diff: createTwoFilesPatch(`${path} (committed)`, `${path} (generated)`, actual, contents, "", "", { context: 2 }) });
    }
  }
  return result;
}

export function isClean(result: CheckResult): boolean {
  return result.stale.length === 0 && result.missing.length === 0 && result.extra.length === 0;
}

/** A report for people: each problem file named, diffs capped at `maxDiffLines` in total. */
export function formatCheckReport(result: CheckResult, repairCommand: string, maxDiffLines = 80): string {
  if (isClean(result)) return `protocol:check: ${result.checked} generated files up to date`;
  const lines: string[] = [];
  let budget = maxDiffLines;
  for (const { path, diff } of result.stale) {
    lines.push(`stale:   ${path}`);
    const diffLines = diff.trimEnd().split("\n");
    const shown = diffLines.slice(0, Math.max(0, budget));
    budget -= shown.length;
    lines.push(...shown.map((line) => `    ${line}`));
    if (shown.length < diffLines.length) lines.push(`    … ${diffLines.length - shown.length} more diff lines not shown`);
  }
  for (const path of result.missing) lines.push(`missing: ${path}`);
  for (const path of result.extra) lines.push(`extra:   ${path} (gen wrote it, but no target produces it any more)`);
  const problems = result.stale.length + result.missing.length + result.extra.length;
  lines.push("", `protocol:check: ${problems} of the generated files are out of date. Repair with:`, `  ${repairCommand}`);
  return lines.join("\n");
}
