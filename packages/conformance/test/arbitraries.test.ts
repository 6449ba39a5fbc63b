// The valid-instance generator: every instance it makes is valid for AJV, for every definition of
// every family and for a document using every construct of the model, and it reaches every variant,
// enum value, null and absence the model allows.
import { Ajv } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isRfc3339DateTime, satisfiesFormat } from "@clone/schema";
import { buildModel, isMultipleOf, toSourceDocument, type NamedType, type SchemaModel, type TypeRef } from "@clone/codegen";
import { FilterStats, ValidInstances, rfc3339DateTime, brokenDateTime } from "../src/arbitraries/index.ts";
import { GenerationError } from "../src/arbitraries/filtered.ts";
import { integerBounds, integerIn, numberIn } from "../src/arbitraries/numbers.ts";
import { codePointLength, patternString, unicodeString, widenedPattern } from "../src/arbitraries/strings.ts";
import { findMutation, PositionWalker } from "../src/mutations/index.ts";
import { AjvRunner } from "../src/runners/ajv.ts";
import { loadSuite } from "../src/suite.ts";
import { constructsModel } from "./constructs.ts";
import { constructsValidator } from "./validators.ts";

const suite = await loadSuite();
const ajv = new AjvRunner();

describe("valid instances are valid for AJV", () => {
  for (const schema of suite.schemas) {
    it(schema.name, () => {
      const validate = ajv.validator(schema);
      const arbitrary = new ValidInstances(schema.family.model).of(schema.type.name);
      for (const instance of fc.sample(arbitrary, { seed: 42, numRuns: 300 })) {
        expect(validate(instance), `${JSON.stringify(instance)}\n${validate.messages(instance).join("\n")}`).toBe(true);
      }
    });
  }

  it("every construct of the model (patterns, number bounds, unique arrays, JSON-type and key-presence unions, open enums, records, aliases)", () => {
    const validate = constructsValidator("Thing");
    for (const instance of fc.sample(new ValidInstances(constructsModel()).of("Thing"), { seed: 42, numRuns: 500 })) {
      expect(validate(instance), `${JSON.stringify(instance)}\n${validate.messages(instance).join("\n")}`).toBe(true);
    }
  });
});

describe("date-times", () => {
  it("generates valid RFC 3339 with offsets, fractions and lowercase t/z, and near misses that are not", () => {
    const valid = fc.sample(rfc3339DateTime, { seed: 1, numRuns: 1000 });
    expect(valid.every(isRfc3339DateTime)).toBe(true);
    expect(valid.some((value) => /t/.test(value))).toBe(true);
    expect(valid.some((value) => /z$/.test(value))).toBe(true);
    expect(valid.some((value) => /[+-]\d{2}:\d{2}$/.test(value))).toBe(true);
    expect(valid.some((value) => /\.\d+/.test(value))).toBe(true);
    expect(valid.some((value) => value.includes("-02-29"))).toBe(true);
    expect(fc.sample(brokenDateTime, { seed: 1, numRuns: 1000 }).some(isRfc3339DateTime)).toBe(false);
  });
});

/** What a model lets an instance of `root` do: each variant, enum value, null, presence and absence. */
function possibilities(model: SchemaModel, root: string): Set<string> {
  const walker = new PositionWalker(model);
  const out = new Set<string>();
  const seen = new Set<string>();
  const visitRef = (ref: TypeRef, where: string): void => {
    const resolved = walker.resolve(ref);
    if (resolved.kind === "nullable") {
      out.add(`${where} null`).add(`${where} set`);
      return visitRef(resolved.type, where);
    }
    if (resolved.kind === "array") return visitRef(resolved.items, where);
    if (resolved.kind === "record") return visitRef(resolved.values, where);
    if (resolved.kind === "named") visitType(walker.named(resolved.name));
  };
  const visitType = (type: NamedType): void => {
    if (seen.has(type.name)) return;
    seen.add(type.name);
    if (type.kind === "enum") for (const value of type.values) out.add(`${type.name} = ${value}`);
    if (type.kind === "union") for (const variant of type.variants) (out.add(`${type.name} variant ${variant.name}`), visitRef(variant.type, type.name));
    if (type.kind === "alias") visitRef(type.type, type.name);
    if (type.kind === "object") {
      for (const property of type.properties) {
        const where = `${type.name}.${property.name}`;
        if (!property.required) out.add(`${where} present`).add(`${where} absent`);
        visitRef(property.type, where);
      }
    }
  };
  visitType(walker.named(root));
  return out;
}

