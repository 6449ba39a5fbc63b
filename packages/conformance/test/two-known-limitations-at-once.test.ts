// Regression (found by fuzz AF, seed 66024 draft-04, D1: 21 of 400 instances charged to fastjsonschema
// as disagreements; shrunk, kept as ObjectOrNull): fastjsonschema has two known limitations that meet
// in one verdict. It ignores the keywords beside a draft-07 `$ref` (python-validators-ignore-ref-siblings)
// and checks a `format` on strings only (fastjsonschema-checks-formats-on-strings-only), so 1.5, which
// `{$ref: <format int64, naming no type>, type: [object, null]}` refuses, passes it: the ref's format
// is not checked and the type beside it is not read. Each reading alone keeps the other's rule and
// refuses 1.5, so neither explained it. Where no one reading does, two of the runtime's readings at
// once are tried (run.ts readingsTogether), one read with the other's options beneath.
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { findings, type Expectation } from "../src/rules.ts";
import { runConformance } from "../src/run.ts";
import { startRuntimes } from "../src/runtimes.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = {
  $schema: "http://json-schema.org/draft-07/schema#",
  definitions: {
    Int64: { format: "int64" },
    ObjectOrNull: { $ref: "#/definitions/Int64", type: ["object", "null"] },
  },
};

describe("a verdict two known limitations of one runtime explain together", () => {
  const { suite } = suiteOfDocument(document, "test:two-known-limitations-at-once", "TwoLimitations");

  it("is the first one's, not a disagreement", { timeout: 120_000 }, async () => {
    const runtimes = await startRuntimes(resolve(import.meta.dirname, "../../.."), suite, { swift: false });
    let result;
    try {
      result = await runConformance(suite, runtimes, { seed: 5, runs: 60, otherRuns: 0, shrinkMillis: 2_000 });
    } finally {
      await runtimes.close();
    }
    expect(result.disagreements.map((d) => `${d.schema} ${d.kind}: ${JSON.stringify(d.instance)} ${d.findings.map((f) => `${f.column}: ${f.reason}`).join("; ")}`)).toEqual([]);
    expect(result.instances).toBe(240);
    // jsonschema meets the ref's siblings alone (it checks the format); fastjsonschema both.
    expect(result.limitations.get("python-validators-ignore-ref-siblings")?.count).toBeGreaterThan(0);
  });
});

describe("readings together", () => {
  const wrongType: Expectation = { valid: false, violation: "wrong-type", mutation: "wrong-json-type" };
  const together = { fastjsonschema: { limitation: "python-validators-ignore-ref-siblings", beneath: "fastjsonschema-checks-formats-on-strings-only", valid: true } } as const;

  it("name both limitations where they give the runtime's verdict", () => {
    expect(findings(wrongType, 1.5, { fastjsonschema: { valid: true } }, { together })).toEqual([
      { column: "fastjsonschema", reason: "accepted as keywords beside $ref are ignored, and as formats checked on strings only read it", limitation: "python-validators-ignore-ref-siblings" },
    ]);
  });

  it("explain nothing where they give the other verdict, or for another runtime", () => {
    const refusing = { fastjsonschema: { ...together.fastjsonschema, valid: false } };
    expect(findings(wrongType, 1.5, { fastjsonschema: { valid: true } }, { together: refusing })[0]?.limitation).toBeUndefined();
    expect(findings(wrongType, 1.5, { jsonschema: { valid: true } }, { together })[0]?.limitation).toBeUndefined();
  });
});
