// A definition with rules beside its properties is the alias of its object with those rules, the
// object named Foo + Value (Foo = FooValue, constrained). Where its extra keys' values took that
// name first (a map's values are named Foo + Value), the object was numbered: STIX 2.1's core
// (patternProperties of six JSON types, a `not` refusing keys) was CoreValue2 beside CoreValue, and
// every STIX object adopted CoreValue2Protocol (found by sweep AC on OASIS cti-stix2-json-schemas).
import { describe, expect, it } from "vitest";
import { modelOf } from "./helpers/model.ts";

const CORE = {
  $schema: "http://json-schema.org/draft-04/schema#",
  definitions: {
    core: {
      type: "object",
      properties: { id: { type: "string" } },
      patternProperties: { "^[a-z0-9_]{3,250}$": { anyOf: [{ type: "string" }, { type: "integer" }] } },
      // Two keys, not both: a rule (one key's `not` is a property no value satisfies: key-forbidden-by-not-required.test).
      not: { required: ["confidence", "severity"] },
    },
  },
  type: "object",
  properties: { core: { $ref: "#/definitions/core" } },
};

describe("the object of a definition with rules, beside its extra keys' values", () => {
  const model = modelOf(CORE, "Stix");
  const core = model.types.find((type) => type.definitionName === "core");
  const object = model.types.find((type) => type.kind === "object" && type.pointer === "/definitions/core");
  const values = model.types.find((type) => type.pointer === "/definitions/core/patternProperties/^[a-z0-9_]{3,250}$");

  it("is named for what it is, not numbered", () => {
    expect(core?.kind).toBe("alias");
    expect(values?.name).toBe("CoreValue");
    expect(object?.name).toBe("CoreObject");
    expect(model.types.map((type) => type.name).filter((name) => /\d$/.test(name))).toEqual([]);
  });

  it("is the object the definition's alias names", () => {
    const aliased = core?.kind === "alias" ? core.type : undefined;
    const named = aliased?.kind === "constrained" ? aliased.type : aliased;
    expect(named).toEqual({ kind: "named", name: object?.name });
  });
});
