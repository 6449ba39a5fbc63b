// The Swift target on small hand-written schemas: naming, escaping, nesting, nullability, unions.
import { describe, expect, it } from "vitest";
import { GENERATED_MARKER } from "../../src/generate/marker.ts";
import { swiftTarget } from "../../src/targets/swift/index.ts";
import { ONE_THROW_SITE_FROM } from "../../src/targets/swift/translateObject.ts";
import { memberName } from "../../src/targets/swift/naming.ts";
import type { SchemaModel } from "../../src/model/types.ts";
import { buildModel } from "../../src/model/buildModel.ts";
import { readSchemaFile } from "../../src/input/readSchemaFile.ts";
import { draft07, modelOf } from "../helpers/model.ts";
import { REPO_ROOT } from "../helpers/workspace.ts";

function swiftOf(model: SchemaModel): string {
  const files = swiftTarget.render([model], {});
  const main = files.find((f) => f.path === `${model.name}Models.swift`);
  if (!main) throw new Error(`no ${model.name}Models.swift in ${files.map((f) => f.path).join(", ")}`);
  return main.contents;
}

/** The declaration block of one type (from `public … Name` to the closing brace at column 0). */
function block(swift: string, name: string): string {
  const start = swift.search(new RegExp(`^public (?:indirect )?(?:struct|enum|typealias) ${name}\\b`, "m"));
  if (start < 0) throw new Error(`no declaration of ${name}:\n${swift}`);
  const rest = swift.slice(start);
  const end = rest.startsWith("public typealias") ? rest.indexOf("\n") : rest.indexOf("\n}\n") + 2;
  return rest.slice(0, end);
}

const object = (properties: Record<string, unknown>, required: string[] = Object.keys(properties)) => ({
  type: "object",
  properties,
  required,
  additionalProperties: false,
});

describe("Swift naming", () => {
  it.each([
    ["session_id", "sessionId"],
    ["minProtocol", "minProtocol"],
    ["paramsJSON", "paramsJSON"],
    ["next-heartbeat", "nextHeartbeat"],
    ["NOT_LINKED", "notLinked"],
    ["URL", "url"],
    ["input_tokens", "inputTokens"],
    ["2fa", "_2fa"],
    ["+", ""],
  ])("%s → %s", (wire, swift) => {
    expect(memberName(wire)).toBe(swift);
  });

  it("maps wire names through CodingKeys, keeping names Swift can spell as they are", () => {
    const swift = swiftOf(modelOf(draft07({ Hello: object({ session_id: { type: "string" }, minProtocol: { type: "integer" } }) })));
    const hello = block(swift, "Hello");
    expect(hello).toContain("public var sessionId: String");
    expect(hello).toContain("public var minProtocol: Int");
    expect(hello).toContain('case sessionId = "session_id"');
    expect(hello).toMatch(/^ {8}case minProtocol$/m);
    expect(hello).not.toMatch(/minprotocol/);
  });

  it("escapes Swift keywords with backticks everywhere they are used", () => {
    const swift = swiftOf(
      modelOf(draft07({ K: object({ default: { type: "string" }, protocol: { type: "integer" }, self: { type: "boolean" } }, ["default"]) })),
    );
    const k = block(swift, "K");
    expect(k).toContain("public var `default`: String");
    expect(k).toContain("public var `protocol`: Int?");
    expect(k).toContain("case `default`");
    expect(k).toContain("self.`default` = try container.decode(String.self, forKey: .`default`)");
    expect(k).toContain("try container.encodeIfPresent(self.`self`, forKey: .`self`)");
    // A parameter named `self` would shadow self in the initializer.
    expect(k).toContain("`self` self_: Bool? = nil");
    expect(k).toContain("self.`self` = self_");
  });

  it("escapes keyword enum values", () => {
    const swift = swiftOf(modelOf(draft07({ Mode: { enum: ["default", "in", "plain"] }, Uses: object({ mode: { $ref: "#/definitions/Mode" } }) })));
    const mode = block(swift, "Mode");
    expect(mode).toContain("case `default`");
    expect(mode).toContain("case `in`");
    expect(mode).toContain('case "default": self = .`default`');
  });
});

