// An integer schema allowing no negative value and values past Int's largest is a UInt64 in Swift, also
// when its largest is spelled past UInt64's: the OCI runtime spec's defs.json (opencontainers/runtime-spec
// schema/defs.json) writes uint64 as `minimum: 0, maximum: 18446744073709552000`, 2^64 as JavaScript
// prints it, and every rlimit, memory limit and device number of a container config refers to it. It
// was an Int, which refuses 18446744073709551615 (RLIM_INFINITY, common in real configs), though the
// schema allows it (AJV reads it as 2^64, not past the maximum). Controls: a largest within Int, or a
// negative least, stays Int.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { afterAll, describe, expect, it } from "vitest";
import { renderFile } from "../src/index.ts";
import { tempDir, writeTree } from "./helpers/workspace.ts";

describe("a uint64 whose largest is spelled as 2^64", () => {
  const dir = tempDir("uint64-bound-");
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const text = String.raw`{
  "$schema": "http://json-schema.org/draft-04/schema#",
  "definitions": {
    "uint64": {"type": "integer", "minimum": 0, "maximum": 18446744073709552000},
    "uint32": {"type": "integer", "minimum": 0, "maximum": 4294967295},
    "int64": {"type": "integer", "minimum": -9223372036854776000, "maximum": 9223372036854776000}
  }
}`;
  writeTree(dir, { "defs.json": text });

  it("is a UInt64 in Swift (a uint32 and an int64 stay Int)", () => {
    const swift = renderFile(join(dir, "defs.json"), "swift").find((file) => file.path.endsWith("Models.swift"))!.contents;
    expect(swift).toMatch(/^public typealias Uint64 = UInt64$/m);
    expect(swift).toMatch(/^public typealias Uint32 = Int$/m);
    expect(swift).toMatch(/^public typealias _Int64 = Int$/m);
  });

  it("allows UInt64's largest, as AJV reads the document", () => {
    const ajv = new Ajv({ strict: false });
    // AJV 8 has no draft-04 meta-schema built in; the keywords here read alike in draft-07.
    const { $schema: _draft04, ...document } = JSON.parse(text) as Record<string, unknown>;
    ajv.addSchema(document, "doc");
    expect(ajv.validate("doc#/definitions/uint64", JSON.parse("18446744073709551615"))).toBe(true);
    expect(ajv.validate("doc#/definitions/uint64", -1)).toBe(false);
  });
});
