// A definition with rules beside its properties (a `not`, `dependencies`) is bound as the alias of
// its object with those rules (Core = CoreValue with its `not`). Used as a base by objects in other
// files (`allOf: [{$ref: "../common/core.json"}, {…}]`, as every STIX 2.1 object is built on
// common/core.json, whose `not` refuses the keys of other versions), it was dropped as "no object":
// the Swift structs built on it adopted no protocol, so nothing said they share the core (found by
// sweep AC on the OASIS cti-stix2-json-schemas family).
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { rmSync } from "node:fs";
import { modelOfFile } from "../src/generate/plan.ts";
import { swiftTarget } from "../src/targets/swift/index.ts";
import type { NamedType, ObjectType, SchemaModel } from "../src/model/types.ts";
import { tempDir, writeTree } from "./helpers/workspace.ts";

const DRAFT_04 = "http://json-schema.org/draft-04/schema#";
const json = (value: unknown) => JSON.stringify(value, null, 2);

const dir = tempDir("clone-codegen-bases-with-rules-");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

writeTree(dir, {
  // STIX's core: its `not` refuses a key of other versions.
  "common/core.json": json({ $schema: DRAFT_04, type: "object", properties: { type: { type: "string" }, id: { type: "string" } }, required: ["type", "id"], not: { required: ["confidence"] } }),
  // glTF's accessor: its `dependencies` pair two keys.
  "common/located.json": json({ $schema: DRAFT_04, type: "object", properties: { offset: { type: "integer" }, view: { type: "integer" } }, dependencies: { offset: ["view"] } }),
  // A base of no rules beside its properties, the control.
  "common/named.json": json({ $schema: DRAFT_04, type: "object", properties: { name: { type: "string" } } }),
  "sdos/note.json": json({
    $schema: DRAFT_04,
    type: "object",
    allOf: [{ $ref: "../common/core.json" }, { $ref: "../common/located.json" }, { $ref: "../common/named.json" }, { properties: { content: { type: "string" } } }],
    required: ["content"],
  }),
});

const model = modelOfFile(join(dir, "sdos/note.json"));

function objectOf(model: SchemaModel, type: NamedType | undefined): ObjectType {
  const core = type?.kind === "alias" && (type.type.kind === "named" || type.type.kind === "constrained") ? type.type : undefined;
  const name = core?.kind === "constrained" && core.type.kind === "named" ? core.type.name : core?.kind === "named" ? core.name : type?.name;
  const found = model.types.find((candidate) => candidate.name === name);
  if (found?.kind !== "object") throw new Error(`${type?.name} is no object and aliases none; have ${model.types.map((t) => `${t.name}:${t.kind}`).join(", ")}`);
  return found;
}

// Each file is bundled as a definition named for it.
const definitionOf = (file: string) => model.types.find((type) => type.definitionName === file);

describe("a base in another file with rules beside its properties", () => {
  const note = objectOf(model, model.types.find((type) => type.name === model.root?.name));
  const core = objectOf(model, definitionOf("core"));
  const located = objectOf(model, definitionOf("located"));
  const named = objectOf(model, definitionOf("named"));

  it("is a base of the object built on it, as the object its definition aliases", () => {
    expect(note.bases.map((base) => base.name).sort()).toEqual([core.name, located.name, named.name].sort());
    // Each base's keys are the adopter's too: what a protocol of it can require.
    for (const base of [core, located, named]) {
      expect(base.properties.length).toBeGreaterThan(0);
      for (const property of base.properties) expect(note.properties.map((p) => p.name)).toContain(property.name);
    }
  });

  it("is a protocol the Swift struct of the object adopts, requiring the base's keys", () => {
    const swift = swiftTarget.render([model], {}).find((file) => file.path === `${model.name}Models.swift`)!.contents;
    const declaration = swift.match(new RegExp(`^public struct ${note.name}: [^{]*`, "m"))?.[0] ?? "";
    for (const base of [core, located, named]) {
      expect(declaration).toContain(`${base.name}Protocol`);
      const protocol = swift.match(new RegExp(`^public protocol ${base.name}Protocol: [^{]*\\{\\n([\\s\\S]*?)\\n\\}\\n`, "m"))?.[1] ?? "";
      for (const property of base.properties) expect(protocol).toMatch(new RegExp(`var ${property.name}: `));
    }
  });
});
