// The check that Swift decodes a valid instance into the case of each union the model's rule picks
// (unionCases.ts): what it expects where, read as the Swift decoder tells a variant, and that a
// Swift answer naming another case, or none, is a disagreement charged to Swift. The end-to-end run,
// with a Swift decoder deliberately broken, is swift-union-case-check.test.ts.
import { describe, expect, it } from "vitest";
import { findings } from "../src/rules.ts";
import type { SchemaModel } from "@clone/codegen";
import { expectedSwiftCases, swiftCaseFindings, type CasePlace, type ExpectedCases } from "../src/unionCases.ts";
import { JSON_FEED_ITEM } from "./jsonFeedItem.ts";
import { suiteOfDocument } from "./suiteOfDocument.ts";

const jsonFeed = {
  $schema: "http://json-schema.org/draft-07/schema#",
  definitions: {
    Item: JSON_FEED_ITEM,
    Feed: { type: "object", required: ["items"], properties: { items: { type: "array", items: { $ref: "#/definitions/Item" } } } },
  },
};

// Cut down from SchemaStore's package.json: `exports` is a path, a closed map of "./" subpaths, or
// conditions (`module-sync`…). The Swift decoder checks no unknown key, but it passes over a variant
// whose struct would drop one (its match asks the value to re-encode unchanged): `{"module-sync": …}`
// is the conditions' case, not the subpaths'.
const packageJson = {
  $schema: "http://json-schema.org/draft-07/schema#",
  definitions: {
    Package: {
      type: "object",
      properties: {
        exports: {
          oneOf: [
            { type: "string" },
            { type: "object", properties: { ".": { type: "string" } }, patternProperties: { "^\\./.+": { type: "string" } }, additionalProperties: false },
            { type: "object", properties: { "module-sync": { type: ["string", "null"] }, require: { type: "string" } } },
          ],
        },
      },
    },
  },
};

/** The object type of the variant picked last (innermost) at a place: its declared keys, and which of them it requires. */
function pickedObject(model: SchemaModel, place: ExpectedCases): { declared: string[]; required: string[] } | undefined {
  const pick = place.picks.at(-1)!;
  const union = model.typesByName.get(pick.union);
  const variant = union?.kind === "union" ? union.variants.find((each) => each.name === pick.variant) : undefined;
  const core = variant?.type.kind === "constrained" ? variant.type.type : variant?.type;
  const type = core?.kind === "named" ? model.typesByName.get(core.name) : undefined;
  if (type?.kind !== "object") return undefined;
  return { declared: type.properties.map((property) => property.name), required: type.properties.filter((property) => property.required).map((property) => property.name) };
}

