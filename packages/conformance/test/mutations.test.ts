// The invalid-instance generator: every mutation in the registry yields instances AJV rejects, with an
// issue reported where the mutation broke them, for every definition it applies to (and the document
// of every construct, for mutations Clone's own schemas give no site to, such as break-pattern).
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import type { SchemaModel } from "@clone/codegen";
import type { Validator } from "@clone/schema";
import { ValidInstances } from "../src/arbitraries/index.ts";
import { applyEdits, jsonEqual, type JsonValue } from "../src/json.ts";
import { invalidInstances, MUTATIONS, PositionWalker, type Mutation } from "../src/mutations/index.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { documentSuite, loadSuite } from "../src/suite.ts";
import { CONSTRUCT_DOCUMENTS, constructModel } from "./constructDocuments.ts";
import { constructsModel } from "./constructs.ts";
import { constructsValidator } from "./validators.ts";

const suite = await loadSuite();
const ajv = new AjvRunner();

interface Target {
  readonly label: string;
  readonly model: SchemaModel;
  readonly typeName: string;
  readonly validate: Validator<unknown>;
}

// Every definition of the minimal construct documents, judged by an AJV of the document's dialect.
const constructSuites = Object.keys(CONSTRUCT_DOCUMENTS).map((name) => {
  const { model, document } = constructModel(name);
  return documentSuite(model, document, { kind: "none" });
});
afterAll(() => constructSuites.forEach((constructSuite) => constructSuite.dispose()));

const targets: Target[] = [
  ...suite.schemas.map((schema) => ({ label: schema.name, model: schema.family.model, typeName: schema.type.name, validate: ajv.validator(schema) })),
  ...constructSuites.flatMap((each) =>
    each.schemas.map((schema) => ({ label: `${schema.family.name}: ${schema.name}`, model: schema.family.model, typeName: schema.type.name, validate: ajv.validator(schema) })),
  ),
  { label: "constructs: Thing", model: constructsModel(), typeName: "Thing", validate: constructsValidator("Thing") },
];

/** A few valid instances of each target, walked once: where `applies` looks for sites. */
const sampled = new Map<Target, { walker: PositionWalker; positions: ReturnType<PositionWalker["positions"]>[] }>();
function sample(target: Target) {
  let entry = sampled.get(target);
  if (!entry) {
    const walker = new PositionWalker(target.model);
    const ref = { kind: "named", name: target.typeName } as const;
    const instances = fc.sample(new ValidInstances(target.model).of(target.typeName), { seed: 3, numRuns: 30 });
    entry = { walker, positions: instances.map((instance) => walker.positions(ref, instance)) };
    sampled.set(target, entry);
  }
  return entry;
}

/** Whether the mutation finds a site in some of a few valid instances (so sampling it terminates). */
function applies(mutation: Mutation, target: Target): boolean {
  const { walker, positions } = sample(target);
  return positions.some((each) => mutation.sites(each, walker).length > 0);
}

describe("every mutation yields AJV-invalid instances with the named violation", () => {
  for (const mutation of MUTATIONS) {
    it(`${mutation.name} (${mutation.violation})`, { timeout: 300_000 }, () => {
      const applicable = targets.filter((target) => applies(mutation, target));
      expect(applicable.length, `${mutation.name} applies to no schema`).toBeGreaterThan(0);
      for (const target of applicable) {
        const samples = fc.sample(invalidInstances(target.model, target.typeName, { mutations: [mutation.name] }), { seed: 11, numRuns: 60 });
        for (const invalid of samples) {
          const context = `${target.label}: ${JSON.stringify(invalid.instance)}`;
          expect(invalid.mutation).toBe(mutation.name);
          expect(invalid.violation).toBe(mutation.violation);
          expect(target.validate(invalid.instance), `AJV accepted ${context}`).toBe(false);
          const pointers = target.validate.issues(invalid.instance).map((issue) => issue.pointer);
          if (invalid.reportedInside) {
            const inside = pointers.filter((pointer) => pointer === invalid.pointer || pointer.startsWith(`${invalid.pointer}/`));
            expect(inside, `no issue at or below ${invalid.pointer} for ${context}`).not.toEqual([]);
          } else expect(pointers, `no issue at ${invalid.pointer} for ${context}`).toContain(invalid.pointer);
          // Exactly one thing changed: the original instance is valid.
          expect(target.validate(invalid.original), `original of ${context}`).toBe(true);
        }
      }
    });
  }

  it("the mix covers every mutation that applies to CloneEvent and GatewayFrame", () => {
    for (const name of ["CloneEvent", "GatewayFrame"]) {
      const target = targets.find((candidate) => candidate.label === name)!;
      const used = new Set(fc.sample(invalidInstances(target.model, target.typeName), { seed: 5, numRuns: 2000 }).map((invalid) => invalid.mutation));
      const expected = MUTATIONS.filter((mutation) => applies(mutation, target)).map((mutation) => mutation.name);
      expect([...used].sort()).toEqual([...expected].sort());
    }
  });
});

describe("a tag value several variants share stays a tag", () => {
  // Shrunk by the conformance run on MCP's PrimitiveSchemaDefinition (seed 5): a tag union whose value
  // "string" selects a union of two variants. Changing that tag was charged as a wrong constant (which
  // Swift must reject), though no enclosing union knows the new tag: an unknown tag, which the Swift
  // union keeps in its unknown case by design (swift-may-accept.json).
  const original: JsonValue = { enum: [], type: "string" };
  const shrunk: JsonValue = { enum: [], type: "STRING" };
  const { model } = constructModel("constructs-draft-07");
  const walker = new PositionWalker(model);
  const positions = walker.positions({ kind: "named", name: "Field" }, original);

  it("the vector: the original is valid, the shrunk instance invalid", () => {
    expect(walker.validator.validatesNamed("Field", original)).toBe(true);
    expect(walker.validator.validatesNamed("Field", shrunk)).toBe(false);
  });

  it("the tag of a variant nested in the shared value's union is marked as a tag", () => {
    expect(positions.find((position) => position.path.join("/") === "type")?.isTag).toBe(true);
  });

  it("every mutation that turns the original into the shrunk instance calls it an unknown tag", () => {
    const violations = new Set<string>();
    for (const mutation of MUTATIONS) {
      for (const site of mutation.sites(positions, walker)) {
        for (const change of fc.sample(site, { seed: 5, numRuns: 300 })) {
          if (change && jsonEqual(applyEdits(original, change.edits), shrunk)) violations.add(mutation.violation);
        }
      }
    }
    expect([...violations]).toEqual(["unknown-tag"]);
  });
});
