// The generated protocol document must reproduce the golden file (seed 001) definition by definition.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { gatewayFamily } from "@clone/schema";
import { buildModel, documentFromFamily } from "../src/index.ts";
import { jsonSchemaTarget } from "../src/targets/json-schema/index.ts";
import { REPO_ROOT } from "./helpers/workspace.ts";
import config from "../../../clone-codegen.config.ts";

type Doc = { definitions: Record<string, unknown>; oneOf: unknown; discriminator: unknown; $schema: string };

const seed = JSON.parse(readFileSync(join(REPO_ROOT, "test/corpus/seeds/001_696dda913cdfa944.txt"), "utf8")) as Doc;
const committed = JSON.parse(readFileSync(join(REPO_ROOT, "dist/protocol.schema.json"), "utf8")) as Doc;
// Rendered as the config renders dist/protocol.schema.json (documentation below the root left out, as in the seed).
const protocolOutput = config.outputs.find((output) => output.target === "json-schema" && output.families?.includes(gatewayFamily))!;
const [rendered] = jsonSchemaTarget.render([buildModel(documentFromFamily(gatewayFamily), { name: "Gateway" })], protocolOutput.options ?? {});
const generated = JSON.parse(rendered!.contents) as Doc;

describe("dist/protocol.schema.json against seed 001", () => {
  it("has all 33 seed definitions", () => {
    expect(Object.keys(seed.definitions)).toHaveLength(33);
    for (const name of Object.keys(seed.definitions)) expect(Object.keys(generated.definitions)).toContain(name);
  });

  for (const name of Object.keys(seed.definitions)) {
    it(`definition ${name} is deep-equal to the seed's`, () => {
      expect(generated.definitions[name]).toStrictEqual(seed.definitions[name]);
      expect(committed.definitions[name]).toStrictEqual(seed.definitions[name]);
    });
  }

  it("keeps the seed's draft, top-level oneOf and discriminator", () => {
    expect(generated.$schema).toBe(seed.$schema);
    expect(generated.oneOf).toStrictEqual(seed.oneOf);
    expect(generated.discriminator).toStrictEqual(seed.discriminator);
  });

  it("only adds definitions after the seed's, never changes them", () => {
    const names = Object.keys(generated.definitions);
    expect(names.slice(0, 33)).toStrictEqual(Object.keys(seed.definitions));
  });
});
