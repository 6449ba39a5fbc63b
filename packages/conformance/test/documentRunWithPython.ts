// One JSON Schema document's definitions judged by AJV (on the document as written) and the Python
// runtimes (jsonschema, fastjsonschema, the generated DRF), with a fixed seed; the suites are disposed
// after the calling file's tests. For the tests of what one Python engine does with a construct.
import { resolve } from "node:path";
import { afterAll } from "vitest";
import { buildModel, toSourceDocument } from "@clone/codegen";
import type { JsonObject } from "../src/json.ts";
import { runConformance } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { PythonRunner } from "../src/runners/python.ts";
import { documentSuite, type Suite } from "../src/suite.ts";

const repoRoot = resolve(import.meta.dirname, "../../..");

/** A runner of `document`s named as `location` (the file name the model and its warnings carry) and `name`. */
export function documentRunWithPython(location: string, name: string) {
  const suites: Suite[] = [];
  afterAll(() => suites.forEach((suite) => suite.dispose()));
  return async (document: JsonObject) => {
    const model = buildModel(toSourceDocument(structuredClone(document), location), { name });
    const suite = documentSuite(model, document, { kind: "none" });
    suites.push(suite);
    const python = PythonRunner.start(repoRoot, suite);
    try {
      return await runConformance(suite, { ajv: new AjvRunner(), others: [python] }, { seed: 3, runs: 20, otherRuns: 0 });
    } finally {
      await python.close();
    }
  };
}
