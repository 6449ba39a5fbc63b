// Property test: random pairs of schemas made by the schema-mutation registry (schema-mutations.ts)
// from a few base documents. For every pair:
// - every witness the tool reports is accepted by one version and rejected by the other, judged by an
//   AJV set up apart from the tool (judge.ts);
// - wherever values generated from either version's model (the conformance generators) separate the
//   versions, judged by that same AJV, the tool reports something in that direction.
import fc from "fast-check";
import { cloneEventsFamily } from "@clone/schema";
import { ValidInstances } from "@clone/conformance";
import { describe, expect, it } from "vitest";
import { compareDocuments } from "../../src/breaking/compare.ts";
import type { Direction } from "../../src/breaking/rules.ts";
import { CodegenError } from "../../src/errors.ts";
import { documentFromFamily } from "../../src/input/fromTypeBox.ts";
import { toSourceDocument } from "../../src/input/document.ts";
import type { JsonValue } from "../../src/json/types.ts";
import { buildModel } from "../../src/model/buildModel.ts";
import type { SchemaModel, SourceDocument } from "../../src/model/types.ts";
import { judge } from "./judge.ts";
import { VALUE_RULE_CASES, valueCaseDocuments } from "./rule-cases.ts";
import { SCHEMA_MUTATIONS, schemaSites } from "./schema-mutations.ts";

type Schema = { [key: string]: JsonValue };

const BASES: readonly { name: string; document: Schema }[] = [
  { name: "CloneEvents", document: documentFromFamily(cloneEventsFamily).document as Schema },
  { name: "tagged union", document: valueCaseDocuments(VALUE_RULE_CASES["variant-removed"]).old },
  { name: "closed object with conditional", document: valueCaseDocuments(VALUE_RULE_CASES["required-when-removed"]).old },
  { name: "tuple", document: valueCaseDocuments(VALUE_RULE_CASES["tuple-items-removed"]).old },
  { name: "bounded array", document: valueCaseDocuments(VALUE_RULE_CASES["array-length-tightened"]).new },
];

/** Every (site, mutation) the document admits, in a fixed order. */
function candidates(document: Schema): { pointer: string; mutation: (typeof SCHEMA_MUTATIONS)[number] }[] {
  return schemaSites(document).flatMap(({ pointer, schema }) => SCHEMA_MUTATIONS.filter((mutation) => mutation.applies(schema)).map((mutation) => ({ pointer, mutation })));
}

function mutated(document: Schema, choices: readonly number[]): { document: Schema; applied: string[] } {
  const copy = JSON.parse(JSON.stringify(document)) as Schema;
  const applied: string[] = [];
  for (const choice of choices) {
    const options = candidates(copy);
    const { pointer, mutation } = options[choice % options.length]!;
    const site = schemaSites(copy).find((candidate) => candidate.pointer === pointer)!;
    mutation.apply(site.schema);
    applied.push(`${mutation.name} at ${pointer || "/"}`);
  }
  return { document: copy, applied };
}

/** Values each definition's generators make, by definition name (definitions the generators cannot serve are left out). */
function samples(model: SchemaModel, seed: number): Map<string, { pointer: string; values: JsonValue[] }> {
  const instances = new ValidInstances(model);
  const out = new Map<string, { pointer: string; values: JsonValue[] }>();
  for (const type of model.types) {
    if (type.definitionName === undefined) continue;
    try {
      out.set(type.definitionName, { pointer: type.pointer, values: fc.sample(instances.of(type.name), { numRuns: 20, seed }) as JsonValue[] });
    } catch {
      // A generator that cannot meet its filters: no samples from this definition.
    }
  }
  return out;
}

const tally = { pairs: 0, witnesses: 0, separatingSamples: 0 };

describe("breaking on random mutation pairs", () => {
  it("reports only genuine witnesses, and something wherever generated values separate the versions", { timeout: 600_000 }, () => {
    fc.assert(
      fc.property(fc.constantFrom(...BASES), fc.array(fc.nat(), { minLength: 1, maxLength: 2 }), fc.nat(), (base, choices, seed) => {
        const { document, applied } = mutated(base.document, choices);
        let sources: { old: SourceDocument; new: SourceDocument };
        let models: { old: SchemaModel; new: SchemaModel };
        try {
          sources = { old: toSourceDocument(base.document, "old.json"), new: toSourceDocument(document, "new.json") };
          models = { old: buildModel(sources.old, { name: "Old" }), new: buildModel(sources.new, { name: "New" }) };
        } catch (error) {
          // A mutation may make a document the builder rightly refuses (an enum emptied by two drops).
          if (error instanceof CodegenError) return;
          throw error;
        }
        tally.pairs++;
        const context = `${base.name}: ${applied.join(", ")}`;
        const report = compareDocuments(sources.old, sources.new, { budget: { targeted: 40, random: 40, shrinks: 20 } });
        const judges = { old: judge(sources.old), new: judge(sources.new) };
        for (const finding of report.findings) {
          if (!finding.witness) continue;
          tally.witnesses++;
          const verdicts = [judges.old(finding.definitionPointers.old!, finding.witness.instance), judges.new(finding.definitionPointers.new!, finding.witness.instance)];
          expect(verdicts, `${context}: ${finding.rule} at ${finding.location}: ${JSON.stringify(finding.witness.instance)}`).toEqual(
            finding.direction === "new-accepts" ? [false, true] : [true, false],
          );
        }
        const reported = new Set(report.findings.map((finding) => finding.direction).filter((direction): direction is Direction => direction !== undefined));
        const oldSamples = samples(models.old, seed);
        const newSamples = samples(models.new, seed);
        for (const [name, { pointer: oldPointer, values }] of oldSamples) {
          const newPointer = newSamples.get(name)?.pointer ?? models.new.types.find((type) => type.definitionName === name)?.pointer;
          if (newPointer === undefined) continue;
          for (const value of values) {
            if (judges.old(oldPointer, value) && !judges.new(newPointer, value)) {
              tally.separatingSamples++;
              expect(reported.has("old-accepts"), `${context}: ${JSON.stringify(value)} (${name}) is accepted by old only, and nothing is reported`).toBe(true);
            }
          }
        }
        for (const [name, { pointer: newPointer, values }] of newSamples) {
          const oldPointer = models.old.types.find((type) => type.definitionName === name)?.pointer;
          if (oldPointer === undefined) continue;
          for (const value of values) {
            if (judges.new(newPointer, value) && !judges.old(oldPointer, value)) {
              tally.separatingSamples++;
              expect(reported.has("new-accepts"), `${context}: ${JSON.stringify(value)} (${name}) is accepted by new only, and nothing is reported`).toBe(true);
            }
          }
        }
      }),
      { numRuns: 25, seed: 20261201 },
    );
    // Not a loop that passes on nothing: the pairs were compared, witnesses checked, separating samples met.
    expect(tally.pairs).toBeGreaterThan(15);
    expect(tally.witnesses).toBeGreaterThan(10);
    expect(tally.separatingSamples).toBeGreaterThan(10);
  });
});
