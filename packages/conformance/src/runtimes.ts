// Starting and stopping the three runtimes together, with the run's defaults.
import { AjvRunner } from "./runners/ajv.ts";
import { PythonRunner, type PythonRunnerOptions } from "./runners/python.ts";
import { SwiftRunner } from "./runners/swift.ts";
import type { Runtimes } from "./run.ts";
import type { Suite } from "./suite.ts";

export const DEFAULT_OPTIONS = { seed: 5, runs: 2000, otherRuns: 200 } as const;

export interface StartedRuntimes extends Runtimes {
  readonly swiftEnabled: boolean;
  close(): Promise<void>;
}

export interface RuntimeOptions extends PythonRunnerOptions {
  readonly swift?: boolean;
}

export async function startRuntimes(repoRoot: string, suite: Suite, options: RuntimeOptions = {}): Promise<StartedRuntimes> {
  const python = PythonRunner.start(repoRoot, suite, options);
  const swift = options.swift === false ? SwiftRunner.disabled() : SwiftRunner.start(repoRoot);
  return {
    ajv: new AjvRunner(),
    others: [python, swift],
    swiftEnabled: swift.enabled,
    close: async () => {
      await Promise.all([python.close(), swift.close()]);
    },
  };
}