describe("the cases Swift must decode into", () => {
  it("names every union-typed place, with the variant the model's rule picks", () => {
    const { model } = suiteOfDocument(jsonFeed, "test:json-feed", "JsonFeed");
    const expected = expectedSwiftCases(model, "Feed", { items: [{ content_html: "<p>", content_text: "p" }, { content_text: "p" }] });
    expect(expected.map((place) => place.at)).toEqual([["items", 0], ["items", 1]]);
    // The item holding both is the variant requiring both (the model's third, tried first), not html alone.
    expect(pickedObject(model, expected[0]!)?.required).toEqual(["content_html", "content_text"]);
    expect(pickedObject(model, expected[1]!)?.required).toEqual(["content_text"]);
  });

  it("passes over a closed variant that would drop a key, as the Swift decoder does", () => {
    const { model } = suiteOfDocument(packageJson, "test:package-json", "PackageJson");
    const [conditions] = expectedSwiftCases(model, "Package", { exports: { "module-sync": null } });
    expect(pickedObject(model, conditions!)?.declared).toEqual(["module-sync", "require"]);
    const [subpaths] = expectedSwiftCases(model, "Package", { exports: { "./a": "a.js" } });
    expect(pickedObject(model, subpaths!)?.declared).toEqual(["."]);
  });

  // Claude Code's ToolName, `anyOf [BuiltInToolName, string]`: the generated enum keeps a name it does
  // not list in its unknown case, which matchVariant passes over, so an MCP tool's name is the string
  // (the first CI run of this check charged Swift with it).
  it("passes over a variant that would keep the value only as one this version does not know", () => {
    const toolName = {
      $schema: "http://json-schema.org/draft-07/schema#",
      definitions: {
        BuiltIn: { description: "A built-in tool.", anyOf: [{ description: "Bash.", const: "Bash" }, { description: "Read.", const: "Read" }], maxLength: 64 },
        Tagged: { oneOf: [{ type: "object", required: ["kind"], properties: { kind: { const: "a" } } }, { type: "object", required: ["kind"], properties: { kind: { const: "b" } } }] },
        // (The rule beside its constants keeps the built-in names an enum of their own, a variant: constants
        // alone would join the pattern's strings as one open enum, as the Claude Code schemas' ToolName does.)
        ToolName: { anyOf: [{ $ref: "#/definitions/BuiltIn" }, { type: "string", pattern: "^mcp__" }] },
        Event: { anyOf: [{ $ref: "#/definitions/Tagged" }, { type: "object" }] },
      },
    };
    const { model } = suiteOfDocument(toolName, "test:tool-name", "ToolNames");
    const variantPicked = (type: string, value: unknown) => expectedSwiftCases(model, type, value as never)[0]?.picks[0]?.variant;
    const variants = (type: string) => (model.typesByName.get(type) as unknown as { variants: { name: string; type: { kind: string; name?: string } }[] }).variants;
    expect(model.typesByName.get("ToolName")?.kind).toBe("union");
    const builtIn = variants("ToolName").find((variant) => variant.type.name === "BuiltIn")!.name;
    expect(variantPicked("ToolName", "Bash")).toBe(builtIn);
    expect(variantPicked("ToolName", "mcp__server__tool")).not.toBe(builtIn);
    const tagged = variants("Event").find((variant) => variant.type.name === "Tagged")!.name;
    expect(variantPicked("Event", { kind: "a" })).toBe(tagged);
    expect(variantPicked("Event", { kind: "z" })).not.toBe(tagged);
  });

  // Vega-Lite 5's predicates: `timeUnit` is `anyOf [TimeUnit, BinnedTimeUnit, TimeUnitParams]`, and
  // TimeUnit an `anyOf` of unions of enums. Swift's TimeUnit passes over each enum that would keep
  // "binnedyear" as unknown and so matches no variant: the value is BinnedTimeUnit's (the Vega-Lite
  // sweep charged Swift with decoding it so, against a model that read TimeUnit as taking it).
  it("passes over a first-match union every one of whose variants would keep the value only as unknown", () => {
    const timeUnits = {
      $schema: "http://json-schema.org/draft-07/schema#",
      definitions: {
        // (The `minLength` beside each union of enums keeps it a type of its own that keeps other strings as
        // unknown: constants alone would join their union's as one closed enum, and no variant would be picked.)
        Single: { anyOf: [{ type: "string", enum: ["year", "month"] }, { type: "string", enum: ["utcyear"] }], minLength: 1 },
        Multi: { anyOf: [{ type: "string", enum: ["yearmonth"] }, { type: "string", enum: ["utcyearmonth"] }], minLength: 1 },
        TimeUnit: { anyOf: [{ $ref: "#/definitions/Single" }, { $ref: "#/definitions/Multi" }] },
        BinnedTimeUnit: { anyOf: [{ type: "string", enum: ["binnedyear"] }, { type: "string", enum: ["binnedutcyear"] }], minLength: 1 },
        Predicate: { type: "object", properties: { timeUnit: { anyOf: [{ $ref: "#/definitions/TimeUnit" }, { $ref: "#/definitions/BinnedTimeUnit" }] } } },
      },
    };
    const { model } = suiteOfDocument(timeUnits, "test:time-units", "TimeUnits");
    const variantsPicked = (value: string) => expectedSwiftCases(model, "Predicate", { timeUnit: value })[0]?.picks.map((pick) => pick.variant);
    expect(variantsPicked("binnedyear")).toEqual(["BinnedTimeUnit"]);
    expect(variantsPicked("year")).toEqual(["TimeUnit", "Single"]);
    expect(variantsPicked("utcyearmonth")).toEqual(["TimeUnit", "Multi"]);
  });
});

// springdoc's OpenAPI polymorphism, as the JSON Schema an OpenAPI 3.0 document is read as (its
// mapping moved with the schemas): Cat and Dog inherit `petType` through allOf, so nothing pins it, both
// are open, and `{petType: "Dog"}` matches both. The discriminator names the one meant (the model's
// preference); Swift's decoder tries it first.
const pets = {
  $schema: "http://json-schema.org/draft-04/schema#",
  definitions: {
    Pet: { type: "object", required: ["petType", "name"], properties: { petType: { type: "string" }, name: { type: "string" } } },
    Cat: { allOf: [{ $ref: "#/definitions/Pet" }, { type: "object", properties: { huntingSkill: { type: "string" } } }] },
    Dog: { allOf: [{ $ref: "#/definitions/Pet" }, { type: "object", properties: { packSize: { type: "integer" } } }] },
    SomePet: { anyOf: [{ $ref: "#/definitions/Cat" }, { $ref: "#/definitions/Dog" }], discriminator: { propertyName: "petType", mapping: { Cat: "#/definitions/Cat", Dog: "#/definitions/Dog" } } },
  },
};

