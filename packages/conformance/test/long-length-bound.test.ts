// AWS's resource schemas write `maxLength: 10000000` on a Tag's key (cfn-lint's Tag schemas). Drawn one
// code point at a time, up to twice the bound, a string past it ran V8 out of memory (found on
// AWS::NetworkManager::ConnectPeer by the sweep); repeated past it, each instance was still ten
// million code points, built, checked by the model and written to every runtime. Past
// LONGEST_DRAWN_LENGTH break-length-bound draws nothing past an upper bound: the site is left out and
// counted, and the report names it (NOT DRAWN). A shorter upper bound and a lower bound are still
// broken. The work is counted, not timed: the code points of every instance drawn.
import { expect, it } from "vitest";
import { ModelValidator } from "@clone/codegen";
import { codePointLength } from "../src/arbitraries/index.ts";
import { FilterStats } from "../src/arbitraries/filtered.ts";
import { LONGEST_DRAWN_LENGTH } from "../src/mutations/registry.ts";
import { sampleInstances } from "../src/run.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const AWS_TAG_KEY_LENGTH = 10_000_000;
const document = {
  $schema: "http://json-schema.org/draft-07/schema#",
  definitions: {
    tag: {
      type: "object",
      properties: { Key: { type: "string", minLength: 1, maxLength: AWS_TAG_KEY_LENGTH }, Value: { type: "string", maxLength: 256 } },
      required: ["Key", "Value"],
      additionalProperties: false,
    },
    // Just within: still broken, by a string one mebibyte of code points long.
    within: { type: "object", properties: { Key: { type: "string", maxLength: LONGEST_DRAWN_LENGTH - 1 } }, required: ["Key"], additionalProperties: false },
  },
};

const { model, schemaOf } = suiteOfDocument(document, "test:long-length-bound", "LongLengthBound");
const validator = new ModelValidator(model);

it("a maxLength past LONGEST_DRAWN_LENGTH draws no string past it, and says so; the other bounds are broken", { timeout: 60_000 }, () => {
  expect(AWS_TAG_KEY_LENGTH).toBeGreaterThan(LONGEST_DRAWN_LENGTH);
  const stats = new FilterStats();
  const instances = sampleInstances(schemaOf("tag"), "invalid", 1, 30, ["break-length-bound"], stats).map(({ instance }) => instance as { Key: string; Value: string });
  expect(instances).toHaveLength(30);
  for (const instance of instances) expect(validator.validatesNamed(schemaOf("tag").type.name, instance)).toBe(false);
  // The work: every code point of every instance drawn, far below one string past the bound.
  const drawnCodePoints = instances.reduce((sum, { Key, Value }) => sum + codePointLength(Key) + codePointLength(Value), 0);
  expect(drawnCodePoints).toBeLessThan(100_000);
  // Both bounds within reach are met among them: Value's maxLength, Key's minLength.
  expect(instances.some(({ Value }) => codePointLength(Value) > 256)).toBe(true);
  expect(instances.some(({ Key }) => Key === "")).toBe(true);
  // Named and counted: at least once an instance drawn.
  const leftOut = [...stats.notDrawn];
  expect(leftOut).toHaveLength(1);
  const [label, count] = leftOut[0]!;
  expect(label).toBe(`break-length-bound past a string's upper bound ${AWS_TAG_KEY_LENGTH} (longer than ${LONGEST_DRAWN_LENGTH}, LONGEST_DRAWN_LENGTH)`);
  expect(count).toBeGreaterThanOrEqual(30);
  expect(stats.notDrawnLines()).toEqual([`${label}: left out ${count} times`]);
});

it("a maxLength just within LONGEST_DRAWN_LENGTH is broken by a string past it", { timeout: 60_000 }, () => {
  const stats = new FilterStats();
  const instances = sampleInstances(schemaOf("within"), "invalid", 1, 2, ["break-length-bound"], stats).map(({ instance }) => instance as { Key: string });
  for (const { Key } of instances) expect(codePointLength(Key)).toBeGreaterThan(LONGEST_DRAWN_LENGTH - 1);
  expect(stats.notDrawn.size).toBe(0);
});
