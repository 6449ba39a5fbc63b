// Regression (MegaLinter's configuration, 1,472 optional properties): a wide object drew five in six
// of its optional properties, so each valid instance was half a megabyte of JSON, and a run took seven
// minutes and 4.5 GB (under load its invalid draw gave up). Now an object of more than
// WIDE_OBJECT_PROPERTIES optional properties holds WIDE_OBJECT_MEAN_KEYS of them on average, and over
// the instances of a run every key is still present somewhere.
import { expect, it } from "vitest";
import { WIDE_OBJECT_MEAN_KEYS, WIDE_OBJECT_PROPERTIES } from "../src/arbitraries/index.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const WIDTH = 200;
const keys = Array.from({ length: WIDTH }, (_, index) => `p${index}`);
const document = {
  $schema: "http://json-schema.org/draft-07/schema#",
  definitions: {
    Wide: { type: "object", required: ["kind"], properties: { kind: { type: "string" }, ...Object.fromEntries(keys.map((key) => [key, { type: "integer" }])) } },
    // At the bound, an object draws its optional properties as any object does (five in six).
    Narrow: { type: "object", properties: Object.fromEntries(keys.slice(0, WIDE_OBJECT_PROPERTIES).map((key) => [key, { type: "boolean" }])) },
  },
};

const { drawn } = suiteOfDocument(document, "test:wide-object", "WideObject");
const meanKeys = (instances: readonly unknown[]) => instances.reduce<number>((sum, instance) => sum + Object.keys(instance as object).length, 0) / instances.length;

it("valid instances of a wide object hold about WIDE_OBJECT_MEAN_KEYS optional keys, and every key in some instance", () => {
  const instances = drawn("Wide", "valid", 3, 200);
  const mean = meanKeys(instances) - 1; // `kind`, required, in each
  expect(mean).toBeGreaterThan(WIDE_OBJECT_MEAN_KEYS / 2);
  expect(mean).toBeLessThan(2 * WIDE_OBJECT_MEAN_KEYS);
  for (const instance of instances) expect(instance).toHaveProperty("kind");
  const seen = new Set(instances.flatMap((instance) => Object.keys(instance as object)));
  expect(keys.filter((key) => !seen.has(key))).toEqual([]);
});

it("an object of no more than WIDE_OBJECT_PROPERTIES optional properties still holds most of them", () => {
  expect(meanKeys(drawn("Narrow", "valid", 3, 50))).toBeGreaterThan(WIDE_OBJECT_PROPERTIES / 2);
});
