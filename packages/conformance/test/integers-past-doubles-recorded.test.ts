// A recorded instance holding an integer a double does not hold, judged by AJV's verdict on the input
// document: AJV reads the integer, and the schema's, as its nearest double, where Python and Swift are
// given it as written and compare exactly. A uint64's `maximum: 18446744073709551615` is 2^64 to AJV,
// so it took 18446744073709551616, and 12345678901234567891 for `const: 12345678901234567890`, which
// jsonschema, fastjsonschema and DRF refuse, rightly: each was charged as a disagreement of theirs.
// Where AJV's verdict changes with such an integer moved to the double on either side of its own, it
// turns on the rounding: the instance is named by ajv-reads-numbers-as-doubles and not judged; one
// whose verdict holds on both sides is judged.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { judgeRecorded, readRecordedInstances, ReferenceValidator } from "../src/recorded.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const scratch = mkdtempSync(join(tmpdir(), "integers-past-doubles-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const document = {
  $schema: "http://json-schema.org/draft-07/schema#",
  definitions: {
    Counters: {
      type: "object",
      properties: { u64: { type: "integer", minimum: 0, maximum: 18446744073709551615 }, c: { const: 12345678901234567890 }, i: { type: "integer" } },
    },
  },
};

describe("a recorded integer no double holds", () => {
  it("is judged where AJV's verdict holds on the doubles either side of it, and named by the limitation where it turns on them", async () => {
    const { model, schemaOf } = suiteOfDocument(document, "counters.json", "Counters");
    const file = join(scratch, "counters.jsonl");
    const lines = [
      '{"u64": 12345678901234567890}',
      '{"i": -12345678901234567890}',
      '{"u64": 18446744073709551616}',
      '{"c": 12345678901234567891}',
      '{"u64": 2}',
    ];
    writeFileSync(file, lines.join("\n"));
    const instances = readRecordedInstances([file]);
    // The four past 2^53 are given to Python and Swift as written.
    expect(instances.map((entry) => entry.instanceText !== undefined)).toEqual([true, true, true, true, false]);
    const reference = new ReferenceValidator(model.source.document, model.source.dialect);
    const result = await judgeRecorded({ ajv: new AjvRunner(), others: [] }, reference, schemaOf("Counters"), instances);
    expect(result.judged).toBe(3);
    expect([...result.referenceLimited]).toEqual([["ajv-reads-numbers-as-doubles", { count: 2, first: `${file}:3` }]]);
    expect(result.failures).toEqual([]);
  });
});
