// What every translator of one model shares: the model being spelled, how to refuse it, and what the
// analysis found out about it.
import { CodegenError } from "../../errors.ts";
import type { SchemaModel } from "../../model/types.ts";
import type { ModelAnalysis } from "./analyzeModel.ts";

/** Builds the error refusing the model at a pointer of its document. */
export type Fail = (pointer: string, reason: string) => CodegenError;

export interface SwiftContext {
  readonly model: SchemaModel;
  readonly fail: Fail;
  readonly analysis: ModelAnalysis;
}

export function failAt(model: SchemaModel): Fail {
  return (pointer, reason) => new CodegenError(pointer, reason, model.source.location);
}
