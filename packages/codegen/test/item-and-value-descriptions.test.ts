// What a schema says of an array's items or a map's values (`tags: {type: array, items: {type: string,
// description: "A tag, lower-case"}}`, `labels: {additionalProperties: {type: string, title: "…"}}`)
// reaches every output that documents the place: Swift's doc comment of the property (or alias), DRF's
// help_text and the docs' row. Items and values of a type that is not named are no type of the model,
// and the model kept no place for their description, so only the JSON Schema output (the document
// itself) said it. Found in the regression corpus: DAP's `RunInTerminalRequestArguments.env` (test/corpus/
// external/dap.json, "A string is a proper value for an environment variable. The value `null` removes
// the variable…" on its values), Deno's import map `scopes` (a map of maps, each level described) and
// Compose's `list_of_strings` items ("A string value in the list."). Controls: items saying nothing add nothing; a named item type documents itself and
// is not restated; a nested array of arrays and a nullable item read as sentences naming which part.
import { describe, expect, it } from "vitest";
import type { ObjectType, TypeRef } from "../src/model/types.ts";
import { docsTarget } from "../src/targets/docs/index.ts";
import { pythonDrfTarget } from "../src/targets/python-drf/index.ts";
import { swiftTarget } from "../src/targets/swift/index.ts";
import { draft07, modelOf, typeNamed } from "./helpers/model.ts";

const model = modelOf(
  draft07({
    Job: {
      type: "object",
      properties: {
        tags: { type: "array", description: "The job's tags.", items: { type: "string", description: "A tag, lower-case" } },
        labels: { type: "object", additionalProperties: { type: "string", title: "A label's value" } },
        grid: { type: "array", items: { type: "array", description: "A row", items: { type: ["number", "null"], description: "A cell, or null when empty" } } },
        steps: { type: "array", description: "What it runs.", items: { $ref: "#/definitions/Step" } },
        plain: { type: "array", description: "Said of the array alone.", items: { type: "string" } },
      },
    },
    Step: { description: "One step.", type: "object", properties: { run: { type: "string" } } },
    Tags: { type: "array", items: { type: "string", description: "A tag" } },
  }),
  "Parts",
);

function propertyType(name: string): TypeRef {
  return (typeNamed(model, "Job") as ObjectType).properties.find((property) => property.name === name)!.type;
}

