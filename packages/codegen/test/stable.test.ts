// Structural identity of JSON values (stableKey): every own key counts, "__proto__" included. Found
// by the conformance run's review (issue 5): assignment dropped that key, so two shapes differing
// only by it compared equal (and so did a Swift re-encoding that lost it).
import { describe, expect, it } from "vitest";
import { stableKey } from "../src/index.ts";
import { draft07, modelOf } from "./helpers/model.ts";

describe("stableKey", () => {
  it("keeps a key named __proto__ as an ordinary key", () => {
    const withKey = JSON.parse('{"__proto__": {"x": 1}, "b": 2}') as unknown;
    expect(stableKey(withKey)).toBe('{"__proto__":{"x":1},"b":2}');
    expect(stableKey(withKey)).not.toBe(stableKey({ b: 2 }));
  });

  it("so the model does not merge inline objects that differ only by a __proto__ property", () => {
    const document = JSON.parse(
      JSON.stringify(
        draft07({
          Holder: {
            type: "object",
            properties: {
              plain: { type: "object", properties: {}, additionalProperties: false },
              special: { type: "object", properties: { PROTO: { type: "string" } }, additionalProperties: false },
            },
          },
        }),
      ).replace('"PROTO"', '"__proto__"'),
    ) as Record<string, unknown>;
    const model = modelOf(document);
    const holder = model.types.find((type) => type.name === "Holder");
    const refs = holder?.kind === "object" ? holder.properties.map((property) => property.type) : [];
    expect(refs[0]).not.toEqual(refs[1]);
  });
});