/** What the instances did, in the same words. */
function observed(model: SchemaModel, root: string, instances: readonly unknown[]): Set<string> {
  const walker = new PositionWalker(model);
  const out = new Set<string>();
  for (const instance of instances) {
    for (const position of walker.positions({ kind: "named", name: root }, instance as never)) {
      if (position.variantOf) out.add(`${position.variantOf.union.name} variant ${position.variantOf.variant.name}`);
      const type = position.ref.kind === "named" ? walker.named(position.ref.name) : undefined;
      if (type?.kind === "enum") out.add(`${type.name} = ${String(position.value)}`);
      if (position.object) {
        const value = position.value as Record<string, unknown>;
        for (const property of position.object.properties) {
          const where = `${position.object.name}.${property.name}`;
          out.add(`${where} ${Object.hasOwn(value, property.name) ? "present" : "absent"}`);
          if (Object.hasOwn(value, property.name)) out.add(`${where} ${value[property.name] === null ? "null" : "set"}`);
        }
      }
    }
  }
  return out;
}

describe("coverage: every variant, enum value, null and set, present and absent", () => {
  const cases: [string, SchemaModel, string][] = [
    ...suite.schemas.filter((schema) => schema.topLevel || schema.name === "CronJob" || schema.name === "HelloOk").map((schema): [string, SchemaModel, string] => [schema.name, schema.family.model, schema.type.name]),
    ["constructs: Thing", constructsModel(), "Thing"],
  ];
  for (const [label, model, root] of cases) {
    it(label, () => {
      const instances = fc.sample(new ValidInstances(model).of(root), { seed: 7, numRuns: 2000 });
      const seen = observed(model, root, instances);
      const missing = [...possibilities(model, root)].filter((possibility) => !seen.has(possibility));
      expect(missing).toEqual([]);
    });
  }
});

// Regression (MCP's ModelPreferences: numbers in [0, 1]): a generator that filtered all safe integers
// down to a narrow range never produced one, and the run hung.
describe("numbers in narrow ranges are drawn within them", () => {
  const cases = [
    { minimum: 0, maximum: 1 },
    { minimum: 5, maximum: 7, multipleOf: 3 },
    { minimum: -2, exclusiveMaximum: 0, format: "int32" as const },
    { minimum: 1e15, maximum: 1e15 + 2 },
  ];
  for (const constraints of cases) {
    it(JSON.stringify(constraints), { timeout: 10_000 }, () => {
      for (const make of [integerIn, numberIn]) {
        const values = fc.sample(make(constraints), { seed: 7, numRuns: 200 });
        const { min, max } = integerBounds(constraints);
        for (const value of values) {
          expect(value >= (constraints.minimum ?? -Infinity) && value <= (constraints.maximum ?? Infinity), String(value)).toBe(true);
          if (make === integerIn) expect(Number.isInteger(value) && value >= min && value <= max, String(value)).toBe(true);
          if (constraints.multipleOf !== undefined) expect(value % constraints.multipleOf, String(value)).toBe(0);
        }
      }
    });
  }

  // Regression: numberIn drew integers beside doubles, and integerIn refused a range that holds none,
  // so a fractional range (a ratio between 0.25 and 0.75) or one past 2^53 stopped the run.
  const withoutIntegers: { minimum?: number; maximum?: number; exclusiveMinimum?: number; exclusiveMaximum?: number }[] = [{ minimum: 0.25, maximum: 0.75 }, { exclusiveMinimum: 0, exclusiveMaximum: 1 }, { minimum: 1e300 }];
  for (const constraints of withoutIntegers) {
    it(`${JSON.stringify(constraints)}, which holds no integer a runtime carries exactly`, { timeout: 10_000 }, () => {
      const values = fc.sample(numberIn(constraints), { seed: 7, numRuns: 200 });
      const { minimum = -Infinity, maximum = Infinity, exclusiveMinimum = -Infinity, exclusiveMaximum = Infinity } = constraints;
      for (const value of values) expect(value >= minimum && value <= maximum && value > exclusiveMinimum && value < exclusiveMaximum, String(value)).toBe(true);
    });
  }

  // Regression (found by random schemas judged by every runtime, seed 19212): under a fractional
  // multipleOf, integerIn took an integer less its float remainder (-1 less -1 % 0.1 is -0.9), no
  // integer at all, and judged it a valid integer every runtime refused.
  it("an integer under a fractional multipleOf is an integer, and a multiple as the model reads it", () => {
    for (const constraints of [{ minimum: -1, maximum: 4, multipleOf: 0.1 }, { minimum: -7, maximum: 20, multipleOf: 1.5 }, { minimum: -3, multipleOf: 0.01 }]) {
      for (const value of fc.sample(integerIn(constraints), { seed: 7, numRuns: 200 })) {
        expect(Number.isInteger(value) && value >= constraints.minimum && isMultipleOf(value, constraints.multipleOf), `${value} of ${JSON.stringify(constraints)}`).toBe(true);
      }
    }
  });

  // Regression (found by random schemas judged by every runtime): a range integerIn could not draw
  // from threw a plain Error, which ended the whole run; one with no integer is now a generator that
  // gives up (GenerationError), reported for that schema alone.
  it("an integer range with no integer is a generator that gives up, not the end of the run", () => {
    for (const constraints of [{ minimum: 3, maximum: 2 }, { minimum: 1e20, maximum: 1e20 - 2 ** 20 }, { minimum: 2 ** 40, format: "int32" }]) {
      expect(() => fc.sample(integerIn(constraints), { seed: 7, numRuns: 1 }), JSON.stringify(constraints)).toThrow(GenerationError);
    }
  });

  // `{"type": "integer", "minimum": 1e20}` was given up on (no integer within ±(2^53 − 1)): drawn now, exactly.
  it("an integer range wholly beyond ±(2^53 − 1) is drawn in it", () => {
    for (const constraints of [{ minimum: 1e20 }, { maximum: -1e20, multipleOf: 2 }]) {
      for (const value of fc.sample(integerIn(constraints), { seed: 7, numRuns: 50 })) {
        const inRange = Number.isInteger(value) && (constraints.minimum === undefined || value >= constraints.minimum) && (constraints.maximum === undefined || value <= constraints.maximum);
        expect(inRange, `${value} of ${JSON.stringify(constraints)}`).toBe(true);
      }
    }
  });
});

