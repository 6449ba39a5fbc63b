// Every target clone-codegen knows, by the name `--target` takes. A new target is a folder beside this
// file exporting a `Target`, plus one line here.
import { CodegenError } from "../errors.ts";
import { docsTarget } from "./docs/index.ts";
import { jsonSchemaTarget } from "./json-schema/index.ts";
import { jsonSchemaBundleTarget } from "./json-schema-bundle/index.ts";
import { pythonDrfTarget } from "./python-drf/index.ts";
import { swiftTarget } from "./swift/index.ts";
import type { Target } from "./target.ts";

export const targets: readonly Target[] = [jsonSchemaTarget, jsonSchemaBundleTarget, swiftTarget, pythonDrfTarget, docsTarget];

export function findTarget(name: string): Target {
  const target = targets.find((candidate) => candidate.name === name);
  if (!target) {
    throw new CodegenError("", `unknown target "${name}"; known targets: ${targets.map((t) => t.name).join(", ")}`, "--target");
  }
  return target;
}
