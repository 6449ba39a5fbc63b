// Adding an event type is one edit in TypeBox: every target follows from the same model, with no hand
// work anywhere else. The edit here is the one README describes, made to a copy of the variants.
import { Type } from "@sinclair/typebox";
import { describe, expect, it } from "vitest";
import { cloneEventsFamilyOf, CloneEventVariants, eventVariant } from "@clone/schema";
import { buildModel, documentFromFamily, findTarget } from "../src/index.ts";

const withClipboard = cloneEventsFamilyOf({
  ...CloneEventVariants,
  ClipboardCopiedEvent: eventVariant("clipboard.copied", { text: Type.String(), bytes: Type.Integer({ minimum: 0 }) }),
});
const model = buildModel(documentFromFamily(withClipboard), { name: withClipboard.name });
const render = (target: string, options: Record<string, unknown> = {}) =>
  Object.fromEntries(findTarget(target).render([model], options).map((file) => [file.path, file.contents]));

describe("a seventh event type, added in TypeBox only", () => {
  it("appears in the JSON Schema: definition, root oneOf and discriminator mapping", () => {
    const [text] = Object.values(render("json-schema"));
    const document = JSON.parse(text!) as {
      definitions: Record<string, { properties: Record<string, unknown>; required: string[] }>;
      oneOf: unknown[];
      discriminator: { mapping: Record<string, string> };
    };
    expect(document.definitions.ClipboardCopiedEvent!.required).toEqual(["id", "session_id", "occurred_at", "source", "type", "text", "bytes"]);
    expect(document.oneOf).toContainEqual({ $ref: "#/definitions/ClipboardCopiedEvent" });
    expect(document.discriminator.mapping["clipboard.copied"]).toBe("#/definitions/ClipboardCopiedEvent");
  });

  it("appears in Swift: a CloneEvent case, its struct and CLONE_EVENT_TYPES", () => {
    const swift = Object.values(render("swift")).join("\n");
    expect(swift).toMatch(/case clipboardCopied\(ClipboardCopiedEvent\)/);
    expect(swift).toMatch(/public struct ClipboardCopiedEvent: /);
    expect(swift).toMatch(/CLONE_EVENT_TYPES[^\n]*\n?[^\n]*"clipboard\.copied"/);
  });

  it("appears in the DRF serializers: its serializer, the dispatch table and RECORDING_PAYLOAD_FIELDS", () => {
    const python = Object.values(render("python-drf", { payloadFieldsNames: { CloneEvents: "RECORDING_PAYLOAD_FIELDS" } })).join("\n");
    expect(python).toMatch(/^class ClipboardCopiedEventSerializer\(/m);
    expect(python).toMatch(/"clipboard\.copied": ClipboardCopiedEventSerializer/);
    expect(python).toMatch(/"clipboard\.copied": \(\s*"text",\s*"bytes",?\s*\)/);
  });
});
