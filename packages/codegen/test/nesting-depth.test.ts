// A document nested deeper than clone-codegen reads (MAX_NESTING_DEPTH levels of objects and arrays)
// is refused where it is read, naming the place it first goes past. Found by writing `{"items":`
// 1,500 times (a few kilobytes): JavaScript's stack ran out in the middle of the model, and gen
// exited 3, "internal error", naming no place; a union nested 350 levels ran it out sooner.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { targets } from "../src/index.ts";
import { MAX_NESTING_DEPTH, placeTooDeep } from "../src/json/nestingDepth.ts";
import { expectGenInputSucceeds } from "./helpers/genInput.ts";
import { runCli } from "./helpers/cli.ts";

const dir = mkdtempSync(join(tmpdir(), "nesting-depth-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A schema whose arrays of arrays nest `levels` levels of JSON objects in all (the root is level 1). */
const arraysNesting = (levels: number) => `${'{"type":"array","items":'.repeat(levels - 1)}{"type":"string"}${"}".repeat(levels - 1)}`;
/** A schema of unions each holding the next: two levels (an object and its list) per union. */
const unionsNesting = (unions: number) => `${'{"anyOf":[{"type":"integer"},'.repeat(unions)}{"type":"string"}${"]}".repeat(unions)}`;

const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe("the nesting limit", () => {
  it("is 128 levels, as serde_json's default", () => {
    expect(MAX_NESTING_DEPTH).toBe(128);
  });

  it("refuses a document past it with exit 2, naming the first value past it, and writes nothing", async () => {
    const input = write("deep.json", arraysNesting(1500));
    for (const target of targets.map((each) => each.name)) {
      const out = join(dir, `out-deep-${target}`);
      const { status, stderr } = await runCli(["gen", "--input", input, "--target", target, "--out", out]);
      expect(status, target).toBe(2);
      // Level 129 is the 128th `items` below the root.
      expect(stderr, target).toContain(`deep.json#${"/items".repeat(128)}: nested deeper than 128 levels`);
      expect(stderr, target).not.toContain("internal error");
      expect(existsSync(out), target).toBe(false);
    }
  });

  it("refuses a union nested 350 deep the same way (its stack ran out at about 340)", async () => {
    const { status, stderr } = await runCli(["gen", "--input", write("unions.json", unionsNesting(350)), "--target", "json-schema", "--out", join(dir, "out-unions")]);
    expect(status).toBe(2);
    // The union 63 levels down is level 127, its list 128, and the list's first variant 129.
    expect(stderr).toContain(`unions.json#${"/anyOf/1".repeat(63)}/anyOf/0: nested deeper than 128 levels`);
  });

  it("generates every target for a document nested exactly 128 levels", async () => {
    const arrays = write("arrays-at-the-limit.json", arraysNesting(128));
    const unions = write("unions-at-the-limit.json", unionsNesting(63));
    expect(placeTooDeep(JSON.parse(arraysNesting(128)))).toBeUndefined();
    expect(placeTooDeep(JSON.parse(arraysNesting(129)))).toBe("/items".repeat(128));
    for (const target of targets.map((each) => each.name)) {
      await expectGenInputSucceeds(arrays, target, join(dir, `out-arrays-${target}`));
      await expectGenInputSucceeds(unions, target, join(dir, `out-unions-${target}`));
    }
  });

  it("counts values as deep as schemas (an enum's), and measures any depth without recursing", () => {
    const value = JSON.parse(`{"enum":[${"[".repeat(200)}1${"]".repeat(200)}]}`);
    expect(placeTooDeep(value)).toBe(`/enum${"/0".repeat(127)}`);
    const veryDeep = JSON.parse(`${"[".repeat(200_000)}${"]".repeat(200_000)}`);
    expect(placeTooDeep(veryDeep)).toBe("/0".repeat(128));
  });
});
