// Python, one long-lived process (apps/server/conformance_harness.py in the server's venv): jsonschema
// and fastjsonschema against each family's generated JSON Schema document, and the family's generated
// DRF serializers. A family the config renders no serializers for (Gateway) gets them rendered into a
// temporary directory from its generated document, exactly as
// `pnpm codegen gen --input dist/protocol.schema.json --target python-drf --out DIR` would.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { drfClassNameOf, renderFile } from "@clone/codegen";
import type { Suite } from "../suite.ts";
import { LineProcess } from "./lineProcess.ts";
import type { Case, Runner, Verdict } from "./types.ts";

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
    const familyArgs = suite.families.flatMap((entry) => {
      const name = entry.family.name;
      let serializers = options.serializers?.[name] ?? (entry.serializersPath ? join(repoRoot, entry.serializersPath) : undefined);
      if (serializers === undefined) {
        const [file] = renderFile(join(repoRoot, entry.schemaPath), "python-drf");
        serializers = join(tempDir, file!.path);
        writeFileSync(serializers, file!.contents);
      }
      return ["--family", name, join(repoRoot, entry.schemaPath), serializers];
    });
    const process = new LineProcess("python harness", python, [join(repoRoot, "apps/server/conformance_harness.py"), ...familyArgs], {
      cwd: join(repoRoot, "apps/server"),
    });
    return new PythonRunner(process, tempDir);
  }

  async judge(cases: readonly Case[]): Promise<Record<string, Verdict>[]> {
    const answers = await this.process.requestAll(
      cases.map(({ schema, instance }) => ({
        family: schema.family.family.name,
        schema: schema.name,
        serializer: drfClassNameOf(schema.type) ?? null,
        instance,
      })),
    );
    return answers.map((answer) => {
      if (typeof answer.error === "string") {
        return Object.fromEntries(COLUMNS.map((column) => [column, { valid: false, detail: `harness error: ${answer.error}` }]));
      }
      const drf: Verdict =
        answer.drf === null ? { valid: false, unsupported: true } : { valid: answer.drf === true, ...(answer.drf === true ? { unchanged: answer.drf_unchanged === true } : {}) };
      return { jsonschema: { valid: answer.jsonschema === true }, fastjsonschema: { valid: answer.fastjsonschema === true }, drf };
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
