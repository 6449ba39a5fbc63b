// Regression: an integer `const` or `enum` value no double holds (past 2^53) was checked by the
// generated Swift as a Double, so `const: 12345678901234567890` (read as 12345678901234567168) took
// 12345678901234567891 too, where Python compares the integer written. Swift now holds such a constant
// as the Int or UInt64 the document spells (swiftTypes.ts swiftInteger) and JSONDecoder reads the
// instance's integer exactly. AJV still reads doubles: its verdicts on these tests are the named
// limitation "ajv-reads-numbers-as-doubles", and nothing else may excuse a runtime here (before, Swift's
// acceptances of the neighbour were put down to "swift-reads-typeless-schemas-as-their-type", the
// model's double reading agreeing with them).
//
// Needs the Swift toolchain (helpers/swift.ts: under CI=true a missing one fails the run).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, expect, it } from "vitest";
import { describeWithSwift } from "../../codegen/test/helpers/swift.ts";
import { readCaseFiles } from "../src/caseFiles.ts";
import { runCases } from "../src/cases.ts";

const repoRoot = resolve(import.meta.dirname, "../../..");
const scratch = mkdtempSync(join(tmpdir(), "integer-constants-swift-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const BIG = "12345678901234567890";
const NEIGHBOUR = "12345678901234567891";
/** Written as text: JSON.stringify would write each integer as its double. */
const CASES = `[
 {"description": "const past Int's largest", "schema": {"type": "integer", "const": ${BIG}},
  "tests": [{"description": "the literal", "data": ${BIG}, "valid": true}, {"description": "its neighbour, of one double with it", "data": ${NEIGHBOUR}, "valid": false}]},
 {"description": "enum past Int's largest", "schema": {"type": "integer", "enum": [${BIG}, 1]},
  "tests": [{"description": "the literal", "data": ${BIG}, "valid": true}, {"description": "its neighbour", "data": ${NEIGHBOUR}, "valid": false}, {"description": "1", "data": 1, "valid": true}]},
 {"description": "enum at Int's largest", "schema": {"type": "integer", "enum": [9223372036854775807, 3]},
  "tests": [{"description": "the literal", "data": 9223372036854775807, "valid": true}, {"description": "its neighbour", "data": 9223372036854775806, "valid": false}]},
 {"description": "a property's const", "schema": {"type": "object", "properties": {"c": {"type": "integer", "const": ${BIG}}}, "required": ["c"]},
  "tests": [{"description": "the literal", "data": {"c": ${BIG}}, "valid": true}, {"description": "its neighbour", "data": {"c": ${NEIGHBOUR}}, "valid": false}]},
 {"description": "a union's constant variant", "schema": {"oneOf": [{"type": "integer", "const": ${BIG}}, {"type": "string"}]},
  "tests": [{"description": "the literal", "data": ${BIG}, "valid": true}, {"description": "its neighbour", "data": ${NEIGHBOUR}, "valid": false}]},
 {"description": "an array of constants", "schema": {"type": "array", "items": {"type": "integer", "const": ${BIG}}},
  "tests": [{"description": "the literal", "data": [${BIG}], "valid": true}, {"description": "its neighbour", "data": [${NEIGHBOUR}], "valid": false}]}
]`;

describeWithSwift("integer constants no double holds, judged by Swift", () => {
  it("Swift and Python compare the integer written; only AJV's double reading is a named limitation", { timeout: 600_000 }, async () => {
    const dir = mkdtempSync(join(scratch, "cases-"));
    mkdirSync(join(dir, "draft7"));
    writeFileSync(join(dir, "draft7", "big.json"), CASES);
    const result = await runCases(repoRoot, readCaseFiles(dir), { swift: true });
    expect(result.cases).toBe(13);
    expect(result.withoutSwift).toBe(0);
    expect(result.failures).toEqual([]);
    // AJV takes each neighbour (6 tests): the one limitation met.
    expect([...result.limitations]).toEqual([["ajv-reads-numbers-as-doubles", 6]]);
  });
});
