// Integers a double does not hold, as a schema writes them (int64's and uint64's bounds, as pydantic,
// Django and schemars write them). JSON.parse read `"maximum": 9223372036854775807` as 2^63, and every
// target wrote 2^63 back: the DRF serializer took 9223372036854775808, which the schema refuses and a
// 64-bit column cannot store, and the JSON Schema output said 9223372036854776000.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { holdsInexactInteger, integerSpellingsOf, joinIntegerSpellings, withExactIntegers } from "../src/json/integerSpellings.ts";
import { buildModel, modelWarnings, readSchemaFile, renderFile } from "../src/index.ts";
import { tempDir, writeTree } from "./helpers/workspace.ts";

describe("integer spellings of a JSON text", () => {
  it("keeps each long integer literal by the double it is read as, and no digits inside a string", () => {
    const text = String.raw`{"maximum": 9223372036854775807, "minimum": -9223372036854775808, "description": "up to 18446744073709551615 \" 12345678901234567", "small": 12, "float": 1234567890123456789.5}`;
    expect([...integerSpellingsOf(text)]).toEqual([
      [2 ** 63, "9223372036854775807"],
      [-(2 ** 63), "-9223372036854775808"],
    ]);
    expect(integerSpellingsOf(`{"a": 123456789012345}`).size).toBe(0);
  });

  it("a double two literals round to is spelled by neither, in one text or across files", () => {
    expect(integerSpellingsOf(`[9223372036854775807, 9223372036854775808, 18446744073709551615]`)).toEqual(new Map([[2 ** 64, "18446744073709551615"]]));
    const joined = joinIntegerSpellings([integerSpellingsOf(`[9223372036854775807]`), integerSpellingsOf(`[9223372036854775806, 18446744073709551615]`)]);
    expect(joined).toEqual(new Map([[2 ** 64, "18446744073709551615"]]));
  });

  it("tells a literal a double holds (2^63, 16 digits) from one it does not (2^63 - 1)", () => {
    expect(holdsInexactInteger(integerSpellingsOf(`[9223372036854775808, 1234567890123456]`))).toBe(false);
    expect(holdsInexactInteger(integerSpellingsOf(`[9223372036854775807]`))).toBe(true);
  });

  it("JSON text gets the spellings back for its numbers, never for digits inside its strings", () => {
    const spellings = integerSpellingsOf(`[9223372036854775807]`);
    const text = JSON.stringify({ maximum: 2 ** 63, note: "9223372036854776000", list: [2 ** 63, 1] });
    expect(withExactIntegers(text, spellings)).toBe(`{"maximum":9223372036854775807,"note":"9223372036854776000","list":[9223372036854775807,1]}`);
  });

  it("JSON text gets an integer without a spelling as its double's exact digits, and a spelled one JSON.stringify writes with an exponent as spelled", () => {
    // 2^64 is 18446744073709551616; JSON.stringify writes 18446744073709552000, another integer to an exact reader.
    expect(withExactIntegers(JSON.stringify([2 ** 64, 1.5, 1e300]), new Map())).toBe("[18446744073709551616,1.5,1e+300]");
    const spellings = integerSpellingsOf(`[1000000000000000000000000000001]`);
    expect(withExactIntegers(JSON.stringify({ bound: 1e30 }), spellings)).toBe(`{"bound":1000000000000000000000000000001}`);
  });
});

describe("targets write a schema's long integers as it spells them", () => {
  const dir = tempDir("integer-spellings-");
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeTree(dir, {
    "big.json": String.raw`{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "type": "object",
  "properties": {
    "id": {"type": "integer", "minimum": -9223372036854775808, "maximum": 9223372036854775807},
    "counter": {"$ref": "counter.json"},
    "kind": {"enum": [18446744073709551615, 1]}
  }
}`,
    "counter.json": String.raw`{"$schema": "http://json-schema.org/draft-07/schema#", "type": "integer", "minimum": 0, "maximum": 18446744073709551615}`,
  });

  it("json-schema and json-schema-bundle", () => {
    for (const target of ["json-schema", "json-schema-bundle"]) {
      const contents = renderFile(join(dir, "big.json"), target)[0]!.contents;
      expect(contents).toContain('"maximum": 9223372036854775807');
      expect(contents).toContain('"minimum": -9223372036854775808');
      // The neighbour file's literal too: it was read from its own text.
      expect(contents).toContain('"maximum": 18446744073709551615');
      expect(contents).not.toMatch(/9223372036854776000|18446744073709552000/);
    }
  });

  it("python-drf: bounds and enum values as Python ints of the schema's value", () => {
    const contents = renderFile(join(dir, "big.json"), "python-drf").find((file) => file.path.endsWith("_serializers.py"))!.contents;
    expect(contents).toMatch(/minimum=-9223372036854775808,\s*maximum=9223372036854775807/);
    expect(contents).toContain("maximum=18446744073709551615");
    expect(contents).toMatch(/18446744073709551615,\s*1/);
    expect(contents).not.toMatch(/[^-0-9]9223372036854775808[^0-9]|18446744073709551616/);
  });

  // The Swift enum compared Doubles: 18446744073709551615 was `case 18446744073709551616.0`, which
  // 18446744073709551614 decoded as a Double also equals.
  it("swift: an integer enum's values as the UInt64 (or Int) literals the schema writes, its cases named by them", () => {
    const contents = renderFile(join(dir, "big.json"), "swift").find((file) => file.path.endsWith("Models.swift"))!.contents;
    expect(contents).toContain("public init(rawValue: UInt64) {");
    expect(contents).toContain("case 18446744073709551615: self = ._18446744073709551615");
    expect(contents).not.toMatch(/18446744073709552000|18446744073709551616/);
  });
});

// Two literals of one document that round to one double (uint64's largest and 2^64) are one number once
// parsed: the outputs cannot say both. Before, the json-schema outputs wrote JSON.stringify's digits,
// 18446744073709552000 (a third integer), and gen said nothing.
describe("integers of a schema that round to one double", () => {
  const dir = tempDir("integers-rounded-together-");
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeTree(dir, {
    "rounded.json": String.raw`{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "type": "object",
  "properties": {
    "count": {"type": "integer", "maximum": 18446744073709551615},
    "limit": {"enum": [18446744073709551616, 1]},
    "id": {"type": "integer", "maximum": 9223372036854775807}
  }
}`,
  });
  const path = join(dir, "rounded.json");

  it("every output writes the double's own digits for them, and the other long integers as spelled", () => {
    for (const target of ["json-schema", "json-schema-bundle"]) {
      const contents = renderFile(path, target)[0]!.contents;
      expect(contents).toContain('"maximum": 18446744073709551616');
      expect(contents).toContain('"maximum": 9223372036854775807');
      expect(contents).not.toContain("18446744073709552000");
    }
    const serializers = renderFile(path, "python-drf").find((file) => file.path.endsWith("_serializers.py"))!.contents;
    expect(serializers).toContain("maximum=18446744073709551616");
    expect(serializers).not.toContain("18446744073709552000");
  });

  it("gen warns at each place holding one of them, naming the integers", () => {
    const warnings = modelWarnings(buildModel(readSchemaFile(path), { name: "Rounded" })).filter((warning) => warning.reason.includes("one double"));
    expect(warnings.map((warning) => warning.pointer)).toEqual(["/properties/count/maximum", "/properties/limit/enum/0"]);
    expect(warnings[0]!.reason).toContain("18446744073709551615, 18446744073709551616");
  });
});
