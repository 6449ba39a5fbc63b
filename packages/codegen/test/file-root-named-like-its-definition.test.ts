// Another file's root, brought into the bundle under its file's stem, beside a definition of that
// name (step.json's root and its definition `Step`; or Step.json's; or the input's own `Step`) is the
// file's document: its type is StepDocument, as the input's own type is where a definition has the
// model's name (HelmfileDocument, model-constructs.test), and the definition keeps its own name. They
// were Step and Step2, whichever the bundle met first taking the plain name (keyed `step` and `Step`,
// or `Step` and `Step_2`), so neither name said which was the file and which the definition. A fault
// carried over from earlier sweeps (numbered names for a definition named like its file's stem),
// reproduced here on hand-written files. Control: a file whose stem names no definition keeps it.
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { modelOfFile } from "../src/generate/plan.ts";
import { renderFile } from "../src/index.ts";
import { placeInFile } from "../src/model/schemaModel.ts";
import { tempDir, writeTree } from "./helpers/workspace.ts";

const draft07 = "http://json-schema.org/draft-07/schema#";
const json = (value: unknown) => JSON.stringify(value);
/** A file whose root lists its own definition `Step`. */
const stepFile = { $schema: draft07, type: "object", properties: { steps: { type: "array", items: { $ref: "#/definitions/Step" } } }, definitions: { Step: { type: "object", properties: { id: { type: "string" } } } } };
const mainReferring = (file: string) => ({ $schema: draft07, type: "object", properties: { workflow: { $ref: file }, first: { $ref: `${file}#/definitions/Step` } } });

/** The type name of each definition and root by the place its file wrote it at (`step.json#`, `step.json#/definitions/Step`). */
function typeNamesByPlace(dir: string): Record<string, string> {
  const model = modelOfFile(join(dir, "main.json"));
  const named = model.types.filter((type) => type.pointer === "" || /^\/definitions\/[^/]+$/.test(type.pointer));
  return Object.fromEntries(
    named.map((type) => {
      const place = placeInFile(model.source, type.pointer);
      return [`${place.location === undefined ? "main.json" : basename(place.location)}#${place.pointer}`, type.name];
    }),
  );
}

describe("another file's root beside a definition named like its file", () => {
  const cases = {
    "step.json, defining Step": { "main.json": json(mainReferring("step.json")), "step.json": json(stepFile) },
    "Step.json, defining Step": { "main.json": json(mainReferring("Step.json")), "Step.json": json(stepFile) },
    "step.json, the input defining Step": {
      "main.json": json({ $schema: draft07, type: "object", properties: { workflow: { $ref: "step.json" }, first: { $ref: "#/definitions/Step" } }, definitions: { Step: stepFile.definitions.Step } }),
      "step.json": json({ $schema: draft07, type: "object", properties: { name: { type: "string" }, done: { type: "boolean" } } }),
    },
  };
  for (const [name, files] of Object.entries(cases)) {
    it(`is the file's document, and the definition keeps its name: ${name}`, () => {
      const dir = tempDir("clone-codegen-file-root-");
      writeTree(dir, files);
      const file = Object.keys(files).find((path) => path !== "main.json")!;
      const names = typeNamesByPlace(dir);
      expect(names[`${file}#`]).toBe("StepDocument");
      expect(Object.values(names).filter((type) => /^Step\d*$/.test(type))).toEqual(["Step"]);
      expect(Object.values(names)).not.toContain("Step2");
    });
  }

  it("keeps the file's stem where no definition is named like it (control)", () => {
    const dir = tempDir("clone-codegen-file-root-");
    writeTree(dir, { "main.json": json(mainReferring("task.json")), "task.json": json(stepFile) });
    const names = typeNamesByPlace(dir);
    expect(names["task.json#"]).toBe("Task");
    expect(names["task.json#/definitions/Step"]).toBe("Step");
    // The bundle's keys follow the same rule: the file's root under its stem.
    const [bundle] = renderFile(join(dir, "main.json"), "json-schema");
    expect(Object.keys((JSON.parse(bundle!.contents) as { definitions: object }).definitions)).toEqual(["task", "Step"]);
  });
});
