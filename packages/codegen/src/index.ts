// @clone/codegen: the pipeline as a library (documents → model → targets → files).
export { defineConfig, loadConfig, type CodegenConfig, type LoadedConfig, type OutputSpec } from "./config.ts";
export { CodegenError } from "./errors.ts";
export { documentFromFamily } from "./input/fromTypeBox.ts";
export { readSchemaFile, parseJsonText } from "./input/readSchemaFile.ts";
export { toSourceDocument } from "./input/document.ts";
export { buildModel } from "./model/buildModel.ts";
export type * from "./model/types.ts";
export type { JsonValue, JsonObject } from "./json/types.ts";
export { stableKey } from "./json/stable.ts";
export { targets, findTarget } from "./targets/index.ts";
export { classNameOf as drfClassNameOf } from "./targets/python-drf/naming.ts";
export { DRF_RULES, type DrfRuleName } from "./targets/python-drf/rules.ts";
export type { Target, TargetOptions, GeneratedFile } from "./targets/target.ts";
export { planGeneration, renderFile } from "./generate/plan.ts";
export { writeGenerated } from "./generate/writeGenerated.ts";
export { checkGenerated, formatCheckReport, isClean } from "./generate/checkGenerated.ts";
export { GENERATED_MARKER } from "./generate/marker.ts";
