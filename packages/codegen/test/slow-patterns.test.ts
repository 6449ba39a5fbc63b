// Regression: a pattern Python's `re` takes time exponential in a string's length on (`^(\w+\s?)*$`,
// common in configuration schemas) went into the DRF serializers without a word, and one request with a
// string of thirty characters that nearly matches holds a server worker for a minute. gen now warns of
// each place the serializers run such a pattern on a string no maxLength keeps short, and --strict
// refuses it. Which patterns are slow is backtracking.test.ts's; the places and bounds are stated here.
// The warning said "exponential" of a group repeated a bounded number of times too, where the ways to
// split a string grow as a power of its length (meltano.json's cron interval, SchemaStore via
// check-jsonschema, `((…|\d+|\*) ?){5,6}`: Python's re took 0.2 s to reject 30 digits, 10 s for 60):
// it now says how the time grows, and the bound.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BACKTRACKING_SAFE_LENGTH, patternWarnings } from "../src/targets/python-drf/patternWarnings.ts";
import { runCli } from "./helpers/cli.ts";
import { modelOf } from "./helpers/model.ts";
import { tempDir, writeTree } from "./helpers/workspace.ts";

const SLOW = "^(\\w+\\s?)*$";
const slowWarnings = (document: Record<string, unknown>) =>
  patternWarnings(modelOf(document))
    .filter((warning) => warning.reason.includes("repeats a repetition"))
    .map((warning) => warning.pointer);

describe("the python-drf warning of a pattern slow on a near miss", () => {
  it("names each place the serializers run it: a property, an item, a key pattern", () => {
    const document = {
      $schema: "http://json-schema.org/draft-07/schema#",
      type: "object",
      properties: { name: { type: "string", pattern: SLOW }, tags: { type: "array", items: { type: "string", pattern: SLOW } } },
      patternProperties: { [SLOW]: { type: "integer" } },
    };
    expect(slowWarnings(document)).toEqual(["/properties/name", "/properties/tags", `/patternProperties/${SLOW}`]);
  });

  it("is not given where a maxLength keeps the string short, since the serializers check the length first", () => {
    const bounded = (maxLength: number) => ({ $schema: "http://json-schema.org/draft-07/schema#", type: "object", properties: { name: { type: "string", pattern: SLOW, maxLength } } });
    expect(BACKTRACKING_SAFE_LENGTH).toBe(16);
    expect(slowWarnings(bounded(16))).toEqual([]);
    expect(slowWarnings(bounded(17))).toEqual(["/properties/name"]);
  });

  it("says the time grows exponentially without a bound on the repeated group, as a power of the length with one", () => {
    const reasonOf = (pattern: string) =>
      patternWarnings(modelOf({ $schema: "http://json-schema.org/draft-07/schema#", type: "string", pattern })).find((warning) => warning.reason.includes("repeats a repetition"))?.reason;
    expect(reasonOf(SLOW)).toContain("which Python's re takes time exponential in a string's length to reject");
    expect(reasonOf("^(\\w+\\s?){4,}$")).toContain("which Python's re takes time exponential in a string's length to reject");
    // Cut down from meltano.json's schedule interval (a cron line of five or six fields).
    expect(reasonOf("^((\\d+|\\*) ?){5,6}$")).toContain("which Python's re takes time growing as a power of a string's length (its group repeats up to 6 times) to reject");
  });

  it("is not given for a pattern that splits a string one way", () => {
    const document = { $schema: "http://json-schema.org/draft-07/schema#", type: "object", properties: { scope: { type: "string", pattern: "^(text|source)(\\.[\\w0-9-]+)+$" } } };
    expect(slowWarnings(document)).toEqual([]);
  });
});

const dir = tempDir("clone-codegen-slow-patterns-");
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeTree(dir, { "doc.json": JSON.stringify({ $schema: "http://json-schema.org/draft-07/schema#", type: "object", properties: { name: { type: "string", pattern: SLOW } } }) });

describe("gen on such a pattern", () => {
  it("warns and exits 0; --strict refuses it (exit 2)", async () => {
    const warned = await runCli(["gen", "--input", join(dir, "doc.json"), "--target", "python-drf", "--out", join(dir, "drf")]);
    expect(warned.status).toBe(0);
    expect(warned.stderr).toMatch(/^warning: .*doc\.json#\/properties\/name: python-drf: the pattern "\^\(\\\\w\+\\\\s\?\)\*\$" repeats a repetition/m);
    const strict = await runCli(["gen", "--input", join(dir, "doc.json"), "--target", "python-drf", "--out", join(dir, "strict"), "--strict"]);
    expect(strict.status).toBe(2);
    expect(strict.stderr).toContain("strict mode: python-drf: the pattern");
  });
});
