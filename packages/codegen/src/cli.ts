// clone-codegen: `gen` writes every generated file, `check` verifies them, both from one plan.
// Exit codes: 0 ok, 1 check failed, 2 usage or input error.
import { resolve } from "node:path";
import { Command, CommanderError, Option } from "commander";
import { loadConfig } from "./config.ts";
import { CodegenError } from "./errors.ts";
import { checkGenerated, formatCheckReport, isClean } from "./generate/checkGenerated.ts";
import { planGeneration, renderFile, type GenerationPlan } from "./generate/plan.ts";
import { writeGenerated } from "./generate/writeGenerated.ts";
import { readSchemaFile } from "./input/readSchemaFile.ts";
import { buildModel } from "./model/buildModel.ts";
import { targets } from "./targets/index.ts";

export const EXIT = { ok: 0, checkFailed: 1, usage: 2 } as const;
const REPAIR_COMMAND = "pnpm protocol:gen";

export function createProgram(): Command {
  const program = new Command("clone-codegen")
    .description("Generate JSON Schema, Swift and Python/DRF code from Clone's TypeBox schemas (or any JSON Schema file).")
    .showHelpAfterError()
    .exitOverride();

  program
    .command("gen")
    .description("write every generated file the config lists, or, with --input, one target's files for one schema file")
    .option("--config <file>", "config file (default: nearest clone-codegen.config.ts)")
    .option("--input <file>", "a JSON Schema file (draft-07 or 2020-12) to generate from instead of the config")
    .addOption(new Option("--target <name>", "target for --input").choices(targets.map((target) => target.name)))
    .option("--out <dir>", "output directory for --input")
    .option("--name <Name>", "model name for --input (default: the document's title)")
    .action(async (options: { config?: string; input?: string; target?: string; out?: string; name?: string }) => {
      if (options.input !== undefined) {
        if (!options.target || !options.out) throw new CommanderError(EXIT.usage, "usage", "gen --input needs --target and --out");
        const files = renderFile(options.input, options.target, options.name);
        const plan: GenerationPlan = {
          rootDir: resolve(options.out),
          files: new Map(files.map((file) => [file.path, file.contents])),
          // No stale-file sweep: --out may hold other generated files (another input's, another
          // target's) that this one-off run knows nothing about, and they must survive it.
          outDirs: [],
        };
        report(writeGenerated(plan), options.out);
        return;
      }
      if (options.target || options.out) throw new CommanderError(EXIT.usage, "usage", "--target and --out go with --input");
      const plan = planGeneration(await loadConfig(options.config));
      report(writeGenerated(plan), plan.rootDir);
    });

  program
    .command("check")
    .description("regenerate in memory and compare with the files on disk; exit 1 on any stale, missing or extra file")
    .option("--config <file>", "config file (default: nearest clone-codegen.config.ts)")
    .option("--max-diff-lines <n>", "cap on diff lines printed", (value) => Number.parseInt(value, 10), 80)
    .action(async (options: { config?: string; maxDiffLines: number }) => {
      const result = checkGenerated(planGeneration(await loadConfig(options.config)));
      const text = formatCheckReport(result, REPAIR_COMMAND, options.maxDiffLines);
      if (isClean(result)) console.log(text);
      else {
        console.error(text);
        process.exitCode = EXIT.checkFailed;
      }
    });

  program
    .command("model")
    .description("print the normalized model built from a JSON Schema file, as JSON (for debugging a target)")
    .requiredOption("--input <file>", "a JSON Schema file")
    .action((options: { input: string }) => {
      // The input document and the index over `types` would only repeat what is printed.
      const { source: _source, typesByName: _index, ...model } = buildModel(readSchemaFile(options.input));
      console.log(JSON.stringify(model, null, 2));
    });

  program
    .command("targets")
    .description("list the targets")
    .action(() => {
      for (const target of targets) console.log(`${target.name.padEnd(14)} ${target.description}`);
    });

  return program;
}

function report(result: ReturnType<typeof writeGenerated>, where: string): void {
  const { written, unchanged, removed } = result;
  for (const path of written) console.log(`wrote   ${path}`);
  for (const path of removed) console.log(`removed ${path}`);
  console.log(`gen: ${written.length} written, ${unchanged.length} unchanged, ${removed.length} removed (in ${where})`);
}

export async function main(argv: readonly string[]): Promise<number> {
  try {
    await createProgram().parseAsync([...argv], { from: "user" });
    return typeof process.exitCode === "number" ? process.exitCode : EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.code === "commander.help") return EXIT.ok;
      if (error.code === "usage") console.error(`error: ${error.message}`);
      return EXIT.usage;
    }
    if (error instanceof CodegenError) {
      console.error(`error: ${error.message}`);
      return EXIT.usage;
    }
    throw error;
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith("cli.ts")) {
  process.exitCode = await main(process.argv.slice(2));
}
