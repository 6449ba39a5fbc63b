// A property's examples are grafted into a drawn valid instance of the enclosing schema
// (documentExamples.ts). A drawn host of a schema with many optional properties is a large value, and
// every runtime judged it whole once per example: MegaLinter's configuration (1,472 optional
// properties, 970 examples and defaults) spent minutes there. The host is trimmed to the keys on the
// graft's path and those its validity needs (a required key, a dependency's), and stays valid.
// An object with rules beside its properties (`dependencies`, `minProperties`) is an alias of the
// object constrained; its properties' examples were never grafted at all.
import { describe, expect, it } from "vitest";
import { documentExamples, DrawnHosts, trimmedHost } from "../src/documentExamples.ts";
import { sampleInstances } from "../src/run.ts";
import { isJsonObject, type JsonObject, type JsonValue } from "../src/json.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const OPTIONAL = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`option${i}`, { type: "string" }]));
const document = {
  $schema: "http://json-schema.org/draft-07/schema#",
  definitions: {
    Config: {
      type: "object",
      properties: {
        ...OPTIONAL,
        kind: { type: "string" },
        a: { type: "integer", examples: [1, 2] },
        b: { type: "integer" },
        z: { type: "boolean", default: true },
        meta: {
          type: "object",
          properties: { ...OPTIONAL, note: { type: "string" }, level: { type: "number", examples: [1.5] } },
          required: ["note"],
          minProperties: 1,
        },
      },
      required: ["kind"],
      dependencies: { a: ["b"] },
    },
  },
};
const documented = suiteOfDocument(document, "config.json", "Trimmed");

describe("the hosts a property's examples are grafted into", () => {
  const { bySchema, notPlaced } = documentExamples(documented.suite.schemas, 3);
  const grafted = bySchema.find((entry) => entry.schema.name === "Config")!.instances.filter((entry) => entry.source.includes("grafted"));
  const at = (path: string) => grafted.filter((entry) => entry.source.includes(`at Config/${path},`)).map((entry) => entry.instance as JsonObject);

  it("keep only the keys on the graft's path and those the schema needs", () => {
    expect(notPlaced).toEqual([]);
    expect(grafted).toHaveLength(4);
    expect(at("z").map((instance) => Object.keys(instance).sort())).toEqual([["kind", "z"]]);
    expect(at("z")[0]!.z).toBe(true);
    // A dependency's key stays: a present `a` needs `b`.
    expect(at("a").map((instance) => Object.keys(instance).sort())).toEqual([
      ["a", "b", "kind"],
      ["a", "b", "kind"],
    ]);
    expect(at("a").map((instance) => instance.a)).toEqual([1, 2]);
    // Down an inline object with rules of its own (an alias of the object constrained): its required key stays beside the graft.
    const [nested] = at("meta/level");
    expect(Object.keys(nested!).sort()).toEqual(["kind", "meta"]);
    expect(isJsonObject(nested!.meta) && Object.keys(nested!.meta).sort()).toEqual(["level", "note"]);
  });

  it("were drawn with many optional keys (the trimming is what leaves them out)", () => {
    const drawn = documented.drawn("Config", "valid", 3, 40);
    expect(Math.max(...drawn.map((instance) => Object.keys(instance as JsonObject).length))).toBeGreaterThan(10);
  });
});

describe("trimmedHost", () => {
  it("drops each key off the path that validity lets go, halving where it does not", () => {
    const host = { a: 1, b: 2, c: 3, d: 4, e: { f: 5, g: 6 } };
    const needsC = (value: JsonValue) => isJsonObject(value) && Object.hasOwn(value, "c");
    expect(trimmedHost(host, ["e", "f"], needsC)).toEqual({ c: 3, e: { f: 5 } });
    expect(host).toEqual({ a: 1, b: 2, c: 3, d: 4, e: { f: 5, g: 6 } });
  });

  it("keeps \"__proto__\" an own key", () => {
    const host = JSON.parse('{"__proto__": 1, "x": 2}') as JsonObject;
    const trimmed = trimmedHost(host, ["x"], (value) => isJsonObject(value) && Object.hasOwn(value, "__proto__")) as JsonObject;
    expect(Object.keys(trimmed)).toEqual(["__proto__", "x"]);
  });

  it("stops after a bounded number of checks, leaving the host valid", () => {
    const host = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`k${i}`, i]));
    let checks = 0;
    const trimmed = trimmedHost(host, ["k0"], () => {
      checks += 1;
      return false;
    });
    expect(trimmed).toEqual(host);
    expect(checks).toBeGreaterThan(0);
    expect(checks).toBeLessThanOrEqual(64);
  });
});

// Hosts are drawn as they are asked for (a few, then more only while none fits): drawing 40 for
// every schema up front took half of a run on Figma's API description. The host found must be the
// one the whole run of draws gives, which holds because fast-check's run on one seed begins with
// the draws of any shorter run.
describe("hosts drawn as they are asked for", () => {
  const config = documented.suite.schemas.find((schema) => schema.name === "Config")!;
  const all = sampleInstances(config, "valid", 3, 40).map((generated) => generated.instance);

  it("give the first that fits of the whole run, past the first draws", () => {
    for (const wanted of [0, 1, 5, 39]) {
      let asked = 0;
      const found = new DrawnHosts(config, 3).find(() => asked++ === wanted);
      expect(found).toEqual(all[wanted]);
    }
  });

  it("give none when no draw fits", () => {
    expect(new DrawnHosts(config, 3).find(() => false)).toBeUndefined();
  });
});
