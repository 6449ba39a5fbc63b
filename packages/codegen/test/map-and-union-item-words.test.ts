// A map's values were told as a singular noun in the slot of an adjective, and an array's items of a
// union with null in the singular: "an object of a string values", "an object of an object of a string
// values values" (Deno's import map `scopes`), "an object of a string or null values" (DAP's `env`),
// "an array of an object of any values". Found by reading the docs of the regression corpus (DAP, Deno,
// package.json, MCP, GitHub's webhooks): 79 rows of 23 documents. Now a map's values are told as an
// array's items are, a plural noun: "an object whose values are strings", "numbers or nulls"; and a
// union with null of a map or an array puts null first ("null, or an object whose values are strings"),
// where after it " or null" would read as said of its values. Controls: a map of a named type and one of
// any values read as before ("an object of Tag values"), and so does an array of strings.
import { describe, expect, it } from "vitest";
import { describeNamedType, describeTypeRef } from "../src/model/describeAssertion.ts";
import type { TypeRef } from "../src/model/types.ts";
import { docsTarget } from "../src/targets/docs/index.ts";
import { modelOf, typeNamed } from "./helpers/model.ts";

const string: TypeRef = { kind: "string", constraints: {} };
const number: TypeRef = { kind: "number", constraints: {} };
const mapOf = (values: TypeRef): TypeRef => ({ kind: "record", values });
const arrayOf = (items: TypeRef): TypeRef => ({ kind: "array", items, constraints: {} });
const orNull = (type: TypeRef): TypeRef => ({ kind: "nullable", type });

