// OpenAPI 3's parameter and response-header schemas, read as named places (input/apiDescription.ts):
// a Swift client builds a query of an inline enum (`sort: asc|desc`), an object (`style: deepObject`)
// or a union, which were left untyped, where swift-openapi-generator makes a type of each. The model
// decides as it does for any place: an enum, an object, a union gets a type named after what carries
// it (`ListPetsParamSort`, `components/parameters` by key); a plain `type: integer` none.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { modelOfFile, renderFile } from "../src/generate/plan.ts";
import { genWarnings } from "../src/index.ts";
import { describeWithSwift } from "./helpers/swift.ts";
import { REPO_ROOT, tempDirInRepo, writeTree } from "./helpers/workspace.ts";

const FIXTURE = join(REPO_ROOT, "packages/codegen/test/fixtures/openapi-parameters.yaml");

describe("OpenAPI 3 parameter and header schemas", () => {
  const model = modelOfFile(FIXTURE);
  const byName = new Map(model.types.map((type) => [type.name, type]));

  it("are types where the model makes a type of a place, named after what carries them", () => {
    expect(model.types.map((type) => [type.name, type.kind])).toEqual([
      ["Pet", "object"],
      ["ListPetsResponse200", "alias"],
      ["ListPetsParamSort", "enum"],
      ["ListPetsParamFilter", "object"],
      ["ListPetsParamId", "union"],
      ["ListPetsResponse200HeaderXMode", "enum"],
      ["PageToken", "object"],
    ]);
    // A plain integer (limit, X-Rate-Limit) is no type; a components/parameters entry two operations refer to is one.
    expect(model.namedPlaces?.map((ref) => ref.name)).toEqual(["ListPetsParamSort", "ListPetsParamFilter", "ListPetsParamId", "ListPetsResponse200HeaderXMode", "PageToken"]);
    const sort = byName.get("ListPetsParamSort");
    expect(sort?.kind === "enum" ? sort.values : []).toEqual(["asc", "desc"]);
    const token = byName.get("PageToken");
    expect(token?.kind === "object" ? token.properties.map((property) => [property.name, property.required]) : []).toEqual([["cursor", true], ["size", false]]);
  });

  it("are no definitions: the registry and the JSON Schema definitions list the document's schemas and payloads only", () => {
    expect(model.types.filter((type) => type.definitionName !== undefined).map((type) => type.name)).toEqual(["Pet", "ListPetsResponse200"]);
  });

  it("name the parameter's place in the file", () => {
    const swift = renderFile(FIXTURE, "swift").find((file) => file.path.endsWith("Models.swift"))!.contents;
    expect(swift).toContain("/// - Remark: Generated from `#/paths/~1pets/get/parameters/0/schema`.\npublic enum ListPetsParamSort");
    expect(swift).toContain("/// - Remark: Generated from `#/components/parameters/PageToken/schema`.\npublic struct PageToken");
    expect(genWarnings(model, [])).toEqual([]);
  });
});

describe("Swagger 2.0 non-body parameter and header schemas", () => {
  // Their schema keywords sit on the parameter beside its own (`in`, `required: true`, `collectionFormat`).
  const SWAGGER = join(REPO_ROOT, "packages/codegen/test/fixtures/swagger-parameters.yaml");
  const model = modelOfFile(SWAGGER);

  it("are types where the model makes a type of a place, as OpenAPI 3's are", () => {
    expect(model.types.map((type) => [type.name, type.kind])).toEqual([
      ["Pet", "object"],
      ["ListPetsResponse200", "alias"],
      ["PetsParamRegion", "enum"],
      ["ListPetsParamSort", "enum"],
      ["ListPetsParamStatusItem", "enum"],
      ["ListPetsResponse200HeaderXKind", "enum"],
      ["Mode", "enum"],
    ]);
    // An integer, a string array, a header integer are no type; an upload (`type: file`) and the body are no parameter schema.
    // An array of an enum is no type, its item's enum is.
    expect(model.namedPlaces?.map((ref) => ref.name)).toEqual(["PetsParamRegion", "ListPetsParamSort", "ListPetsParamStatusItem", "ListPetsResponse200HeaderXKind", "Mode"]);
    expect(genWarnings(model, [])).toEqual([]);
  });

  it("are the parameter's schema keywords only, at the parameter's pointer", () => {
    const schema = JSON.parse(renderFile(SWAGGER, "json-schema").find((file) => file.path.endsWith(".schema.json"))!.contents);
    expect(schema["x-clone-named-places"].ListPetsParamSort).toEqual({ type: "string", enum: ["asc", "desc"], description: "The order pets are listed in." });
    expect(schema["x-clone-named-places"].Mode).toEqual({ type: "string", enum: ["fast", "slow"], default: "fast" });
    const swift = renderFile(SWAGGER, "swift").find((file) => file.path.endsWith("Models.swift"))!.contents;
    expect(swift).toContain("/// The order pets are listed in.\n///\n/// - Remark: Generated from `#/paths/~1pets/get/parameters/0`.\npublic enum ListPetsParamSort");
  });
});

describeWithSwift("OpenAPI 3 parameter types, compiled by swiftc", () => {
  let dir = "";
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("compile, and decode a query's values", { timeout: 900_000 }, () => {
    dir = tempDirInRepo("parameter-types-swift-"); // inside the repository: the toolchain's chroot sees only it
    const sources = Object.fromEntries(renderFile(FIXTURE, "swift", "Api").map((file) => [file.path, file.contents]));
    const main = `import Foundation
let sort = try JSONDecoder().decode(ListPetsParamSort.self, from: Data("\\"desc\\"".utf8))
let filter = try JSONDecoder().decode(ListPetsParamFilter.self, from: Data("{\\"kind\\":\\"cat\\",\\"age\\":2}".utf8))
let page = try? JSONDecoder().decode(PageToken.self, from: Data("{\\"size\\":2}".utf8))
print(sort == .desc, filter.age ?? -1, page == nil)
`;
    writeTree(dir, { ...sources, "main.swift": main });
    const result = spawnSync(join(REPO_ROOT, "scripts/swift/run.sh"), [dir, "sh", "-c", 'swiftc -module-name Api -o api "$@" && ./api', "sh", ...Object.keys(sources), "main.swift"], { cwd: REPO_ROOT, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
    expect(result.status, `${result.stdout}\n${result.stderr}`.slice(-4000)).toBe(0);
    expect(result.stdout.trim()).toBe("true 2 true");
  });
});
