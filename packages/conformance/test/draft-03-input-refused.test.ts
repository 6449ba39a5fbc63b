// A draft-03 input (gen reads it as the draft-04 document that judges every value as it does:
// codegen's input/draft03.ts) is refused by the conformance run, with exit 2 and a reason: no engine
// the run has reads draft-03 (AJV does not), so every one would judge gen's own reading, the thing
// under test, and agree with it. codegen's draft-03-read-as-draft-04.test.ts holds that reading to
// Python's jsonschema Draft3Validator instead. Control: the same document declaring draft-04 loads.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CodegenError } from "@clone/codegen";
import { loadInputSuite } from "../src/suite.ts";

const scratch = mkdtempSync(join(tmpdir(), "draft-03-input-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function inputDeclaring(name: string, $schema: string): string {
  const path = join(scratch, `${name}.json`);
  writeFileSync(
    path,
    JSON.stringify({
      $schema,
      type: "object",
      properties: { a: { type: "string" } },
    }),
  );
  return path;
}

describe("a draft-03 input to the conformance run", () => {
  it("is refused at its $schema, saying why", () => {
    let refused: unknown;
    try {
      loadInputSuite(inputDeclaring("old", "http://json-schema.org/draft-03/schema#"));
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(CodegenError);
    expect((refused as CodegenError).pointer).toBe("/$schema");
    expect((refused as CodegenError).reason).toMatch(/^a draft-03 document is not judged by the conformance run: no engine it runs reads draft-03/);
  });

  it("is not a draft-04 one, which loads", () => {
    const suite = loadInputSuite(inputDeclaring("newer", "http://json-schema.org/draft-04/schema#"));
    expect(suite.schemas.length).toBeGreaterThan(0);
    suite.dispose();
  });
});
