// Regression (found on renovate-schema.json: 250 optional properties at its root, 130 of them the root
// again through `"$ref": "#"`; each valid instance held some 20,000 keys, a megabyte drawn in five
// seconds, and the run took 2.6 GB): an object that wide, whose properties are the object again,
// grew as the square of its width before its nested objects drew their optional properties seldom.
import { expect, it } from "vitest";
import { WIDE_OBJECT_MEAN_KEYS } from "../src/arbitraries/index.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const WIDTH = 100;
const document = {
  $schema: "http://json-schema.org/draft-07/schema#",
  definitions: {
    Config: {
      type: "object",
      properties: Object.fromEntries(Array.from({ length: WIDTH }, (_, index) => [`p${index}`, index % 2 === 0 ? { $ref: "#/definitions/Config" } : { type: "integer" }])),
    },
  },
};

const { drawn } = suiteOfDocument(document, "test:wide-recursive", "WideRecursive");

/** Every key of `value`, at any depth. */
function keyCount(value: unknown): number {
  if (typeof value !== "object" || value === null) return 0;
  return Object.values(value).reduce<number>((sum, child) => sum + 1 + keyCount(child), 0);
}

it("valid instances of a wide object whose properties recurse stay about as wide as the object, not its square", () => {
  const instances = drawn("Config", "valid", 3, 20);
  const counts = instances.map(keyCount);
  // The top level holds about WIDE_OBJECT_MEAN_KEYS of its optional properties (wide-object-keys-bounded.test.ts) ...
  expect(Math.max(...instances.map((instance) => Object.keys(instance as object).length))).toBeGreaterThan(WIDE_OBJECT_MEAN_KEYS / 2);
  // ... and the objects it holds seldom hold more: far from WIDTH² keys.
  for (const count of counts) expect(count).toBeLessThan(10 * WIDTH);
});
