import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["packages/*/test/**/*.test.ts", "apps/gateway/test/**/*.test.ts", "scripts/**/*.test.ts"],
    // Some tests run the CLI or a Swift build in a child process.
    testTimeout: 60_000,
    reporters: ["default"],
  },
});
