// What the isolates of the training-schema bench (codegen.ts) run: clone-codegen's `gen --input` for
// every target or for Swift alone, from the file's path, and quicktype-core's Swift from the parsed
// document. Each isolate only ever runs one tool's functions.
import {
  findTarget,
  forgetNameSpellings,
  modelOfFile,
  summarizeModel,
  targets,
  type JsonObject,
  type ModelSummary,
} from "@clone/codegen";
import {
  countQuicktypeProperties,
  quicktypeSwift,
  type QuicktypePropertyCounts,
} from "./quicktype.ts";

export interface GenReport {
  readonly summary: ModelSummary;
  /** The document as clone-codegen's input read it (bundled, remote refs not fetched), for quicktype. */
  readonly document: JsonObject;
}

/**
 * Everything `gen --input FILE` does for every target: read, bundle, model, render. The name
 * spellings the process keeps (words.ts) are forgotten first, so each run spells every name anew, as
 * `gen` in a new process does. With `report`, the model's counts and the document it read.
 */
export function genAllTargets(
  path: string,
  report = false,
): GenReport | undefined {
  forgetNameSpellings();
  const model = modelOfFile(path);
  for (const target of targets) target.render([model], {});
  return report
    ? {
        summary: summarizeModel(model),
        document: model.source.document as JsonObject,
      }
    : undefined;
}

/** The same for the Swift target alone: the work quicktype does (its Swift), for a same-target ratio. */
export function genSwift(path: string): void {
  forgetNameSpellings();
  findTarget("swift").render([modelOfFile(path)], {});
}

/** quicktype's Swift for the document; with `report`, its property counts. */
export async function quicktypeSwiftOf(
  document: JsonObject,
  report = false,
): Promise<QuicktypePropertyCounts | undefined> {
  const swift = await quicktypeSwift(
    document as Parameters<typeof quicktypeSwift>[0],
  );
  return report ? countQuicktypeProperties(swift) : undefined;
}
