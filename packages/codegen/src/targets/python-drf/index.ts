// The python-drf target: Django REST Framework serializers that accept exactly what the JSON Schema
// accepts (render.ts lays the module out, the translate*.ts modules spell each class, support.py holds
// the strict fields). One self-contained module per model: the support section is emitted into each
// file, so any one of them imports alone.
import { CodegenError } from "../../errors.ts";
import { GENERATED_MARKER } from "../../generate/marker.ts";
import type { SchemaModel } from "../../model/types.ts";
import type { GeneratedFile, Target, TargetOptions } from "../target.ts";
import { isConstantName, moduleFileName } from "./naming.ts";
import { renderModel } from "./render.ts";
import { disabledRuleSet, type DrfRuleName } from "./rules.ts";
import { patternWarnings } from "./patternWarnings.ts";

export interface PythonDrfTargetOptions extends TargetOptions {
  /**
   * Name of the root union's "type → the variant's own fields" table, per model name, e.g.
   * `{ CloneEvents: "RECORDING_PAYLOAD_FIELDS" }`; default `<ROOT_NAME>_PAYLOAD_FIELDS`.
   */
  readonly payloadFieldsNames?: Readonly<Record<string, string>>;
  /** Rules to leave out of the output (see rules.ts): only for the conformance suite's broken-generator test. */
  readonly disabledRules?: readonly DrfRuleName[];
}

export const pythonDrfTarget: Target = {
  name: "python-drf",
  description: "Django REST Framework serializers: strict fields, tagged-union dispatch, per-type field tables",
  consumers: "DRF servers",
  render(models: readonly SchemaModel[], options: PythonDrfTargetOptions): GeneratedFile[] {
    const files: GeneratedFile[] = [];
    const paths = new Set<string>();
    const disabledRules = disabledRuleSet(options.disabledRules);
    for (const model of models) {
      const path = options.fileNames?.[model.name] ?? moduleFileName(model.name);
      if (paths.has(path)) throw new CodegenError("", `two python-drf outputs share the file name "${path}"`, "python-drf");
      paths.add(path);
      const payloadFieldsName = options.payloadFieldsNames?.[model.name];
      if (payloadFieldsName !== undefined && !isConstantName(payloadFieldsName)) {
        throw new CodegenError("", `payloadFieldsNames.${model.name} must be SCREAMING_SNAKE_CASE, got "${payloadFieldsName}"`, "python-drf");
      }
      const header = [
        `# ${GENERATED_MARKER}`,
        `# Django REST Framework serializers for ${model.name} (${model.source.location}).`,
      ];
      files.push({ path, contents: renderModel(model, { header, payloadFieldsName, disabledRules }) });
    }
    return files;
  },
  warnings: patternWarnings,
};
