// A list of pets in a springdoc-style description (the base `Pet` declares the discriminator, `Cat`,
// `Lion` and `Dog` extend it by allOf): compiled by swiftc, each pet decodes as the case its
// `petType` names or the first it matches, the base last, and re-encodes to the bytes it was read
// from. Before, `[Pet]`: a Cat decoded as a Pet, its hunting skill an extra key.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { renderFile } from "../../src/generate/plan.ts";
import { describeWithSwift } from "../helpers/swift.ts";
import { REPO_ROOT, tempDirInRepo, writeTree } from "../helpers/workspace.ts";

const FIXTURE = join(REPO_ROOT, "packages/codegen/test/fixtures/openapi-base-discriminator.yaml");

/** Each line of instances.jsonl decoded as AnyPet: its case (one of `cases`), a tab, its re-encoding (keys sorted); or the error. */
const decodeMain = (cases: readonly string[]) => `import Foundation

let encoder = JSONEncoder()
encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
let lines = try String(contentsOfFile: CommandLine.arguments[1], encoding: .utf8).split(separator: "\\n")
for line in lines {
    do {
        let pet = try JSONDecoder().decode(AnyPet.self, from: Data(line.utf8))
        let kind: String
        switch pet {
${cases.map((name) => `        case .${name}: kind = "${name}"`).join("\n")}
        }
        print("\\(kind)\\t\\(String(decoding: try encoder.encode(pet), as: UTF8.self))")
    } catch {
        print("error\\t\\(error)")
    }
}
`;

/** Compiles `sources` with decodeMain(cases) and decodes each of `instances`: each line's case and re-encoding. */
function decodedBySwift(dir: string, sources: Record<string, string>, cases: readonly string[], instances: readonly string[]): string[][] {
  writeTree(dir, { ...sources, "main.swift": decodeMain(cases), "instances.jsonl": instances.join("\n") });
  const result = spawnSync(
    join(REPO_ROOT, "scripts/swift/run.sh"),
    [dir, "sh", "-c", 'swiftc -module-name Pets -o pets "$@" && ./pets instances.jsonl', "sh", ...Object.keys(sources), "main.swift"],
    { cwd: REPO_ROOT, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 },
  );
  expect(result.status, `${result.stdout}\n${result.stderr}`.slice(-4000)).toBe(0);
  return result.stdout.trim().split("\n").map((line) => line.split("\t"));
}

describeWithSwift("a $ref to a discriminated base, compiled by swiftc", () => {
  let dir = "";
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("decodes each pet as the variant it names or the first it matches, the base last, and re-encodes it byte for byte", { timeout: 900_000 }, () => {
    dir = tempDirInRepo("base-discriminator-swift-"); // inside the repository: the toolchain's chroot sees only it
    const sources = Object.fromEntries(renderFile(FIXTURE, "swift", "Pets").map((file) => [file.path, file.contents]));
    // Keys sorted, no spaces: what JSONEncoder writes with .sortedKeys.
    const instances = [
      '{"huntingSkill":"lazy","name":"Tom","petType":"Cat"}',
      '{"name":"Rex","packSize":3,"petType":"Dog"}',
      '{"huntingSkill":"aggressive","name":"Leo","petType":"lion","prideSize":4}',
      // A string no mapping lists, and keys no extension requires: the base.
      '{"name":"Nemo","petType":"Fish","scales":true}',
      // Says it is a Cat, lacks Cat's required huntingSkill: no Cat, still a Pet (as the base's schema takes it).
      '{"name":"Tom","petType":"Cat","whiskers":12}',
      // No petType: Pet's schema refuses it, so does every variant.
      '{"name":"Tom"}',
    ];
    const lines = decodedBySwift(dir, sources, ["lion", "cat", "dog", "pet"], instances);
    expect(lines.map(([kind]) => kind)).toEqual(["cat", "dog", "lion", "pet", "pet", "error"]);
    expect(lines.slice(0, 5).map(([, json]) => json)).toEqual(instances.slice(0, 5));
    expect(lines[5]![1]).toContain("matches no variant of AnyPet");
  });

  // Azure's way (Swagger 2, AutoRest): each subtype names its string with x-ms-discriminator-value, and
  // Cat and Dog both take any Pet (their own keys optional). Before, a Dog matched no case and decoded as Cat, the first variant.
  it("decodes a value as the subtype its x-ms-discriminator-value names, among variants that all match", { timeout: 900_000 }, () => {
    const azure = tempDirInRepo("base-discriminator-azure-swift-");
    try {
      const subtype = (property: string, value: string) => ({ allOf: [{ $ref: "#/definitions/Pet" }, { type: "object", properties: { [property]: { type: "string" } } }], "x-ms-discriminator-value": value });
      const definitions = {
        Pet: { type: "object", required: ["petType"], properties: { petType: { type: "string" }, name: { type: "string" } }, discriminator: "petType" },
        Cat: subtype("huntingSkill", "Microsoft.Cat"),
        Dog: subtype("packSize", "Microsoft.Dog"),
        Owner: { type: "object", properties: { pets: { type: "array", items: { $ref: "#/definitions/Pet" } } } },
      };
      writeTree(azure, { "azure.json": JSON.stringify({ swagger: "2.0", info: { title: "Pets", version: "1" }, paths: {}, definitions }) });
      const sources = Object.fromEntries(renderFile(join(azure, "azure.json"), "swift", "Pets").map((file) => [file.path, file.contents]));
      const instances = ['{"name":"Rex","petType":"Microsoft.Dog"}', '{"name":"Tom","petType":"Microsoft.Cat"}', '{"name":"Nemo","petType":"Microsoft.Fish"}', '{"name":"Rex","packSize":"big","petType":"Microsoft.Dog"}'];
      const lines = decodedBySwift(join(azure, "swift"), sources, ["cat", "dog", "pet"], instances);
      // A string no subtype names is the first variant that matches, Cat, as before.
      expect(lines.map(([kind]) => kind)).toEqual(["dog", "cat", "cat", "dog"]);
      expect(lines.map(([, json]) => json)).toEqual(instances);
    } finally {
      rmSync(azure, { recursive: true, force: true });
    }
  });
});
