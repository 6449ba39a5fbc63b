// clone-codegen: `gen` writes every generated file, `check` verifies them, both from one plan.
// Exit codes: 0 ok, 1 check failed, 2 usage or input error, 3 internal error (a bug in clone-codegen).
import { resolve } from "node:path";
import { Argument, Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { loadConfig } from "./config.ts";
import { CodegenError } from "./errors.ts";
import { checkGenerated, formatCheckReport, isClean } from "./generate/checkGenerated.ts";
import { planGeneration, modelOfFile, type GenerationPlan } from "./generate/plan.ts";
import { writeGenerated, type WriteReport } from "./generate/writeGenerated.ts";
import { genWarnings, type RenderedModel } from "./generate/warnings.ts";
import { formatSummary, requireNoWarnings } from "./model/summary.ts";
import { modelNameOfFile } from "./naming/modelName.ts";
import { InputError } from "./records/sources.ts";
import { findTarget, targets } from "./targets/index.ts";
import type { Target } from "./targets/target.ts";
import type { SchemaModel } from "./model/types.ts";
import { runValidateCommand, validateHelp, type ValidateCommandOptions } from "./validate/command.ts";
import type { BreakingCommandOptions } from "./breaking/command.ts";
import { BASELINE_COMMAND, BREAKING_HELP, LEVELS, ROLES } from "./breaking/help.ts";
import { IMPORT_HELP, IMPORT_SOURCES, runImportCommand, type ImportCommandOptions } from "./import/command.ts";

export const EXIT = { ok: 0, checkFailed: 1, usage: 2, internal: 3 } as const;
/** What `gen --input … --target` takes for every target at once. */
const ALL_TARGETS = "all";
const REPAIR_COMMAND = "pnpm protocol:gen";
const BUG_REPORT = "report it in the Clone schema toolkit's issue tracker with the command you ran and its --verbose output";
const NAME_HELP = "model name for --input, prefixing generated identifiers such as Swift's <Name>Definitions (default: the file's name, events.schema.json → Events)";

// Numeric options are parsed strictly: "abc", "1.5", "-3" and "" are usage errors, never NaN.
function positiveInteger(value: string): number {
  if (!/^[0-9]+$/.test(value) || Number(value) === 0) throw new InvalidArgumentError("expected a whole number of 1 or more.");
  return Number(value);
}

function nonNegativeInteger(value: string): number {
  if (!/^[0-9]+$/.test(value)) throw new InvalidArgumentError("expected a whole number of 0 or more.");
  return Number(value);
}

/** Every file `chosen` render for `model`, by path; two targets writing one path is a bug of theirs (each names its files after itself). */
function filesOfTargets(model: SchemaModel, chosen: readonly Target[]): Map<string, string> {
  const files = new Map<string, string>();
  for (const target of chosen) {
    for (const file of target.render([model], {})) {
      if (files.has(file.path)) throw new Error(`two targets write ${file.path} (the second: ${target.name})`);
      files.set(file.path, file.contents);
    }
  }
  return files;
}

export function createProgram(): Command {
  const program = new Command("clone-codegen")
    .description("Generate JSON Schema, Swift and Python/DRF code from Clone's TypeBox schemas (or any JSON Schema file).")
    .option("--verbose", "on an internal error, print the stack trace")
    .addHelpText("after", "\nExit codes: 0 ok, 1 check failed, 2 usage or input error, 3 internal error (a bug in clone-codegen).")
    .showHelpAfterError()
    .exitOverride();

  program
    .command("gen")
    .description("write every generated file the config lists, or, with --input, the files of one or more targets for one schema file")
    .option("--config <file>", "config file (default: nearest clone-codegen.config.ts)")
    .option("--input <file>", "a JSON Schema file, JSON or YAML (draft-03, read as the draft-04 it means, to 2020-12; the local files its $refs name are read with it), or an OpenAPI 3, Swagger 2.0, AsyncAPI 2/3 or OpenRPC 1 document (its named schemas and inline payloads are the definitions), to generate from instead of the config")
    .addOption(new Option("--target <name...>", `target(s) for --input: one or more (each written into --out), or ${ALL_TARGETS} for every one`).choices([...targets.map((target) => target.name), ALL_TARGETS]))
    .option("--out <dir>", "output directory for --input")
    .option("--name <Name>", NAME_HELP)
    .option("--strict", "refuse (exit 2) what gen would warn about: a place the model has to leave untyped although the schema says more (a remote $ref, a rule no type states; a place the schema itself leaves open, `{}`, is typed as the JSON value it is and counted in the summary's \"left untyped\", not refused), a definition no value satisfies, a default or example its own schema refuses, a rule the target cannot run")
    .addHelpText(
      "after",
      "\nA place a typed language cannot express (a remote $ref, a value only rules like `not` describe) becomes the open JSON value, with a warning naming its JSON pointer and why; so does a definition no JSON value satisfies (rules that contradict, a required property that admits none), and a rule the target cannot run as written or safely (python-drf: a pattern whose lookbehind has no fixed length, which Python's re refuses, so its serializers refuse every value the pattern checks; a pattern that repeats a repetition, such as ^(\\w+\\s?)*$, on a string no maxLength keeps short, which Python's re can take minutes to reject). The run ends with a summary of types, properties and properties left untyped.",
    )
    .action(async (options: { config?: string; input?: string; target?: string[]; out?: string; name?: string; strict?: boolean }) => {
      if (options.input !== undefined) {
        if (!options.target || !options.out) throw new CommanderError(EXIT.usage, "usage", "gen --input needs --target and --out");
        const name = options.name ?? modelNameOfFile(options.input);
        const model = modelOfFile(options.input, name);
        const chosen = options.target.includes(ALL_TARGETS) ? targets : [...new Set(options.target)].map(findTarget);
        if (options.strict) requireNoWarnings(model, genWarnings(model, chosen));
        // No manifest and no removal: --out may hold other generated files (another input's, another
        // target's) that this one-off run knows nothing about, and they must survive it.
        const plan: GenerationPlan = { rootDir: resolve(options.out), files: filesOfTargets(model, chosen), sections: new Map() };
        report(writeGenerated(plan), options.out);
        reportModels([{ model, targets: chosen }]);
        if (options.name === undefined) console.log(`gen: model name ${name}, from the file name (--name sets it)`);
        return;
      }
      if (options.target || options.out || options.name) throw new CommanderError(EXIT.usage, "usage", "--target, --out and --name go with --input");
      const config = await loadConfig(options.config);
      const plan = planGeneration(options.strict ? { ...config, outputs: config.outputs.map((output) => ({ ...output, strict: true })) } : config);
      report(writeGenerated(plan), plan.rootDir);
      reportModels(plan.models ?? []);
    });

  program
    .command("check")
    .description("regenerate in memory and compare with the files on disk, and each family with its released baseline; exit 1 on any stale, missing or extra file or a breaking change without a version bump")
    .option("--config <file>", "config file (default: nearest clone-codegen.config.ts)")
    .option("--max-diff-lines <n>", "cap on diff lines printed", nonNegativeInteger, 80)
    .action(async (options: { config?: string; maxDiffLines: number }) => {
      const config = await loadConfig(options.config);
      const result = checkGenerated(planGeneration(config));
      const text = formatCheckReport(result, REPAIR_COMMAND, options.maxDiffLines);
      if (isClean(result)) console.log(text);
      else {
        console.error(text);
        process.exitCode = EXIT.checkFailed;
      }
      // Loaded only when there is a baseline: the witness search is heavy to load.
      const verdicts = config.baseline === undefined ? [] : (await import("./breaking/baseline.ts")).checkBaselines(config);
      for (const verdict of verdicts) {
        if (verdict.ok) console.log(verdict.text);
        else {
          console.error(verdict.text);
          process.exitCode = EXIT.checkFailed;
        }
      }
    });

  program
    .command("baseline")
    .description(`record each family's schema as its released baseline (what \`${BASELINE_COMMAND}\` runs); refuses a breaking change under an unbumped version`)
    .option("--config <file>", "config file (default: nearest clone-codegen.config.ts)")
    .action(async (options: { config?: string }) => {
      const { writeBaselines } = await import("./breaking/baseline.ts");
      const { ok, lines } = writeBaselines(await loadConfig(options.config));
      for (const line of lines) (ok ? console.log : console.error)(line);
      if (!ok) process.exitCode = EXIT.checkFailed;
    });

  program
    .command("breaking")
    .description("report what changed between two versions of a schema, who it breaks, each finding proven by a witness value")
    .argument("[family]", "a family of the config (Gateway, CloneEvents), compared as its TypeBox source defines it now")
    .requiredOption("--against <old>", "the old version: a JSON Schema file, or a git revision (REV, or REV:path)")
    .option("--input <new>", "the new version as a JSON Schema file (instead of a family)")
    .option("--config <file>", "config file, for a family (default: nearest clone-codegen.config.ts)")
    .addOption(new Option("--role <role>", "whose break matters: producers (new accepts what old rejects), consumers (the reverse), or both").choices(ROLES).default("both"))
    .addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text"))
    .addOption(new Option("--fail-on <level>", "exit 1 when a finding is at or above this level").choices(LEVELS).default("error"))
    .option("--seed <n>", "seed of the witness search (reports are reproducible for a seed)", nonNegativeInteger, 1)
    .addHelpText("after", BREAKING_HELP)
    .action(async (family: string | undefined, options: BreakingCommandOptions) => {
      const { runBreakingCommand } = await import("./breaking/command.ts");
      process.exitCode = await runBreakingCommand(family, options);
    });

  program
    .command("model")
    .description("print the normalized model built from a JSON Schema file, as JSON (for debugging a target)")
    .requiredOption("--input <file>", "a JSON Schema file")
    .option("--name <Name>", "model name (default: the file's name, events.schema.json → Events)")
    .action((options: { input: string; name?: string }) => {
      // The input document and the index over `types` would only repeat what is printed.
      const { source: _source, typesByName: _index, ...model } = modelOfFile(options.input, options.name ?? modelNameOfFile(options.input));
      console.log(JSON.stringify(model, null, 2));
    });

  program
    .command("validate")
    .description("check JSON / JSONL records (files, directories, -) against a schema, line by line, streaming")
    .argument("<paths...>", "files, directories (recursively: *.json, *.jsonl) or - for standard input")
    .requiredOption("--schema <Name>", "the schema: a name in validatorsByName (CloneEvent, GatewayFrame, …) or ClaudeCodeRecord")
    .option("--schema-version <version>", "for a versioned schema: use this version for every file instead of detecting it")
    .option("--max-errors <n>", "how many invalid lines to show", nonNegativeInteger, 20)
    .addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text"))
    .addOption(new Option("--stdin-format <format>", "what - holds").choices(["jsonl", "json"]).default("jsonl"))
    .option("--no-progress", "no progress line on a terminal")
    .addHelpText("after", validateHelp())
    .action(async (paths: string[], options: ValidateCommandOptions) => {
      process.exitCode = await runValidateCommand(paths, options);
    });

  program
    .command("import")
    .description("turn agent session files into Clone recording events (JSONL on stdout, or --post to the recording server)")
    .addArgument(new Argument("<source>", "what the files are").choices(IMPORT_SOURCES))
    .argument("<paths...>", "files, directories (recursively: *.jsonl, *.json) or - for standard input")
    .option("--post <url>", "send the events to the recording server instead (its URL, or its ingest endpoint)")
    .option("--token <token>", "the server's bearer token (CLONE_INGEST_TOKEN), with --post")
    .option("--batch-size <n>", "events per request with --post (1 to the server's limit, 1000 by default)", positiveInteger, 500)
    .option("--no-progress", "no progress bar on a terminal")
    .addHelpText("after", IMPORT_HELP)
    .action(async (source: string, paths: string[], options: ImportCommandOptions) => {
      process.exitCode = await runImportCommand(source, paths, options);
    });

  program
    .command("targets")
    .description("list the targets")
    .action(() => {
      for (const target of targets) console.log(`${target.name.padEnd(14)} ${target.description}`);
    });

  return program;
}

/** Each model's warnings (stderr), then its summary line. */
function reportModels(models: readonly RenderedModel[]): void {
  for (const { model, targets } of models) {
    for (const warning of genWarnings(model, targets)) console.warn(`warning: ${warning.location ?? model.source.location}#${warning.pointer}: ${warning.reason}`);
    console.log(`gen: ${formatSummary(model)}`);
  }
}

function report(result: WriteReport, where: string): void {
  const { written, unchanged, removed, kept, unrecorded } = result;
  for (const path of written) console.log(`wrote   ${path}`);
  for (const path of removed) console.log(`removed ${path}`);
  for (const path of kept) console.warn(`kept    ${path}: the manifest records it, but it lacks the generated marker (edited by hand?); left in place and no longer recorded`);
  for (const path of unrecorded) {
    console.warn(`note    ${path} carries the generated marker, but gen has no record of writing it (first run, no manifest): left alone; delete it if it is a leftover`);
  }
  console.log(`gen: ${written.length} written, ${unchanged.length} unchanged, ${removed.length} removed (in ${where})`);
}

export async function main(argv: readonly string[]): Promise<number> {
  const program = createProgram();
  try {
    await program.parseAsync([...argv], { from: "user" });
    return typeof process.exitCode === "number" ? process.exitCode : EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.code === "commander.help") return EXIT.ok;
      if (error.code === "usage") console.error(`error: ${error.message}`);
      return EXIT.usage;
    }
    if (error instanceof InputError) {
      console.error(`error: ${error.message}`);
      return EXIT.usage;
    }
    if (error instanceof CodegenError) {
      console.error(`error: ${error.message}`);
      return EXIT.usage;
    }
    if (isSystemError(error)) {
      // The file system refused (permissions, a full disk): the machine's problem, not a bug.
      console.error(`error: ${error.message}`);
      return EXIT.usage;
    }
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      // A limit, not a bug, and not the input's fault: a document nests at most MAX_NESTING_DEPTH
      // levels (checked as it is read), but chains through references are not measured.
      console.error(
        "clone-codegen: out of stack: the schema's references lead through more levels than gen can follow (a chain of several hundred unions or allOf parts, each referring to the next). Nothing was written. If the schema is not written by a program, report it with the command you ran.",
      );
      return EXIT.internal;
    }
    const message = (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).split("\n")[0];
    console.error(`clone-codegen: internal error (${message}). This is a bug in clone-codegen, not in your input: ${BUG_REPORT}.`);
    if (program.opts<{ verbose?: boolean }>().verbose) console.error(error instanceof Error ? error.stack : error);
    return EXIT.internal;
  }
}

function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === "string" && typeof (error as NodeJS.ErrnoException).syscall === "string";
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith("cli.ts")) {
  process.exitCode = await main(process.argv.slice(2));
}
