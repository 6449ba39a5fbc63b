// One JSON Schema document as `pnpm test:conformance --input` judges it: its model, and the suite of
// that model against the json-schema target's rendering (Swift left out), disposed after the file's tests.
import { buildModel, findTarget, toSourceDocument, type SchemaModel } from "@clone/codegen";
import { afterAll } from "vitest";
import type { JsonObject } from "../src/json.ts";
import { documentSuite, type Suite } from "../src/suite.ts";

export function suiteOfDocument(document: object, location: string, name: string): { readonly model: SchemaModel; readonly suite: Suite } {
  const model = buildModel(toSourceDocument(structuredClone(document) as JsonObject, location), { name });
  const [schemaFile] = findTarget("json-schema").render([model], {});
  const suite = documentSuite(model, JSON.parse(schemaFile!.contents) as JsonObject, { kind: "none" });
  afterAll(() => suite.dispose());
  return { model, suite };
}
