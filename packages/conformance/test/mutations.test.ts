// The invalid-instance generator: every mutation in the registry yields instances AJV rejects, with an
// issue reported where the mutation broke them, for every definition it applies to (and the document
// of every construct, for mutations Clone's own schemas give no site to, such as break-pattern).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { SchemaModel } from "@clone/codegen";
import type { Validator } from "@clone/schema";
import { ValidInstances } from "../src/arbitraries/index.ts";
import { invalidInstances, MUTATIONS, PositionWalker, type Mutation } from "../src/mutations/index.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { loadSuite } from "../src/suite.ts";
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

const targets: Target[] = [
  ...suite.schemas.map((schema) => ({ label: schema.name, model: schema.family.model, typeName: schema.type.name, validate: ajv.validator(schema) })),
  { label: "constructs: Thing", model: constructsModel(), typeName: "Thing", validate: constructsValidator("Thing") },
];

/** Whether the mutation finds a site in some of a few valid instances (so sampling it terminates). */
function applies(mutation: Mutation, target: Target): boolean {
  const walker = new PositionWalker(target.model);
  const ref = { kind: "named", name: target.typeName } as const;
  return fc
    .sample(new ValidInstances(target.model).of(target.typeName), { seed: 3, numRuns: 30 })
    .some((instance) => mutation.sites(walker.positions(ref, instance), walker).length > 0);
}

describe("every mutation yields AJV-invalid instances with the named violation", () => {
  for (const mutation of MUTATIONS) {
    it(`${mutation.name} (${mutation.violation})`, () => {
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
          expect(pointers, `no issue at ${invalid.pointer} for ${context}`).toContain(invalid.pointer);
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
