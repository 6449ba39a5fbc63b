// Every description the schemas carry reaches every output that can show it: Swift `///` comments on
// types (with the pointer each is generated from), properties and enum cases; Python class docstrings
// and DRF `help_text`; the JSON Schema bundle. Checked for every family the targets render.
import { describe, expect, it } from "vitest";
import { schemaFamilies } from "@clone/schema";
import { buildModel, documentFromFamily } from "../src/index.ts";
import { documentation, enumValueAnnotations, sourceFragment } from "../src/model/schemaModel.ts";
import { jsonSchemaBundleTarget } from "../src/targets/json-schema-bundle/index.ts";
import { pythonDrfTarget } from "../src/targets/python-drf/index.ts";
import { swiftTarget } from "../src/targets/swift/index.ts";

/** A description as a `///` comment spells it (one line each). */
const swiftDoc = (text: string, indent: string) =>
  text
    .trim()
    .split("\n")
    .map((line) => `${indent}///${line.trim() === "" ? "" : ` ${line.trimEnd()}`}`)
    .join("\n");

describe("descriptions reach every output", () => {
  for (const family of schemaFamilies) {
    const model = buildModel(documentFromFamily(family), { name: family.name });
    const swift = swiftTarget.render([model], {}).map((file) => file.contents).join("\n");
    const python = pythonDrfTarget.render([model], {}).map((file) => file.contents).join("\n");
    const bundle = jsonSchemaBundleTarget.render([model], {})[0]!.contents;

    it(`${family.name}: Swift documents every type (and where it comes from), property and described enum case`, () => {
      let enumCases = 0;
      for (const type of model.types) {
        expect(swift, type.name).toContain(`/// - Remark: Generated from \`${sourceFragment(model.source, type)}\`.`);
        const text = documentation(type);
        if (text) expect(swift, type.name).toContain(swiftDoc(text, ""));
        if (type.kind === "object") for (const property of type.properties) expect(swift, `${type.name}.${property.name}`).toContain(swiftDoc(documentation(property)!, "    "));
        if (type.kind === "enum") {
          for (const [, { meaning }] of enumValueAnnotations(type)) {
            expect(swift, `${type.name} case`).toMatch(new RegExp(`${escape(swiftDoc(meaning, "    "))}\\n    case `));
            enumCases += 1;
          }
        }
      }
      expect(enumCases).toBeGreaterThan(0);
    });

    it(`${family.name}: Python has every object's docstring and every property's help_text; the bundle every description`, () => {
      for (const type of model.types) {
        if (type.kind !== "object") continue;
        expect(python, type.name).toContain(`"""${documentation(type)!.split("\n")[0]!.replaceAll("\\", "\\\\")}`);
        for (const property of type.properties) {
          // Python's repr: double quotes, or single ones around a text holding double quotes.
          const text = documentation(property)!.trim();
          const literal = text.includes('"') ? `'${text.replaceAll("\\", "\\\\")}'` : JSON.stringify(text);
          expect(python, `${type.name}.${property.name}`).toContain(`help_text=${literal}`);
          expect(bundle, `${type.name}.${property.name}`).toContain(JSON.stringify(documentation(property)));
        }
      }
    });
  }
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
