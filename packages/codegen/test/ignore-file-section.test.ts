// The generated-files section gen keeps in ignore files: appended once, replaced in place, the author's
// lines kept, and a damaged section refused with its line rather than guessed at.
import { describe, expect, it } from "vitest";
import { withGeneratedSection } from "../src/generate/ignoreFileSection.ts";
import { codegenErrorOf } from "./helpers/model.ts";

const ROOT = "/repo";
const section = (...paths: string[]) => ["# >>> clone-codegen: generated files (written by `pnpm protocol:gen` from the config; do not edit)", ...paths, "# <<< clone-codegen"].join("\n");

describe("withGeneratedSection", () => {
  it("creates the file, or appends the section after the author's lines", () => {
    expect(withGeneratedSection("/repo/.prettierignore", undefined, ROOT, ["b.json", "a/x.swift"])).toBe(`${section("/a/x.swift", "/b.json")}\n`);
    expect(withGeneratedSection("/repo/.prettierignore", "vendor/\n", ROOT, ["b.json"])).toBe(`vendor/\n\n${section("/b.json")}\n`);
  });

  it("replaces the section in place, keeping what comes before and after", () => {
    const current = `vendor/\n${section("/old.json")}\n# mine too\nbuild/\n`;
    expect(withGeneratedSection("/repo/.prettierignore", current, ROOT, ["new.json"])).toBe(`vendor/\n${section("/new.json")}\n# mine too\nbuild/\n`);
  });

  it("lists paths relative to an ignore file in a subfolder, and refuses files outside it", () => {
    expect(withGeneratedSection("/repo/apps/.prettierignore", undefined, ROOT, ["apps/a.py"])).toBe(`${section("/a.py")}\n`);
    expect(codegenErrorOf(() => withGeneratedSection("/repo/apps/.prettierignore", undefined, ROOT, ["dist/a.json"])).message).toContain(
      "cannot list dist/a.json",
    );
  });

  it("refuses a damaged section, naming the line", () => {
    const withoutEnd = "vendor/\n# >>> clone-codegen: generated files\n/a.json\n";
    expect(codegenErrorOf(() => withGeneratedSection("/repo/.prettierignore", withoutEnd, ROOT, [])).message).toBe(
      "/repo/.prettierignore: the clone-codegen section is broken: its start marker (line 2) has no end; restore or delete both marker lines",
    );
    const twice = `${section("/a")}\n${section("/b")}\n`;
    expect(codegenErrorOf(() => withGeneratedSection("/repo/.prettierignore", twice, ROOT, [])).message).toContain("more than one clone-codegen section");
  });
});
