// A `const` or `enum` integer no double holds (past 2^53, not a double's own digits). JSON.parse reads
// `const: 12345678901234567890` as 12345678901234567168, and what compares the parsed number (the
// model's validator, AJV; the generated Swift's constant check compared Doubles too, until it held such
// an integer in Int or UInt64) accepts 12345678901234567891 as that constant too, while Python's
// serializers compare the integer written.
// Found by sweep AC. gen says so at the value's pointer; a bound (`maximum: 9223372036854775807`,
// held exactly by every target that checks it) is no such place, nor an integer a double holds.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildModel, modelWarnings, readSchemaFile } from "../src/index.ts";
import { tempDir, writeTree } from "./helpers/workspace.ts";

const dir = tempDir("clone-codegen-inexact-constants-");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

writeTree(dir, {
  "constants.json": `{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "type": "object",
  "properties": {
    "id": {"const": 12345678901234567890},
    "kind": {"enum": [1, 9007199254740993, "x"]},
    "exact": {"enum": [18446744073709551616, 9007199254740994]},
    "bound": {"type": "integer", "maximum": 9223372036854775807},
    "later": {"$ref": "#/definitions/Later"}
  },
  "definitions": {"Later": {"const": -12345678901234567890}}
}`,
});

describe("a const or enum integer no double holds", () => {
  const warnings = modelWarnings(buildModel(readSchemaFile(join(dir, "constants.json")), { name: "Constants" })).filter((warning) => warning.reason.includes("no double holds"));

  it("is warned of at its pointer, and an integer a double holds, or a bound, is not", () => {
    expect(warnings.map((warning) => warning.pointer)).toEqual(["/properties/id/const", "/properties/kind/enum/1", "/definitions/Later/const"]);
  });

  it("names the integer written, the one read, and its neighbour that passes as it", () => {
    expect(warnings[0]!.reason).toBe(
      "the integer 12345678901234567890 no double holds is read as 12345678901234567168: what compares numbers as doubles (AJV; the generated Swift where no Int or UInt64 holds every value of the enum) takes every integer read as that double for this one (12345678901234567168, 12345678901234567891); the Python serializers and the generated Swift's Int and UInt64 checks compare the integer written",
    );
  });
});
