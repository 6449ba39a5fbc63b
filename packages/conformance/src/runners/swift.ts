// Swift, one long-lived compiled harness (scripts/swift/harness.sh: the generated Codable types decode
// each instance and, when they can, encode it again). `SwiftRunner.disabled` stands in with the same
// interface when Swift is switched off (`--no-swift`): every case answers "unsupported".
import { join } from "node:path";
import { LineProcess } from "./lineProcess.ts";
import { exactInstance, type Case, type Runner, type Verdict } from "./types.ts";
import type { JsonValue } from "../json.ts";
import type { CasePlace } from "../unionCases.ts";

export class SwiftRunner implements Runner {
  readonly name = "swift";
  readonly columns = ["swift"] as const;

  private constructor(private readonly process: LineProcess | undefined) {}

  /** scripts/swift/harness.sh with `args`: none for the project's package, `--sources DIR` or `--input FILE --name NAME` for another. */
  static start(repoRoot: string, args: readonly string[] = []): SwiftRunner {
    // Its notes (which build, of how much Swift) go to stderr as they come: a build may take minutes.
    const notes = { prefix: "swift-harness:", print: (line: string) => console.error(line) };
    return new SwiftRunner(new LineProcess("swift harness", "bash", [join(repoRoot, "scripts/swift/harness.sh"), ...args], { cwd: repoRoot, notes }));
  }

  static disabled(): SwiftRunner {
    return new SwiftRunner(undefined);
  }

  get enabled(): boolean {
    return this.process !== undefined;
  }

  async judge(cases: readonly Case[]): Promise<Record<string, Verdict>[]> {
    if (!this.process) return cases.map(() => ({ swift: { valid: false, unsupported: true, detail: "swift switched off" } }));
    const answers = await this.process.requestAll(cases.map((testCase) => ({ schema: testCase.schema.name, instance: exactInstance(testCase) })));
    return answers.map((answer) => {
      if (answer.ok === true) return { swift: { valid: true, reencoded: answer.reencoded as JsonValue, ...(answer.cases !== undefined && { cases: answer.cases as CasePlace[] }) } };
      // The harness is generated for every definition, so one it does not know is a gap, not "n/a":
      // it counts as a rejection (a disagreement on every valid instance).
      return { swift: { valid: false, detail: `${answer.unsupported === true ? "unsupported: " : ""}${String(answer.error ?? "rejected")}` } };
    });
  }

  async close(): Promise<void> {
    await this.process?.close();
  }
}
