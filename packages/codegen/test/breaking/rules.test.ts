// Every rule of the registry on its minimal case (rule-cases.ts): the rule is reported, each breaking
// verdict carries a witness that an AJV set up here (judge.ts) accepts under one version and rejects
// under the other, and the targets are spelled as each will see the value.
import { describe, expect, it } from "vitest";
import { compareDocuments, type BreakingReport, type Finding } from "../../src/breaking/compare.ts";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { formatRuleTable } from "../../src/breaking/report.ts";
import { RULES, type Direction } from "../../src/breaking/rules.ts";
import { REPO_ROOT } from "../helpers/workspace.ts";
import { toSourceDocument } from "../../src/input/document.ts";
import type { JsonValue } from "../../src/json/types.ts";
import { judge } from "./judge.ts";
import { DECLARATION_RULE_CASES, VALUE_RULE_CASES, valueCaseDocuments } from "./rule-cases.ts";

function compare(old: { [key: string]: JsonValue }, current: { [key: string]: JsonValue }, role: "producer" | "consumer" | "both" = "both"): { report: BreakingReport; judges: { old: ReturnType<typeof judge>; new: ReturnType<typeof judge> } } {
  const [oldSource, newSource] = [toSourceDocument(old, "old.json"), toSourceDocument(current, "new.json")];
  return { report: compareDocuments(oldSource, newSource, { role }), judges: { old: judge(oldSource), new: judge(newSource) } };
}

/** The witness separates the versions in the finding's direction, by the independent judge. */
function expectGenuineWitness(finding: Finding, judges: { old: ReturnType<typeof judge>; new: ReturnType<typeof judge> }): void {
  const witness = finding.witness!;
  expect(witness, `${finding.rule} at ${finding.location} has no witness`).toBeDefined();
  const oldAccepts = judges.old(finding.definitionPointers.old!, witness.instance);
  const newAccepts = judges.new(finding.definitionPointers.new!, witness.instance);
  const expected: Record<Direction, [boolean, boolean]> = { "new-accepts": [false, true], "old-accepts": [true, false] };
  expect([oldAccepts, newAccepts], `${finding.rule}: ${JSON.stringify(witness.instance)}`).toEqual(expected[finding.direction!]);
  expect([witness.old.valid, witness.new.valid]).toEqual(expected[finding.direction!]);
}

describe("the rule registry", () => {
  it("has a case for every rule and no case for a rule it lacks", () => {
    const ids = RULES.map((rule) => rule.id).sort();
    expect([...Object.keys(VALUE_RULE_CASES), ...Object.keys(DECLARATION_RULE_CASES)].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("is the README's rule table, row for row", () => {
    const readme = readFileSync(join(REPO_ROOT, "README.md"), "utf8").split("\n");
    const header = readme.indexOf("| rule | level | breaks | checks |");
    expect(header).toBeGreaterThan(0);
    const rows = readme.slice(header + 2, readme.indexOf("", header));
    expect(rows).toEqual(formatRuleTable());
  });
});

describe("each value rule on its minimal case", () => {
  for (const [rule, ruleCase] of Object.entries(VALUE_RULE_CASES)) {
    it(`${rule}: reported, with a witness in each direction it separates`, () => {
      const documents = valueCaseDocuments(ruleCase);
      const { report, judges } = compare(documents.old, documents.new);
      const findings = report.findings.filter((finding) => finding.rule === rule && finding.definition === "T");
      expect(findings.map((f) => `${f.rule} ${f.direction} ${f.status}`), JSON.stringify(report.findings.map((f) => [f.rule, f.direction, f.status, f.message]))).not.toEqual([]);
      for (const direction of ruleCase.directions) {
        const proven = findings.filter((finding) => finding.direction === direction && finding.status === "proven");
        expect(proven.length, `${rule} ${direction}: ${JSON.stringify(findings.map((f) => [f.direction, f.status, f.unproven]))}`).toBeGreaterThan(0);
        for (const finding of proven) {
          expect(finding.level).toBe("error");
          expectGenuineWitness(finding, judges);
        }
      }
    });
  }
});

describe("each declaration rule on its minimal case", () => {
  for (const [rule, ruleCase] of Object.entries(DECLARATION_RULE_CASES)) {
    it(`${rule}: reported as a declaration, with no witness`, () => {
      const { report } = compare(ruleCase.old, ruleCase.new);
      const findings = report.findings.filter((finding) => finding.rule === rule);
      expect(findings.length, JSON.stringify(report.findings.map((f) => [f.rule, f.message]))).toBeGreaterThan(0);
      for (const finding of findings) expect([finding.status, finding.witness, finding.targets]).toEqual(["declaration", undefined, []]);
    });
  }
});

describe("roles and levels", () => {
  const { old, new: current } = valueCaseDocuments(VALUE_RULE_CASES["property-removed"]);

  it("a change that breaks only consumers is an error for consumers and information for producers", () => {
    const consumer = compare(old, current, "consumer").report.findings.find((finding) => finding.rule === "property-removed")!;
    const producer = compare(old, current, "producer").report.findings.find((finding) => finding.rule === "property-removed")!;
    expect([consumer.level, consumer.breaks]).toEqual(["error", "consumer"]);
    expect([producer.level, producer.breaks]).toEqual(["info", "consumer"]);
  });

  it("an identical pair reports nothing", () => {
    expect(compare(old, old).report.findings).toEqual([]);
  });

  it("a change no value can tell apart is reported as unproven (a warning), never as breaking", () => {
    // A pattern rewritten into an equivalent one: the versions accept the same strings.
    const before = valueCaseDocuments({ old: { type: "string", pattern: "^a" }, new: { type: "string", pattern: "^(a)" }, directions: [] });
    const findings = compare(before.old, before.new).report.findings;
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) expect([finding.status, finding.level, finding.witness]).toEqual(["unproven", "warning", undefined]);
  });
});

describe("the targets a finding breaks, as each sees the value", () => {
  const effectsOf = (rule: keyof typeof VALUE_RULE_CASES) => {
    const { old, new: current } = valueCaseDocuments(VALUE_RULE_CASES[rule]);
    const finding = compare(old, current).report.findings.find((candidate) => candidate.rule === rule && candidate.status === "proven")!;
    return Object.fromEntries(finding.targets.map((effect) => [effect.target, [effect.breaks, effect.text]]));
  };

  it("a new variant: old Swift apps decode it as the unknown case, old DRF servers reject it", () => {
    expect(effectsOf("variant-added")).toEqual({
      "json-schema": [true, "old JSON Schema validators reject it (break)"],
      swift: [false, "old Swift apps decode it as the union's unknown case (no break)"],
      "python-drf": [true, "old DRF servers reject it (break)"],
    });
  });

  it("an enum value removed: new Swift apps still decode it (open enum), new DRF servers reject it", () => {
    expect(effectsOf("enum-value-removed")).toMatchObject({ swift: [false, "new Swift apps keep the unknown value (open enum) (no break)"], "python-drf": [true, "new DRF servers reject it (break)"] });
  });

  it("a key made required: every target rejects a value without it", () => {
    expect(Object.values(effectsOf("property-became-required")).map(([breaks]) => breaks)).toEqual([true, true, true]);
  });
});
