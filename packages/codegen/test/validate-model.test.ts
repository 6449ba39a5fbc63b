// The model contract, checked (model/validateModel.ts): every invariant refuses a hand-made model
// that breaks it, with a CodegenError at the offending type; buildModel runs the check, so an input
// that would build a broken model (a definition that is only a `$ref` to itself) stops with its pointer.
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CodegenError } from "../src/errors.ts";
import type { NamedType, SchemaModel, TypeRef } from "../src/model/types.ts";
import { validateModel } from "../src/model/validateModel.ts";
import { forEachRefInside, refsInsideRef, renamedRef } from "../src/model/walk.ts";
import { targets } from "../src/targets/index.ts";
import { handModel, handObject, handUnion, named, str } from "./helpers/handModel.ts";
import { codegenErrorOf, draft07, modelOf } from "./helpers/model.ts";
import { runCli, tempDir, writeTree } from "./helpers/workspace.ts";

function violation(model: SchemaModel): CodegenError {
  return codegenErrorOf(() => validateModel(model));
}

describe("validateModel accepts", () => {
  it("a model that keeps every invariant, recursion through an array or a union included", () => {
    const tree = handObject("Tree", { children: { kind: "array", items: named("Tree"), constraints: {} }, label: named("Label") });
    const label = { kind: "enum", name: "Label", pointer: "/definitions/Label", definitionName: "Label", valueType: "string", values: ["a", "b"] } as const;
    const list = { kind: "alias", name: "List", pointer: "/definitions/List", definitionName: "List", type: { kind: "array", items: named("List"), constraints: {} } } as const;
    expect(() => validateModel(handModel([tree, label, list], { root: { kind: "named", name: "Tree" } }))).not.toThrow();
  });
});