describe("the cases Swift must decode into, by an OpenAPI discriminator", () => {
  it("is the variant the value's discriminator names, where several match; the union's order where it names none", () => {
    const { model } = suiteOfDocument(pets, "test:pets", "Pets");
    const picked = (value: object) => expectedSwiftCases(model, "SomePet", value as never)[0]?.picks[0];
    expect(picked({ petType: "Dog", name: "Rex", packSize: 3 })).toEqual({ union: "SomePet", variant: "Dog", label: "dog" });
    expect(picked({ petType: "Cat", name: "Tom", packSize: 3 })).toEqual({ union: "SomePet", variant: "Cat", label: "cat" });
    expect(picked({ petType: "Bird", name: "Tweety" })).toEqual({ union: "SomePet", variant: "Cat", label: "cat" });
    // A Dog whose packSize is no integer is no Dog: the union's order takes it.
    expect(picked({ petType: "Dog", name: "Rex", packSize: "three" })).toEqual({ union: "SomePet", variant: "Cat", label: "cat" });
  });
});

describe("Swift's cases compared with the model's", () => {
  const expected = [{ at: ["items", 0], picks: [{ union: "Item", variant: "Both", label: "both" }] }];
  const reported = (cases: string[]): CasePlace[] => [{ at: ["items", 0], cases }];

  it("agrees where Swift names the case the model picks (enums it holds beyond the unions are not judged)", () => {
    expect(swiftCaseFindings(expected, reported(["both"]))).toEqual([]);
    expect(swiftCaseFindings(expected, reported(["both", "red"]))).toEqual([]);
    expect(swiftCaseFindings([], reported(["html"]))).toEqual([]);
  });

  it("is a disagreement where Swift names another case, or none", () => {
    expect(swiftCaseFindings(expected, reported(["contentHtml"]))).toEqual([
      { column: "swift", reason: "decoded the value at /items/0 into case contentHtml of Item; the model's rule picks variant Both (case both)" },
    ]);
    expect(swiftCaseFindings(expected, [])).toEqual([{ column: "swift", reason: "decoded the value at /items/0 into no case of Item; the model's rule picks variant Both (case both)" }]);
    expect(swiftCaseFindings(expected, [{ at: ["items", 1], cases: ["both"] }])).toHaveLength(1);
  });

  it("is charged to Swift by the run's rules, where its re-encoding is unchanged", () => {
    const instance = { items: [{ content_html: "<p>", content_text: "p" }] };
    const swift = (cases: string[]) => ({ swift: { valid: true, reencoded: instance, cases: reported(cases) } });
    const reencoding = { ajv: { valid: true }, drf: { valid: true } };
    expect(findings({ valid: true }, instance, swift(["both"]), { reencoding, swiftCases: expected })).toEqual([]);
    expect(findings({ valid: true }, instance, swift(["contentHtml"]), { reencoding, swiftCases: expected }).map((finding) => finding.column)).toEqual(["swift"]);
  });
});

// Found by fuzz AD (seed 64001 OpenAPI 3.1 index 0, D3, with Swift: 34 of 200 valid instances, "decoded
// the value into case value2 of D3; the model's rule picks variant Array (case array)"; shrunk): an anyOf
// whose variant of array keywords only names no type, so a number passes it, and whose later variant
// (`not`) takes every value. The generated Swift's case of that variant is `[JSONValue]`, which no number
// decodes into, so Swift puts -5e-324 into the later case: the named limitation
// swift-reads-typeless-schemas-as-their-type (the model picks that case reading the variant as typed).
describe("a variant naming no type, which Swift reads as its keywords' type", () => {
  const { model } = suiteOfDocument(
    { $schema: "https://json-schema.org/draft/2020-12/schema", $defs: { ArraysOrOthers: { anyOf: [{ items: {}, minItems: 1, contains: { const: [false] } }, { not: { const: { kind: "a" } } }] } } },
    "test:typeless-variant-case",
    "TypelessVariantCase",
  );
  const [place] = expectedSwiftCases(model, "ArraysOrOthers", -5e-324);

  it("is the model's pick for a value of another JSON type, and the later variant's as a typed target reads it", () => {
    const typedLabel = (pick: ExpectedCases["picks"][number]) => pick.byLimitation?.find(({ limitation }) => limitation === "swift-reads-typeless-schemas-as-their-type")?.label;
    expect(place?.picks.map((pick) => ({ label: pick.label, typed: typedLabel(pick) }))).toEqual([{ label: "array", typed: "value" }]);
    expect(expectedSwiftCases(model, "ArraysOrOthers", [[false]])[0]?.picks.map((pick) => ({ label: pick.label, typed: typedLabel(pick) }))).toEqual([{ label: "array", typed: undefined }]);
  });

  it("is a known limitation where Swift chose the later case, a disagreement where it chose another", () => {
    const [known] = swiftCaseFindings([place!], [{ at: [], cases: ["value"] }]);
    expect(known?.limitation).toBe("swift-reads-typeless-schemas-as-their-type");
    const [other] = swiftCaseFindings([place!], []);
    expect(other?.limitation).toBeUndefined();
  });
});

