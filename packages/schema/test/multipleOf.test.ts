// `multipleOf` as @clone/schema's AJV checks it, against the vectors every runtime's copy is held to
// (the conformance run's model, the python-drf support code).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ajv } from "../src/validate/ajv.ts";

const VECTORS: { vectors: [number, number, boolean][] } = JSON.parse(readFileSync(new URL("../rules/multiple-of.json", import.meta.url), "utf8"));

describe("multipleOf (packages/schema/rules/multiple-of.json)", () => {
  it("has vectors of both verdicts", () => {
    expect(VECTORS.vectors.filter(([, , multiple]) => multiple).length).toBeGreaterThan(3);
    expect(VECTORS.vectors.filter(([, , multiple]) => !multiple).length).toBeGreaterThan(3);
  });

  for (const [value, divisor, multiple] of VECTORS.vectors) {
    it(`${value} is ${multiple ? "" : "not "}a multiple of ${divisor}`, () => {
      expect(ajv.validate({ type: "number", multipleOf: divisor }, value)).toBe(multiple);
    });
  }
});
