// A property's schema joined with `{not: {}}` (no value satisfies it, as `false` in every dialect) is
// `{not: {}}`: the conjunction of two subschemas keeps the one of no value, as it keeps `false`. Kept
// beside it, the property's declared schema named a type no value ever holds: an object declared at
// `queue` got a struct of its own, and a string property read "a string that is no value". Found by
// sweep AX redoing the reading of `not: {required: [k]}` as `k: {not: {}}` (AsyncAPI's AMQP channel
// binding, bindings/amqp/0.3.0/channel.json: `oneOf: [{required: [exchange], not: {required:
// [queue]}}, …]` beside a declared `queue` object, whose case got such a struct beside JSONAbsent).
// Controls: `false` did so already; a property joined with a schema of some value keeps both.
import { describe, expect, it } from "vitest";
import type { ObjectType } from "../src/model/types.ts";
import { draft07, modelOf, typeNamed } from "./helpers/model.ts";

const QUEUE = { type: "object", properties: { name: { type: "string" } } };
const model = modelOf(
  draft07({
    NotAnything: { type: "object", properties: { queue: QUEUE, label: { type: "string", description: "A label." } }, allOf: [{ properties: { queue: { not: {} }, label: { not: {} } } }] },
    // Controls.
    FalseSchema: { type: "object", properties: { queue: QUEUE }, allOf: [{ properties: { queue: false } }] },
    Narrowed: { type: "object", properties: { label: { type: "string" } }, allOf: [{ properties: { label: { maxLength: 3 } } }] },
  }),
  "Doc",
);

const NO_VALUE = { kind: "constrained", type: { kind: "unknown" }, assertions: [{ kind: "not", type: { kind: "unknown" } }] };

function propertyOf(name: string, key: string) {
  return (typeNamed(model, name) as ObjectType).properties.find((property) => property.name === key);
}

describe("a property joined with a schema of no value", () => {
  it("is that schema alone: no type of its declared schema", () => {
    expect(propertyOf("NotAnything", "queue")?.type).toMatchObject(NO_VALUE);
    expect(propertyOf("NotAnything", "label")?.type).toMatchObject(NO_VALUE);
    expect(model.types.map((type) => type.name).filter((name) => name.startsWith("NotAnything"))).toEqual(["NotAnything"]);
  });

  it("as beside false; a schema of some value still joins the declared one", () => {
    expect(model.types.map((type) => type.name).filter((name) => name.startsWith("FalseSchema"))).toEqual(["FalseSchema"]);
    expect(propertyOf("Narrowed", "label")?.type).toMatchObject({ kind: "string", constraints: { maxLength: 3 } });
  });
});
