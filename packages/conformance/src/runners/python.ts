// Python, one long-lived process (apps/server/conformance_harness.py in the server's venv): jsonschema
// and fastjsonschema against each family's JSON Schema document (in its dialect, with the same base
// URI and the same stand-ins for remote documents as AJV), and the family's DRF serializers. A
// family without a python-drf module (Gateway) gets one rendered into a temporary directory from its
// model, exactly as `pnpm codegen gen --input dist/protocol.schema.json --target python-drf` would.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { drfClassNameOf, findTarget } from "@clone/codegen";
import type { Suite } from "../suite.ts";
import { LineProcess } from "./lineProcess.ts";
import { exactInstance, type Case, type Runner, type Verdict } from "./types.ts";

export interface PythonRunnerOptions {
  /** Serializer modules to use instead, by family name (the broken-generator test's). */
  readonly serializers?: Readonly<Record<string, string>>;
}

const COLUMNS = ["jsonschema", "fastjsonschema", "drf"] as const;

export class PythonRunner implements Runner {
  readonly name = "python";
  readonly columns = COLUMNS;

  private constructor(
    private readonly process: LineProcess,
    private readonly tempDir: string,
  ) {}

  static start(repoRoot: string, suite: Suite, options: PythonRunnerOptions = {}): PythonRunner {
    const python = venvPython(repoRoot);
    const tempDir = mkdtempSync(join(tmpdir(), "clone-conformance-drf-"));
    const families = suite.families.map((family) => {
      let serializers = options.serializers?.[family.name] ?? family.serializersPath;
      if (serializers === undefined) {
        const [file] = findTarget("python-drf").render([family.model], {});
        serializers = join(tempDir, file!.path);
        writeFileSync(serializers, file!.contents);
      }
      return {
        name: family.name,
        document: family.documentPath,
        dialect: family.dialect,
        base: family.baseUri,
        remote: family.remoteReferences,
        serializers,
      };
    });
    const config = join(tempDir, "families.json");
    writeFileSync(config, JSON.stringify(families));
    const process = new LineProcess("python harness", python, [join(repoRoot, "apps/server/conformance_harness.py"), "--families", config], {
      cwd: join(repoRoot, "apps/server"),
    });
    return new PythonRunner(process, tempDir);
  }

  async judge(cases: readonly Case[]): Promise<Record<string, Verdict>[]> {
    const answers = await this.process.requestAll(
      cases.map((testCase) => ({
        family: testCase.schema.family.name,
        fragment: testCase.schema.fragment,
        serializer: drfClassNameOf(testCase.schema.type),
        instance: exactInstance(testCase),
      })),
    );
    return answers.map((answer) => {
      if (typeof answer.error === "string") {
        return Object.fromEntries(COLUMNS.map((column) => [column, { valid: false, detail: `harness error: ${answer.error}` }]));
      }
      // null: the engine does not support the document's dialect (fastjsonschema after draft-07);
      // {unreadable_pattern}: Python's `re` cannot compile one of the document's patterns;
      // {refused_schema}: fastjsonschema refuses to compile a schema JSON Schema allows;
      // {threw}: the engine crashed on the instance (its verdict alone; the other columns still answer).
      const verdict = (said: unknown, extra: Partial<Verdict> = {}): Verdict => {
        if (said === null) return { valid: false, unsupported: true };
        if (typeof said === "object" && typeof (said as { unreadable_pattern?: unknown }).unreadable_pattern === "string") {
          const message = (said as { unreadable_pattern: string }).unreadable_pattern;
          return { valid: false, detail: `Python's re cannot compile a pattern of the document: ${message}`, unreadablePattern: message };
        }
        if (typeof said === "object" && typeof (said as { refused_schema?: unknown }).refused_schema === "string") {
          const message = (said as { refused_schema: string }).refused_schema;
          return { valid: false, detail: `refused to compile the schema: ${message}`, refusedSchema: message };
        }
        if (typeof said === "object" && typeof (said as { threw?: unknown }).threw === "string") {
          const message = (said as { threw: string }).threw;
          return { valid: false, detail: `threw: ${message}`, threw: message };
        }
        return { valid: said === true, ...(said === true ? extra : {}) };
      };
      return {
        jsonschema: verdict(answer.jsonschema),
        fastjsonschema: verdict(answer.fastjsonschema),
        drf: verdict(answer.drf, { unchanged: answer.drf_unchanged === true }),
      };
    });
  }

  async close(): Promise<void> {
    await this.process.close();
    rmSync(this.tempDir, { recursive: true, force: true });
  }
}

/** The server's venv python (scripts/python/venv.sh builds it on first use and prints its path last). */
export function venvPython(repoRoot: string): string {
  const out = execFileSync("bash", [join(repoRoot, "scripts/python/venv.sh")], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  return out.trim().split("\n").at(-1)!;
}
