// Of two keys that each tell every variant apart, the tag is the one with fewer values: a value per
// variant, not many values selecting the same variant. FIRST's CVSS 3.1 schema (cvss-v3.1.json, which
// CVEProject/cve-schema imports for every CVE record's metrics) is an anyOf of five variants, each
// pinning `baseScore` to its range of scores (0.1 to 3.9 in tenths…) and `baseSeverity` to one name
// (LOW…); the tag was `baseScore`, for having more values, and the union had 101 cases holding five
// types named after a score (`case v0Point2(CvssV31V0Point1)`), where the five severities tell the
// same variants apart. Controls: a key telling more sets of variants apart still wins, though it has
// more values than the other, and the verdicts are AJV's on the document.
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { ModelValidator } from "../src/index.ts";
import type { JsonValue } from "../src/json/types.ts";
import type { UnionType } from "../src/model/types.ts";
import { draft07, modelOf, typeNamed } from "./helpers/model.ts";

/** A variant pinning `score` to `scores` and `level` to `level`, both required. */
function band(scores: number[], level: string) {
  return { type: "object", properties: { score: { type: "number", enum: scores }, level: { const: level } }, required: ["score", "level"] };
}

const document = draft07({
  Rating: { anyOf: [band([1, 2, 3], "low"), band([4, 5, 6], "high")] },
  // Control: `score` tells three variants apart, `level` only two sets of them.
  Mixed: { anyOf: [band([1, 2], "low"), band([3, 4], "low"), band([5, 6], "high")] },
});

describe("a tag among keys that tell the variants apart", () => {
  const model = modelOf(document, "Ratings");

  it("is the key with a value per variant, not the one with many values per variant", () => {
    const rating = typeNamed(model, "Rating") as UnionType;
    expect(rating.rule === "tag" ? [rating.property, rating.variants.map((variant) => variant.tag)] : rating.rule).toEqual(["level", ["low", "high"]]);
  });

  it("is still the key telling more variants apart (a control)", () => {
    const mixed = typeNamed(model, "Mixed") as UnionType;
    expect(mixed.rule === "tag" ? mixed.property : mixed.rule).toBe("score");
  });

  it("judges values as AJV does on the document (a control)", () => {
    const ajv = new Ajv({ strict: false });
    ajv.addSchema(document, "doc");
    const validator = new ModelValidator(model);
    const instances: readonly JsonValue[] = [{ score: 2, level: "low" }, { score: 5, level: "high" }, { score: 2, level: "high" }, { score: 7, level: "low" }, { level: "low" }, { score: 3, level: "low" }, { score: 3, level: "high" }];
    for (const name of ["Rating", "Mixed"]) {
      expect(
        instances.map((instance) => validator.validatesNamed(name, instance)),
        name,
      ).toEqual(instances.map((instance) => ajv.validate(`doc#/definitions/${name}`, instance)));
    }
  });
});
