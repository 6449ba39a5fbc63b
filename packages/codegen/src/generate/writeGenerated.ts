// `gen`: makes the files on disk equal to the plan. Each file is written to a temporary name and
// renamed into place, so an interrupted run never leaves a half-written file; generated files no
// target produces any more are removed.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { findGeneratedFiles } from "./generatedFiles.ts";
import type { GenerationPlan } from "./plan.ts";

export interface WriteReport {
  readonly written: string[];
  readonly unchanged: string[];
  readonly removed: string[];
}

export function writeGenerated(plan: GenerationPlan): WriteReport {
  const report: WriteReport = { written: [], unchanged: [], removed: [] };
  for (const [path, contents] of plan.files) {
    const absolute = join(plan.rootDir, path);
    if (readIfExists(absolute) === contents) {
      report.unchanged.push(path);
      continue;
    }
    mkdirSync(dirname(absolute), { recursive: true });
    const temporary = `${absolute}.${process.pid}.tmp`;
    writeFileSync(temporary, contents);
    renameSync(temporary, absolute);
    report.written.push(path);
  }
  for (const path of findGeneratedFiles(plan.rootDir, plan.outDirs)) {
    if (!plan.files.has(path)) {
      rmSync(join(plan.rootDir, path));
      report.removed.push(path);
    }
  }
  return report;
}

export function readIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}
