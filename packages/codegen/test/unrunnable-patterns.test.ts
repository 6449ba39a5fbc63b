// ECMAScript runs a lookbehind of any length; Python's `re` only one of a fixed length ("look-behind
// requires fixed-width pattern"), Swift 6.0's Regex none, and Foundation's ICU one of bounded length.
// - python-drf: bounded ones are written out as lookbehinds of one length each, and a module with an
//   unbounded one still loads but refuses every value the pattern checks (support.py's
//   _UnrunnablePattern; the case file clone/draft7/lookbehinds-of-unbounded-length.json judges that).
// - swift: a key pattern with a lookbehind runs on NSRegularExpression (the case file
//   clone/draft7/key-patterns-with-lookbehinds.json); with an unbounded one, no engine can run it.
// Regression: gen said nothing of either, so a schema's author learned of it from a 400 in production
// or an app that failed to decode. Which patterns each engine refuses is stated here by hand, from its rule.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { planGeneration } from "../src/generate/plan.ts";
import { genWarnings } from "../src/generate/warnings.ts";
import { hasBoundedLength } from "../src/jsonSchema/patternSyntax.ts";
import { lookbehindsPythonRefuses } from "../src/targets/python-drf/fixedWidthLookbehinds.ts";
import { runCli } from "./helpers/cli.ts";
import { tempDir, writeTree } from "./helpers/workspace.ts";

describe("the lookbehinds Python's re refuses", () => {
  it("are those of no fixed length once bounded ones are written out, wherever they sit", () => {
    expect(lookbehindsPythonRefuses("(?<=a+)b")).toEqual(["(?<=a+)"]);
    expect(lookbehindsPythonRefuses("(?<!x*)y")).toEqual(["(?<!x*)"]);
    expect(lookbehindsPythonRefuses("(?<=a{2,})b")).toEqual(["(?<=a{2,})"]);
    // Inside a lookahead, and inside another lookbehind.
    expect(lookbehindsPythonRefuses("(?=(?<=a+)b)")).toEqual(["(?<=a+)"]);
    expect(lookbehindsPythonRefuses("(?<=(?<=x+)a)b")).toEqual(["(?<=x+)"]);
  });

  it("are none where every lookbehind has (or is written out in) lengths of its own", () => {
    for (const pattern of ["^a+$", "(?<=ab)c", "(?<=^v?)1", "(?<=a|bc)d", "(?<!\\.(?:js|json))$", "(?<n>a+)", "[(?<=a+)]", "\\(?<=a+\\)"]) {
      expect(lookbehindsPythonRefuses(pattern), pattern).toEqual([]);
    }
  });
});

describe("the lengths ICU asks a lookbehind to bound", () => {
  it("are bounded without *, + or {n,} outside a class, and without a backreference", () => {
    for (const body of ["a", "^v?", "a{1,5}", "[*+]", "\\*", "a|bc"]) expect(hasBoundedLength(body), body).toBe(true);
    for (const body of ["a*", "a+", "a{2,}", "(a)\\1", "\\k<n>", "(?:ab)+"]) expect(hasBoundedLength(body), body).toBe(false);
  });
});

const dir = tempDir("clone-codegen-unrunnable-");
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeTree(dir, {
  "doc.json": JSON.stringify({
    $schema: "http://json-schema.org/draft-07/schema#",
    type: "object",
    properties: {
      unbounded: { type: "string", pattern: "(?<=a+)b" },
      bounded: { type: "array", items: { type: "string", pattern: "(?<=^v?)1" } },
    },
    patternProperties: { "(?<!x*)y": { type: "integer" } },
  }),
});
const warnings = (stderr: string) => [...stderr.matchAll(/^warning: .*doc\.json#(\S+): python-drf: Python's re cannot run the pattern "([^"]+)"/gm)].map(([, pointer, pattern]) => [pointer, pattern]);
const EXPECTED = [
  ["/properties/unbounded", "(?<=a+)b"],
  ["/patternProperties/(?<!x*)y", "(?<!x*)y"],
];

describe("gen on a pattern a target cannot run", () => {
  it("warns, naming the pointer and the pattern, and exits 0", async () => {
    const result = await runCli(["gen", "--input", join(dir, "doc.json"), "--target", "python-drf", "--out", join(dir, "drf")]);
    expect(result.status).toBe(0);
    expect(warnings(result.stderr)).toEqual(EXPECTED);
  });

  it("--strict refuses it (exit 2)", async () => {
    const result = await runCli(["gen", "--input", join(dir, "doc.json"), "--target", "python-drf", "--out", join(dir, "strict"), "--strict"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('/properties/unbounded: strict mode: python-drf: Python\'s re cannot run the pattern "(?<=a+)b"');
  });

  it("is, for Swift, only a key pattern no engine runs: value patterns are documentation there", async () => {
    const result = await runCli(["gen", "--input", join(dir, "doc.json"), "--target", "swift", "--out", join(dir, "swift")]);
    expect(result.status).toBe(0);
    expect(warnings(result.stderr)).toEqual([]);
    expect([...result.stderr.matchAll(/^warning: .*doc\.json#(\S+): swift: .* the key pattern "([^"]+)"/gm)].map(([, pointer, pattern]) => [pointer, pattern])).toEqual([EXPECTED[1]]);
  });

  it("is reported for the config's models too, by the outputs that render them with python-drf", () => {
    const config = { rootDir: dir, path: join(dir, "clone-codegen.config.ts") };
    const drf = planGeneration({ ...config, outputs: [{ target: "python-drf", inputs: ["doc.json"], outDir: "out/drf" }] });
    const warningsOf = (plan: typeof drf) => plan.models!.flatMap(({ model, targets }) => genWarnings(model, targets));
    expect(warningsOf(drf).map((warning) => [warning.pointer, /pattern "([^"]+)"/.exec(warning.reason)?.[1]])).toEqual(EXPECTED);
    const docs = planGeneration({ ...config, outputs: [{ target: "docs", inputs: ["doc.json"], outDir: "out/docs" }] });
    expect(warningsOf(docs)).toEqual([]);
    expect(() => planGeneration({ ...config, outputs: [{ target: "python-drf", inputs: ["doc.json"], outDir: "out/drf", strict: true }] })).toThrow(/strict mode: python-drf/);
  });
});
