// An OpenRPC 1.x document (a JSON-RPC API: Ethereum's execution APIs, open-rpc/examples) as
// `gen --input`: its named schemas (`components/schemas`) and each method's params and result (Content
// Descriptors, written in the method or in `components/contentDescriptors`) are the model's
// definitions, read as OpenRPC's Schema Object (JSON Schema draft-07). Before, such a document was read
// as a JSON Schema whose root keywords are all annotations: gen wrote one type, the open JSON value,
// and said nothing of the schemas it held (found by sweep Z on the Ethereum execution APIs).
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { modelOfFile } from "../src/generate/plan.ts";
import type { ObjectType } from "../src/model/types.ts";
import { runCli } from "./helpers/cli.ts";
import { typeNamed } from "./helpers/model.ts";
import { tempDir, writeTree } from "./helpers/workspace.ts";

const dir = tempDir("clone-codegen-openrpc-");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// `addition` and the components are open-rpc/examples' simple-math-openrpc.json (Apache-2.0), shortened:
// a result that refers to a shared Content Descriptor, whose inline schema shares its key with a named schema.
writeTree(dir, {
  "math.json": JSON.stringify({
    openrpc: "1.0.0-rc1",
    info: { title: "Simple Math", version: "1.0.0" },
    methods: [
      {
        name: "addition",
        params: [
          { name: "a", schema: { $ref: "#/components/schemas/Integer" } },
          { name: "b", schema: { $ref: "#/components/schemas/Integer" } },
        ],
        result: { $ref: "#/components/contentDescriptors/Integer" },
        examples: [{ name: "two", params: [{ $ref: "#/components/examples/integerTwo" }, { $ref: "#/components/examples/integerTwo" }], result: { value: 4 } }],
      },
      {
        name: "eth_getBalance",
        params: [
          { name: "Address", required: true, schema: { type: "string", pattern: "^0x[0-9a-fA-F]{40}$" } },
          { name: "Block tag", schema: { type: "object", required: ["blockNumber"], properties: { blockNumber: { type: "string" } } } },
        ],
        result: { name: "Balance", schema: { type: "object", required: ["wei"], properties: { wei: { $ref: "#/components/schemas/Integer" } } } },
      },
      // A method that is a reference is not followed.
      { $ref: "https://example.com/methods.json#/0" },
    ],
    components: {
      contentDescriptors: { Integer: { name: "Integer", schema: { type: "integer" } } },
      schemas: { Integer: { type: "integer" } },
      examples: { integerTwo: { name: "two", value: 2 } },
    },
  }),
});

describe("an OpenRPC document as input", () => {
  const model = modelOfFile(join(dir, "math.json"), "Math");

  it("types its named schemas, each method's params and result, and the shared Content Descriptors, read as draft-07", () => {
    expect(model.source.dialect).toBe("draft-07");
    const names = model.types.filter((type) => type.definitionName !== undefined).map((type) => type.definitionName);
    // The shared descriptor's schema is named by its key, then `Payload` beside the named schema of that key; a param or result that only refers to a named schema is that type already.
    expect(names.sort()).toEqual(["EthGetBalanceParamAddress", "EthGetBalanceParamBlockTag", "EthGetBalanceResult", "Integer", "IntegerPayload"]);
    const balance = typeNamed(model, "EthGetBalanceResult") as ObjectType;
    expect(balance.properties.map((property) => [property.name, property.required, property.type])).toEqual([["wei", true, { kind: "named", name: "Integer" }]]);
  });

  it("names each method's payload by its place in the file", async () => {
    const out = join(dir, "out");
    const result = await runCli(["gen", "--input", join(dir, "math.json"), "--target", "swift", "--out", out]);
    expect(result.status).toBe(0);
    const swift = readFileSync(join(out, "MathModels.swift"), "utf8");
    expect(swift).toContain("/// - Remark: Generated from `#/methods/1/params/0/schema`.\npublic typealias EthGetBalanceParamAddress = String");
  });
});