describe("what a schema says of an array's items and a map's values", () => {
  it("is kept by the model where the items' or values' type does not document itself", () => {
    expect(propertyType("tags")).toMatchObject({ kind: "array", itemsDescription: "A tag, lower-case" });
    expect(propertyType("labels")).toMatchObject({ kind: "record", valuesDescription: "A label's value" });
    expect(propertyType("grid")).toMatchObject({ kind: "array", itemsDescription: "A row", items: { kind: "array", itemsDescription: "A cell, or null when empty" } });
    expect(propertyType("steps")).not.toHaveProperty("itemsDescription");
    expect(propertyType("plain")).not.toHaveProperty("itemsDescription");
  });

  it("follows the Swift doc comment of the property and of the alias", () => {
    const swift = swiftTarget.render([model], {}).map((file) => file.contents).join("\n");
    expect(swift).toContain("    /// The job's tags. Each item: A tag, lower-case.\n    public var tags: [String]?");
    expect(swift).toContain("    /// Each value: A label's value.\n    public var labels: [String: String]?");
    expect(swift).toContain("    /// Each item: A row. Each item of each item: A cell, or null when empty.\n    public var grid: [[Double?]]?");
    expect(swift).toContain("/// Each item: A tag.\n///\n/// - Remark: Generated from `#/definitions/Tags`.\npublic typealias Tags = [String]");
    // Controls: the named item type is not restated; nothing said of the items, nothing added.
    expect(swift).toContain("    /// What it runs.\n    public var steps: [Step]?");
    expect(swift).toContain("    /// Said of the array alone.\n    public var plain: [String]?");
  });

  it("follows DRF's help_text", () => {
    const python = pythonDrfTarget.render([model], {}).map((file) => file.contents).join("\n");
    expect(python).toContain('help_text="The job\'s tags. Each item: A tag, lower-case."');
    expect(python).toContain('help_text="Each value: A label\'s value."');
    expect(python).toContain('help_text="Each item: A row. Each item of each item: A cell, or null when empty."');
    expect(python).toContain('help_text="What it runs."');
    expect(python).toContain('help_text="Said of the array alone."');
  });

  it("follows the docs' row of the property and the alias's line", () => {
    const docs = docsTarget.render([model], {}).map((file) => file.contents).join("\n");
    expect(docs).toContain("| `tags` | an array of strings | optional | The job's tags. Each item: A tag, lower-case. |");
    expect(docs).toMatch(/\| `labels` \| [^|]+ \| optional \| Each value: A label's value\. \|/);
    expect(docs).toMatch(/\| `grid` \| [^|]+ \| optional \| Each item: A row\. Each item of each item: A cell, or null when empty\. \|/);
    expect(docs).toMatch(/\| `steps` \| [^|]+ \| optional \| What it runs\. \|/);
    expect(docs).toContain("| `plain` | an array of strings | optional | Said of the array alone. |");
    expect(docs).toContain("A value of this type is an array of strings. Each item: A tag.\n");
  });
});

// A union's variant and a pattern's values are places documented by what the schema says of them alone
// (UnionVariant.description, PatternProperty.description): the items of an array there said nothing.
// Found in the regression corpus: Compose's extra_hosts values, `oneOf: [{type: string, description: "IP
// address for the hostname."}, {type: array, description: "List of IP addresses for the hostname.",
// items: {type: string, description: "IP address for the hostname."}}]`. Control: a variant of a type
// with no parts reads as before.
describe("what a schema says of the items of a union's variant or of a pattern's values", () => {
  const hosts = modelOf(
    draft07({
      Host: {
        type: "object",
        properties: {
          name: { type: "string" },
          ips: { oneOf: [{ type: "string", description: "One IP address." }, { type: "array", description: "List of IP addresses.", items: { type: "string", description: "An IP address" } }] },
        },
        patternProperties: { "^x-": { type: "array", items: { type: "string", description: "A flag" } } },
      },
    }),
    "Hosts",
  );

  it("follows the Swift doc comment of the variant's case and of the pattern's map", () => {
    const swift = swiftTarget.render([hosts], {}).map((file) => file.contents).join("\n");
    expect(swift).toMatch(/ {4}\/\/\/ List of IP addresses\. Each item: An IP address\.\n {4}case array\(/);
    expect(swift).toMatch(/ {4}\/\/\/ One IP address\.\n {4}case string\(/);
    expect(swift).toContain("    /// Keys matching `^x-` (and not declared above), kept as they came.\n    ///\n    /// Each item: A flag.\n    public var ");
  });

  it("follows DRF's help_text of the variant's field", () => {
    const python = pythonDrfTarget.render([hosts], {}).map((file) => file.contents).join("\n");
    expect(python).toContain('help_text="List of IP addresses. Each item: An IP address."');
    expect(python).toContain('("string", _String(help_text="One IP address."))');
  });

  it("follows the docs' row of the variant and line of the pattern", () => {
    const docs = docsTarget.render([hosts], {}).map((file) => file.contents).join("\n");
    expect(docs).toContain("| array | an array of strings: List of IP addresses. Each item: An IP address. |");
    expect(docs).toContain("| string | a string: One IP address. |");
    expect(docs).toContain("Keys matching `^x-` hold an array of strings. Each item: A flag.\n");
  });
});

// A tuple's prefix items (`prefixItems`, or `items` as a list before 2020-12) lost what their schemas
// say, as an array's items did: `position: {prefixItems: [{type: number, description: "Longitude"},
// {type: number, description: "Latitude"}]}` documented the property with nothing of either. Found in
// the regression corpus: flagd's targeting rule, whose fractional bucket `[string, number]` describes
// both. Now the tuple keeps them by position (prefixItemsDescriptions) and partNotes says them where
// the place is documented: "Item 1: Longitude. Item 2: Latitude.". Controls:
// a tuple whose items say nothing has no such field and adds nothing; a named prefix item documents itself.
describe("what a schema says of a tuple's prefix items", () => {
  const tuples = modelOf(
    {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $defs: {
        Place: {
          type: "object",
          properties: {
            position: { type: "array", description: "Where it is.", prefixItems: [{ type: "number", description: "Longitude" }, { type: "number", title: "Latitude" }], items: false },
            pair: { type: "array", prefixItems: [{ type: "string" }, { $ref: "#/$defs/Step" }], items: false },
            counted: { type: "array", prefixItems: [{ type: "string" }, { type: "array", items: { type: "integer", description: "A count" }, description: "Counts" }] },
          },
        },
        Step: { description: "One step.", type: "object", properties: { run: { type: "string" } } },
      },
    },
    "Tuples",
  );
  const placeProperty = (name: string): TypeRef => (typeNamed(tuples, "Place") as ObjectType).properties.find((property) => property.name === name)!.type;

  it("is kept by the model, by position", () => {
    expect(placeProperty("position")).toMatchObject({ kind: "tuple", prefixItemsDescriptions: ["Longitude", "Latitude"] });
    expect(placeProperty("pair")).not.toHaveProperty("prefixItemsDescriptions");
    // Draft-07's list form of `items` is the same tuple.
    const legacy = typeNamed(modelOf(draft07({ Named: { type: "array", items: [{ type: "string", description: "A name" }] } })), "Named");
    expect(legacy).toMatchObject({ kind: "alias", type: { kind: "tuple", prefixItemsDescriptions: ["A name"] } });
  });

  it("follows the docs' row of the property", () => {
    const docs = docsTarget.render([tuples], {}).map((file) => file.contents).join("\n");
    expect(docs).toMatch(/\| `position` \| [^|]+ \| optional \| Where it is\. Item 1: Longitude\. Item 2: Latitude\. \|/);
    expect(docs).toMatch(/\| `counted` \| [^|]+ \| optional \| Item 2: Counts\. Each item of item 2: A count\. \|/);
    // Control: items saying nothing, and a named item, add nothing.
    expect(docs).toMatch(/\| `pair` \| [^|]+ \| optional \|  \|/);
  });
});

// A tuple's rest items (`items` after `prefixItems`; `additionalItems` after a list `items` before
// 2020-12) lost what their schema says, as the prefix items did before prefixItemsDescriptions:
// `labels: {prefixItems: [{type: string, description: "The id"}], items: {type: string, description:
// "A label"}}` documented item 1 and not the rest. Now the tuple keeps it (restDescription) and
// partNotes says it after the prefix items: "Each item after item 1: A label.". Controls: a rest
// saying nothing adds nothing; a rest that is forbidden (`items: false`) is no part to describe.
describe("what a schema says of a tuple's items after its prefix", () => {
  const tuples = modelOf(
    {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $defs: {
        Labelled: {
          type: "object",
          properties: {
            labels: { type: "array", prefixItems: [{ type: "string", description: "The id" }], items: { type: "string", description: "A label" } },
            quiet: { type: "array", prefixItems: [{ type: "string" }, { type: "integer" }], items: { type: "string" } },
            closed: { type: "array", prefixItems: [{ type: "string", description: "The id" }], items: false },
          },
        },
      },
    },
    "RestTuples",
  );
  const labelledProperty = (name: string): TypeRef => (typeNamed(tuples, "Labelled") as ObjectType).properties.find((property) => property.name === name)!.type;

  it("is kept by the model, in 2020-12's `items` and draft-07's `additionalItems`", () => {
    expect(labelledProperty("labels")).toMatchObject({ kind: "tuple", restDescription: "A label" });
    expect(labelledProperty("quiet")).not.toHaveProperty("restDescription");
    expect(labelledProperty("closed")).not.toHaveProperty("restDescription");
    const legacy = typeNamed(modelOf(draft07({ Named: { type: "array", items: [{ type: "string" }, { type: "string" }], additionalItems: { type: "integer", title: "A count" } } })), "Named");
    expect(legacy).toMatchObject({ kind: "alias", type: { kind: "tuple", restDescription: "A count" } });
  });

  it("follows the docs' row of the property, after the prefix items", () => {
    const docs = docsTarget.render([tuples], {}).map((file) => file.contents).join("\n");
    expect(docs).toMatch(/\| `labels` \| [^|]+ \| optional \| Item 1: The id\. Each item after item 1: A label\. \|/);
    // Controls: a rest saying nothing, and no rest, add nothing of it.
    expect(docs).toMatch(/\| `quiet` \| [^|]+ \| optional \|  \|/);
    expect(docs).toMatch(/\| `closed` \| [^|]+ \| optional \| Item 1: The id\. \|/);
  });
});
