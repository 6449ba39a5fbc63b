// A `$ref` into another file brings what is reachable from the place it names, and no more. A ref
// to `b.json#/properties/x` (or `#/definitions/Foo/properties/bar`) hoisted b.json's root (or Foo)
// whole: every other property, and every definition those name, became a type the input never uses
// (found by sweep AC). The named place is a unit of its own, named after what holds it (`BX`,
// `FooBar`, as the model names it there); a ref naming a place around it as well (Foo itself, b's
// root, or `#` from inside the place) brings that one whole, with the place inside it, once.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { afterAll, describe, expect, it } from "vitest";
import { modelOfFile } from "../src/generate/plan.ts";
import { renderFile } from "../src/index.ts";
import { tempDir, writeTree } from "./helpers/workspace.ts";

const DRAFT = "http://json-schema.org/draft-07/schema#";
const dir = tempDir("clone-codegen-ref-into-a-place-");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const other = {
  $schema: DRAFT,
  title: "B",
  type: "object",
  properties: {
    x: { type: "object", properties: { n: { type: "integer" }, other: { $ref: "#/definitions/Other" } }, required: ["n"] },
    z: { $ref: "#/definitions/Unused" },
  },
  definitions: {
    Unused: { type: "object", properties: { q: { type: "string" } } },
    Foo: { type: "object", properties: { bar: { enum: ["p", "q"] }, baz: { $ref: "#/definitions/Baz" } } },
    Baz: { type: "object", properties: { s: { type: "string" } } },
    Other: { type: "object", properties: { o: { type: "string" } } },
    // A place that refers to the root it sits in: reaching it reaches the whole root.
    Tree: { type: "object", properties: { children: { type: "array", items: { $ref: "#/definitions/Tree" } }, root: { $ref: "#" } } },
  },
};
const places = { $schema: DRAFT, title: "A", type: "object", properties: { x: { $ref: "b.json#/properties/x" }, y: { $ref: "b.json#/definitions/Foo/properties/bar" } } };
// The place first, then what holds it: one type of the place, inside the whole.
const placeThenHolder = { $schema: DRAFT, title: "C", type: "object", properties: { y: { $ref: "b.json#/definitions/Foo/properties/bar" }, foo: { $ref: "b.json#/definitions/Foo" }, x: { $ref: "b.json#/properties/x" }, b: { $ref: "b.json" } } };
const placeReachingRoot = { $schema: DRAFT, title: "D", type: "object", properties: { children: { $ref: "b.json#/definitions/Tree/properties/root" } } };
const plainPlace = { $schema: DRAFT, title: "F", type: "object", properties: { s: { $ref: "b.json#/definitions/Baz/properties/s" } } };
const root = { $schema: DRAFT, title: "E", type: "object", properties: { b: { $ref: "b.json" } } };

writeTree(dir, { "b.json": JSON.stringify(other), "a.json": JSON.stringify(places), "c.json": JSON.stringify(placeThenHolder), "d.json": JSON.stringify(placeReachingRoot), "e.json": JSON.stringify(root), "f.json": JSON.stringify(plainPlace) });

const typeNames = (file: string) => modelOfFile(join(dir, file)).types.map((type) => type.name);

describe("a ref into another file's place", () => {
  it("brings the place and what it refers to, not the rest of the file", () => {
    expect(typeNames("a.json").sort()).toEqual(["A", "BX", "FooBar", "Other"]);
    // Named where it sits, a type of its own only where its shape is worth one: a plain string stays a String.
    const model = modelOfFile(join(dir, "f.json"));
    expect(model.types.map((type) => type.name)).toEqual(["F"]);
    const f = model.types[0]!;
    expect(f.kind === "object" ? f.properties.map((property) => [property.name, property.type.kind]) : []).toEqual([["s", "string"]]);
  });

  it("and a ref to what holds it brings that whole, the place typed once", () => {
    const names = typeNames("c.json");
    // Tree, a definition only another definition names, is reached by nothing here.
    expect(names.sort()).toEqual(["B", "BX", "Baz", "C", "Foo", "FooBar", "Other", "Unused"]);
    const model = modelOfFile(join(dir, "c.json"));
    const c = model.types.find((type) => type.name === "C");
    expect(c?.kind === "object" ? c.properties.map((property) => [property.name, property.type]) : []).toEqual([
      ["y", { kind: "named", name: "FooBar" }],
      ["foo", { kind: "named", name: "Foo" }],
      ["x", { kind: "named", name: "BX" }],
      ["b", { kind: "named", name: "B" }],
    ]);
  });

  it("a place that refers to its file's root brings the root, and what the root reaches", () => {
    // The place, a ref to the root, is no definition: no alias of B (`TreeRoot`) is made of it.
    expect(typeNames("d.json").sort()).toEqual(["B", "BX", "D", "Other", "Unused"]);
  });

  it("a ref to a file's root brings what the root reaches, not every definition beside it", () => {
    expect(typeNames("e.json").sort()).toEqual(["B", "BX", "E", "Other", "Unused"]);
  });

  it("the bundle judges values as the files do", () => {
    for (const [file, values] of [
      ["a.json", [{ x: { n: 1 }, y: "p" }, { x: {} }, { y: "r" }, { x: { n: 1, other: { o: 1 } } }]],
      ["c.json", [{ y: "p", foo: { bar: "q", baz: { s: "" } }, b: { x: { n: 2 }, z: { q: "" } } }, { foo: { baz: { s: 1 } } }, { b: { z: { q: 1 } } }, { b: { x: { n: "1" } } }]],
      ["d.json", [{ children: { x: { n: 1 } } }, { children: { x: {} } }]],
      ["e.json", [{ b: { x: { n: 1 }, z: {} } }, { b: { z: { q: 1 } } }]],
    ] as const) {
      const ajv = new Ajv({ strict: false });
      ajv.addSchema({ ...other, $id: "https://example.test/b.json" });
      const schema = { a: places, c: placeThenHolder, d: placeReachingRoot, e: root }[file.slice(0, 1) as "a" | "c" | "d" | "e"];
      const original = ajv.compile({ ...schema, $id: `https://example.test/${file}` });
      const [bundle] = renderFile(join(dir, file), "json-schema");
      const bundled = new Ajv({ strict: false }).compile(JSON.parse(bundle!.contents) as object);
      const verdicts = values.map((value) => original(value));
      expect(verdicts, file).toContain(true);
      expect(verdicts, file).toContain(false);
      expect(values.map((value) => bundled(value)), file).toEqual(verdicts);
    }
  });
});
