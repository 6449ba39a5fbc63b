// Issue 8's five training schemas (test/corpus/external: MCP, DAP, the draft-07 meta-schema,
// SchemaStore's package.json, nbformat), as a new user would run them: `gen --input` with every
// target exits 0 and ends with the summary. What each model makes of the constructs the schemas are
// known for is checked by hand-written expectations below.
import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { modelOfFile } from "../src/generate/plan.ts";
import type { KeyPresenceUnion, ObjectType, SchemaModel } from "../src/model/types.ts";
import { targets } from "../src/targets/index.ts";
import { expectGenInputSucceeds } from "./helpers/genInput.ts";
import { typeNamed } from "./helpers/model.ts";
import { REPO_ROOT, tempDir } from "./helpers/workspace.ts";

const CORPUS = join(REPO_ROOT, "test/corpus/external");
const FILES = ["mcp-2025-06-18.json", "dap.json", "jsonschema-draft-07.json", "schemastore-package-json.json", "nbformat-v4.5.json"];
const out = tempDir("clone-codegen-training-");
afterAll(() => rmSync(out, { recursive: true, force: true }));

it("the corpus folder holds exactly the five training schemas", () => {
  expect(readdirSync(CORPUS).sort()).toEqual([...FILES].sort());
});

describe.each(FILES)("gen --input %s", (file) => {
  it.each(targets.map((target) => target.name))("--target %s exits 0 and prints the summary", (target) => expectGenInputSucceeds(join(CORPUS, file), target, join(out, target, file)));
});

describe("what the training schemas are known for", () => {
  const model = (file: string): SchemaModel => modelOfFile(join(CORPUS, file));

  it("DAP: requests and responses are types that share their bases' fields; no root", () => {
    const dap = model("dap.json");
    expect(dap.root).toBeUndefined();
    const attach = typeNamed(dap, "AttachRequest") as ObjectType;
    expect(attach.bases).toEqual([{ kind: "named", name: "Request" }]);
    expect(attach.properties.map((p) => p.name)).toEqual(["seq", "type", "command", "arguments"]);
    expect(attach.properties.find((p) => p.name === "command")!.type).toEqual({ kind: "literal", value: "attach" });
    expect((typeNamed(dap, "Request") as ObjectType).bases).toEqual([{ kind: "named", name: "ProtocolMessage" }]);
    expect((typeNamed(dap, "ErrorResponse") as ObjectType).bases).toEqual([{ kind: "named", name: "Response" }]);
    expect(dap.fallbacks).toEqual([]);
  });

  it("MCP: the JSON-RPC message is a union of request, response, error and notification told apart by their keys", () => {
    const mcp = model("mcp-2025-06-18.json");
    const message = typeNamed(mcp, "JSONRPCMessage") as KeyPresenceUnion;
    expect(message.rule).toBe("keyPresence");
    expect(message.variants.map((v) => [v.type, v.keys])).toEqual([
      [{ kind: "named", name: "JSONRPCRequest" }, ["id", "method"]],
      [{ kind: "named", name: "JSONRPCResponse" }, ["id", "result"]],
      [{ kind: "named", name: "JSONRPCError" }, ["error", "id"]],
      [{ kind: "named", name: "JSONRPCNotification" }, ["method"]],
    ]);
  });

  it("the draft-07 meta-schema: the document is the type, recursive through $ref: \"#\"", () => {
    const meta = model("jsonschema-draft-07.json");
    expect(meta.root).toEqual({ kind: "named", name: "JsonschemaDraft07" });
    const schemaArray = typeNamed(meta, "SchemaArray");
    expect(schemaArray).toMatchObject({ kind: "alias", type: { kind: "array", items: { kind: "named", name: "JsonschemaDraft07" } } });
  });

  it("package.json: remote refs are fallbacks naming their URLs", () => {
    const pkg = model("schemastore-package-json.json");
    expect(pkg.fallbacks.map((fallback) => fallback.pointer)).toContain("/properties/eslintConfig");
    expect(pkg.fallbacks.every((fallback) => /is remote and is not fetched/.test(fallback.reason))).toBe(true);
  });
});
