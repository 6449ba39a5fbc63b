// Azure Pipelines' steps (microsoft/azure-pipelines-vscode service-schema.json, as check-jsonschema
// 0.39.0 vendors it, MIT) are `anyOf` ~250 variants, each a kind of `task` told by a pattern spelling
// one string, `{properties: {task: {pattern: "^PowerShell@2$"}, inputs: {…}}, required: ["task"]}`,
// the property naming no type. Such a pattern lets values of other types through, so it tags nothing
// (the variants are tried in turn), and their keys do not tell them apart: they were `object` to
// `object137`. A string a property's pattern spells in one variant alone names it, as a constant
// does; where two variants spell the same string (Azure writes `^AzureFunctionApp@2$` twice) that
// string tells neither apart, and they keep their type's name while the others are named.
// Controls: a constant still names its variant; a pattern spelling several strings names nothing.
import { describe, expect, it } from "vitest";
import type { NamedType } from "../src/model/types.ts";
import { modelOf, typeNamed } from "./helpers/model.ts";

const draft07 = "http://json-schema.org/draft-07/schema#";

/** The names of the variants of the union `name`. */
function variantNames(document: Record<string, unknown>, name: string): string[] {
  const union = typeNamed(modelOf(document, name), name) as NamedType & { variants?: readonly { name: string }[] };
  expect(union.kind).toBe("union");
  return union.variants!.map((variant) => variant.name);
}

/** A step of one kind of task: its `task` rule, and inputs of its own (the keys every variant declares alike). */
const step = (task: Record<string, unknown>, input: string) => ({
  properties: { task, inputs: { type: "object", properties: { [input]: { type: "string" } }, additionalProperties: false } },
  required: ["task"],
});

const steps = (...variants: Record<string, unknown>[]) => ({ $schema: draft07, type: "object", anyOf: variants });

describe("first-match variants told apart by a property's literal pattern", () => {
  it("are named after the string it spells (Azure Pipelines' tasks)", () => {
    const document = steps(step({ pattern: "^PowerShell@2$" }, "script"), step({ pattern: "^CmdLine@2$" }, "script"), step({ pattern: "^Bash@3$" }, "filePath"));
    expect(variantNames(document, "Step")).toEqual(["PowerShell2", "CmdLine2", "Bash3"]);
  });

  it("keep their type's name where two spell the same string, the others named", () => {
    const document = steps(step({ pattern: "^PowerShell@2$" }, "script"), step({ pattern: "^Docker@2$" }, "command"), step({ pattern: "^Docker@2$" }, "dockerfile"), step({ pattern: "^Bash@3$" }, "filePath"));
    expect(variantNames(document, "Step")).toEqual(["PowerShell2", "Object", "Object2", "Bash3"]);
  });

  it("control: a constant names its variant, as before", () => {
    const document = steps(step({ const: "PowerShell@2" }, "script"), step({ const: "CmdLine@2" }, "script"));
    expect(variantNames(document, "Step")).toEqual(["PowerShell2", "CmdLine2"]);
  });

  it("control: a pattern spelling several strings names nothing", () => {
    const document = steps(step({ pattern: "^(PowerShell|pwsh)@2$" }, "script"), step({ pattern: "^(CmdLine|cmd)@2$" }, "script"));
    expect(variantNames(document, "Step")).toEqual(["Object", "Object2"]);
  });
});
