// Every way the Swift target refuses models: a CodegenError naming the document and the pointer. Only
// models rendered together can clash (one Swift module); names within a model that Swift cannot take
// as they are get renamed instead (names.test.ts).
import { describe, expect, it } from "vitest";
import { CodegenError } from "../../src/errors.ts";
import type { SchemaModel } from "../../src/model/types.ts";
import { swiftTarget } from "../../src/targets/swift/index.ts";
import { codegenErrorOf, draft07, modelOf } from "../helpers/model.ts";

function renderError(models: SchemaModel[]): CodegenError {
  return codegenErrorOf(() => swiftTarget.render(models, {}));
}

describe("Swift target errors", () => {
  it("two models rendered together that declare the same type", () => {
    const a = modelOf(draft07({ Shared: { type: "object", properties: { a: { type: "string" } } } }), "Alpha");
    const b = modelOf(draft07({ Shared: { type: "object", properties: { b: { type: "string" } } } }), "Beta");
    const error = renderError([a, b]);
    expect(error.pointer).toBe("/definitions/Shared");
    expect(error.reason).toContain('"Shared" is declared by both Alpha');
  });
});
