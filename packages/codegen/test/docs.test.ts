// The reference docs (docs target, committed under docs/): a section per type with every field, an
// example per definition that our validators accept, links that land on a heading, the conditional
// requirement written out, and the README pointing at them.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { GatewayEvents, GatewayMethods, schemaFamilies, validatorsByName } from "@clone/schema";
import { buildModel, documentFromFamily, modelWarnings } from "../src/index.ts";
import { docsTarget } from "../src/targets/docs/index.ts";
import { swiftTarget } from "../src/targets/swift/index.ts";
import { REPO_ROOT } from "./helpers/workspace.ts";
import { modelOf } from "./helpers/model.ts";
import config from "../../../clone-codegen.config.ts";

const docsOutput = config.outputs.find((output) => output.target === docsTarget.name)!;
const models = schemaFamilies.map((family) => buildModel(documentFromFamily(family), { name: family.name }));
const files = docsTarget.render(models, docsOutput.options ?? {});

/** Each `### Name` section of a page, by name. */
function sections(page: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of page.split(/^### /m).slice(1)) out.set(part.slice(0, part.indexOf("\n")).trim(), part);
  return out;
}

describe("docs target", () => {
  it("covers every family the targets render, plus an index, as committed", () => {
    expect(docsOutput.families?.map((family) => family.name)).toEqual(schemaFamilies.map((family) => family.name));
    expect(files).toHaveLength(models.length + 1);
    for (const file of files) expect(readFileSync(join(REPO_ROOT, docsOutput.outDir, file.path), "utf8"), file.path).toBe(file.contents);
  });

  it("the README links the docs index, and the index links every page", () => {
    const readme = readFileSync(join(REPO_ROOT, "README.md"), "utf8");
    expect(readme).toContain(`](${docsOutput.outDir}/README.md)`);
    const index = files.find((file) => file.path === "README.md")!.contents;
    for (const file of files.filter((file) => file.path !== "README.md")) expect(index).toContain(`](${file.path})`);
  });

  for (const [index, model] of models.entries()) {
    const page = files[index]!.contents;
    const byName = sections(page);

    describe(model.name, () => {
      it("has a section for every type, listing every field of an object", () => {
        expect([...byName.keys()]).toEqual(model.types.map((type) => type.name));
        for (const type of model.types) {
          if (type.kind !== "object") continue;
          for (const property of type.properties) expect(byName.get(type.name), `${type.name}.${property.name}`).toContain(`| \`${property.name}\` |`);
        }
      });

      it("every link lands on a section of the page", () => {
        // GitHub's anchor of a heading: lower case, spaces as hyphens.
        const anchors = new Set([...page.matchAll(/^#{2,3} (.+)$/gm)].map((match) => match[1]!.trim().toLowerCase().replaceAll(" ", "-")));
        const links = [...page.matchAll(/\]\(#([^)]+)\)/g)].map((match) => match[1]!);
        expect(links.length).toBeGreaterThan(model.types.length);
        expect(links.filter((anchor) => !anchors.has(anchor))).toEqual([]);
      });

      it("every definition shows an example our validators accept", () => {
        let checked = 0;
        for (const type of model.types.filter((type) => type.definitionName !== undefined)) {
          const section = byName.get(type.name)!;
          const blocks = [...section.matchAll(/```json\n([\s\S]*?)\n```/g)].map((match) => JSON.parse(match[1]!) as unknown);
          expect(blocks.length, `${type.name} has an example`).toBeGreaterThan(0);
          const validate = validatorsByName[type.definitionName!];
          if (!validate) continue;
          for (const block of blocks) {
            expect(validate(block), `${type.name}: ${validate.messages(block).join("; ")}`).toBe(true);
            checked += 1;
          }
        }
        expect(checked).toBeGreaterThan(0);
      });

      it("writes out every conditional requirement in prose", () => {
        for (const type of model.types) {
          if (type.kind !== "object") continue;
          for (const rule of type.requiredWhen) {
            expect(byName.get(type.name)).toContain(`When \`${rule.property}\` is \`${JSON.stringify(rule.equals)}\`, \`${rule.require[0]}\``);
          }
        }
      });
    });
  }

  it("the recording events page states the integration rule", () => {
    const page = files.find((file) => file.path === docsOutput.options?.fileNames?.CloneEvents)!.contents;
    expect(page).toContain('When `source` is `"integration"`, `source_detail` is required as well; otherwise it is optional.');
    expect(existsSync(join(REPO_ROOT, dirname(docsOutput.outDir), docsOutput.outDir))).toBe(true);
  });

  it("the Gateway page lists every method with its params and result, and every server event with its payload", () => {
    const page = files.find((file) => file.path === docsOutput.options?.fileNames?.Gateway)!.contents;
    const rows = (heading: string) => page.slice(page.indexOf(`## ${heading}\n`), page.indexOf("\n## ", page.indexOf(`## ${heading}\n`) + 1)).split("\n").filter((line) => line.startsWith("| `"));
    const cellOf = (name: string | undefined, absent: string) => (name === undefined ? absent : `[${name}](#${name.toLowerCase()})`);
    const methods = Object.entries(GatewayMethods) as [string, { params?: string; result?: string }][];
    expect(methods.length).toBeGreaterThan(0);
    expect(rows("Methods")).toEqual(methods.map(([name, method]) => `| \`${name}\` | ${cellOf(method.params, "none")} | ${cellOf(method.result, "not typed")} |`));
    const events = Object.entries(GatewayEvents) as [string, { payload?: string }][];
    expect(events.length).toBeGreaterThan(0);
    expect(rows("Server events")).toEqual(events.map(([name, event]) => `| \`${name}\` | ${cellOf(event.payload, "not typed")} |`));
  });
});

// Found by a sweep's reading of the docs of schemas nobody here wrote (CDEvents): "a string of at least
// 1 characters", "an array of a string", "or any other a string", and OpenTelemetry's "must have
// exactly 1 properties".
describe("docs wording", () => {
  const model = modelOf({
    $schema: "http://json-schema.org/draft-07/schema#",
    type: "object",
    properties: {
      a: { type: "string", minLength: 1 },
      b: { type: "array", items: { type: "string", maxLength: 3 } },
      c: { anyOf: [{ type: "string", enum: ["x", "y"] }, { type: "string" }] },
      d: { type: "array", items: { type: "array", items: { type: "integer", minimum: 0 } } },
      e: { type: "object", minProperties: 1, maxProperties: 1 },
      f: { type: "array", items: { type: "string" }, minItems: 1, uniqueItems: true },
      g: { type: "array", items: { type: "integer" }, minItems: 0, maxItems: 1 },
      h: { type: "array", items: { type: "array", items: { type: "number" }, minItems: 4, maxItems: 6 } },
      i: { not: {} },
      j: { type: "string", pattern: "^[0-9]*\\.[0-9]*(ms|s)$" },
      k: { type: "string", pattern: "a`b" },
      l: { type: "string", description: "Named <namespace>_<name>, as in `<kind>`; 1 < 2." },
      m: { type: "array", minItems: 2, items: { type: "array", minItems: 2, items: { type: "number" } } },
      n: { type: "array", maxItems: 3, items: { type: "string", pattern: "^a+$" } },
    },
  }, "Wording");
  const page = docsTarget.render([model], {}).find((file) => file.path.endsWith("Wording.md"))!.contents;

  it("counts one thing in the singular and more in the plural", () => {
    expect(page).toContain("| `a` | a string of at least 1 character |");
    expect(page).toContain("must have exactly 1 property");
    expect(page).not.toMatch(/\b1 (characters|properties)\b/);
  });

  it("writes an array's items in the plural, and other values as a noun", () => {
    expect(page).toContain("| `b` | an array of strings of at most 3 characters |");
    expect(page).toContain("| `d` | an array of arrays of integers ≥ 0 |");
    expect(page).toContain("One of these string values, or any other string:");
  });

  // Found by a sweep of OSCAL, whose arrays are mostly `minItems: 1`: the docs said only "an array of …".
  it("states an array's bounds on its item count", () => {
    expect(page).toContain("| `f` | an array (at least 1 item, no two equal) of strings |");
    expect(page).toContain("| `g` | an array (at most 1 item) of integers |");
    // Found by a sweep of STAC: the bounds of an inner array (an extent's bbox) were unsaid.
    expect(page).toContain("| `h` | an array of arrays (4 to 6 items) of numbers |");
  });

  // Found by sweep AG on GeoJSON, whose coordinates bound each level: bounds written after the whole
  // phrase read "an array of arrays of numbers (at least 2 items) (at least 2 items)", which level
  // each belongs to unsaid, and after a pattern they read as part of it.
  // Found by sweep AG on GeoJSON and dbt's artifacts, whose types are all inline: an empty "## Definitions"
  // stood above "## Nested types".
  it("writes no Definitions heading for a schema that has none, its inline types under Nested types", () => {
    expect(page).not.toContain("## Definitions");
    expect(page).toContain("## Nested types");
  });

  it("writes an array's bounds after its own word, so each level's are its own", () => {
    expect(page).toContain("| `m` | an array (at least 2 items) of arrays (at least 2 items) of numbers |");
    expect(page).toContain("| `n` | an array (at most 3 items) of strings matching `^a+$` |");
  });

  // Found by a sweep of CRDs: a pattern written bare lost its backslashes, made italics of its
  // asterisks; a code span shows it as written (a table cell's pipe escaped, as GFM asks).
  it("writes a pattern as a code span", () => {
    expect(page).toContain("| `j` | a string matching `^[0-9]*\\.[0-9]*(ms\\|s)$` |");
    expect(page).toContain("| `k` | a string matching ``a`b`` |");
  });

  // Found by a sweep of CRDs: `<namespace>_<name>` in a description was taken for HTML tags and dropped.
  it("escapes what would open an HTML tag in an author's text, outside code spans", () => {
    expect(page).toContain("| Named \\<namespace>_\\<name>, as in `<kind>`; 1 < 2. |");
  });

  // Found by a sweep of STAC: `collection: {not: {}}` read "any value that must not be any value".
  it("says a place no value may take holds no value", () => {
    expect(page).toMatch(/\| `i` \| no value \|/);
  });
});

// Found by a sweep of CI configurations: CircleCI's "The default name is `org-global`" ran into
// "Default: …" with no full stop between, and an open map read "an object of any value values".
describe("a property's words", () => {
  const properties = {
    context: { type: "string", description: "The default name is `org-global`", default: "org-global" },
    ended: { type: "string", description: "Ends here.", default: "x" },
    data: { type: "object", description: "Anything." },
  };
  const model = modelOf({ $schema: "http://json-schema.org/draft-07/schema#", definitions: { Job: { type: "object", properties } } }, "Words");
  const page = docsTarget.render([model], {}).find((file) => file.path.endsWith("Words.md"))!.contents;

  it("ends the author's sentence before the default, once", () => {
    expect(page).toContain("The default name is `org-global`. Default: `\"org-global\"`.");
    expect(page).toContain("Ends here. Default: `\"x\"`.");
  });

  it("says an object of any values, not of 'any value values'", () => {
    expect(page).toContain("| `data` | an object of any values |");
  });
});

// Found by a sweep of CycloneDX: its `oneOf` of objects told apart by their keys read "a value is the
// first variant, in this order, whose keys it all has and that it matches", the order a decoder tries
// them in, stated as the schema's rule; under `oneOf` exactly one may match.
describe("unions told apart by their keys", () => {
  const variants = [
    { type: "object", properties: { signers: { type: "array" } }, required: ["signers"] },
    { type: "object", properties: { chain: { type: "array" } }, required: ["chain"] },
  ];
  const model = modelOf({ $schema: "http://json-schema.org/draft-07/schema#", definitions: { Exactly: { oneOf: variants }, Any: { anyOf: variants } } }, "KeyUnions");
  const page = docsTarget.render([model], {}).find((file) => file.path.endsWith("KeyUnions.md"))!.contents;

  it("states the schema's rule: exactly one under oneOf, the first that matches under anyOf", () => {
    expect(page).toContain("Exactly one of the following, told apart by which keys are present:");
    expect(page).toContain("One of the following, told apart by which keys are present: a value is the first variant");
    expect(page.match(/told apart by which keys are present/g)).toHaveLength(2);
  });
});

// Found by a sweep of the Agent Client Protocol's schema: SessionId's description opens "# Example",
// which made a page heading inside the type's section.
describe("headings in an author's text", () => {
  const model = modelOf({
    $schema: "http://json-schema.org/draft-07/schema#",
    definitions: { SessionId: { type: "string", description: "A session's id.\n\n# Example\n\n```rust\n# let id = 1;\n```\n\n## More" } },
  }, "Headings");
  const page = docsTarget.render([model], {}).find((file) => file.path.endsWith("Headings.md"))!.contents;

  it("go below the type's own heading, outside fenced code", () => {
    expect(page).toContain("### SessionId\n\nA session's id.\n\n#### Example\n\n```rust\n# let id = 1;\n```\n\n##### More\n");
    expect(page).not.toMatch(/^# Example/m);
  });
});

// Found by a sweep of glTF's and Lottie's schemas: glTF writes an open enum as `anyOf` of one-value
// enums each with a description (`{enum: [5120], description: "BYTE"}`), Lottie as `oneOf` of constants
// each with a title (`{title: "Non Zero", const: 1}`); only a `const` with a description was read, so
// neither meaning reached the docs or the Swift doc comments.
describe("what each value of an enum means", () => {
  const model = modelOf({
    $schema: "http://json-schema.org/draft-07/schema#",
    type: "object",
    properties: {
      wrap: { anyOf: [{ enum: [33071], description: "CLAMP_TO_EDGE" }, { enum: [10497], description: "REPEAT" }, { type: "integer" }] },
      rule: { type: "integer", oneOf: [{ title: "Non Zero", const: 1 }, { title: "Even Odd", const: 2, description: "Colored by crossings" }] },
    },
  }, "Meanings");
  const page = docsTarget.render([model], {}).find((file) => file.path.endsWith("Meanings.md"))!.contents;
  const swift = swiftTarget.render([model], {}).find((file) => file.path.endsWith("Models.swift"))!.contents;

  it("is a one-value enum's description, or a constant's title (with its description beside)", () => {
    expect(page).toContain("| `33071` | CLAMP_TO_EDGE |");
    expect(page).toContain("| `10497` | REPEAT |");
    expect(page).toContain("| `1` | Non Zero |");
    expect(page).toContain("| `2` | Even Odd: Colored by crossings |");
    expect(swift).toContain("    /// CLAMP_TO_EDGE\n    case _33071");
    expect(swift).toContain("    /// Even Odd: Colored by crossings\n    case evenOdd");
  });

  it("names a number enum's Swift cases after their titles when every value has one and they differ, else after the values", () => {
    expect(swift).toMatch(/case nonZero\b/);
    expect(swift).toMatch(/case evenOdd\b/);
    expect(swift).toMatch(/case _33071\b/);
    const sameTitles = modelOf({ $schema: "http://json-schema.org/draft-07/schema#", type: "object", properties: { n: { type: "integer", oneOf: [{ title: "Same", const: 1 }, { title: "Same", const: 2 }] } } }, "Same");
    const sameSwift = swiftTarget.render([sameTitles], {}).find((file) => file.path.endsWith("Models.swift"))!.contents;
    expect(sameSwift).toMatch(/case _1\b/);
    expect(sameSwift).toMatch(/case _2\b/);
  });
});


// The names and descriptions tools write beside a plain `enum` (enumValueNotes.ts, ENUM_VALUE_HINTS):
// NSwag's `x-enumNames` on the integer enums every .NET API emits came out as `case _0, _1, _99`,
// and no spelling but a `oneOf` member's title or description reached a case or the docs.
describe("the names and descriptions of enum values a tool writes beside the enum", () => {
  const draft07 = (properties: Record<string, unknown>) => modelOf({ $schema: "http://json-schema.org/draft-07/schema#", type: "object", properties }, "Hinted");
  const swiftOf = (model: ReturnType<typeof modelOf>) => swiftTarget.render([model], {}).find((file) => file.path.endsWith("Models.swift"))!.contents;
  const pageOf = (model: ReturnType<typeof modelOf>) => docsTarget.render([model], {}).find((file) => file.path.endsWith("Hinted.md"))!.contents;
  const hinted = draft07({
    nswag: { type: "integer", enum: [0, 1, 99], "x-enumNames": ["Unknown", "Info", "Other"] },
    generator: { type: "integer", enum: [2, 4, null], "x-enum-varnames": ["TWO", "FOUR", "NONE"], "x-enum-descriptions": ["Two of them", "", "none"] },
    azure: { type: "integer", enum: [10, 20], "x-ms-enum": { name: "Level", values: [{ value: 10, name: "Low", description: "Barely" }, { value: 20, name: "High" }] } },
    vscode: { type: "string", enum: ["on", "off"], enumDescriptions: ["Turned on."], markdownEnumDescriptions: ["**On**.", "**Off**."] },
    form: { type: "integer", enum: [7, 8], enumNames: ["Seven days", "Eight days"] },
    // As Cloud Build's Discovery-derived schema writes a repeated field's (sourceProvenanceHash).
    hashes: { type: "array", items: { type: "string", enum: ["NONE", "MD5"] }, enumDescriptions: ["No hash.", "An md5 hash."] },
    // Adobe jsonschema2md's, by value, as Mermaid's configuration schema writes `securityLevel` and `logLevel`
    // (mermaid-js/mermaid packages/mermaid/src/schemas/config.schema.yaml, found by sweep AL).
    level: { type: "string", enum: ["strict", "loose", "null"], "meta:enum": { strict: "HTML tags are encoded.", null: "No theme." } },
    logLevel: { type: ["string", "number"], enum: ["trace", 0, "debug", 1], "meta:enum": { trace: "Equivalent to 0", debug: "Equivalent to 1" } },
  });
  const swift = swiftOf(hinted);
  const page = pageOf(hinted);

  it("names a number enum's Swift cases and documents them, each tool's spelling paired with its value", () => {
    expect(swift).toContain("        case 0: self = .unknown\n        case 1: self = .info\n        case 99: self = .other");
    expect(swift).toContain("    /// TWO: Two of them\n    case two\n    /// FOUR\n    case four\n");
    expect(swift).toContain("    /// Low: Barely\n    case low\n    /// High\n    case high\n");
    expect(swift).toContain("        case 7: self = .sevenDays\n        case 8: self = .eightDays");
    // enumDescriptions lists one entry for two values (ignored); markdownEnumDescriptions pairs.
    expect(swift).toContain("    /// **On**.\n    case on\n    /// **Off**.\n    case off\n");
    expect(swift).toContain("    /// No hash.\n    case _none\n    /// An md5 hash.\n    case md5\n");
    expect(page).toContain("| `99` | Other |");
    expect(page).toContain("| `10` | Low: Barely |");
    expect(page).toContain('| `"off"` | **Off**. |');
    expect(swift).toContain("    /// HTML tags are encoded.\n    case strict\n    case loose\n    /// No theme.\n    case null\n");
    expect(page).toContain('| `"trace"` | Equivalent to 0 |');
    expect(page).toContain('| `"debug"` | Equivalent to 1 |');
  });

  it("ignores, with a warning at its pointer, a hint that does not pair with the values; the values and their case names stay", () => {
    const unpaired = draft07({
      short: { type: "integer", enum: [0, 1, 99], "x-enumNames": ["Unknown", "Info"] },
      twice: { type: "integer", enum: [0, 1], "x-enum-varnames": ["Same", "Same"] },
      empty: { type: "integer", enum: [0, 2], "x-enum-varnames": ["None", " "] },
      digits: { type: "integer", enum: [0, 3], "x-enum-varnames": ["Zero", "1st"] },
      absent: { type: "integer", enum: [0, 4], "x-ms-enum": { name: "A", values: [{ value: 0, name: "Zero" }, { value: 5, name: "Five" }] } },
      notAList: { type: "string", enum: ["a", "b"], enumDescriptions: "the letters" },
      stranger: { type: "string", enum: ["a", "b"], "meta:enum": { a: "A.", c: "C." } },
    });
    const warnings = modelWarnings(unpaired).filter((warning) => warning.reason.includes("is ignored"));
    expect(warnings.map((warning) => warning.pointer)).toEqual([
      "/properties/short/x-enumNames",
      "/properties/twice/x-enum-varnames",
      "/properties/empty/x-enum-varnames",
      "/properties/digits/x-enum-varnames",
      "/properties/absent/x-ms-enum",
      "/properties/notAList/enumDescriptions",
      "/properties/stranger/meta:enum",
    ]);
    expect(warnings[0]!.reason).toContain("2 entries for the 3 values");
    expect(warnings[1]!.reason).toContain('"Same" twice');
    expect(warnings[4]!.reason).toContain("5, which the `enum` beside it does not list");
    expect(warnings[6]!.reason).toContain('"c", which the `enum` beside it does not list');
    for (const type of unpaired.types) if (type.kind === "enum") expect(type.valueNotes, type.name).toBeUndefined();
    const unpairedSwift = swiftOf(unpaired);
    expect(unpairedSwift).toContain("        case 0: self = ._0\n        case 1: self = ._1\n        case 99: self = ._99");
    expect(unpairedSwift).not.toMatch(/case (info|same|none|zero)\b/);
  });

  it("names the values of an enum several places share only where every place names them alike", () => {
    const shared = draft07({
      alike: { type: "integer", enum: [5, 6], "x-enumNames": ["Five", "Six"] },
      alsoAlike: { type: "integer", enum: [5, 6], "x-enumNames": ["Five", "Six"] },
      other: { type: "integer", enum: [7, 8], "x-enumNames": ["Seven", "Eight"] },
      otherNamed: { type: "integer", enum: [7, 8], "x-enumNames": ["Heptad", "Octad"] },
    });
    const sharedSwift = swiftOf(shared);
    expect(sharedSwift).toContain("        case 5: self = .five\n        case 6: self = .six");
    expect(sharedSwift).toContain("        case 7: self = ._7\n        case 8: self = ._8");
    expect(sharedSwift).not.toMatch(/case (seven|heptad)\b/);
  });
});

describe("a union's OpenAPI discriminator in the docs", () => {
  it("says which variant a value is tried as first, by the string at the property", () => {
    const open = (key: string) => ({ type: "object", required: ["petType"], properties: { petType: { type: "string" }, [key]: { type: "integer" } } });
    const model = modelOf(
      { $schema: "http://json-schema.org/draft-07/schema#", definitions: { Cat: open("lives"), Dog: open("legs"), Pet: { anyOf: [{ $ref: "#/definitions/Cat" }, { $ref: "#/definitions/Dog" }], discriminator: { propertyName: "petType", mapping: { dog: "#/definitions/Dog" } } } } },
      "Pets",
    );
    const page = docsTarget.render([model], {}).find((file) => file.path.endsWith("Pets.md"))!.contents;
    expect(page).toContain("a value whose `petType` is one of these is tried as that variant first, then in the order above.");
    expect(page).toContain('| `"dog"` | [Dog](#dog) |\n| `"Cat"` | [Cat](#cat) |\n| `"Dog"` | [Dog](#dog) |');
  });
});
