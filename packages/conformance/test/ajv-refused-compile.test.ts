// AJV that fails to compile a schema (a pattern it cannot compile in Unicode mode, as AWS's
// resource schemas write them) keeps the references it had begun to compile, half-built: compiling
// again "succeeded", then answered `true` for values that missed them and threw
// `wrapper0.validate is not a function` for values that reached them. The conformance run took that
// for AJV's verdict (found on SchemaStore's Serverless Framework schema: 29 disagreements, AJV
// "threw: wrapper20.validate is not a function"); the harness now gives the first error every time,
// which the named limitation ajv-compiles-patterns-in-unicode-mode explains.
import { describe, expect, it } from "vitest";
import { DocumentAjv } from "../src/runners/documentAjv.ts";

/** A tree whose nodes refer to a definition holding a pattern AJV refuses in Unicode mode (`[\w-.]`, a range from a class escape). */
const document = {
  $schema: "http://json-schema.org/draft-07/schema#",
  properties: { root: { $ref: "#/definitions/Node" } },
  definitions: {
    Node: { properties: { child: { $ref: "#/definitions/Node" }, arn: { $ref: "#/definitions/Arn" } } },
    Arn: { properties: { value: { type: "string", pattern: "^arn:[\\w-.]+$" }, next: { $ref: "#/definitions/Arn" } } },
  },
};

describe("a schema AJV failed to compile", () => {
  it("answers every later value with the first error, never a verdict of half-compiled references", () => {
    const validate = new DocumentAjv(document, "draft-07").validator("Root", "#");
    const answers = [{}, { root: { child: {} } }, { root: { arn: { value: "arn:x-1.a" } } }, {}].map((value) => {
      try {
        return `valid: ${validate(value)}`;
      } catch (error) {
        return `threw: ${(error as Error).message}`;
      }
    });
    expect(answers).toEqual(Array(4).fill("threw: Invalid regular expression: /^arn:[\\w-.]+$/u: Invalid character class"));
  });
});
