// One JSON Schema document as `pnpm test:conformance --input` judges it: its model, and the suite of
// that model against the json-schema target's rendering (Swift left out), disposed after the file's tests
// (or the test that made it);
// with the steps the tests of one construct share: a definition's schema under test, and instances
// drawn for it, exactly as many as asked for.
import { buildModel, findTarget, toSourceDocument, type SchemaModel } from "@clone/codegen";
import { afterAll, expect, onTestFinished } from "vitest";
import type { JsonObject, JsonValue } from "../src/json.ts";
import { sampleInstances } from "../src/run.ts";
import { documentSuite, type SchemaUnderTest, type Suite } from "../src/suite.ts";

export interface DocumentUnderTest {
  readonly model: SchemaModel;
  readonly suite: Suite;
  /** The schema under test that the document's definition `definition` is (a thrown error when there is none). */
  schemaOf(definition: string): SchemaUnderTest;
  /** `count` valid or invalid instances drawn for `definition` with `seed` (the test fails on fewer). */
  drawn(definition: string, kind: "valid" | "invalid", seed: number, count: number, mutations?: readonly string[]): JsonValue[];
}

export function suiteOfDocument(document: object, location: string, name: string): DocumentUnderTest {
  const model = buildModel(toSourceDocument(structuredClone(document) as JsonObject, location), { name });
  const [schemaFile] = findTarget("json-schema").render([model], {});
  const suite = documentSuite(model, JSON.parse(schemaFile!.contents) as JsonObject, { kind: "none" });
  disposeWhenDone(suite);
  const schemaOf = (definition: string): SchemaUnderTest => {
    const schema = suite.schemas.find((candidate) => candidate.type.definitionName === definition);
    if (!schema) throw new Error(`${location} has no definition ${definition} under test`);
    return schema;
  };
  return {
    model,
    suite,
    schemaOf,
    drawn: (definition, kind, seed, count, mutations) => {
      const instances = sampleInstances(schemaOf(definition), kind, seed, count, mutations).map((generated) => generated.instance);
      expect(instances).toHaveLength(count);
      return instances;
    },
  };
}

/**
 * A suite's folder in the temp dir is removed after the file's tests, or, for a suite made while a test
 * runs, after that test: vitest ignores an afterAll added once tests run, and such folders were left behind.
 */
function disposeWhenDone(suite: Suite): void {
  if (expect.getState().currentTestName === undefined) afterAll(() => suite.dispose());
  else onTestFinished(() => suite.dispose());
}
