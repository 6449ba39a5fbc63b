// Regression (fuzz BC, seed 96002, 2019-09 document index 0, cut down to its construct): an array whose
// items are strings of `format: time` and `pattern: x` admits only the empty array, since no time holds
// an x; the model cannot tell (a format beside a pattern is the filter's to judge), so the generator drew
// items, its filter refused every candidate, and the draw of the whole instance gave up: 19 of 20 valid
// and 12 of 20 invalid instances were never drawn (GENERATOR GAVE UP). Where the array may be empty its
// items are now optional places (absentOnGiveUp), as a map's values are: their give-up leaves it empty.
// Controls: items of the format alone are still drawn; AJV on the document judges every instance.
import { expect, it } from "vitest";
import { AjvRunner } from "../src/runners/ajv.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const DOCUMENT = {
  $schema: "https://json-schema.org/draft/2019-09/schema",
  $defs: {
    Times: { type: "array", items: { type: "string", pattern: "x", format: "time" } },
    Plain: { type: "array", items: { type: "string", format: "time" } },
  },
};
const documented = suiteOfDocument(DOCUMENT, "array-items-no-candidate-passes.json", "ArrayItems");
const ajv = new AjvRunner();
const validate = (name: string) => ajv.validator(documented.schemaOf(name));

it("the array of items no candidate passes: 20 valid instances drawn, each empty, and 20 invalid, as AJV judges them", { timeout: 60_000 }, () => {
  const times = validate("Times");
  const valid = documented.drawn("Times", "valid", 96002, 20);
  expect(valid.every((instance) => Array.isArray(instance) && instance.length === 0)).toBe(true);
  for (const instance of valid) expect(times(instance), JSON.stringify(instance)).toBe(true);
  for (const instance of documented.drawn("Times", "invalid", 96002, 20)) expect(times(instance), JSON.stringify(instance)).toBe(false);
});

it("control: items of the format alone are drawn", { timeout: 60_000 }, () => {
  const plain = validate("Plain");
  const valid = documented.drawn("Plain", "valid", 96002, 20);
  expect(valid.some((instance) => Array.isArray(instance) && instance.length > 0)).toBe(true);
  for (const instance of valid) expect(plain(instance), JSON.stringify(instance)).toBe(true);
});
