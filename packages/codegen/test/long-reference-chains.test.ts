// Schemas a program writes can hold thousands of definitions, each referring to the next. The
// targets walked such chains by recursion, as deep as the chain is long, and 20,000 of them ran
// JavaScript's stack out (gen exited 3, "internal error"): Swift's search for types that hold
// themselves (Tarjan's components) on a cycle, Swift's sizing of what a struct stores inline on a
// chain, and the DRF module's writing of each class after the classes it depends on.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { findTarget, modelOfFile } from "../src/index.ts";
import { runCli } from "./helpers/cli.ts";

const dir = mkdtempSync(join(tmpdir(), "long-chains-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const LENGTH = 20_000;

/** `length` object definitions, each with a property holding the next; the last holds the first when `closed`. */
function chainOfObjects(length: number, closed: boolean): string {
  const definitions: Record<string, unknown> = {};
  for (let index = 0; index < length; index++) {
    const next = index + 1 === length && closed ? 0 : index + 1;
    definitions[`T${index}`] = { type: "object", properties: { a: { type: "string" }, next: { $ref: `#/definitions/T${next}` } } };
  }
  if (!closed) definitions[`T${length}`] = { type: "string" };
  const path = join(dir, `chain-${closed ? "closed" : "open"}.json`);
  writeFileSync(path, JSON.stringify({ $ref: "#/definitions/T0", definitions }));
  return path;
}

describe(`a chain of ${LENGTH} definitions, each referring to the next`, () => {
  for (const closed of [false, true]) {
    it(`${closed ? "closed into a cycle" : "open"}: Swift and DRF render every type`, () => {
      const model = modelOfFile(chainOfObjects(LENGTH, closed));
      const swift = findTarget("swift").render([model], {}).map((file) => file.contents).join("\n");
      const drf = findTarget("python-drf").render([model], {}).map((file) => file.contents).join("\n");
      for (const name of ["T0", "T1", `T${LENGTH - 1}`]) {
        expect(swift).toContain(`public struct ${name}:`);
        expect(drf).toContain(`class ${name}Serializer(`);
      }
      // DRF writes each class after the one it refers to: the chain's end first, its head last.
      expect(drf.indexOf(`class T${LENGTH - 1}Serializer(`)).toBeLessThan(drf.indexOf("class T0Serializer("));
    });
  }
});

// The model build still follows a chain of allOf parts (or unions) by recursion, and a few thousand
// links run the stack out: gen said "internal error… a bug in clone-codegen", where it is a limit.
describe("a chain too long for the model build", () => {
  it("exits 3 saying the stack ran out on the schema's references, writes nothing, and calls it no bug", async () => {
    const definitions: Record<string, unknown> = {};
    const links = 5_000;
    for (let index = 0; index < links; index++) definitions[`d${index}`] = { allOf: [{ required: ["x"] }, { $ref: `#/definitions/d${index + 1}` }] };
    definitions[`d${links}`] = { type: "object" };
    const input = join(dir, "allof-chain.json");
    writeFileSync(input, JSON.stringify({ $ref: "#/definitions/d0", definitions }));
    const out = join(dir, "allof-chain-out");
    const result = await runCli(["gen", "--input", input, "--target", "json-schema", "--out", out]);
    expect(result.status).toBe(3);
    expect(result.stderr).toContain("out of stack: the schema's references lead through more levels than gen can follow");
    expect(result.stderr).not.toContain("is a bug");
    expect(existsSync(out)).toBe(false);
  });
});
