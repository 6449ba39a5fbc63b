// Builds a model from an in-memory JSON Schema document, for model and target unit tests.
import { buildModel, CodegenError, toSourceDocument } from "../../src/index.ts";
import type { NamedType, SchemaModel } from "../../src/model/types.ts";

export function modelOf(document: Record<string, unknown>, name = "Test"): SchemaModel {
  return buildModel(toSourceDocument(document, "test.schema.json"), { name });
}

export function typeNamed(model: SchemaModel, name: string): NamedType {
  const type = model.types.find((candidate) => candidate.name === name);
  if (!type) throw new Error(`no type ${name}; have ${model.types.map((t) => t.name).join(", ")}`);
  return type;
}

export function draft07(definitions: Record<string, unknown>, root: Record<string, unknown> = {}): Record<string, unknown> {
  return { $schema: "http://json-schema.org/draft-07/schema#", ...root, definitions };
}

/** Runs `fn`, which must fail with a CodegenError, and returns that error for assertions. */
export function codegenErrorOf(fn: () => unknown): CodegenError {
  try {
    fn();
  } catch (error) {
    if (error instanceof CodegenError) return error;
    throw error;
  }
  throw new Error("expected a CodegenError, but nothing failed");
}
