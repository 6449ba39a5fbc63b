// Starting and stopping the three runtimes together, with the run's defaults.
import { AjvRunner } from "./runners/ajv.ts";
import { PythonRunner, type PythonRunnerOptions } from "./runners/python.ts";
import { SwiftRunner } from "./runners/swift.ts";
import type { Runtimes } from "./run.ts";
import type { Suite } from "./suite.ts";

export const DEFAULT_OPTIONS = { seed: 5, runs: 2000, otherRuns: 200 } as const;
/** With `--input FILE`: each top-level schema (the root, or every definition of a document without one). */
export const INPUT_DEFAULT_OPTIONS = { seed: 5, runs: 200, otherRuns: 0 } as const;

export interface StartedRuntimes extends Runtimes {
  readonly swiftEnabled: boolean;
  close(): Promise<void>;
}

export interface RuntimeOptions extends PythonRunnerOptions {
  readonly swift?: boolean;
}

/** The input file whose generated Swift the harness must be built for, if the suite is one. */
function swiftInput(suite: Suite): { path: string; name: string } | undefined {
  const inputs = suite.families.flatMap((family) => (family.swift.kind === "input" ? [{ path: family.swift.inputPath, name: family.name }] : []));
  if (inputs.length > 1) throw new Error("one Swift harness per run: the suite holds several input files");
  if (suite.families.some((family) => family.swift.kind === "none")) throw new Error("a family here has no Swift harness: run it with Swift switched off");
  if (inputs.length === 1 && inputs.length !== suite.families.length) throw new Error("one Swift harness per run: an input file beside the project's families");
  return inputs[0];
}

export async function startRuntimes(repoRoot: string, suite: Suite, options: RuntimeOptions = {}): Promise<StartedRuntimes> {
  const python = PythonRunner.start(repoRoot, suite, options);
  const swift = options.swift === false ? SwiftRunner.disabled() : SwiftRunner.start(repoRoot, swiftInput(suite));
  return {
    ajv: new AjvRunner(),
    others: [python, swift],
    swiftEnabled: swift.enabled,
    close: async () => {
      await Promise.all([python.close(), swift.close()]);
    },
  };
}
