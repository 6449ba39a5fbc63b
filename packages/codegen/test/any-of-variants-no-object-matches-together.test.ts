// An `anyOf` beside `unevaluatedProperties` is read as the `anyOf` of every set of its variants taken
// together (what several matching variants evaluate counts), but a set holding two variants no object
// matches both of admits no object: variants that require a key and pin it to different constants
// (a tag) never match together. Such sets were written out anyway, each a type admitting no value
// (SPDX 3.0.1, spdx/spdx-spec schemas/spdx-schema-3-0-1.json: `Element_derived`'s classes, each
// pinning its required `type` to its name, made `ElementDerivedObjectOtherAgentAndTool`, whose `type`
// was "Agent" and "must also be "Tool""), and past four variants the anyOf was reported as a fallback
// though each variant closed alone is exact (SPDX's `AnyClass`, 78 classes). Controls: three variants
// (whose sets, pinning two kinds, were dropped as admitting no value before), variants that may match
// together, still taken together (model-constructs' "each set of variants together is a variant"),
// and the verdicts, which are AJV's on the document.
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { ModelValidator } from "../src/index.ts";
import type { JsonValue } from "../src/json/types.ts";
import type { UnionType } from "../src/model/types.ts";
import { modelOf, typeNamed } from "./helpers/model.ts";

const draft2020 = "https://json-schema.org/draft/2020-12/schema";

/** An object variant whose required `kind` is pinned to `kind`, with one more required key of its own. */
function tagged(kind: string, key: string) {
  return { type: "object", properties: { kind: { const: kind }, [key]: { type: "number" } }, required: ["kind", key] };
}

const three = {
  $schema: draft2020,
  $defs: { Shape: { type: "object", anyOf: [tagged("circle", "r"), tagged("square", "side"), tagged("rect", "w")], unevaluatedProperties: false } },
};
const five = {
  $schema: draft2020,
  $defs: { Shape: { anyOf: ["a", "b", "c", "d", "e"].map((kind) => tagged(kind, `${kind}Size`)), unevaluatedProperties: false } },
};

describe("anyOf variants no object matches together, beside unevaluatedProperties", () => {
  // A control: with three, the sets that pin two kinds admit no value, and were dropped before too.
  it("are not taken together: one case each, as written", () => {
    const model = modelOf(three, "Shapes");
    const shape = typeNamed(model, "Shape") as UnionType;
    expect(shape.variants).toHaveLength(3);
    expect(model.fallbacks).toEqual([]);
  });

  it("past four variants, are each closed alone with no fallback reported", () => {
    const model = modelOf(five, "Shapes");
    expect((typeNamed(model, "Shape") as UnionType).variants).toHaveLength(5);
    expect(model.fallbacks).toEqual([]);
  });

  it("judges values as AJV does on the document", () => {
    const instances: readonly JsonValue[] = [
      { kind: "circle", r: 1 },
      { kind: "square", side: 2 },
      { kind: "circle", r: 1, side: 2 },
      { kind: "circle", side: 2 },
      { kind: "rect", w: 1, extra: true },
      { kind: "oval", r: 1 },
      {},
    ];
    for (const document of [three, five]) {
      const ajv = new Ajv2020({ strict: false });
      ajv.addSchema(document, "doc");
      const validator = new ModelValidator(modelOf(document, "Shapes"));
      expect(instances.map((instance) => validator.validatesNamed("Shape", instance))).toEqual(instances.map((instance) => ajv.validate("doc#/$defs/Shape", instance)));
    }
    // AJV's verdicts on the three-variant document, stated: only the first two are valid.
    const ajv = new Ajv2020({ strict: false });
    expect(instances.map((instance) => ajv.validate(three.$defs.Shape, instance))).toEqual([true, true, false, false, false, false, false]);
  });
});