// Found by fuzz AD (seed 64001 OpenAPI 3.1 index 0, D3, with Swift: 3 of 200 valid instances left once
// the typeless reading was known, "decoded the value into case value2 of D3; the model's rule picks
// variant Object (case object)"; shrunk): an undeclared key U+0065 U+0301 beside a declared U+00E9 whose
// schema the value does not meet. Swift's String merges the two, reads the value at the declared key,
// and decodes the object into the later variant: the named limitation swift-merges-equivalent-keys.
describe("canonically equivalent keys, which Swift merges", () => {
  const { model } = suiteOfDocument(
    { $schema: "https://json-schema.org/draft/2020-12/schema", $defs: { Keyed: { anyOf: [{ type: "object", properties: { "\u00e9": { type: "object" } } }, { not: { const: 1 } }] } } },
    "test:equivalent-keys-case",
    "EquivalentKeysCase",
  );
  const decomposed = { "e\u0301": false };
  const [place] = expectedSwiftCases(model, "Keyed", decomposed);
  const [composedPlace] = expectedSwiftCases(model, "Keyed", { "\u00e9": false });

  it("are read merged too: the case of the value Swift's String reads", () => {
    expect(place?.picks[0]?.label).not.toBe(composedPlace?.picks[0]?.label);
    expect(place?.picks[0]?.mergedLabels).toContain(composedPlace?.picks[0]?.label);
    expect(expectedSwiftCases(model, "Keyed", { x: false })[0]?.picks[0]?.mergedLabels).toBeUndefined();
  });

  it("make a known limitation where Swift chose the merged value's case, a disagreement where it chose none", () => {
    const [known] = swiftCaseFindings([place!], [{ at: [], cases: [composedPlace!.picks[0]!.label] }]);
    expect(known?.limitation).toBe("swift-merges-equivalent-keys");
    const [other] = swiftCaseFindings([place!], []);
    expect(other?.limitation).toBeUndefined();
  });
});

// Found by fuzz AD (seed 64001 OpenAPI 3.1 index 0, D3, with Swift, once the two readings above were
// known; shrunk): 1.5e300 is a whole number, so the model picks the variant `type: [string, integer]`;
// Swift's Int holds no such number and decoded it into the later variant: the named limitation
// swift-holds-integers-in-64-bits, whose reading (as every reading limitation of Swift's with options) the
// case check reads the decoder by too.
describe("a whole number past 64 bits, which Swift's Int does not hold", () => {
  const { model } = suiteOfDocument(
    { $schema: "https://json-schema.org/draft/2020-12/schema", $defs: { IntegersOrOthers: { anyOf: [{ type: ["string", "integer"] }, { not: { const: 1 } }] } } },
    "test:integer-past-64-bits-case",
    "IntegerPast64BitsCase",
  );
  it("is the integer variant's to the model, and the later variant's as Swift holds integers: a known limitation there", () => {
    const [place] = expectedSwiftCases(model, "IntegersOrOthers", 1.5e300);
    const later = place?.picks[0]?.byLimitation?.find(({ limitation }) => limitation === "swift-holds-integers-in-64-bits")?.label;
    expect(later).toBeDefined();
    expect(later).not.toBe(place?.picks[0]?.label);
    expect(swiftCaseFindings([place!], [{ at: [], cases: [later!] }])[0]?.limitation).toBe("swift-holds-integers-in-64-bits");
    expect(expectedSwiftCases(model, "IntegersOrOthers", 3)[0]?.picks[0]?.byLimitation).toBeUndefined();
  });
});
