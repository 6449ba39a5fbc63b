// clone-codegen.config.ts: which inputs go through which target into which directory.
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { SchemaFamily } from "@clone/schema";
import { CodegenError } from "./errors.ts";
import type { Role } from "./breaking/rules.ts";
import type { TargetOptions } from "./targets/target.ts";

export const CONFIG_FILE_NAME = "clone-codegen.config.ts";

export interface OutputSpec {
  /** A target name, as `--target` takes. */
  readonly target: string;
  /** TypeBox schema families to render together. */
  readonly families?: readonly SchemaFamily[];
  /** JSON Schema files to render, relative to the config file. */
  readonly inputs?: readonly string[];
  /** Directory the target's files go to, relative to the config file. */
  readonly outDir: string;
  readonly options?: TargetOptions;
  /**
   * Refuse any place the model had to leave untyped (a Fallback) instead of warning about it, as
   * `gen --input --strict` does: for schemas that must stay fully typed, such as the project's own.
   */
  readonly strict?: boolean;
}

export interface CodegenConfig {
  readonly outputs: readonly OutputSpec[];
  /**
   * Ignore files in gitignore syntax (e.g. ".prettierignore"), relative to the config file, in which
   * gen keeps a section listing every generated file, so formatters leave generated files alone.
   */
  readonly ignoreFiles?: readonly string[];
  /**
   * The released wire contract (README "Breaking changes"): `dir` holds each family's last released
   * JSON Schema (`<Family>.schema.json`); `check` fails on a change that breaks `role` (default both)
   * unless the family's version constant is bumped and the baseline rewritten in the same change.
   */
  readonly baseline?: { readonly dir: string; readonly role?: Role };
}

export interface LoadedConfig extends CodegenConfig {
  /** Directory of the config file: every path in it is relative to this. */
  readonly rootDir: string;
  readonly path: string;
}

export function defineConfig(config: CodegenConfig): CodegenConfig {
  return config;
}

/** Walks up from `start` to the nearest clone-codegen.config.ts. */
export function findConfig(start: string = process.cwd()): string {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw new CodegenError("", `no ${CONFIG_FILE_NAME} in ${start} or any parent directory`, "--config");
  }
}

export async function loadConfig(path: string = findConfig()): Promise<LoadedConfig> {
  const absolute = resolve(path);
  if (!existsSync(absolute)) throw new CodegenError("", "config file not found", absolute);
  let module: { default?: CodegenConfig };
  try {
    module = (await import(pathToFileURL(absolute).href)) as { default?: CodegenConfig };
  } catch (error) {
    // The config is the user's code: its failure is bad input, not a bug in clone-codegen.
    throw new CodegenError("", `the config failed to load: ${(error as Error).message ?? String(error)}`, absolute);
  }
  const config = module.default;
  if (!config || !Array.isArray(config.outputs)) {
    throw new CodegenError("", "must `export default defineConfig({ outputs: [...] })`", absolute);
  }
  return { ...config, rootDir: dirname(absolute), path: absolute };
}
