// Adding an event type is one edit in TypeBox: every target follows from the same model, with no hand
// work anywhere else. The edit here is the one README describes, made to a copy of the variants.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { Type } from "@sinclair/typebox";
import { afterAll, describe, expect, it } from "vitest";
import { cloneEventsFamilyOf, CloneEventVariants, eventVariant } from "@clone/schema";
import { buildModel, documentFromFamily, findTarget } from "../src/index.ts";
import { describeWithSwift } from "./helpers/swift.ts";
import { REPO_ROOT, tempDirInRepo, writeTree } from "./helpers/workspace.ts";

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

// Decodes each JSON line of its input file as a CloneEvent and answers one line per input: the case
// and the re-encoded JSON, or the decoding error.
const DECODE_MAIN = `import Foundation

let path = CommandLine.arguments[1]
let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\\n")
for line in lines {
    do {
        let event = try JSONDecoder().decode(CloneEvent.self, from: Data(line.utf8))
        guard case .clipboardCopied(let copied) = event else {
            print("wrong case: \\(event)")
            continue
        }
        let json = String(decoding: try JSONEncoder().encode(event), as: UTF8.self)
        print("clipboardCopied text=\\(copied.text) bytes=\\(copied.bytes) \\(json)")
    } catch {
        print("error: \\(error)")
    }
}
`;

describeWithSwift("a seventh event type, compiled by swiftc", () => {
  let dir = "";
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("compiles, and decodes an instance into the new CloneEvent case and re-encodes it unchanged", { timeout: 900_000 }, () => {
    dir = tempDirInRepo("one-edit-swift-"); // inside the repository: the toolchain's chroot sees only it
    const event = { id: "e7", session_id: "s", occurred_at: "2026-01-31T09:30:00Z", source: "desktop", type: "clipboard.copied", text: "hi", bytes: 2 };
    const { text: _text, ...withoutText } = event;
    writeTree(dir, {
      ...render("swift"),
      "main.swift": DECODE_MAIN,
      "instances.jsonl": [event, withoutText].map((value) => JSON.stringify(value)).join("\n"),
    });
    const swiftFiles = Object.keys(render("swift")).concat("main.swift");
    const result = spawnSync(
      join(REPO_ROOT, "scripts/swift/run.sh"),
      [dir, "sh", "-c", 'swiftc -module-name OneEdit -o one-edit "$@" && ./one-edit instances.jsonl', "sh", ...swiftFiles],
      { cwd: REPO_ROOT, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 },
    );
    expect(result.status, `${result.stdout}\n${result.stderr}`.slice(-4000)).toBe(0);
    const [decoded, rejected] = result.stdout.trim().split("\n");
    expect(decoded).toMatch(/^clipboardCopied text=hi bytes=2 /);
    expect(JSON.parse(decoded!.replace(/^clipboardCopied text=hi bytes=2 /, ""))).toEqual(event);
    expect(rejected).toMatch(/^error: keyNotFound.*"text"/);
  });
});
