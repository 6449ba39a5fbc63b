// Names Swift cannot take as the schema spells them are renamed by fixed rules (naming.ts,
// structMembers.ts), never refused: a valid schema always generates.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { SchemaModel } from "../../src/model/types.ts";
import { swiftTarget } from "../../src/targets/swift/index.ts";
import { enumCaseName, isClaimedTypeName } from "../../src/targets/swift/naming.ts";
import { supportSwift } from "../../src/targets/swift/support.ts";
import { draft07, modelOf } from "../helpers/model.ts";
import platformTypeNames from "../../src/targets/swift/platformTypeNames.json" with { type: "json" };
import { PLATFORM_MODULES } from "../../../../scripts/swift/platformTypeNames.ts";
import { REPO_ROOT } from "../../../../scripts/swift/harnessPackage.ts";
import { describeWithSwift } from "../helpers/swift.ts";

function swiftOf(model: SchemaModel): string {
  return swiftTarget.render([model], {})[0]!.contents;
}

describe("Swift names", () => {
  it("numbers the wire name that only becomes another's member, so the member of a key spelled as it stays whatever comes first", () => {
    const swift = swiftOf(modelOf(draft07({ Ev: { type: "object", properties: { session_id: { type: "string" }, sessionId: { type: "string" }, "session-id": { type: "string" } } } })));
    expect(swift).toContain("public var sessionId: String?");
    expect(swift).toContain("public var sessionId2: String?");
    expect(swift).toContain("public var sessionId3: String?");
    expect(swift).toMatch(/^ {8}case sessionId$/m);
    expect(swift).toContain('case sessionId2 = "session_id"');
    expect(swift).toContain('case sessionId3 = "session-id"');
  });

  // Found by the CI-configuration sweep: a tag union on "action" (43 of them in the regression inputs) said
  // `A "action" this version does not know` on its fallback case.
  it("documents a tag union's fallback case in words that read whatever the tag's key is", () => {
    const tagged = (key: string) =>
      swiftOf(modelOf(draft07({ Step: { oneOf: ["a", "b"].map((tag) => ({ type: "object", properties: { [key]: { const: tag } }, required: [key] })) } })));
    expect(tagged("action")).toContain('/// An object whose "action" is one this version does not know: the whole object, kept as it came.');
    expect(tagged("kind")).toContain('/// An object whose "kind" is one this version does not know: the whole object, kept as it came.');
    expect(tagged("action")).not.toMatch(/A "action"/);
  });

  it("numbers two enum values that give the same case", () => {
    const swift = swiftOf(modelOf(draft07({ Mode: { enum: ["next-heartbeat", "next_heartbeat"] }, U: { type: "object", properties: { m: { $ref: "#/definitions/Mode" } } } })));
    expect(swift).toContain('case "next-heartbeat": self = .nextHeartbeat');
    expect(swift).toContain('case "next_heartbeat": self = .nextHeartbeat2');
  });

  // Found on SchemaStore's dependabot-2.0.json by the sweep: its timezone enum lists Etc/GMT+1 …
  // Etc/GMT+12 and Etc/GMT-1 … Etc/GMT-14, whose signs a case name drops, so Etc/GMT-1 was `.etcGmt13`
  // (etcGmt12 was Etc/GMT+12's) and Etc/GMT-13 `.etcGmt132`.
  it("numbers a case whose name ends in a digit after an underscore, so it never reads as another value's", () => {
    const zones = ["Etc/GMT_1", "Etc/GMT_12", "Etc/GMT-1", "Etc/GMT-12", "Etc/GMT-13", "Etc/GMT_13"];
    const casesOf = (values: readonly string[]) => {
      const swift = swiftOf(modelOf(draft07({ Zone: { type: "string", enum: values }, U: { type: "object", properties: { z: { $ref: "#/definitions/Zone" } } } })));
      return [...swift.matchAll(/case "(Etc\/GMT[^"]*)": self = \.(\w+)/g)].map(([, value, name]) => [value, name]);
    };
    expect(casesOf(zones)).toEqual([
      ["Etc/GMT_1", "etcGmt1"],
      ["Etc/GMT_12", "etcGmt12"],
      ["Etc/GMT-1", "etcGmt1_2"],
      ["Etc/GMT-12", "etcGmt12_2"],
      ["Etc/GMT-13", "etcGmt13"],
      ["Etc/GMT_13", "etcGmt13_2"],
    ]);
    // A "+" is a word ("plus"), so the real zones' names differ without numbers.
    expect(casesOf(["Etc/GMT+1", "Etc/GMT-1"])).toEqual([
      ["Etc/GMT+1", "etcGmtPlus1"],
      ["Etc/GMT-1", "etcGmt1"],
    ]);
  });

  // Found by a sweep of CRDs: "type" after "Type" was `type2`, "hugepages2Mi" after "hugepages-2Mi" `hugepages2Mi2`.
  it("gives a key spelled as its member that member, whatever key comes first", () => {
    const swift = swiftOf(modelOf(draft07({ Keys: { type: "object", properties: { Type: { type: "string" }, type: { type: "string" }, "hugepages-2Mi": { type: "string" }, hugepages2Mi: { type: "string" } } } })));
    expect(swift).toContain('case type2 = "Type"');
    expect(swift).toMatch(/^ {8}case type\n/m);
    expect(swift).toContain('case hugepages2Mi2 = "hugepages-2Mi"');
    expect(swift).toMatch(/^ {8}case hugepages2Mi\n/m);
  });

  // Found by a sweep of FHIR, which writes each field's extensions beside it as "_field": dropped, the
  // underscore made "_birthDate" `birthDate2`, a second birth date to read.
  it("keeps a key's leading underscores, which Swift allows", () => {
    const swift = swiftOf(modelOf(draft07({ Patient: { type: "object", properties: { birthDate: { type: "string" }, _birthDate: { type: "object" }, _links: { type: "object" }, __typename: { type: "string" }, _1st: { type: "string" } } } })));
    expect(swift).toContain("public var birthDate: String?");
    expect(swift).toContain("public var _birthDate: [String: JSONValue]?");
    expect(swift).toMatch(/^ {8}case _birthDate\n/m);
    expect(swift).toMatch(/^ {8}case _links\n/m);
    expect(swift).toMatch(/^ {8}case __typename\n/m);
    expect(swift).toMatch(/^ {8}case _1st\n/m);
    expect(swift).not.toContain("birthDate2");
  });

  it("spells out the symbols of a name with no letters or digits, a symbol of no word by its code point", () => {
    const swift = swiftOf(modelOf(draft07({ Odd: { type: "object", properties: { "--": { type: "string" }, "→": { type: "string" } } } })));
    expect(swift).toContain("public var minusMinus: String?");
    expect(swift).toContain('case minusMinus = "--"');
    expect(swift).toContain('case u2192 = "→"');
  });

  // Enums of operators named each case by its code points (`u003C003D`), and GitHub's reactions
  // "+1" and "-1" were `plus1` and `_1`: the sign of "-1" was dropped.
  it("names a case of symbols by their words, and a sign before a value's digits", () => {
    const casesOf = (values: readonly string[]) => {
      const swift = swiftOf(modelOf(draft07({ Values: { type: "string", enum: values }, U: { type: "object", properties: { v: { $ref: "#/definitions/Values" } } } })));
      return [...swift.matchAll(/^ {8}case "((?:[^"\\]|\\.)*)": self = \.(\w+)$/gm)].map(([, value, name]) => [value, name]);
    };
    expect(casesOf(["+1", "-1", "laugh"])).toEqual([["+1", "plus1"], ["-1", "minus1"], ["laugh", "laugh"]]);
    expect(casesOf(["<", "<=", "==", "!=", ">=", ">", "*", "+", "-"])).toEqual([
      ["<", "lessThan"],
      ["<=", "lessThanEquals"],
      ["==", "equalsEquals"],
      ["!=", "notEquals"],
      [">=", "greaterThanEquals"],
      [">", "greaterThan"],
      ["*", "asterisk"],
      ["+", "plus"],
      ["-", "minus"],
    ]);
    // A "-" inside a value is a word break, as before: the sign is only the one before its first digits.
    expect(casesOf(["Etc/GMT-1", "a-1"])).toEqual([["Etc/GMT-1", "etcGmt1"], ["a-1", "a1"]]);
  });

  it("moves a case off the members every enum has, and off `none`, which an Optional would take", () => {
    const swift = swiftOf(modelOf(draft07({ Raw: { enum: ["plain", "raw_value", "none"] }, U: { type: "object", properties: { r: { $ref: "#/definitions/Raw" } } } })));
    expect(swift).toContain('case "raw_value": self = ._rawValue');
    expect(swift).toContain('case "none": self = ._none');
    expect(swift).not.toMatch(/case none\b/);
  });

  it("numbers the undeclared-keys member when a property has its name", () => {
    const swift = swiftOf(modelOf(draft07({ Open: { type: "object", properties: { additional_properties: { type: "string" } } } })));
    expect(swift).toContain("public var additionalProperties: String?");
    expect(swift).toContain("public var additionalProperties2: [String: JSONValue]");
  });

  it("prefixes with an underscore a type named like one Swift or the support file claims, keeping its wire name", () => {
    const swift = swiftOf(
      modelOf(
        draft07({
          JSONValue: { type: "object", properties: { a: { type: "string" } } },
          String: { type: "string" },
          Type: { type: "object", properties: { of: { $ref: "#/definitions/String" } } },
        }),
      ),
    );
    expect(swift).toContain("public struct _JSONValue: Codable");
    expect(swift).toContain("public typealias _String = String");
    expect(swift).toContain("public struct _Type: Codable");
    expect(swift).toContain("public var of: _String?");
    expect(swift).toContain('"String": _String.self,');
    expect(swift).toContain('"Type": _Type.self,');
  });

  it("prefixes with an underscore a type named like a typealias Swift reads to type an untyped literal", () => {
    const swift = swiftOf(
      modelOf(
        draft07({
          StringLiteralType: { type: "object", properties: { kind: { const: "stringLiteral" } } },
          IntegerLiteralType: { type: "object", properties: { value: { type: "integer" } } },
        }),
      ),
    );
    expect(swift).toContain("public struct _StringLiteralType: Codable");
    expect(swift).toContain("public struct _IntegerLiteralType: Codable");
    expect(swift).not.toMatch(/\b(struct|enum|typealias) (StringLiteralType|IntegerLiteralType)\b/);
    expect(swift).toContain('"StringLiteralType": _StringLiteralType.self,');
  });

  // Found by probing definitions named like Foundation's types: the conformance harness, which imports
  // Foundation beside the generated module, stopped compiling ("'JSONEncoder' is ambiguous for type
  // lookup in this context"), as would any of the app's files naming Date, Data or URL.
  it("prefixes with an underscore a type named like one Foundation or Swift's concurrency declares", () => {
    const swift = swiftOf(
      modelOf(
        draft07({
          Date: { type: "object", properties: { at: { type: "string" } } },
          JSONEncoder: { type: "object", properties: { pretty: { type: "boolean" } } },
          Task: { type: "object", properties: { due: { $ref: "#/definitions/Date" } } },
          URLSession: { type: "string" },
          DispatchQueue: { type: "string" },
          Message: { type: "string" },
        }),
      ),
    );
    expect(swift).toContain("public struct _Date: Codable");
    expect(swift).toContain("public struct _JSONEncoder: Codable");
    expect(swift).toContain("public struct _Task: Codable");
    expect(swift).toContain("public var due: _Date?");
    expect(swift).toContain("public typealias _URLSession = String");
    expect(swift).toContain("public typealias _DispatchQueue = String");
    expect(swift).toContain("public typealias Message = String");
    expect(swift).not.toMatch(/\b(struct|enum|typealias) (Date|JSONEncoder|Task|URLSession|DispatchQueue)\b/);
  });

  // The support file's names are a list kept by hand beside it (naming.ts): a type added to the file
  // and not to the list would be shadowed by a model type of its name (JSONInput, added with its list
  // entry, is how this test came).
  it("claims every type name the support file declares, with every part of it emitted", () => {
    const support = supportSwift({
      null: true,
      absent: true,
      indirect: true,
      keyPatterns: true,
      foundationKeyPatterns: true,
      oneThrowSite: true,
      variantMatching: true,
      tuples: [{ arity: 2, required: 1 }],
      constants: new Map(),
    });
    const declared = [...support.matchAll(/^(?:(?:public|internal|private|fileprivate|final|indirect) )*(?:enum|struct|class|protocol|typealias|actor) (\w+)/gm)].map((match) => match[1]!);
    expect(declared).toEqual(expect.arrayContaining(["JSONValue", "JSONInput", "JSONNull", "JSONAbsent", "KeyPattern", "JSONTuple2Min1"]));
    expect(declared.filter((name) => !isClaimedTypeName(name))).toEqual([]);
  });

  it("takes the platform's type names from the toolchain's modules, each module's list non-empty", () => {
    for (const module of PLATFORM_MODULES) expect(platformTypeNames.modules[module as keyof typeof platformTypeNames.modules]?.length ?? 0, module).toBeGreaterThan(5);
    expect(platformTypeNames.all).toEqual([...new Set(Object.values(platformTypeNames.modules).flat())].sort());
  });

  it.each([
    ["low", "low"],
    ["none", "_none"],
    [1, "_1"],
    [-1, "_n1"],
    [1.5, "_1_5"],
    [-0.25, "_n0_25"],
    [1e21, "_1e21"],
    [true, "true"],
    // Found by a sweep of SPDX: "GPL-2.0+" beside "GPL-2.0" was `gpl20_2`.
    ["GPL-2.0+", "gpl20Plus"],
    ["C++", "cPlusPlus"],
    ["+", "plus"],
  ] as const)("enum value %j is case %s", (value, name) => {
    expect(enumCaseName(value)).toBe(name);
  });
});

describeWithSwift("the platform's type names", () => {
  it("are the ones the toolchain's modules declare (platformTypeNames.json is not stale)", () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", join(REPO_ROOT, "scripts/swift/platformTypeNames.ts"), "--check"], { encoding: "utf8", cwd: REPO_ROOT });
    expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);
  }, 120_000);
});
