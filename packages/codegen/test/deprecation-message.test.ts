// VS Code's schemas say why a key is deprecated, and what to use instead, by `deprecationMessage`
// (`markdownDeprecationMessage` in Markdown), which deprecates the key by itself in VS Code's editor.
// Found by sweep AT on VS Code's dev container schema (microsoft/vscode extensions/configuration-editing/
// schemas/devContainer.vscode.schema.json, MIT): `extensions` writes `deprecated: true` and "Use
// 'customizations/vscode/extensions' instead", and every target said "Deprecated." alone. Now every
// target says the reason (the shared deprecationNote), and a message alone deprecates the place.
// Controls: `deprecated: false` beside a message keeps the place current; a place without a message
// says "Deprecated." as before.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderFile } from "../src/index.ts";
import type { ObjectType } from "../src/model/types.ts";
import { draft07, modelOf, typeNamed } from "./helpers/model.ts";
import { tempDir, writeTree } from "./helpers/workspace.ts";

const document = draft07({
  Container: {
    type: "object",
    properties: {
      extensions: { type: "array", items: { type: "string" }, description: "Extensions to install.", deprecated: true, deprecationMessage: "Use 'customizations/vscode/extensions' instead" },
      devPort: { type: "integer", markdownDeprecationMessage: "Use `customizations.vscode.devPort` instead." },
      settings: { type: "object", deprecated: false, deprecationMessage: "Not deprecated after all" },
      legacy: { type: "string", deprecated: true },
    },
  },
});

describe("a deprecation message", () => {
  const properties = Object.fromEntries((typeNamed(modelOf(document, "DevContainer"), "Container") as ObjectType).properties.map((p) => [p.name, p]));

  it("is the reason the model keeps, and deprecates the place by itself", () => {
    expect([properties.extensions!.deprecated, properties.extensions!.deprecationMessage]).toEqual([true, "Use 'customizations/vscode/extensions' instead"]);
    expect([properties.devPort!.deprecated, properties.devPort!.deprecationMessage]).toEqual([true, "Use `customizations.vscode.devPort` instead."]);
  });

  it("keeps a place current that says deprecated: false, and a place without one says nothing more (controls)", () => {
    expect([properties.settings!.deprecated, properties.settings!.deprecationMessage]).toEqual([false, undefined]);
    expect([properties.legacy!.deprecated, properties.legacy!.deprecationMessage]).toEqual([true, undefined]);
  });

  it("is said by Swift, DRF and the docs", () => {
    const dir = tempDir("clone-codegen-deprecation-");
    writeTree(dir, { "devcontainer.json": JSON.stringify(document) });
    const said = (target: string) => renderFile(join(dir, "devcontainer.json"), target).map((file) => file.contents).join("\n");
    for (const target of ["swift", "python-drf", "docs"]) {
      const text = said(target);
      expect([target, text.includes("Extensions to install. Deprecated: Use 'customizations/vscode/extensions' instead.")]).toEqual([target, true]);
      expect([target, text.includes("Deprecated: Use `customizations.vscode.devPort` instead.")]).toEqual([target, true]);
      expect([target, text.includes("Not deprecated after all")]).toEqual([target, false]);
    }
  });
});