// Generators that searched by `.filter` could loop forever on a valid schema: every search is bounded
// (arbitraries/filtered.ts), and where nothing fits, the value is left out or the run stops naming it.
describe("no search without an end", () => {
  const modelOf = (definitions: Record<string, unknown>) => buildModel(toSourceDocument({ $schema: "http://json-schema.org/draft-07/schema#", definitions }, "test:bounded"), { name: "Bounded" });
  const validatorOf = (definitions: Record<string, unknown>, name: string) => new Ajv({ strict: false }).compile({ definitions, $ref: `#/definitions/${name}` });

  it("a pattern only declared names match, or one that claims every key: the extra keys are left out", { timeout: 30_000 }, () => {
    const definitions = {
      Named: { type: "object", properties: { name: { type: "string" } }, required: ["name"], patternProperties: { "^name$": { type: "string", minLength: 1 } }, additionalProperties: false },
      // Every key (not spelled as the match-all pattern the model turns into a map), beside a declared one.
      Counts: { type: "object", properties: { total: { type: "integer" } }, patternProperties: { "[\\s\\S]?": { type: "integer" } } },
    };
    const model = modelOf(definitions);
    for (const name of ["Named", "Counts"]) {
      const validate = validatorOf(definitions, name);
      const instances = fc.sample(new ValidInstances(model).of(name), { seed: 7, numRuns: 100 });
      for (const instance of instances) expect(validate(instance), JSON.stringify(instance)).toBe(true);
      if (name === "Named") expect(instances.every((instance) => Object.keys(instance as object).join() === "name")).toBe(true);
      if (name === "Counts") expect(instances.some((instance) => Object.keys(instance as object).some((key) => key !== "total"))).toBe(true);
    }
  });

  it("a closed object whose pattern claims every key has no unknown key to add", { timeout: 30_000 }, () => {
    const model = modelOf({ Closed: { type: "object", properties: { total: { type: "integer" } }, patternProperties: { "[\\s\\S]?": { type: "integer" } }, additionalProperties: false } });
    const walker = new PositionWalker(model);
    const positions = walker.positions({ kind: "named", name: "Closed" }, { a: 1 });
    const sites = findMutation("add-unknown-key")!.sites(positions, walker);
    expect(sites.length).toBe(1);
    expect(fc.sample(sites[0]!, { seed: 7, numRuns: 20 }).every((change) => change === undefined)).toBe(true);
  });

  it("a format narrowed by a pattern its own candidates seldom meet draws from the pattern too (GitLab CI's coverage: a regex between slashes)", { timeout: 30_000 }, () => {
    const definitions = { Coverage: { type: "string", format: "regex", pattern: "^/.+/$" }, Home: { type: "string", format: "uri", pattern: "^https?://.+" } };
    const model = modelOf(definitions);
    for (const [name, format] of [["Coverage", "regex"], ["Home", "uri"]] as const) {
      const validate = validatorOf(definitions, name);
      for (const instance of fc.sample(new ValidInstances(model).of(name), { seed: 7, numRuns: 100 })) {
        expect(validate(instance) && satisfiesFormat(format, instance as string), JSON.stringify(instance)).toBe(true);
      }
    }
  });

  it("strings as long as their bounds allow exactly, and a pattern no string of the bounds matches named", { timeout: 30_000 }, () => {
    const exact = fc.sample(unicodeString({ minLength: 64, maxLength: 64 }), { seed: 7, numRuns: 200 });
    expect(exact.every((value) => codePointLength(value) === 64)).toBe(true);
    expect(() => fc.sample(patternString("^a$", { minLength: 5 }, undefined), { seed: 7, numRuns: 5 })).toThrow(/string matching \^a\$ with minLength 5/);
  });
});

