// Everything the config asks for, rendered in memory: repository path → file contents. Nothing is
// written here, so a bad input stops the run before any file changes.
import { posix, relative, resolve } from "node:path";
import type { SchemaFamily } from "@clone/schema";
import type { LoadedConfig, OutputSpec } from "../config.ts";
import { CodegenError } from "../errors.ts";
import { documentFromFamily } from "../input/fromTypeBox.ts";
import { readSchemaFile } from "../input/readSchemaFile.ts";
import { buildModel } from "../model/buildModel.ts";
import type { SchemaModel } from "../model/types.ts";
import { findTarget } from "../targets/index.ts";
import type { GeneratedFile } from "../targets/target.ts";

export interface GenerationPlan {
  readonly rootDir: string;
  /** Repository-relative POSIX path → contents, sorted by path. */
  readonly files: ReadonlyMap<string, string>;
  /** Repository-relative output directories: where stale generated files are looked for. */
  readonly outDirs: readonly string[];
}

export function planGeneration(config: LoadedConfig): GenerationPlan {
  const models = new ModelCache(config.rootDir);
  const files = new Map<string, string>();
  for (const output of config.outputs) {
    const target = findTarget(output.target);
    for (const file of target.render(models.forOutput(output), output.options ?? {})) {
      const path = posix.join(output.outDir, file.path);
      if (files.has(path)) throw new CodegenError("", `two outputs write ${path}`, config.path);
      files.set(path, file.contents);
    }
  }
  const sorted = new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
  return { rootDir: config.rootDir, files: sorted, outDirs: [...new Set(config.outputs.map((output) => posix.normalize(output.outDir)))] };
}

/** One-off rendering for `gen --input FILE --target NAME --out DIR`. */
export function renderFile(inputPath: string, targetName: string, modelName?: string): GeneratedFile[] {
  const target = findTarget(targetName);
  const model = buildModel(readSchemaFile(inputPath), modelName ? { name: modelName } : {});
  return target.render([model], {});
}

/** Builds each input's model once, however many outputs use it. */
class ModelCache {
  private readonly byFamily = new Map<SchemaFamily, SchemaModel>();
  private readonly byFile = new Map<string, SchemaModel>();

  constructor(private readonly rootDir: string) {}

  forOutput(output: OutputSpec): SchemaModel[] {
    const fromFamilies = (output.families ?? []).map((family) => this.family(family));
    const fromFiles = (output.inputs ?? []).map((path) => this.file(path));
    return [...fromFamilies, ...fromFiles];
  }

  private family(family: SchemaFamily): SchemaModel {
    let model = this.byFamily.get(family);
    if (!model) {
      model = buildModel(documentFromFamily(family), { name: family.name });
      this.byFamily.set(family, model);
    }
    return model;
  }

  private file(path: string): SchemaModel {
    const absolute = resolve(this.rootDir, path);
    let model = this.byFile.get(absolute);
    if (!model) {
      model = buildModel(readSchemaFile(absolute));
      this.byFile.set(absolute, model);
    }
    return model;
  }
}

export function repoRelative(rootDir: string, absolute: string): string {
  return relative(rootDir, absolute).split("\\").join("/");
}
