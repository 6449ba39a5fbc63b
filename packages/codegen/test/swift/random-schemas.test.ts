// Random JSON Schema documents (helpers/randomSchemas.ts) through the typed and the validating targets
// for real: 20 documents of each dialect (draft-04, draft-07, 2019-09, 2020-12), joined into one document per dialect, their Swift compiled
// with Swift 6 (without a warning) and their DRF serializers imported by Python under Django, as an
// app's build and a server's start would. random-schemas.test.ts renders every target on many more;
// this proves what the renders are worth on inputs nobody wrote.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { venvPython } from "../../../conformance/src/runners/python.ts";
import { writeHarnessPackage } from "../../../../scripts/swift/harnessPackage.ts";
import { buildModel, validateModel } from "../../src/index.ts";
import { findTarget } from "../../src/targets/index.ts";
import { recordFuzzInputs } from "../helpers/fuzzLog.ts";
import { combinedDocument, DIALECTS, randomSchemaDocument, randomSourceDocument, type Dialect } from "../helpers/randomSchemas.ts";
import { describeWithSwift } from "../helpers/swift.ts";
import { REPO_ROOT } from "../helpers/workspace.ts";

const DOCUMENTS_PER_DIALECT = 20;
const SEED: Record<Dialect, number> = {
  "draft-04": 73,
  "draft-07": 71,
  "2019-09": 74,
  "2020-12": 72,
};
/** Definition names start with it: the models share one Swift module. */
const PREFIX: Record<Dialect, string> = {
  "draft-04": "C",
  "draft-07": "A",
  "2019-09": "D",
  "2020-12": "B",
};
const MODEL_NAME: Record<Dialect, string> = {
  "draft-04": "RandomDraft04",
  "draft-07": "RandomDraft07",
  "2019-09": "RandomDraft2019",
  "2020-12": "RandomDraft2020",
};

/** One model per dialect, of DOCUMENTS_PER_DIALECT random documents joined. */
const models = DIALECTS.map((dialect) => {
  const documents = fc.sample(randomSchemaDocument(dialect), {
    numRuns: DOCUMENTS_PER_DIALECT,
    seed: SEED[dialect],
  });
  const model = buildModel(randomSourceDocument(combinedDocument(dialect, documents, PREFIX[dialect]), `random-${dialect}.schema.json`), { name: MODEL_NAME[dialect] });
  validateModel(model);
  return { dialect, model };
});

it("joins every document's definitions, so each model holds all of them", () => {
  for (const { dialect, model } of models) {
    const documents = new Set(model.types.flatMap((type) => (type.definitionName ? [new RegExp(`^${PREFIX[dialect]}(\\d+)`).exec(type.definitionName)?.[1]] : [])));
    expect(documents.size).toBe(DOCUMENTS_PER_DIALECT);
  }
});

const PACKAGE = join(REPO_ROOT, "apps/macos/.build/clone-random-schemas");

describeWithSwift("random schemas compile with Swift 6", () => {
  it("builds the generated module of every dialect's documents without an error or a warning", () => {
    writeHarnessPackage(
      PACKAGE,
      findTarget("swift").render(
        models.map(({ model }) => model),
        {},
      ),
    );
    const build = spawnSync("bash", [join(REPO_ROOT, "scripts/swift/run.sh"), PACKAGE, "swift", "build"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    const output = `${build.stdout}\n${build.stderr}`;
    recordFuzzInputs("random schemas compiled with Swift 6", build.status === 0 ? models.length * DOCUMENTS_PER_DIALECT : 0, build.status === 0 ? 0 : models.length * DOCUMENTS_PER_DIALECT);
    expect(build.status, output).toBe(0);
    expect(output.match(/^.*warning:.*$/gm) ?? []).toEqual([]);
  }, 1_200_000);
});

describe("random schemas' DRF serializers import", () => {
  const scratch = mkdtempSync(join(tmpdir(), "clone-random-drf-"));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("imports each dialect's generated module under Django, as the server would", () => {
    const paths = models.map(({ model }) => {
      const [file] = findTarget("python-drf").render([model], {});
      const path = join(scratch, file!.path);
      writeFileSync(path, file!.contents);
      return path;
    });
    const script = [
      "import importlib.util, os, sys",
      'os.environ.setdefault("DJANGO_SETTINGS_MODULE", "clone_server.settings")',
      "import django",
      "django.setup()",
      "for index, path in enumerate(sys.argv[1:]):",
      '    spec = importlib.util.spec_from_file_location(f"random_{index}", path)',
      "    spec.loader.exec_module(importlib.util.module_from_spec(spec))",
      '    print("imported", path)',
    ].join("\n");
    const run = spawnSync(venvPython(REPO_ROOT), ["-c", script, ...paths], {
      cwd: join(REPO_ROOT, "apps/server"),
      encoding: "utf8",
      env: { ...process.env, DJANGO_DEBUG: "1" },
    });
    recordFuzzInputs("random schemas imported as DRF serializers", run.status === 0 ? models.length * DOCUMENTS_PER_DIALECT : 0, run.status === 0 ? 0 : models.length * DOCUMENTS_PER_DIALECT);
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(run.stdout.trim().split("\n")).toHaveLength(paths.length);
  }, 600_000);
});