describe("validateModel refuses", () => {
  it("an index that does not match the types", () => {
    const a = handObject("A", {});
    const model = handModel([a]);
    expect(violation({ ...model, typesByName: new Map() }).reason).toBe('typesByName does not index type "A"');
    expect(violation({ ...model, typesByName: new Map([["A", { ...a }]]) }).reason).toBe('typesByName does not index type "A"');
    const extra = new Map<string, NamedType>([["A", a], ["B", handObject("B", {})]]);
    expect(violation({ ...model, typesByName: extra }).reason).toContain("indexes types the model does not list: B");
  });

  it("two types of one name, and a name that is not PascalCase", () => {
    const error = violation(handModel([handObject("A", {}), { ...handObject("A", {}), pointer: "/definitions/Other", definitionName: "Other" }]));
    expect(error.pointer).toBe("/definitions/Other");
    expect(error.reason).toBe('two types are named "A" (the other at /definitions/A)');
    expect(violation(handModel([handObject("lower", {})])).reason).toBe('type name "lower" is not PascalCase');
    expect(violation(handModel([handObject("A-B", {})])).reason).toBe('type name "A-B" is not PascalCase');
  });

  it("a definition of the document with no type, and one claimed by two types", () => {
    const model = handModel([handObject("A", {})]);
    const missing = { ...model, source: { ...model.source, document: { definitions: { A: {}, "b/c": {} } } } };
    const error = violation(missing);
    expect(error.pointer).toBe("/definitions/b~1c");
    expect(error.reason).toBe('definition "b/c" has no type in the model');
    expect(violation(handModel([handObject("A", {}), { ...handObject("B", {}), definitionName: "A" }])).reason).toBe('types A and B both claim definition "A"');
  });

  it("a reference to a type the model does not define, wherever it sits", () => {
    const inProperty = violation(handModel([handObject("A", { b: named("Missing") })]));
    expect(inProperty.pointer).toBe("/definitions/A/properties/b");
    expect(inProperty.reason).toBe('refers to type "Missing", which the model does not define');
    const deep: TypeRef = { kind: "nullable", type: { kind: "record", values: { kind: "array", items: named("Gone"), constraints: {} } } };
    expect(violation(handModel([handObject("A", { b: deep })])).reason).toContain('"Gone"');
    expect(violation(handModel([handObject("A", {})], { root: { kind: "named", name: "Root" } })).reason).toContain('"Root"');
    const constrained: TypeRef = { kind: "constrained", type: str, assertions: [{ kind: "not", type: named("Nope"), pointer: "/x/not" }] };
    expect(violation(handModel([handObject("A", { b: constrained })])).reason).toContain('"Nope"');
  });

  // validateModel reads references with forEachRefInside (no list per reference), and refsInsideRef
  // is its list: every reference directly inside another, in order, for every kind that holds some.
  it("every reference directly inside another, in order", () => {
    const cases: [TypeRef, string[]][] = [
      [{ kind: "array", items: named("I"), constraints: {} }, ["I"]],
      [{ kind: "tuple", prefixItems: [named("P1"), named("P2")], rest: named("R"), constraints: {} }, ["P1", "P2", "R"]],
      [{ kind: "tuple", prefixItems: [named("P")], rest: false, constraints: {} }, ["P"]],
      [{ kind: "record", values: named("V") }, ["V"]],
      [{ kind: "nullable", type: named("N") }, ["N"]],
      [
        {
          kind: "constrained",
          type: named("C"),
          assertions: [
            { kind: "not", type: named("Not"), pointer: "" },
            { kind: "conditional", if: named("If"), then: named("Then"), pointer: "" },
            { kind: "conditional", if: named("If2"), else: named("Else"), pointer: "" },
            { kind: "propertyCount", min: 1, pointer: "" },
            { kind: "dependentSchema", property: "p", type: named("D"), pointer: "" },
          ],
        },
        ["C", "Not", "If", "Then", "If2", "Else", "D"],
      ],
      [str, []],
      [named("X"), []],
    ];
    const nameOf = (ref: TypeRef) => (ref.kind === "named" ? ref.name : ref.kind);
    for (const [ref, expected] of cases) {
      const met: TypeRef[] = [];
      forEachRefInside(ref, (inner) => met.push(inner));
      expect(met.map(nameOf)).toEqual(expected);
      expect(refsInsideRef(ref).map(nameOf)).toEqual(expected);
      // The rename walks the same places: every name met inside is renamed, the rest left as it is.
      const renamed = renamedRef(ref, (name) => `${name}2`);
      expect(refsInsideRef(renamed).map(nameOf)).toEqual(expected.map((name) => (/^[A-Z]/.test(name) ? `${name}2` : name)));
    }
  });

  it("a base that is not an object type", () => {
    const alias = { kind: "alias", name: "S", pointer: "/definitions/S", definitionName: "S", type: str } as const;
    const error = violation(handModel([handObject("A", {}, { bases: [{ kind: "named", name: "S" }] }), alias]));
    expect(error.pointer).toBe("/definitions/A");
    expect(error.reason).toBe('base "S" of A is not an object type');
    expect(violation(handModel([handObject("A", {}, { bases: [{ kind: "named", name: "Gone" }] })])).reason).toBe('base "Gone" of A is not an object type');
  });

  it("a cycle of aliases, through nullable too", () => {
    const alias = (name: string, type: TypeRef): NamedType => ({ kind: "alias", name, pointer: `/definitions/${name}`, definitionName: name, type });
    const self = violation(handModel([alias("A", named("A"))]));
    expect(self.pointer).toBe("/definitions/A");
    expect(self.reason).toBe("A is only a reference to itself (alias cycle A → A): it describes no value");
    const pair = violation(handModel([alias("A", named("B")), alias("B", named("A"))]));
    expect(pair.pointer).toBe("/definitions/A");
    expect(pair.reason).toBe("alias cycle A → B → A: each is only another name for the next, so none describes a value");
    expect(violation(handModel([alias("A", { kind: "nullable", type: named("A") })])).reason).toContain("alias cycle A → A");
    // A chain into a cycle reports the cycle, from where it starts.
    expect(violation(handModel([alias("X", named("A")), alias("A", named("B")), alias("B", named("A"))])).reason).toContain("alias cycle A → B → A");
  });

  it("a union without variants, or with variant names that repeat or are not PascalCase", () => {
    const a = handObject("A", {});
    expect(violation(handModel([handUnion("U", { rule: "firstMatch", variants: [] })])).reason).toBe("union U has no variants");
    const twice = handUnion("U", { rule: "firstMatch", variants: [{ name: "A", type: named("A") }, { name: "A", type: str }] });
    expect(violation(handModel([twice, a])).reason).toBe('union U has two variants named "A"');
    const lower = handUnion("U", { rule: "firstMatch", variants: [{ name: "a", type: named("A") }] });
    expect(violation(handModel([lower, a])).reason).toBe('variant name "a" of U is not PascalCase');
  });

  it("a reordered union whose positions as written are not one each of its variants", () => {
    const variants = [{ name: "A", type: named("A") }, { name: "Text", type: str }];
    const reordered = (positionsWritten: number[]) => handUnion("U", { rule: "firstMatch", keyword: "anyOf", variants, positionsWritten } as never);
    expect(() => validateModel(handModel([reordered([1, 0]), handObject("A", {})]))).not.toThrow();
    for (const positions of [[0, 0], [0], [0, 2], [0.5, 1]]) {
      expect(violation(handModel([reordered(positions), handObject("A", {})])).reason).toBe(`union U: its positions as written (${positions.join(", ")}) are not one each of its 2 variants`);
    }
  });

  it("selectors that do not tell the variants apart", () => {
    const types = [handObject("A", {}), handObject("B", {})];
    const tags = handUnion("U", { rule: "tag", property: "type", variants: [{ name: "A", type: named("A"), tag: "x" }, { name: "B", type: named("B"), tag: "x" }] });
    expect(violation(handModel([tags, ...types])).reason).toBe('union U (rule tag): variant B repeats the tag "x"');
    const jsonTypes = handUnion("U", {
      rule: "jsonType",
      variants: [
        { name: "Integer", type: { kind: "integer", constraints: {} }, jsonType: "integer" },
        { name: "Number", type: { kind: "number", constraints: {} }, jsonType: "number" },
      ],
    });
    expect(violation(handModel([jsonTypes])).reason).toBe("union U (rule jsonType): variant Number repeats the JSON type number (integer counts as number)");
    const shadowed = handUnion("U", { rule: "keyPresence", variants: [{ name: "A", type: named("A"), keys: ["id"] }, { name: "B", type: named("B"), keys: ["id", "extra"] }] });
    expect(violation(handModel([shadowed, ...types])).reason).toBe(
      "union U (rule keyPresence): variant B comes after A, whose keys are a subset of its own: the more specific variant must be tried first",
    );
    const catchAllFirst = handUnion("U", { rule: "keyPresence", variants: [{ name: "A", type: named("A"), keys: [] }, { name: "B", type: named("B"), keys: ["id"] }] });
    expect(violation(handModel([catchAllFirst, ...types])).reason).toContain("variant B comes after A");
    const sameKeys = handUnion("U", { rule: "keyPresence", variants: [{ name: "A", type: named("A"), keys: ["id"] }, { name: "B", type: named("B"), keys: ["id"] }] });
    expect(violation(handModel([sameKeys, ...types])).reason).toBe("union U (rule keyPresence): variants A and B need the same keys, so keys do not tell them apart");
    const catchAllLast = handUnion("U", { rule: "keyPresence", variants: [{ name: "B", type: named("B"), keys: ["id"] }, { name: "A", type: named("A"), keys: [] }] });
    expect(() => validateModel(handModel([catchAllLast, ...types]))).not.toThrow();
  });

  it("a preference (an OpenAPI discriminator) naming no variant, a string twice, or a key that is no string", () => {
    const types = [handObject("A", {}), handObject("B", {})];
    const variants = [{ name: "A", type: named("A") }, { name: "B", type: named("B") }];
    const preferring = (preference: object) => handUnion("U", { rule: "firstMatch", variants, preference } as never);
    expect(() => validateModel(handModel([preferring({ property: "kind", cases: [{ value: "a", variant: "A" }, { value: "b", variant: "B" }] }), ...types]))).not.toThrow();
    expect(violation(handModel([preferring({ property: "kind", cases: [{ value: "c", variant: "C" }] }), ...types])).reason).toBe('union U (rule firstMatch): the preference\'s "c" names no variant (C)');
    expect(violation(handModel([preferring({ property: "kind", cases: [{ value: "a", variant: "A" }, { value: "a", variant: "B" }] }), ...types])).reason).toBe('union U (rule firstMatch): the preference names "a" twice');
    expect(violation(handModel([preferring({ property: 1, cases: [] }), ...types])).reason).toBe("union U (rule firstMatch): the preference's property is not a string key");
    const keyed = handUnion("U", { rule: "keyPresence", variants: [{ name: "A", type: named("A"), keys: ["a"] }], preference: { property: "kind", cases: [{ value: "b", variant: "B" }] } });
    expect(violation(handModel([keyed, ...types])).reason).toBe('union U (rule keyPresence): the preference\'s "b" names no variant (B)');
  });

  it("an enum with no values, a repeated value, a value of another type, or other values of another type", () => {
    const enumOf = (values: readonly (string | number | boolean)[], extra: object = {}): NamedType =>
      ({ kind: "enum", name: "E", pointer: "/definitions/E", definitionName: "E", valueType: "string", values, ...extra }) as NamedType;
    expect(violation(handModel([enumOf([])])).reason).toBe("enum E has no values");
    expect(violation(handModel([enumOf(["a", "a"])])).reason).toBe('enum E repeats the value "a"');
    expect(violation(handModel([enumOf(["a", 1])])).reason).toBe("enum E holds 1, not a string");
    expect(violation(handModel([enumOf(["a"], { otherValues: { kind: "integer", constraints: {} } })])).reason).toBe("enum E of string values is open to integer values");
    expect(() => validateModel(handModel([enumOf([1, 2.5], { valueType: "number" })]))).not.toThrow();
  });

  it("a literal null (null has a kind of its own)", () => {
    const literalNull = { kind: "literal", value: null } as unknown as TypeRef;
    expect(violation(handModel([handObject("A", { b: literalNull })])).reason).toBe('a literal null must be the type { kind: "null" }');
  });
});

