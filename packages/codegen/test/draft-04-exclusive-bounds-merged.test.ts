// draft-04 writes an exclusive bound as a boolean beside `minimum` / `maximum`. Merging allOf parts
// took the larger minimum and the smaller maximum, and copied a part's `exclusiveMinimum: true` beside
// it, whichever part's bound that was: {minimum: -4, exclusiveMinimum: true} and {minimum: 0} read as
// above 0, so the model, DRF and Swift refused 0, which the schema takes (found by fuzz AB, seed 62003,
// an OpenAPI 3.0 document whose 3.1-style `exclusiveMinimum: -4` is read as draft-04's pair; 8
// disagreements, DRF alone; shrunk to draft-04's own form).
import { describe, expect, it } from "vitest";
import { ModelValidator } from "../src/index.ts";
import { modelOf } from "./helpers/model.ts";

const draft04 = (definitions: Record<string, unknown>) => ({ $schema: "http://json-schema.org/draft-04/schema#", definitions });

describe("draft-04 exclusive bounds of allOf parts, merged", () => {
  const model = modelOf(
    draft04({
      LooserExclusive: { allOf: [{ type: "number", minimum: -4, exclusiveMinimum: true }, { type: "integer", minimum: 0 }] },
      LooserExclusiveMaximum: { allOf: [{ type: "number", maximum: 9, exclusiveMaximum: true }, { type: "integer", maximum: 5 }] },
      // Controls: where the exclusive bound is the tighter one (or the bounds are equal), it stays exclusive.
      TighterExclusive: { allOf: [{ type: "number", minimum: 0, exclusiveMinimum: true }, { type: "integer", minimum: -4 }] },
      EqualBounds: { allOf: [{ type: "number", maximum: 5, exclusiveMaximum: true }, { type: "number", maximum: 5, exclusiveMaximum: false }] },
    }),
    "Bounds",
  );
  const validator = new ModelValidator(model);
  const verdicts = (name: string, values: number[]) => values.map((value) => validator.validatesNamed(name, value));

  it("keeps an exclusive bound exclusive only where it is the tighter one", () => {
    expect(verdicts("LooserExclusive", [-1, 0, 1])).toEqual([false, true, true]);
    expect(verdicts("LooserExclusiveMaximum", [4, 5, 6])).toEqual([true, true, false]);
    expect(verdicts("TighterExclusive", [-1, 0, 1])).toEqual([false, false, true]);
    expect(verdicts("EqualBounds", [4.5, 5])).toEqual([true, false]);
  });
});