// Regression (SARIF 2.1.0: log → run → result → location → region, each with a dozen optional
// properties, several of them arrays of the next): optional keys present five times in six at every
// depth made instances grow as the product of the widths, megabytes each, and the run ran out of memory.
describe("a wide document nested many objects deep without recursion", () => {
  const LEVELS = 5;
  const definitions = Object.fromEntries(
    Array.from({ length: LEVELS }, (_, level) => {
      const properties: Record<string, unknown> = Object.fromEntries(Array.from({ length: 8 }, (_, index) => [`text${index}`, { type: "string" }]));
      if (level + 1 < LEVELS) for (let index = 0; index < 4; index++) properties[`next${index}`] = { type: "array", items: { $ref: `#/definitions/Level${level + 1}` } };
      return [`Level${level}`, { type: "object", properties, additionalProperties: false }];
    }),
  );
  const model = buildModel(toSourceDocument({ $schema: "http://json-schema.org/draft-07/schema#", definitions }, "test:wide"), { name: "Wide" });

  it("keeps its instances small, and still draws the deepest object's optional keys present and absent", { timeout: 30_000 }, () => {
    const validate = new Ajv({ strict: false }).compile({ definitions, $ref: "#/definitions/Level0" });
    const instances = fc.sample(new ValidInstances(model).of("Level0"), { seed: 7, numRuns: 200 });
    for (const instance of instances) expect(validate(instance)).toBe(true);
    expect(Math.max(...instances.map((instance) => JSON.stringify(instance).length))).toBeLessThan(200_000);
    const seen = observed(model, "Level0", instances);
    expect([`Level${LEVELS - 1}.text0 present`, `Level${LEVELS - 1}.text0 absent`].filter((possibility) => !seen.has(possibility))).toEqual([]);
  });
});

// Regression (DAP's CompletionsResponse, seed 5: {"label":""} judged invalid by AJV alone): an extra
// "__proto__" key merged with Object.assign set the object's prototype, whose keys AJV sees and
// JSON.stringify does not.
describe("an extra key named __proto__ is an own key", () => {
  it("never a prototype", () => {
    const model = buildModel(toSourceDocument({ $schema: "http://json-schema.org/draft-07/schema#", definitions: { Item: { type: "object", properties: { label: { type: "string" } }, patternProperties: { "^x-": { type: "integer" } } } } }, "test:proto"), { name: "Proto" });
    const instances = fc.sample(new ValidInstances(model).of("Item"), { seed: 5, numRuns: 2000 }) as object[];
    expect(instances.some((instance) => Object.hasOwn(instance, "__proto__"))).toBe(true);
    expect(instances.filter((instance) => Object.getPrototypeOf(instance) !== Object.prototype).map((instance) => JSON.stringify(instance))).toEqual([]);
  });
});

