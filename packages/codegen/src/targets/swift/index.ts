// The Swift target: Codable value types for every shape of the model (see render.ts), one file per
// model plus one support file (JSONValue, coding helpers and the module-wide definition registry) so
// that the output compiles on its own.
import { CodegenError } from "../../errors.ts";
import { GENERATED_MARKER } from "../../generate/marker.ts";
import type { SchemaModel } from "../../model/types.ts";
import type { GeneratedFile, Target, TargetOptions } from "../target.ts";
import { constantName, RESERVED_TYPE_NAMES } from "./naming.ts";
import { registryName, renderAllDefinitions } from "./registry.ts";
import { renderModel } from "./render.ts";
import { SUPPORT_SWIFT } from "./support.ts";

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
  render(models: readonly SchemaModel[], options: SwiftTargetOptions): GeneratedFile[] {
    assertUniqueGlobalNames(models);
    const supportFileName = typeof options.supportFileName === "string" ? options.supportFileName : DEFAULT_SUPPORT_FILE_NAME;
    const files: GeneratedFile[] = [];
    for (const model of models) {
      const path = options.fileNames?.[model.name] ?? `${model.name}Models.swift`;
      const contents = renderModel(model, header(`Swift models for ${model.name} (${model.source.origin}).`));
      files.push({ path, contents });
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

/** All models of one render share a Swift module, so type and constant names must not clash. */
function assertUniqueGlobalNames(models: readonly SchemaModel[]): void {
  const seen = new Map<string, { model: SchemaModel; pointer: string }>();
  const claim = (model: SchemaModel, name: string, pointer: string) => {
    const previous = seen.get(name);
    if (previous && previous.model !== model) {
      throw new CodegenError(
        pointer,
        `Swift name "${name}" is declared by both ${previous.model.name} (${previous.model.source.origin}#${previous.pointer}) and ${model.name}; they share one Swift module`,
        model.source.origin,
      );
    }
    seen.set(name, { model, pointer });
  };
  for (const model of models) {
    for (const type of model.types) claim(model, type.name, type.pointer);
    for (const constant of model.constants) claim(model, constantName(model.name, constant.name), "");
    if (model.root) claim(model, `${constantName(model.root.name)}_TYPES`, "");
  }
  // Registries are claimed last and clash with anything, their own model's types included.
  for (const model of models) {
    const name = registryName(model);
    const previous = seen.get(name);
    if (previous || RESERVED_TYPE_NAMES.has(name)) {
      const owner = previous ? `${previous.model.name} (${previous.model.source.origin}#${previous.pointer})` : "the support file";
      throw new CodegenError(
        previous && previous.model === model ? previous.pointer : "",
        `Swift name "${name}" is ${model.name}'s definition registry, but ${owner} declares it too`,
        model.source.origin,
      );
    }
    seen.set(name, { model, pointer: "" });
  }
}
