// `gen`: makes the files on disk equal to the plan. Each file is written to a temporary name and
// renamed into place, so an interrupted run never leaves a half-written file. Files the manifest
// records that no target produces any more are removed, and the manifest is written last, so a run
// cut short still knows what it owns.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { findGeneratedFiles } from "./generatedFiles.ts";
import { readManifest } from "./manifest.ts";
import { hasGeneratedMarker } from "./marker.ts";
import type { GenerationPlan } from "./plan.ts";

export interface WriteReport {
  readonly written: string[];
  readonly unchanged: string[];
  readonly removed: string[];
  /** Recorded as generated and produced no more, but no longer carrying the marker: edited by hand, so kept. */
  readonly kept: string[];
  /** First run only (no manifest yet): files carrying the marker that gen has no record of writing. */
  readonly unrecorded: string[];
}

export function writeGenerated(plan: GenerationPlan): WriteReport {
  const report: WriteReport = { written: [], unchanged: [], removed: [], kept: [], unrecorded: [] };
  // Read (and so validate) the record before anything changes on disk.
  const leftovers = leftoverFiles(plan);
  const firstRun = plan.manifest !== undefined && leftovers === undefined;
  const write = (path: string, contents: string) => {
    const absolute = join(plan.rootDir, path);
    if (readIfExists(absolute) === contents) {
      report.unchanged.push(path);
      return;
    }
    mkdirSync(dirname(absolute), { recursive: true });
    const temporary = `${absolute}.${process.pid}.tmp`;
    writeFileSync(temporary, contents);
    renameSync(temporary, absolute);
    report.written.push(path);
  };
  for (const [path, contents] of [...plan.files, ...plan.sections]) if (path !== plan.manifest) write(path, contents);
  for (const path of leftovers ?? []) {
    const absolute = join(plan.rootDir, path);
    if (hasGeneratedMarker(readIfExists(absolute) ?? "")) {
      rmSync(absolute);
      report.removed.push(path);
    } else {
      report.kept.push(path);
    }
  }
  if (plan.manifest !== undefined) write(plan.manifest, plan.files.get(plan.manifest)!);
  if (firstRun) {
    const outDirs = [...new Set([...plan.files.keys()].filter((path) => path !== plan.manifest).map((path) => dirname(path)))];
    report.unrecorded.push(...findGeneratedFiles(plan.rootDir, outDirs).filter((path) => !plan.files.has(path)));
  }
  return report;
}

/**
 * Files the manifest on disk records that the plan no longer produces and that still exist: what gen
 * wrote before and owns no more. `undefined` when there is no manifest yet (or the plan keeps none).
 */
export function leftoverFiles(plan: GenerationPlan): string[] | undefined {
  if (plan.manifest === undefined) return undefined;
  const recorded = readManifest(join(plan.rootDir, plan.manifest));
  return recorded?.filter((path) => !plan.files.has(path) && readIfExists(join(plan.rootDir, path)) !== undefined);
}

export function readIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}