// Regression (SchemaStore's github-action.json, whose `runs` oneOf branches forbid each other's keys
// with `"main": {"not": {}}`): a property no value satisfies was drawn like any other, its filter
// rejected every candidate, and with every branch forbidding one the run stopped.
describe("a property no value satisfies", () => {
  const definitions = {
    Runner: {
      type: "object",
      properties: { kind: { enum: ["script", "image"] }, main: { type: "string" }, image: { type: "string" } },
      required: ["kind"],
      oneOf: [
        { properties: { kind: { const: "script" }, image: { not: {} } }, required: ["main"] },
        { properties: { kind: { const: "image" }, main: { not: {} } }, required: ["image"] },
      ],
      additionalProperties: false,
    },
    // The impossible variant is written in place: one referring to a definition of no value is no case
    // of the union in the model (withoutVariantsOfNoValue), so it would never reach the generator.
    StringOrImpossible: { oneOf: [{ type: "object", properties: { gone: false, name: { type: "string" } }, required: ["gone"] }, { type: "string" }] },
  };
  const model = buildModel(toSourceDocument({ $schema: "http://json-schema.org/draft-07/schema#", definitions }, "test:forbidden"), { name: "Forbidden" });
  const validate = new Ajv({ strict: false }).compile({ definitions, $ref: "#/definitions/Runner" });

  it("is left out where optional, so every branch is generated", { timeout: 30_000 }, () => {
    const instances = fc.sample(new ValidInstances(model).of("Runner"), { seed: 7, numRuns: 200 }) as Record<string, unknown>[];
    for (const instance of instances) expect(validate(instance), JSON.stringify(instance)).toBe(true);
    expect(new Set(instances.map((instance) => instance.kind))).toEqual(new Set(["script", "image"]));
  });

  it("keys of a pattern, or unknown keys, that no value satisfies are left out; the object counts as closed to unknown keys", { timeout: 30_000 }, () => {
    const closedDefinitions = { Closed: { type: "object", properties: { name: { type: "string" } }, patternProperties: { "^x-": { type: "string" }, "^y-": false }, additionalProperties: { not: {} } } };
    const closedModel = buildModel(toSourceDocument({ $schema: "http://json-schema.org/draft-07/schema#", definitions: closedDefinitions }, "test:forbidden-keys"), { name: "ForbiddenKeys" });
    const validateClosed = new Ajv({ strict: false }).compile({ definitions: closedDefinitions, $ref: "#/definitions/Closed" });
    const instances = fc.sample(new ValidInstances(closedModel).of("Closed"), { seed: 7, numRuns: 200 });
    for (const instance of instances) expect(validateClosed(instance), JSON.stringify(instance)).toBe(true);
    expect(instances.some((instance) => Object.keys(instance as object).some((key) => key.startsWith("x-")))).toBe(true);
    const walker = new PositionWalker(closedModel);
    const sites = findMutation("add-unknown-key")!.sites(walker.positions({ kind: "named", name: "Closed" }, { name: "a" }), walker);
    expect(sites.length).toBe(1);
  });

  it("makes an object that requires it impossible: reported at once, and another variant drawn", { timeout: 30_000 }, () => {
    // The model keeps both cases (else nothing here reaches the generator's handling).
    const union = model.typesByName.get("StringOrImpossible");
    expect(union?.kind === "union" ? union.variants.length : undefined).toBe(2);
    const stats = new FilterStats();
    const instances = fc.sample(new ValidInstances(model, { stats }).of("StringOrImpossible"), { seed: 7, numRuns: 50 });
    expect(instances.every((instance) => typeof instance === "string")).toBe(true);
    expect(stats.lines().some((line) => line.includes("requires gone, which no value satisfies"))).toBe(true);
  });
});

