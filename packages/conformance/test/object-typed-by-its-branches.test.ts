// Regression (found by the LSP sweep on SchemaStore's chrome-manifest.json, #/definitions/command:
// every `commands` entry was `[String: JSONValue]` in Swift, with no warning, and `--strict` passed):
// an object of type `object` that declares no key of its own, whose `if`/`then`/`else` branches are
// closed objects of the same keys. Every value satisfies `then` or `else`, so the keys either branch
// declares are the object's own (each of the type the two rules for it join to), beside the
// conditional, which stays. Cut down from Chrome's manifest (one key a pattern of each branch, as its
// `suggested_key`); `Either` is the same construct with branches that differ, an open one and one
// typing a key another way; `Image` (cut down from SchemaStore's JFrog Pipelines schema, a step's
// `runtime.image`) has closed branches of other keys, each key of the one branch that allows it. Every runtime judges them, Swift included: a valid value still decodes
// (and re-encodes unchanged), and Swift now refuses a key of the wrong JSON type.
//
// Needs the Swift toolchain (helpers/swift.ts: under CI=true a missing one fails the run).
import { expect, it } from "vitest";
import { describeWithSwift } from "../../codegen/test/helpers/swift.ts";
import { runConformance } from "../src/run.ts";
import type { JsonValue } from "../src/json.ts";
import type { Verdict } from "../src/runners/types.ts";
import { inputUnderEveryRuntime } from "./inputUnderEveryRuntime.ts";

const commandBranch = (keyPattern: string) => ({
  additionalProperties: false,
  properties: {
    description: { type: "string" },
    global: { type: "boolean" },
    suggested_key: { type: "object", additionalProperties: false, patternProperties: { "^(default|mac)$": { type: "string", pattern: keyPattern } } },
  },
});
const document = {
  $schema: "http://json-schema.org/draft-07/schema#",
  definitions: {
    command: {
      type: "object",
      if: { properties: { global: { const: true } }, required: ["global"] },
      then: commandBranch("^Ctrl\\+Shift\\+[0-9]$"),
      else: commandBranch("^(Ctrl|Alt)\\+[A-Z]$"),
    },
    Either: {
      type: "object",
      if: { properties: { kind: { const: "n" } }, required: ["kind"] },
      then: { properties: { kind: { type: "string" }, n: { type: "integer" } }, required: ["n"], additionalProperties: false },
      else: { properties: { n: { type: "string" }, note: { type: "string" } } },
    },
    Image: {
      type: "object",
      if: { properties: { auto: { type: "object" } }, required: ["auto"] },
      then: {
        additionalProperties: false,
        properties: { auto: { type: "object", additionalProperties: false, required: ["language", "versions"], properties: { language: { type: "string" }, versions: { type: "array", minItems: 1, items: { type: ["string", "number"] } } } } },
      },
      else: { additionalProperties: false, properties: { custom: { type: "object", additionalProperties: false, required: ["name"], properties: { name: { type: "string" }, autoPull: { type: "boolean" } } } } },
    },
  },
};

describeWithSwift("an object typed only by its if/then/else branches, through every runtime", () => {
  const input = inputUnderEveryRuntime(document, "Branches");

  it("every runtime agrees on valid and invalid instances of each", { timeout: 900_000 }, async () => {
    const { suite, runtimes } = input;
    const result = await runConformance(suite, runtimes, { seed: 7, runs: 40, otherRuns: 40, shrinkMillis: 5_000 });
    const report = result.disagreements.map((d) => `${d.schema} ${d.kind}: ${JSON.stringify(d.instance)} ${d.findings.map((f) => `${f.column}: ${f.reason}`).join("; ")}`);
    expect(report).toEqual([]);
    expect(result.failedInstances).toBe(0);
    expect(result.generatorGaveUp).toEqual([]);
    for (const name of ["command", "Either", "Image"]) expect(result.tallies.find((tally) => tally.schema === name)?.instances, name).toBe(80);
  });

  it("Swift decodes a valid command and re-encodes it unchanged, and refuses a key of the wrong JSON type", { timeout: 300_000 }, async () => {
    const { suite, runtimes } = input;
    const command = suite.schemas.find((schema) => schema.name === "command")!;
    const valid = { description: "Open", global: true, suggested_key: { default: "Ctrl+Shift+1" } };
    const instances: JsonValue[] = [valid, { global: "yes" }, { suggested_key: { mac: 1 } }];
    const cases = instances.map((instance) => ({ schema: command, instance }));
    const answers = await Promise.all([runtimes.ajv.judge(cases), ...runtimes.others.map((runner) => runner.judge(cases))]);
    const [decoded, ...refused] = cases.map((_, index) => Object.assign({}, ...answers.map((answer) => answer[index])) as Partial<Record<string, Verdict>>);
    expect(decoded!.ajv?.valid).toBe(true);
    expect(decoded!.swift?.valid, decoded!.swift?.detail).toBe(true);
    expect(decoded!.swift?.reencoded).toEqual(valid);
    expect(refused).toHaveLength(2);
    for (const verdicts of refused) {
      expect(verdicts.ajv?.valid).toBe(false);
      expect(verdicts.swift?.valid).toBe(false);
    }
  });
});
