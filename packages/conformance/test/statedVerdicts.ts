// Instances whose verdicts a test states by hand, judged by every runtime of a 2020-12 document
// (inputUnderEveryRuntime): each runtime must give the stated verdict, with no finding beyond a
// known limitation. Swift's decoder is held to the lenient rule (rules.ts): it may accept an object
// whose only fault is keys its type does not declare, which it drops, so for those the test states
// the value Swift must then make of it.
import { expect } from "vitest";
import type { JsonValue } from "../src/json.ts";
import { judgeAll } from "../src/run.ts";
import type { InputUnderTest } from "./inputUnderEveryRuntime.ts";

export interface StatedVerdict {
  readonly instance: JsonValue;
  readonly valid: boolean;
  /** What Swift may decode an invalid instance to by dropping keys its type does not declare (itself valid). */
  readonly swiftDropsTo?: JsonValue;
  /**
   * AJV gives the other verdict, as its known limitation reads the document (the run names the
   * limitation, and the other runtimes are held to `valid`).
   */
  readonly ajvByItsLimitation?: true;
}

/** Judges `stated` against the input's first schema with every runtime and expects each verdict stated. */
export async function expectStatedVerdicts(input: InputUnderTest, stated: readonly StatedVerdict[]): Promise<void> {
  const schema = input.suite.schemas[0]!;
  const judged = await judgeAll(
    input.runtimes,
    schema,
    stated.map(({ instance, valid }) => ({ instance, expectation: valid ? { valid: true, statedIn: "this test" } : { valid: false, statedIn: "this test" } })),
  );
  expect(judged).toHaveLength(stated.length);
  for (const [index, { instance, valid, swiftDropsTo, ajvByItsLimitation }] of stated.entries()) {
    const { verdicts, findings } = judged[index]!;
    expect(findings.filter((finding) => finding.limitation === undefined), JSON.stringify(instance)).toEqual([]);
    // fastjsonschema reads no 2020-12 document: it has nothing for these.
    const answered = Object.entries(verdicts).filter(([, verdict]) => verdict?.unsupported !== true);
    expect(answered.map(([runtime]) => runtime)).toEqual(["ajv", "jsonschema", "drf", "swift"]);
    for (const [runtime, verdict] of answered) {
      const on = `${runtime} on ${JSON.stringify(instance)}`;
      if (runtime === "swift" && swiftDropsTo !== undefined && verdict?.valid) expect(verdict.reencoded, on).toEqual(swiftDropsTo);
      else if (runtime === "ajv" && ajvByItsLimitation) expect(verdict?.valid, on).toBe(!valid);
      else expect(verdict?.valid, on).toBe(valid);
    }
    if (valid) expect(verdicts.swift?.reencoded, `swift re-encoding ${JSON.stringify(instance)}`).toEqual(instance);
  }
}
