// Everything the config asks for, rendered in memory: path relative to the config → file contents.
// Nothing is written here, so a bad input stops the run before any file changes.
import { posix, resolve } from "node:path";
import type { SchemaFamily } from "@clone/schema";
import type { LoadedConfig, OutputSpec } from "../config.ts";
import { CodegenError } from "../errors.ts";
import { documentFromFamily } from "../input/fromTypeBox.ts";
import { inFile, readSchemaFile } from "../input/readSchemaFile.ts";
import { buildModel } from "../model/buildModel.ts";
import { requireNoWarnings } from "../model/summary.ts";
import type { SchemaModel } from "../model/types.ts";
import { modelNameOfFile } from "../naming/modelName.ts";
import { findTarget } from "../targets/index.ts";
import type { GeneratedFile, Target } from "../targets/target.ts";
import { withGeneratedSection } from "./ignoreFileSection.ts";
import { manifestPathFor, renderManifest } from "./manifest.ts";
import { relativePath } from "./paths.ts";
import { genWarnings, type RenderedModel } from "./warnings.ts";
import { readIfExists } from "./writeGenerated.ts";

export interface GenerationPlan {
  readonly rootDir: string;
  /** Every file gen owns (the manifest included): relative POSIX path → contents, sorted by path. */
  readonly files: ReadonlyMap<string, string>;
  /**
   * The record of what gen wrote (relative path), one of `files`: the files gen may remove when no
   * target produces them any more. Absent for a one-off `gen --input`, which removes nothing.
   */
  readonly manifest?: string;
  /** Files gen keeps one section of (ignore files): relative path → whole new contents. Never removed. */
  readonly sections: ReadonlyMap<string, string>;
  /** Every model rendered, once each, with the targets that rendered it (for gen to report its warnings and summary). */
  readonly models?: readonly RenderedModel[];
}

export function planGeneration(config: LoadedConfig): GenerationPlan {
  const models = new ModelCache(config.rootDir);
  const rendered = new Map<string, string>();
  for (const output of config.outputs) {
    const target = findTarget(output.target);
    for (const file of target.render(models.forOutput(output, target), output.options ?? {})) {
      const path = posix.join(output.outDir, file.path);
      if (rendered.has(path)) throw new CodegenError("", `two outputs write ${path}`, config.path);
      rendered.set(path, file.contents);
    }
  }
  const manifest = relativePath(config.rootDir, manifestPathFor(config.path));
  if (rendered.has(manifest)) throw new CodegenError("", `an output writes ${manifest}, the manifest's path`, config.path);
  const entries: [string, string][] = [...rendered, [manifest, renderManifest(rendered.keys())]];
  const files = new Map(entries.sort(([a], [b]) => (a < b ? -1 : 1)));
  const sections = new Map<string, string>();
  for (const ignoreFile of config.ignoreFiles ?? []) {
    const absolute = resolve(config.rootDir, ignoreFile);
    sections.set(relativePath(config.rootDir, absolute), withGeneratedSection(absolute, readIfExists(absolute), config.rootDir, files.keys()));
  }
  return { rootDir: config.rootDir, files, manifest, sections, models: models.rendered() };
}

/** One-off rendering for `gen --input FILE --target NAME --out DIR`; the model name defaults to the file's. */
export function renderFile(inputPath: string, targetName: string, modelName: string = modelNameOfFile(inputPath)): GeneratedFile[] {
  const target = findTarget(targetName);
  return target.render([modelOfFile(inputPath, modelName)], {});
}

/** The model `gen --input FILE` renders from (and `pnpm test:conformance --input FILE` tests): the file and the local files its refs name. */
export function modelOfFile(inputPath: string, modelName: string = modelNameOfFile(inputPath), location: string = inputPath): SchemaModel {
  const source = readSchemaFile(inputPath, location);
  try {
    return buildModel(source, { name: modelName });
  } catch (error) {
    throw inFile(error, source);
  }
}

/** Builds each input's model once, however many outputs use it. */
class ModelCache {
  private readonly byFamily = new Map<SchemaFamily, SchemaModel>();
  private readonly byFile = new Map<string, SchemaModel>();
  /** The targets each model is rendered by, for its warnings. */
  private readonly targetsOf = new Map<SchemaModel, Target[]>();

  constructor(private readonly rootDir: string) {}

  /** The models `output` renders with `target`; a strict output refuses any warning of theirs. */
  forOutput(output: OutputSpec, target: Target): SchemaModel[] {
    const fromFamilies = (output.families ?? []).map((family) => this.family(family));
    const fromFiles = (output.inputs ?? []).map((path) => this.file(path));
    const models = [...fromFamilies, ...fromFiles];
    for (const model of models) {
      const targets = this.targetsOf.get(model) ?? [];
      this.targetsOf.set(model, [...targets, target]);
      if (output.strict) requireNoWarnings(model, genWarnings(model, [target]));
    }
    return models;
  }

  /** Every model built, in the order first built, with the targets that rendered it (its warnings are worked out only where reported). */
  rendered(): RenderedModel[] {
    return [...this.byFamily.values(), ...this.byFile.values()].map((model) => ({ model, targets: this.targetsOf.get(model) ?? [] }));
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
      // Its location (in generated headers and errors) is relative to the config, so the generated
      // files are the same on every checkout path.
      model = modelOfFile(absolute, modelNameOfFile(absolute), relativePath(this.rootDir, absolute));
      this.byFile.set(absolute, model);
    }
    return model;
  }
}
