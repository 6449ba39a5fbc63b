// Regression (found on cfn-lint's AWS::NetworkManager::ConnectPeer resource schema by the sweep: the
// run died with "FatalProcessOutOfMemory"): break-length-bound drew a string past maxLength one code
// point at a time, up to twice the bound, and AWS's Tag schemas write `maxLength: 10000000`. Past a
// long bound a few code points are repeated past it instead.
import { expect, it } from "vitest";
import { codePointLength } from "../src/arbitraries/index.ts";
import { ModelValidator } from "@clone/codegen";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const document = {
  $schema: "http://json-schema.org/draft-07/schema#",
  definitions: { tag: { type: "object", properties: { Key: { type: "string", maxLength: 10_000_000 } }, required: ["Key"], additionalProperties: false } },
};

const { model, schemaOf, drawn } = suiteOfDocument(document, "test:long-length-bound", "LongLengthBound");

it("a string past a maxLength of ten million is drawn, and the model refuses it", { timeout: 60_000 }, () => {
  const schema = schemaOf("tag");
  const validator = new ModelValidator(model);
  for (const instance of drawn("tag", "invalid", 1, 5, ["break-length-bound"])) {
    expect(codePointLength((instance as { Key: string }).Key)).toBeGreaterThan(10_000_000);
    expect(validator.validatesNamed(schema.type.name, instance)).toBe(false);
  }
});
