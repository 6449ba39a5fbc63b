// A property written as a `oneOf` (or `anyOf`) of one variant is that variant, so `kind: {oneOf:
// [{const: "circle"}]}` pins `kind` to "circle" as `{const: "circle"}` does: such a key, required by
// every variant with a value of its own, is a tag. SPDX 3.0.1's schema (spdx/spdx-spec
// schemas/spdx-schema-3-0-1.json, written by shacl2code) writes every class's `type` so: the classes
// were not told apart by it, a decoder tried them in order (first match), and beside
// `unevaluatedProperties` (`Element_derived`, `AnyClass`) every set of classes was written out as one
// more case (`ElementDerivedObjectOtherAgentAndTool`, which no value is), or, past four, reported as a
// fallback. Controls: the verdicts are AJV's on the document, and a key pinned by a `oneOf` of two
// constants is no tag of one value.
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { ModelValidator } from "../src/index.ts";
import type { JsonValue } from "../src/json/types.ts";
import type { UnionType } from "../src/model/types.ts";
import { modelOf, typeNamed } from "./helpers/model.ts";

const draft2020 = "https://json-schema.org/draft/2020-12/schema";

/** A class as shacl2code writes it: its `kind` a oneOf of its one name, beside the same required keys as every other. */
function shaclClass(kind: JsonValue[]) {
  return { type: "object", properties: { kind: { oneOf: kind.map((value) => ({ const: value })) }, size: { type: "number" } }, required: ["kind", "size"] };
}

const document = {
  $schema: draft2020,
  $defs: {
    Shape: { oneOf: [shaclClass(["circle"]), shaclClass(["square"])] },
    Closed: { anyOf: [shaclClass(["circle"]), shaclClass(["square"]), shaclClass(["rect"])], unevaluatedProperties: false },
    // Control: each variant allows two kinds, the second one the other also allows.
    Loose: { oneOf: [shaclClass(["circle", "round"]), shaclClass(["square", "round"])] },
  },
};

describe("a property pinned by a oneOf of one constant", () => {
  const model = modelOf(document, "Shapes");

  it("is a tag the union's variants are told apart by", () => {
    const shape = typeNamed(model, "Shape") as UnionType;
    expect(shape.rule).toBe("tag");
    expect(shape.rule === "tag" ? [shape.property, shape.variants.map((variant) => variant.tag)] : undefined).toEqual(["kind", ["circle", "square"]]);
  });

  it("keeps variants that pin it apart from being taken together beside unevaluatedProperties", () => {
    const closed = typeNamed(model, "Closed") as UnionType;
    expect(closed.rule).toBe("tag");
    expect(closed.variants).toHaveLength(3);
    expect(model.fallbacks).toEqual([]);
  });

  it("judges values as AJV does on the document (a control), and two constants are no tag of one", () => {
    expect((typeNamed(model, "Loose") as UnionType).rule).not.toBe("tag");
    const ajv = new Ajv2020({ strict: false });
    ajv.addSchema(document, "doc");
    const validator = new ModelValidator(model);
    const instances: readonly JsonValue[] = [{ kind: "circle", size: 1 }, { kind: "square", size: 2 }, { kind: "rect", size: 3 }, { kind: "round", size: 1 }, { kind: "circle" }, { kind: "circle", size: 1, extra: 1 }];
    for (const name of ["Shape", "Closed", "Loose"]) {
      expect(
        instances.map((instance) => validator.validatesNamed(name, instance)),
        name,
      ).toEqual(instances.map((instance) => ajv.validate(`doc#/$defs/${name}`, instance)));
    }
  });
});