describe("buildModel checks what it built", () => {
  it("a definition that is only a $ref to itself is an error naming its pointer", () => {
    const error = codegenErrorOf(() => modelOf(draft07({ A: { $ref: "#/definitions/A" } })));
    expect(error.pointer).toBe("/definitions/A");
    expect(error.location).toBe("test.schema.json");
    expect(error.reason).toContain("A is only a reference to itself");
  });

  it("an alias cycle between definitions, and a nullable reference to itself", () => {
    expect(codegenErrorOf(() => modelOf(draft07({ A: { $ref: "#/definitions/B" }, B: { $ref: "#/definitions/A" } }))).reason).toContain("alias cycle A → B → A");
    const nullable = { anyOf: [{ $ref: "#/definitions/A" }, { type: "null" }] };
    expect(codegenErrorOf(() => modelOf(draft07({ A: nullable }))).reason).toContain("alias cycle A → A");
  });

  it("a union variant whose $ref chain never reaches a schema: the alias cycle is named", () => {
    const error = codegenErrorOf(() => modelOf(draft07({ A: { $ref: "#/definitions/A" }, U: { anyOf: [{ $ref: "#/definitions/A" }, { type: "string" }] } })));
    expect(error.pointer).toBe("/definitions/A");
    expect(error.reason).toContain("A is only a reference to itself");
  });

  it("schemas that are not definitions and only refer to each other are an alias cycle too", () => {
    const looped = { type: "object", properties: { x: { $ref: "#/definitions/A/properties/y" }, y: { $ref: "#/definitions/A/properties/x" } } };
    const error = codegenErrorOf(() => modelOf(draft07({ A: looped })));
    expect(error.pointer).toBe("/definitions/A/properties/y");
    // The schema at A's y is named for where it is written (AY), as the pointer says; it was named
    // for its first use, x's reference (AX), before referenced places were named where they are.
    expect(error.reason).toBe("AY is only a reference to itself (alias cycle AY → AY): it describes no value");
  });

  it("recursion through an array is a recursive type, not a cycle", () => {
    expect(() => modelOf(draft07({ List: { type: "array", items: { $ref: "#/definitions/List" } } }))).not.toThrow();
  });
});

describe("a definition that is only a $ref to itself, through the CLI", () => {
  const dir = tempDir();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeTree(dir, { "self.json": JSON.stringify(draft07({ Ok: { type: "string" }, A: { $ref: "#/definitions/A" } })) });

  // Before the check, the python-drf target died with a stack trace and json-schema wrote a file and exited 0.
  for (const target of targets.map((t) => t.name)) {
    it(`${target}: exit 2, the pointer in the message, nothing written`, () => {
      const out = join(dir, `out-${target}`);
      const result = runCli(["gen", "--input", join(dir, "self.json"), "--target", target, "--out", out]);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain("self.json#/definitions/A: A is only a reference to itself");
      expect(result.stderr).not.toMatch(/^\s+at /m);
      expect(existsSync(out)).toBe(false);
    });
  }
});
