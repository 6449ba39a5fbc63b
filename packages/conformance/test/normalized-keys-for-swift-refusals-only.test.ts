// A valid instance Swift refused is judged again by AJV with its keys in each normal form, since Swift's
// String merges canonically equivalent keys (rules.ts, swift-merges-equivalent-keys). With Swift
// switched off every Swift verdict is "unsupported" (valid: false), and every valid instance was re-keyed
// four ways and walked: found by sweep U on MegaLinter's configuration (1,472 properties), where the
// walks took seconds of a run that judged nothing with Swift.
import { buildModel, findTarget, toSourceDocument } from "@clone/codegen";
import { afterAll, describe, expect, it } from "vitest";
import type { JsonObject } from "../src/json.ts";
import { judgeAll, sampleInstances } from "../src/run.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { SwiftRunner } from "../src/runners/swift.ts";
import type { Case } from "../src/runners/types.ts";
import { documentSuite } from "../src/suite.ts";

/** AJV, counting the cases it judges (judge itself judges through judgeNow). */
class CountingAjv extends AjvRunner {
  judgedNow = 0;
  override judgeNow(cases: readonly Case[]) {
    this.judgedNow += cases.length;
    return super.judgeNow(cases);
  }
}

const DOCUMENT = { $schema: "http://json-schema.org/draft-07/schema#", definitions: { Keys: { type: "object", additionalProperties: { type: "integer" } } } };

describe("valid instances re-keyed for Swift", () => {
  const model = buildModel(toSourceDocument(DOCUMENT, "keys.json"), { name: "Keys" });
  const [schemaFile] = findTarget("json-schema").render([model], {});
  const suite = documentSuite(model, JSON.parse(schemaFile!.contents) as JsonObject, { kind: "none" });
  afterAll(() => suite.dispose());
  const schema = suite.schemas.find((each) => each.name === "Keys")!;

  it("are not re-keyed when Swift is switched off", async () => {
    // A key in NFD ("e" and a combining acute accent): in NFC it is another string.
    const [drawn] = sampleInstances(schema, "valid", 1, 1);
    const generated = [{ ...drawn!, instance: { "e\u0301": 1 } }];
    const ajv = new CountingAjv();
    const judged = await judgeAll({ ajv, others: [SwiftRunner.disabled()] }, schema, generated);
    expect(judged[0]!.verdicts.ajv?.valid).toBe(true);
    expect(judged[0]!.verdicts.swift?.unsupported).toBe(true);
    // The instance itself, and no re-keyed copy of it.
    expect(ajv.judgedNow).toBe(1);
  });
});
