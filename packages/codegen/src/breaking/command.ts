// `clone-codegen breaking --against <old> [--input <new> | <family>]`: where each version's document
// comes from, and the exit code. `--against` is a JSON Schema file, or a git revision (the file form
// needs no git): `REV:path` as git spells it, or a bare `REV`, which means the same file at that
// revision (the `--input` file, or the family's JSON Schema output in the config).
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { relative, resolve } from "node:path";
import type { SchemaFamily } from "@clone/schema";
import { loadConfig, type LoadedConfig } from "../config.ts";
import { CodegenError } from "../errors.ts";
import { documentFromFamily } from "../input/fromTypeBox.ts";
import { readSchemaFile, readSchemaText } from "../input/readSchemaFile.ts";
import type { SourceDocument } from "../input/document.ts";
import { compareDocuments, type BreakingReport } from "./compare.ts";
import { formatReport } from "./report.ts";
import { atOrAbove, type Level, type Role } from "./rules.ts";

export interface BreakingCommandOptions {
  readonly against: string;
  readonly input?: string;
  readonly config?: string;
  readonly role: Role;
  readonly format: "text" | "json";
  readonly failOn: Level;
  readonly seed: number;
}



export async function runBreakingCommand(family: string | undefined, options: BreakingCommandOptions): Promise<number> {
  if ((family === undefined) === (options.input === undefined)) throw new CodegenError("", "give either --input <file> or a family name (not both)", "breaking");
  let current: SourceDocument;
  let againstPath: string | undefined;
  let targets: readonly string[] | undefined;
  if (options.input !== undefined) {
    current = readSchemaFile(options.input);
    againstPath = options.input;
  } else {
    const config = await loadConfig(options.config);
    const found = familyNamed(config, family!);
    current = documentFromFamily(found);
    againstPath = jsonSchemaOutputOf(config, found);
    targets = targetsOf(config, found);
  }
  const old = readAgainst(options.against, againstPath);
  const report = compareDocuments(old, current, { role: options.role, seed: options.seed, ...(targets ? { targets } : {}) });
  console.log(options.format === "json" ? JSON.stringify(report, null, 2) : formatReport(report));
  return failsOn(report, options.failOn) ? 1 : 0;
}

export function failsOn(report: BreakingReport, floor: Level): boolean {
  return report.findings.some((finding) => atOrAbove(finding.level, floor));
}

/** Every family the config renders, once each. */
export function familiesOf(config: LoadedConfig): SchemaFamily[] {
  return [...new Set(config.outputs.flatMap((output) => output.families ?? []))];
}

function familyNamed(config: LoadedConfig, name: string): SchemaFamily {
  const families = familiesOf(config);
  const family = families.find((candidate) => candidate.name === name);
  if (!family) throw new CodegenError("", `no family "${name}" in the config; its families: ${families.map((f) => f.name).join(", ")}`, config.path);
  return family;
}

/** The targets a family's outputs go through: the consumers a change to it can break. */
export function targetsOf(config: LoadedConfig, family: SchemaFamily): string[] {
  return [...new Set(config.outputs.filter((output) => output.families?.includes(family)).map((output) => output.target))];
}

/** Where the config writes the family's JSON Schema document, relative to the config's directory. */
function jsonSchemaOutputOf(config: LoadedConfig, family: SchemaFamily): string | undefined {
  const output = config.outputs.find((candidate) => candidate.target === "json-schema" && candidate.families?.includes(family));
  const fileNames = (output?.options as { fileNames?: Record<string, string> } | undefined)?.fileNames;
  const fileName = fileNames?.[family.name];
  return output && fileName ? relative(process.cwd(), resolve(config.rootDir, output.outDir, fileName)) : undefined;
}

/** The old version: a file, or a git revision (`REV:path`, or `REV` for the same path as the new version). */
export function readAgainst(against: string, samePath: string | undefined): SourceDocument {
  if (existsSync(against)) return readSchemaFile(against);
  const spec = against.includes(":") ? against : samePath === undefined ? undefined : `${against}:./${samePath}`;
  if (spec === undefined) throw new CodegenError("", "not a file, and there is no path to read at this git revision (give REV:path)", against);
  let text: string;
  try {
    text = execFileSync("git", ["show", spec], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 256 * 1024 * 1024 });
  } catch (error) {
    const stderr = String((error as { stderr?: string }).stderr ?? (error as Error).message).trim();
    throw new CodegenError("", `neither a file nor something git can show (${stderr.split("\n")[0]})`, against);
  }
  return readSchemaText(text, spec.slice(spec.indexOf(":") + 1), spec);
}
