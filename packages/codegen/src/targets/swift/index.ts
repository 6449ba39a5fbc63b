// The Swift target: Codable value types for every shape of the model, one file per model plus one
// support file (JSONValue, coding helpers and the module-wide definition registry) so that the
// output compiles on its own. Each concept is spelled by its translate*.ts module.
import { CodegenError } from "../../errors.ts";
import { GENERATED_MARKER } from "../../generate/marker.ts";
import type { NamedType, SchemaModel } from "../../model/types.ts";
import type { GeneratedFile, Target, TargetOptions } from "../target.ts";
import { analyzeModel, assertUniqueGlobalNames, type Fail, type ModelAnalysis } from "./analyzeModel.ts";
import { renderAllDefinitions, renderRegistry } from "./registry.ts";
import { SUPPORT_SWIFT } from "./support.ts";
import { translateAlias } from "./translateAlias.ts";
import { translateConstants } from "./translateConstants.ts";
import { translateEnum } from "./translateEnum.ts";
import { translateObject } from "./translateObject.ts";
import { translateUnion } from "./translateUnion.ts";

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
    assertUniqueGlobalNames(models);
    const supportFileName = typeof options.supportFileName === "string" ? options.supportFileName : DEFAULT_SUPPORT_FILE_NAME;
    const files: GeneratedFile[] = [];
    for (const model of models) {
      const path = options.fileNames?.[model.name] ?? `${model.name}Models.swift`;
      files.push({ path, contents: translateModelFile(model) });
    }
    files.push({
      path: supportFileName,
      contents: `${header("Support types shared by the generated Swift models.").join("\n")}\n\n${SUPPORT_SWIFT}\n${renderAllDefinitions(models)}\n`,
    });
    const paths = new Set<string>();
    for (const file of files) {
      if (paths.has(file.path)) throw new CodegenError("", `two Swift outputs share the file name "${file.path}"`, "swift");
      paths.add(file.path);
    }
    return files;
  },
};

/** One model's file: constants, then every named type in model order, then its definition registry. */
function translateModelFile(model: SchemaModel): string {
  const fail: Fail = (pointer, reason) => new CodegenError(pointer, reason, model.source.location);
  const analysis = analyzeModel(model, fail);
  const out = header(`Swift models for ${model.name} (${model.source.location}).`);

  const constants = translateConstants(model);
  if (constants.length > 0) out.push("", "// MARK: - Constants", "", ...constants);

  for (const type of model.types) {
    out.push("", ...translateNamedType(type, analysis, fail));
  }
  out.push("", ...renderRegistry(model));
  return `${out.join("\n")}\n`;
}

function translateNamedType(type: NamedType, analysis: ModelAnalysis, fail: Fail): string[] {
  switch (type.kind) {
    case "object":
      return translateObject(type, fail);
    case "union":
      return translateUnion(type, analysis, fail);
    case "enum":
      return translateEnum(type, analysis, fail);
    case "alias":
      return translateAlias(type);
  }
}
