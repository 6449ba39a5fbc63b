// What `pnpm protocol:gen` writes and `pnpm protocol:check` verifies: for each output, which schema
// families go through which target into which directory. Paths are relative to this file. gen records
// what it wrote in clone-codegen.manifest.json and lists it in .prettierignore's generated section.
// Every output is strict: our own schemas must stay fully typed (a fallback is an error, not a warning).
import { defineConfig } from "@clone/codegen";
import { claudeCodeSessionFamilies, cloneEventsFamily, gatewayFamily, type SchemaFamily } from "@clone/schema";

/** File names by Claude Code session family, each made by `fileName` from the family's schema version (e.g. "2.1.59"). */
function perSessionVersion(fileName: (version: string) => string): Record<string, string> {
  return Object.fromEntries(claudeCodeSessionFamilies.map((family: SchemaFamily) => [family.name, fileName(String(family.constants?.CLAUDE_CODE_SCHEMA_VERSION))]));
}

export default defineConfig({
  ignoreFiles: [".prettierignore"],
  // The released wire contract each family is checked against (README "Breaking changes").
  baseline: { dir: "protocol/baseline" },
  outputs: [
    {
      target: "json-schema",
      strict: true,
      families: [gatewayFamily],
      outDir: "dist",
      // Seed 001's shape: its definitions carry no documentation, so neither does this file (the
      // bundle below carries it all).
      options: { fileNames: { Gateway: "protocol.schema.json" }, annotations: "root" },
    },
    {
      target: "json-schema",
      strict: true,
      families: [cloneEventsFamily],
      outDir: "packages/schema",
      options: { fileNames: { CloneEvents: "events.schema.json" } },
    },
    {
      // Claude Code session files, one document per CLI format version (issue 12).
      target: "json-schema",
      strict: true,
      families: claudeCodeSessionFamilies,
      outDir: "packages/schema/claude-code",
      options: { fileNames: perSessionVersion((version) => `session-v${version}.schema.json`) },
    },
    {
      // Written for other tools (AJV strict, quicktype, datamodel-code-generator): shared shapes by
      // $ref, every type titled, described and exemplified.
      target: "json-schema-bundle",
      families: [gatewayFamily, cloneEventsFamily],
      outDir: "dist/bundles",
      options: { fileNames: { Gateway: "gateway.bundle.schema.json", CloneEvents: "events.bundle.schema.json" } },
    },
    {
      // The reference docs, linked from the README.
      target: "docs",
      families: [gatewayFamily, cloneEventsFamily],
      outDir: "docs",
      options: { fileNames: { Gateway: "gateway.md", CloneEvents: "events.md" } },
    },
    {
      target: "swift",
      strict: true,
      families: [gatewayFamily, cloneEventsFamily],
      outDir: "apps/macos/Sources/CloneProtocol",
      options: { fileNames: { Gateway: "GatewayModels.swift", CloneEvents: "CloneEvents.swift" } },
    },
    // Each Claude Code session version is a Swift module of its own (library ClaudeCodeSessionV…): the
    // versions share definition names, and an app reads each file with the module of its version.
    ...claudeCodeSessionFamilies.map((family) => ({
      target: "swift",
      strict: true,
      families: [family],
      outDir: `apps/macos/Sources/${family.name}`,
      options: { fileNames: { [family.name]: "SessionModels.swift" } },
    })),
    {
      target: "python-drf",
      strict: true,
      families: [cloneEventsFamily],
      outDir: "apps/server/recording",
      options: {
        fileNames: { CloneEvents: "serializers.py" },
        payloadFieldsNames: { CloneEvents: "RECORDING_PAYLOAD_FIELDS" },
      },
    },
    {
      target: "python-drf",
      strict: true,
      families: claudeCodeSessionFamilies,
      outDir: "apps/server/claude_code",
      options: { fileNames: perSessionVersion((version) => `session_v${version.replaceAll(".", "_")}.py`) },
    },
  ],
});
