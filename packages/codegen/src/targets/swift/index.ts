// The Swift target: Codable value types for every shape of the model, one file per model plus one
// support file (JSONValue, coding helpers, the support types the models need and the module-wide
// definition registry) so that the output compiles on its own. Each concept is spelled by its
// translate*.ts module.
import { CodegenError } from "../../errors.ts";
import { GENERATED_MARKER } from "../../generate/marker.ts";
import type { NamedType, SchemaModel } from "../../model/types.ts";
import type { GeneratedFile, Target, TargetOptions } from "../target.ts";
import { analyzeModel, claimGlobalNames } from "./analyzeModel.ts";
import { failAt, type SwiftContext } from "./context.ts";
import { renderAllDefinitions, renderRegistry } from "./registry.ts";
import { supportNeeds, supportSwift } from "./support.ts";
import { translateAlias } from "./translateAlias.ts";
import { translateConstants } from "./translateConstants.ts";
import { translateEnum } from "./translateEnum.ts";
import { translateObject } from "./translateObject.ts";
import { translateOperations } from "./translateOperations.ts";
import { translateProtocol } from "./translateProtocol.ts";
import { translateUnion } from "./translateUnion.ts";
import { unrunnableKeyPatternWarnings } from "./foundationPattern.ts";

export const DEFAULT_SUPPORT_FILE_NAME = "CodegenSupport.swift";

export interface SwiftTargetOptions extends TargetOptions {
  /** Name of the support file (JSONValue and coding helpers); default "CodegenSupport.swift". */
  readonly supportFileName?: string;
}

function header(description: string): string[] {
  return [`// ${GENERATED_MARKER}`, `// ${description}`];
}

export const swiftTarget: Target = {
  name: "swift",
  description: "Swift 6 Codable models: sealed enums for unions, structs with CodingKeys, lossless JSONValue",
  consumers: "Swift apps",
  render(models: readonly SchemaModel[], options: SwiftTargetOptions): GeneratedFile[] {
    const taken = claimGlobalNames(models);
    const contexts: SwiftContext[] = models.map((model) => {
      const fail = failAt(model);
      return { model, fail, analysis: analyzeModel(model, fail, { taken }) };
    });
    const supportFileName = typeof options.supportFileName === "string" ? options.supportFileName : DEFAULT_SUPPORT_FILE_NAME;
    const files: GeneratedFile[] = contexts.map((ctx) => ({
      path: options.fileNames?.[ctx.model.name] ?? `${ctx.model.name}Models.swift`,
      contents: translateModelFile(ctx),
    }));
    files.push({
      path: supportFileName,
      contents: `${header("Support types shared by the generated Swift models.").join("\n")}\n\n${supportSwift(supportNeeds(contexts))}\n${renderAllDefinitions(models)}\n`,
    });
    const paths = new Set<string>();
    for (const file of files) {
      if (paths.has(file.path)) throw new CodegenError("", `two Swift outputs share the file name "${file.path}"`, "swift");
      paths.add(file.path);
    }
    return files;
  },
  warnings: unrunnableKeyPatternWarnings,
};

/** One model's file: constants, then every named type in model order (a base's protocol before it), its operations, then its definition registry. */
function translateModelFile(ctx: SwiftContext): string {
  const { model } = ctx;
  const out = header(`Swift models for ${model.name} (${model.source.location}).`);

  const constants = translateConstants(model);
  if (constants.length > 0) section(out, ["// MARK: - Constants", "", ...constants]);

  for (const type of model.types) {
    if (!ctx.analysis.declaredTypes.has(type.name)) continue;
    const protocol = ctx.analysis.baseProtocols.get(type.name);
    if (protocol) section(out, translateProtocol(protocol, ctx));
    section(out, translateNamedType(type, ctx));
  }
  if (model.operations) section(out, translateOperations(model.operations, ctx));
  section(out, renderRegistry(model));
  return `${out.join("\n")}\n`;
}

/** Appends a blank line and then the lines (one at a time: a spread passes every line as an argument). */
function section(out: string[], lines: readonly string[]): void {
  out.push("");
  for (const line of lines) out.push(line);
}

function translateNamedType(type: NamedType, ctx: SwiftContext): string[] {
  switch (type.kind) {
    case "object":
      return translateObject(type, ctx);
    case "union":
      return translateUnion(type, ctx);
    case "enum":
      return translateEnum(type, ctx);
    case "alias":
      return translateAlias(type, ctx);
  }
}

