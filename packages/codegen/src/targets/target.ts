// What a target is: a function from models to files. It never sees TypeBox or the input document's
// raw schema (the JSON Schema target aside, whose job is to re-emit it), only the normalized model.
import type { ModelWarning } from "../model/summary.ts";
import type { SchemaModel } from "../model/types.ts";

export interface GeneratedFile {
  /** POSIX path relative to the output directory. */
  readonly path: string;
  readonly contents: string;
}

export interface TargetOptions {
  /** Output file name per model name (e.g. `{ Gateway: "GatewayModels.swift" }`); targets pick a default. */
  readonly fileNames?: Readonly<Record<string, string>>;
  /** Target-specific settings from clone-codegen.config.ts. */
  readonly [setting: string]: unknown;
}

export interface Target {
  /** What `--target` takes, e.g. "json-schema", "swift", "python-drf". */
  readonly name: string;
  readonly description: string;
  /**
   * Who judges values through this target's output, in breaking-change reports: "Swift apps", "DRF
   * servers". Absent for outputs that judge no value (documentation, bundles for other generators).
   */
  readonly consumers?: string;
  /**
   * Renders every model given into one set of files (support code shared between models is emitted
   * once). Must be deterministic: the same models give the same bytes, ending in a newline, and every
   * file carries the generated-file marker where the format allows a comment.
   */
  render(models: readonly SchemaModel[], options: TargetOptions): GeneratedFile[];
  /**
   * What this target's output cannot do as the model says, at the JSON pointer concerned: gen reports
   * it beside the model's own warnings, and `--strict` refuses it. Absent when the output can do all.
   */
  warnings?(model: SchemaModel): ModelWarning[];
}
