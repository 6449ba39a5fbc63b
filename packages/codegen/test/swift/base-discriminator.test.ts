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

/** Each line of instances.jsonl decoded as AnyPet: its case, a tab, its re-encoding (keys sorted); or the error. */
const DECODE_MAIN = `import Foundation

let encoder = JSONEncoder()
encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
let lines = try String(contentsOfFile: CommandLine.arguments[1], encoding: .utf8).split(separator: "\\n")
for line in lines {
    do {
        let pet = try JSONDecoder().decode(AnyPet.self, from: Data(line.utf8))
        let kind: String
        switch pet {
        case .lion: kind = "lion"
        case .cat: kind = "cat"
        case .dog: kind = "dog"
        case .pet: kind = "pet"
        }
        print("\\(kind)\\t\\(String(decoding: try encoder.encode(pet), as: UTF8.self))")
    } catch {
        print("error\\t\\(error)")
    }
}
`;

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
    writeTree(dir, { ...sources, "main.swift": DECODE_MAIN, "instances.jsonl": instances.join("\n") });
    const result = spawnSync(
      join(REPO_ROOT, "scripts/swift/run.sh"),
      [dir, "sh", "-c", 'swiftc -module-name Pets -o pets "$@" && ./pets instances.jsonl', "sh", ...Object.keys(sources), "main.swift"],
      { cwd: REPO_ROOT, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 },
    );
    expect(result.status, `${result.stdout}\n${result.stderr}`.slice(-4000)).toBe(0);
    const lines = result.stdout.trim().split("\n").map((line) => line.split("\t"));
    expect(lines.map(([kind]) => kind)).toEqual(["cat", "dog", "lion", "pet", "pet", "error"]);
    expect(lines.slice(0, 5).map(([, json]) => json)).toEqual(instances.slice(0, 5));
    expect(lines[5]![1]).toContain("matches no variant of AnyPet");
  });
});