// Regression (configuration schemas write `^(?!.*\\.\\.)[a-z.]+$` and the like): fast-check builds no
// string from a lookaround, a word boundary or a backreference, and the run stopped at the first one.
// Nor from an empty group, the empty pattern too (JSON:API's `patternProperties: {"": true}`, found by
// the sweep of public schemas).
describe("patterns fast-check cannot build from", () => {
  const patterns = ["^(?!.*\\.\\.)[a-z.]+$", "^(?=[a-z])[a-z0-9-]+$", "(?<=@)[a-z]+", "^(['\"])[a-z]*\\1$", "^(?<pair>ab|cd)\\k<pair>$", "\\bv[0-9]+\\b", "^[\\b(?=]+$", "", "^x(){2}y$", "^a(?:)b$", "^(?<none>)[0-9]$", "^\\((?:)\\)$"];
  for (const pattern of patterns) {
    it(pattern, { timeout: 10_000 }, () => {
      const regex = new RegExp(pattern, "u");
      const values = fc.sample(patternString(pattern, {}, undefined), { seed: 7, numRuns: 100 });
      expect(values.filter((value) => !regex.test(value))).toEqual([]);
    });
  }

  it("are widened to patterns that match at least as much, for candidates", () => {
    expect(widenedPattern("^(?!.*\\.\\.)[a-z.]+$")).toBe("^[a-z.]+$");
    expect(widenedPattern("^(a|b)\\1(?<=b)$")).toBe("^(a|b)(?:a|b)$");
    expect(widenedPattern("^(?<q>x)\\k<q>[\\b]$")).toBe("^(?:x)(?:x)[\\x08]$");
    expect(widenedPattern("(?:)")).toBe("(?:a{0})");
    expect(widenedPattern("^x(){2}[()]\\(\\)$")).toBe("^x(a{0}){2}[()]\\(\\)$");
  });

  it("as keys of patternProperties", { timeout: 30_000 }, () => {
    const definitions = { Hosts: { type: "object", patternProperties: { "^(?!-)[a-z-]+$": { type: "integer" } }, additionalProperties: false } };
    const model = buildModel(toSourceDocument({ $schema: "http://json-schema.org/draft-07/schema#", definitions }, "test:lookahead-keys"), { name: "LookaheadKeys" });
    const validate = new Ajv({ strict: false }).compile({ definitions, $ref: "#/definitions/Hosts" });
    const instances = fc.sample(new ValidInstances(model).of("Hosts"), { seed: 7, numRuns: 100 });
    for (const instance of instances) expect(validate(instance), JSON.stringify(instance)).toBe(true);
    expect(instances.some((instance) => Object.keys(instance as object).length > 0)).toBe(true);
  });
});

// Found by random schemas judged by every runtime: the values a `dependentRequired` requires were drawn
// for every candidate, whether or not it held the key, so a recursive type (an array of at least one
// distinct object whose `a` requires `b`, the array again) drew a value inside each value it drew,
// until the stack overflowed and the run ended.
describe("a dependency of a recursive type", () => {
  const document = {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $defs: {
      Nest: { type: "array", minItems: 1, uniqueItems: true, items: { properties: { b: { $ref: "#/$defs/Nest" } }, required: ["kind"], additionalProperties: { $ref: "#/$defs/Lists" }, dependentRequired: { a: ["b"] } } },
      Lists: { type: "array", minItems: 1, items: { type: ["object", "null"] } },
    },
  };
  const model = buildModel(toSourceDocument(structuredClone(document), "nest.json"), { name: "Nest" });

  it("draws what it requires only where the key is, and ends", () => {
    const validate = new Ajv2020({ strict: false }).compile({ ...document, $ref: "#/$defs/Nest" });
    const instances = fc.sample(new ValidInstances(model).of("Nest"), { seed: 3, numRuns: 40 });
    expect(instances).toHaveLength(40);
    for (const instance of instances) expect(validate(instance), JSON.stringify(instance)).toBe(true);
  });
});

// Regression (OpenTelemetry's propagator, found by the sweep of public schemas): an object of six
// optional properties with `minProperties: 1, maxProperties: 1` had one key alone too seldom, so the
// filter gave up and none of its instances were judged; keys beyond the bound are now dropped.
describe("maxProperties over many optional properties", () => {
  it("draws objects within the bounds, with the required keys kept", { timeout: 30_000 }, () => {
    const optional = Object.fromEntries(["a", "b", "c", "d", "e", "f"].map((key) => [key, { type: ["object", "null"], additionalProperties: false }]));
    const definitions = {
      One: { type: "object", properties: optional, additionalProperties: { type: ["object", "null"] }, minProperties: 1, maxProperties: 1 },
      Two: { type: "object", properties: { ...optional, id: { type: "string" } }, required: ["id"], minProperties: 2, maxProperties: 3 },
    };
    const model = buildModel(toSourceDocument({ $schema: "https://json-schema.org/draft/2020-12/schema", $defs: definitions }, "test:max-properties"), { name: "MaxProperties" });
    const ajv = new Ajv2020({ strict: false });
    for (const name of ["One", "Two"] as const) {
      const validate = ajv.compile({ $defs: definitions, $ref: `#/$defs/${name}` });
      const instances = fc.sample(new ValidInstances(model).of(name), { seed: 7, numRuns: 100 });
      for (const instance of instances) expect(validate(instance), JSON.stringify(instance)).toBe(true);
      if (name === "Two") expect(instances.every((instance) => Object.hasOwn(instance as object, "id"))).toBe(true);
    }
  });
});