describe("the words of a map's values and of an array's items of a union", () => {
  it("tells a map's values as a plural noun", () => {
    expect(describeTypeRef(mapOf(string))).toBe("an object whose values are strings");
    expect(describeTypeRef(mapOf(mapOf(string)))).toBe("an object whose values are objects whose values are strings");
    expect(describeTypeRef(mapOf(arrayOf(string)))).toBe("an object whose values are arrays of strings");
    // Not "an array of an object of any values".
    expect(describeTypeRef(arrayOf(mapOf({ kind: "unknown" })))).toBe("an array of objects of any values");
  });

  it("tells a union with null among an array's items or a map's values in the plural", () => {
    expect(describeTypeRef(arrayOf(arrayOf(orNull(number))))).toBe("an array of arrays of numbers or nulls");
    expect(describeTypeRef(mapOf(orNull(string)))).toBe("an object whose values are strings or nulls");
    // A container that may be null: its null first, or "or nulls" would read as said of its items.
    expect(describeTypeRef(arrayOf(orNull(arrayOf(number))))).toBe("an array of nulls or arrays of numbers");
  });

  it("puts null first where a map's or an array's values may be null themselves", () => {
    expect(describeTypeRef(orNull(mapOf(string)))).toBe("null, or an object whose values are strings");
    expect(describeTypeRef(orNull(arrayOf(string)))).toBe("null, or an array of strings");
    // Not "an object of any values or null", "an object of Tag values or null": the values read as nullable.
    expect(describeTypeRef(orNull(mapOf({ kind: "unknown" })))).toBe("null, or an object of any values");
    expect(describeTypeRef(orNull(mapOf({ kind: "named", name: "Tag" })))).toBe("null, or an object of Tag values");
  });

  it("controls: a map of a named type or of any values, an array of strings, a nullable string read as before", () => {
    expect(describeTypeRef(mapOf({ kind: "named", name: "Tag" }))).toBe("an object of Tag values");
    expect(describeTypeRef(mapOf({ kind: "unknown" }))).toBe("an object of any values");
    expect(describeTypeRef(arrayOf(string))).toBe("an array of strings");
    expect(describeTypeRef(orNull(string))).toBe("a string or null");
  });

  // A rule after a map's or an array's plural read as said of its values or items: "an object whose
  // values are booleans that every key must be a string in format uri", "an object whose values are
  // strings that must have at least 1 property", "an array of any values that must contain …" (the
  // docs of the regression corpus). Now a semicolon ends the type and the rule is said of the whole.
  it("says a map's or an array's own rule after a semicolon, of the whole", () => {
    const boolean: TypeRef = { kind: "boolean" };
    const uri: TypeRef = { kind: "string", constraints: { format: "uri" } };
    expect(describeTypeRef({ kind: "constrained", type: mapOf(boolean), assertions: [{ kind: "propertyNames", type: uri, pointer: "" }] })).toBe(
      "an object whose values are booleans; every key must be a string in format uri",
    );
    expect(describeTypeRef({ kind: "constrained", type: mapOf(string), assertions: [{ kind: "propertyCount", min: 1, pointer: "" }] })).toBe(
      "an object whose values are strings; it must have at least 1 property",
    );
    expect(describeTypeRef({ kind: "constrained", type: mapOf({ kind: "unknown" }), assertions: [{ kind: "propertyCount", min: 1, pointer: "" }, { kind: "propertyNames", type: uri, pointer: "" }] })).toBe(
      "an object of any values; it must have at least 1 property, and every key must be a string in format uri",
    );
    expect(describeTypeRef({ kind: "constrained", type: arrayOf({ kind: "unknown" }), assertions: [{ kind: "contains", type: string, min: 1, pointer: "" }] })).toBe(
      "an array of any values; it must contain at least 1 item(s) that are a string",
    );
    // Control: a rule on a scalar reads as before.
    expect(describeTypeRef({ kind: "constrained", type: string, assertions: [{ kind: "not", type: { kind: "literal", value: "x" }, pointer: "" }] })).toBe('a string that must not be "x"');
  });

  // The semicolon broke a sentence the type's words are nested in: OSV's `ranges` items read "if it is
  // an object with "events" (if present): an array of any values; it must contain at least 1 item(s)
  // that are …, then it must not be …" (the Swift doc comment; /work/regcorpus/osv/schema.json). Nested
  // (a conditional's `if`, an object's keys, a union's variants, a container that may be null), the
  // rules are said in parentheses. Control: at the end of a sentence, the semicolon as above.
  it("says a nested map's or array's own rule in parentheses, which what follows cannot read as part of", () => {
    const containsString: TypeRef = { kind: "constrained", type: arrayOf({ kind: "unknown" }), assertions: [{ kind: "contains", type: string, min: 1, pointer: "" }] };
    expect(describeTypeRef(orNull(containsString))).toBe("null, or an array of any values (which must contain at least 1 item(s) that are a string)");
    expect(describeTypeRef(arrayOf(containsString))).toBe("an array of an array of any values (which must contain at least 1 item(s) that are a string)");
    const twoRules: TypeRef = { kind: "constrained", type: mapOf(string), assertions: [{ kind: "propertyCount", min: 1, pointer: "" }, { kind: "propertyNames", type: string, pointer: "" }] };
    expect(describeTypeRef(orNull(twoRules))).toBe("null, or an object whose values are strings (which must have at least 1 property, and every key must be a string)");
    // OSV's shape: the conditional's `if` is an object whose "events" must contain an item.
    const model = modelOf({
      $schema: "http://json-schema.org/draft-07/schema#",
      type: "object",
      properties: {
        events: { type: "array" },
      },
      if: { properties: { events: { contains: { type: "string" } } } },
      then: { required: ["events"] },
    }, "Range");
    expect(describeNamedType(typeNamed(model, "RangeIf"))).toBe('an object with "events" (if present): an array of any values (which must contain at least 1 item(s) that are a string)');
  });

  it("says so in the docs' row of a property (DAP's `env`, Deno's `scopes`)", () => {
    const model = modelOf({
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $defs: {
        Launch: {
          type: "object",
          properties: {
            env: { type: "object", additionalProperties: { type: ["string", "null"] } },
            scopes: { type: "object", additionalProperties: { type: "object", additionalProperties: { type: "string" } } },
          },
        },
      },
    }, "Words");
    const docs = docsTarget.render([model], {}).map((file) => file.contents).join("\n");
    expect(docs).toContain("| `env` | an object whose values are strings or nulls | optional |");
    expect(docs).toContain("| `scopes` | an object whose values are objects whose values are strings | optional |");
  });
});