describe("Swift shapes", () => {
  const cron = modelOf(
    draft07({
      Job: object(
        {
          id: { type: "string" },
          schedule: {
            anyOf: [
              object({ kind: { const: "at" }, atMs: { type: "integer" } }),
              object({ kind: { const: "every" }, everyMs: { type: "integer" } }),
            ],
          },
          state: object({ lastError: { type: "string" } }, []),
          labels: { type: "object", additionalProperties: { type: "string" } },
          extra: {},
          window_title: { anyOf: [{ type: "string" }, { type: "null" }] },
          note: { type: "string" },
        },
        ["id", "schedule", "state", "labels", "extra", "window_title"],
      ),
    }),
  );
  const swift = swiftOf(cron);

  it("lifts nested objects and unions into named types, never JSONValue where the schema says more", () => {
    const job = block(swift, "Job");
    expect(job).toContain("public var schedule: JobSchedule");
    expect(job).toContain("public var state: JobState");
    expect(job).toContain("public var labels: [String: String]");
    expect(job).toContain("public var extra: JSONValue");
    expect(block(swift, "JobState")).toContain("public var lastError: String?");
  });

  it("renders a tagged union as an enum with an unknown case keeping the raw object", () => {
    const schedule = block(swift, "JobSchedule");
    expect(schedule).toMatch(/^public enum JobSchedule: Codable, Sendable, Equatable, Hashable, UnknownValueFallback \{/);
    expect(schedule).toContain("case at(JobScheduleAt)");
    expect(schedule).toContain("case every(JobScheduleEvery)");
    expect(schedule).toContain("case unknown([String: JSONValue])");
    expect(schedule).toContain('let tag = try container.decode(String.self, forKey: AnyCodingKey("kind"))');
    expect(schedule).toContain("self = .unknown(try [String: JSONValue](from: decoder))");
    expect(block(swift, "JobScheduleAt")).toContain('public let kind: String = "at"');
    expect(block(swift, "JobScheduleAt")).toContain('try container.decodeConstant("at", forKey: .kind)');
  });

  it("writes required-nullable nil as null, requires its key, and omits optional nil", () => {
    const job = block(swift, "Job");
    expect(job).toContain("public var windowTitle: String?");
    expect(job).toContain("self.windowTitle = try container.decodeNullable(String.self, forKey: .windowTitle)");
    expect(job).toContain("try container.encodeNullable(self.windowTitle, forKey: .windowTitle)");
    expect(job).toContain("self.note = try container.decodeOptional(String.self, forKey: .note)");
    expect(job).toContain("try container.encodeIfPresent(self.note, forKey: .note)");
    // Memberwise init: only optional fields default to nil.
    expect(job).toContain("windowTitle: String?,");
    expect(job).toContain("note: String? = nil");
  });

  it("renders jsonType and keyPresence unions as enums decoded by JSON type / present key", () => {
    const model = modelOf(
      draft07({
        Alert: { anyOf: [{ const: false }, object({ after: { type: "integer" } })] },
        ById: { anyOf: [object({ id: { type: "string" } }), object({ jobId: { type: "string" } })] },
      }),
    );
    const out = swiftOf(model);
    const alert = block(out, "Alert");
    expect(alert).toContain("case boolean(Bool)");
    expect(alert).toContain("switch try JSONValue(from: decoder) {");
    expect(alert).toContain("guard isSameWireValue(value, false) else {");
    expect(alert).not.toContain("unknown(");
    const byId = block(out, "ById");
    expect(byId).toContain('if container.contains(AnyCodingKey("id")) {');
    expect(byId).toContain('} else if container.contains(AnyCodingKey("jobId")) {');
  });

  it("renders referenced string enums open (unknown(String)) and unreferenced ones as String-backed constants", () => {
    const model = modelOf(
      draft07({
        ErrorCode: { anyOf: [{ const: "NOT_LINKED" }, { const: "UNAVAILABLE" }] },
        Source: { enum: ["desktop", "cli"] },
        Event: object({ source: { $ref: "#/definitions/Source" } }),
      }),
    );
    const out = swiftOf(model);
    expect(block(out, "ErrorCode")).toMatch(/^public enum ErrorCode: String, Codable, Sendable/);
    expect(block(out, "ErrorCode")).toContain('case notLinked = "NOT_LINKED"');
    const source = block(out, "Source");
    expect(source).toContain("case unknown(String)");
    expect(source).toContain("default: self = .unknown(rawValue)");
    expect(source).toContain("case .unknown(let value): return value");
  });

  it("renders an open enum (known values, or any other string) open, whether or not it is referenced", () => {
    const model = buildModel(readSchemaFile(`${REPO_ROOT}/packages/codegen/test/fixtures/open-enum.schema.json`));
    const out = swiftOf(model);
    const channel = block(out, "DeliveryChannel");
    expect(channel).toMatch(/^public enum DeliveryChannel: RawRepresentable, /);
    expect(channel).toContain('case "last": self = .last');
    expect(channel).toContain("case unknown(String)");
    expect(block(out, "Delivery")).toContain("public var channel: DeliveryChannel");
    // Open by the schema even when nothing refers to it (a closed enum nothing refers to stays closed).
    const alone = swiftOf(modelOf(draft07({ Channel: { anyOf: [{ const: "last" }, { type: "string" }] } })));
    expect(block(alone, "Channel")).toContain("case unknown(String)");
    // Found by a sweep of GitHub Actions: `runs-on`'s expressions, which the schema allows by a
    // pattern, were documented as "a value this version does not know".
    const runsOn = swiftOf(modelOf(draft07({ RunsOn: { anyOf: [{ enum: ["ubuntu-latest", "macos-latest"] }, { type: "string", pattern: "^\\$\\{\\{.*\\}\\}$" }] } })));
    expect(block(runsOn, "RunsOn")).toContain("    /// Any other value the schema allows: a string matching `^\\$\\{\\{.*\\}\\}$`.\n    case unknown(String)");
    // A closed enum's fallback is there for a newer peer's values.
    const closed = swiftOf(modelOf(draft07({ Mode: { enum: ["a", "b"] }, U: { type: "object", properties: { m: { $ref: "#/definitions/Mode" } } } })));
    expect(block(closed, "Mode")).toContain("/// A value this version does not know, kept as it came.");
  });

  it("keeps undeclared keys of open objects and types an object without properties as a dictionary", () => {
    const model = modelOf(
      draft07({
        Open: { type: "object", properties: { a: { type: "string" } }, required: ["a"] },
        Bag: { type: "object", additionalProperties: { type: "integer" } },
      }),
    );
    const out = swiftOf(model);
    expect(block(out, "Open")).toContain("public var additionalProperties: [String: JSONValue]");
    expect(block(out, "Bag")).toBe("public typealias Bag = [String: Int]");
  });

  it("emits constants and the root union's tag list", () => {
    const model = modelOf(
      draft07(
        {
          Ping: object({ type: { const: "ping" } }),
          Pong: object({ type: { const: "pong" } }),
        },
        {
          oneOf: [{ $ref: "#/definitions/Ping" }, { $ref: "#/definitions/Pong" }],
          discriminator: { propertyName: "type" },
          "x-clone-constants": { PROTOCOL_VERSION: 3 },
        },
      ),
      "Wire",
    );
    const out = swiftOf(model);
    expect(out).toContain("public let WIRE_PROTOCOL_VERSION: Int = 3");
    expect(out).toMatch(/public let [A-Z_]+_TYPES: \[String\] = \["ping", "pong"\]/);
  });
});

describe("Swift files", () => {
  it("writes one file per model plus one support file, with the marker, deterministically", () => {
    const a = modelOf(draft07({ A: object({ x: { type: "string" } }) }), "Alpha");
    const b = modelOf(draft07({ B: object({ y: { type: "string" } }) }), "Beta");
    const files = swiftTarget.render([a, b], { fileNames: { Alpha: "A.swift" } });
    expect(files.map((f) => f.path)).toEqual(["A.swift", "BetaModels.swift", "CodegenSupport.swift"]);
    for (const file of files) {
      expect(file.contents.split("\n")[0]).toBe(`// ${GENERATED_MARKER}`);
      expect(file.contents.endsWith("\n")).toBe(true);
    }
    expect(files.filter((f) => f.contents.includes("public enum JSONValue"))).toHaveLength(1);
    expect(swiftTarget.render([a, b], { fileNames: { Alpha: "A.swift" } })).toEqual(files);
  });
});

// Regression (sweep N: oxlint's rule map of 887 properties did not build in 13 minutes): each `try`
// after some stored properties are set destroys them on its error path, so Swift's code for
// init(from:) grew with the square of the properties. Past ONE_THROW_SITE_FROM, every value is decoded
// without throwing, the first error is thrown once, and only then are the properties set: no `try`
// and no `throw` sits between two of those assignments. (The case file clone/draft7/many-properties.json
// judges such a struct's decoding in Swift.)
describe("a struct of many properties", () => {
  const properties = Object.fromEntries(Array.from({ length: ONE_THROW_SITE_FROM + 6 }, (_, i) => [`p${i}`, i % 2 === 0 ? { type: "string" } : { type: "integer", maximum: 9 }]));
  const initializer = (count: number) => {
    const props = Object.fromEntries(Object.entries(properties).slice(0, count));
    const text = block(swiftOf(modelOf(draft07({ Many: { type: "object", properties: props, required: ["p0"], additionalProperties: false } }))), "Many");
    return text.slice(text.indexOf("public init(from decoder"), text.indexOf("public func encode"));
  };

  it("throws from one place, before any stored property is set", () => {
    const lines = initializer(Object.keys(properties).length).split("\n");
    const throwSite = lines.findIndex((line) => line.includes("if let failure { throw failure }"));
    const firstSet = lines.findIndex((line) => /^\s*self\.\w+ = /.test(line));
    expect(throwSite).toBeGreaterThan(0);
    expect(firstSet).toBeGreaterThan(throwSite);
    expect(lines.slice(firstSet).filter((line) => /^\s*self\.\w+ = /.test(line)).every((line) => !/\btry\b/.test(line))).toBe(true);
    // Every value is decoded once, and set once.
    expect(lines.filter((line) => line.includes("keepingFirstError(&failure)"))).toHaveLength(Object.keys(properties).length);
    expect(lines.filter((line) => /^\s*self\.p\d+ = value\d+!$/.test(line))).toHaveLength(Object.keys(properties).length);
  });

  it("keeps the readable layout up to ONE_THROW_SITE_FROM values", () => {
    const text = initializer(ONE_THROW_SITE_FROM);
    expect(text).not.toContain("keepingFirstError");
    expect(text).toContain("self.p0 = try container.decode(String.self, forKey: .p0)");
  });
});

// Regression (sweep P: Renovate's config, whose ~100 manager options each refer to the whole config,
// crashed the Swift decoder with a stack overflow three levels deep): every local lives until the last
// assignment, and each local of an @Indirect property held a whole copy of the struct (2.4 MB of stack
// for one level). Such a value is boxed in its own step, so its local holds one pointer.
describe("a struct of many properties that refer to itself", () => {
  const properties = Object.fromEntries(Array.from({ length: ONE_THROW_SITE_FROM + 6 }, (_, i) => [`p${i}`, i % 2 === 0 ? { type: "string" } : { $ref: "#/definitions/Nest" }]));
  const text = block(swiftOf(modelOf(draft07({ Nest: { type: "object", properties, additionalProperties: false } }))), "Nest");
  const initializer = text.slice(text.indexOf("public init(from decoder"), text.indexOf("public func encode"));

  it("boxes each self-referring value where it is decoded, and sets the box", () => {
    expect(text).toContain("@Indirect public var p1: Nest?");
    expect(initializer).toMatch(/let value\d+ = keepingFirstError\(&failure\) \{ Indirect\(wrappedValue: try container\.decodeOptional\(Nest\.self, forKey: \.p1\)\) \}/);
    expect(initializer).toMatch(/self\._p1 = value\d+!/);
    // No local holds an unboxed Nest.
    expect(initializer).not.toMatch(/\{ try container\.decode\w*\(Nest\.self/);
  });
});
