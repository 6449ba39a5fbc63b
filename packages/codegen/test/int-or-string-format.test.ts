// Kubernetes writes its IntOrString (a Service port's `targetPort`, a Deployment's `maxSurge`, a
// probe's `port`) as `{type: string, format: int-or-string}` in every description kube-openapi
// generates: the API server's Swagger 2.0 swagger.json, its OpenAPI 3.0 v3 files, and those of the
// API servers built on it. The API sends integers there (`"targetPort": 443` in a recorded
// ServiceList), and read by `type` alone every output refused them (found by sweep AD on Kubernetes'
// swagger.json). The format is read as its authors mean it, and gen says so at the format. The
// verdicts below are stated by hand.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { modelOfFile } from "../src/generate/plan.ts";
import { genWarnings } from "../src/generate/warnings.ts";
import { ModelValidator } from "../src/index.ts";
import type { JsonValue } from "../src/json/types.ts";
import { typeNamed } from "./helpers/model.ts";
import { tempDir, writeTree } from "./helpers/workspace.ts";

const dir = tempDir("clone-codegen-int-or-string-");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const json = (value: unknown) => JSON.stringify(value, null, 2);
const INT_OR_STRING = { type: "string", format: "int-or-string" };
const PORT = {
  type: "object",
  properties: {
    targetPort: { $ref: "#/definitions/IntOrString" },
    name: { type: "string" },
  },
};

writeTree(dir, {
  // As Kubernetes' swagger.json writes them (intstr.IntOrString, v1.ServicePort), shortened.
  "swagger.json": json({
    swagger: "2.0",
    info: { title: "Kubernetes", version: "v1" },
    paths: {},
    definitions: { IntOrString: INT_OR_STRING, ServicePort: PORT },
  }),
  "v3.json": json({
    openapi: "3.0.0",
    info: { title: "Kubernetes", version: "v1" },
    paths: {},
    components: {
      schemas: {
        // Written in place, and nullable: null joins the integers and strings.
        Strategy: {
          type: "object",
          properties: { maxSurge: { ...INT_OR_STRING, nullable: true } },
        },
        // Controls: a format that adds no type, and a `type` without the string the format sits beside.
        Stamp: { type: "string", format: "date-time" },
        Count: { type: "integer", format: "int-or-string" },
      },
    },
  }),
});

describe("format: int-or-string beside type: string", () => {
  const swagger = modelOfFile(join(dir, "swagger.json"), "Kubernetes");
  const v3 = modelOfFile(join(dir, "v3.json"), "KubernetesV3");
  const verdicts = (model: ReturnType<typeof modelOfFile>, name: string, values: readonly JsonValue[]) => {
    const validator = new ModelValidator(model);
    return values.map((value) => validator.validatesNamed(name, value));
  };

  it("takes an integer as well as a string, and nothing else", () => {
    expect(verdicts(swagger, "IntOrString", [443, "http", 0, -1, 1.5, true, null, {}])).toEqual([true, true, true, true, false, false, false, false]);
    expect(verdicts(swagger, "ServicePort", [{ targetPort: 443 }, { targetPort: "redis-server" }, { targetPort: 1.5 }])).toEqual([true, true, false]);
    expect(verdicts(v3, "Strategy", [{ maxSurge: 1 }, { maxSurge: "25%" }, { maxSurge: null }, { maxSurge: false }])).toEqual([true, true, true, false]);
  });

  it("is a type of integers or strings", () => {
    const type = typeNamed(swagger, "IntOrString");
    expect(type).toMatchObject({ kind: "union", rule: "jsonType" });
    expect(type.kind === "union" ? type.variants.map((variant) => ("jsonType" in variant ? variant.jsonType : undefined)) : []).toEqual(["integer", "string"]);
  });

  it("is said where it is written", () => {
    expect(
      genWarnings(swagger, []).map(({ pointer, reason }) => ({
        pointer,
        reason,
      })),
    ).toEqual([
      {
        pointer: "/definitions/IntOrString/format",
        reason: expect.stringContaining("integer values are taken too, as Kubernetes' IntOrString"),
      },
    ]);
    expect(genWarnings(v3, []).map((warning) => warning.pointer)).toEqual(["/components/schemas/Strategy/properties/maxSurge/format"]);
  });

  it("leaves other formats, and a type without a string, as written", () => {
    expect(verdicts(v3, "Stamp", [443])).toEqual([false]);
    expect(verdicts(v3, "Count", [443, "http"])).toEqual([true, false]);
  });
});
