// What `pnpm protocol:gen` writes and `pnpm protocol:check` verifies: for each output, which schema
// families go through which target into which directory. Paths are relative to this file. gen records
// what it wrote in clone-codegen.manifest.json and lists it in .prettierignore's generated section.
// Every output is strict: our own schemas must stay fully typed (a fallback is an error, not a warning).
import { defineConfig } from "@clone/codegen";
import { cloneEventsFamily, gatewayFamily } from "@clone/schema";

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
      options: { fileNames: { Gateway: "protocol.schema.json" } },
    },
    {
      target: "json-schema",
      strict: true,
      families: [cloneEventsFamily],
      outDir: "packages/schema",
      options: { fileNames: { CloneEvents: "events.schema.json" } },
    },
    {
      target: "swift",
      strict: true,
      families: [gatewayFamily, cloneEventsFamily],
      outDir: "apps/macos/Sources/CloneProtocol",
      options: { fileNames: { Gateway: "GatewayModels.swift", CloneEvents: "CloneEvents.swift" } },
    },
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
  ],
});
