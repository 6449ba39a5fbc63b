// `gen --input FILE --target T --out DIR` as a new user runs it, in process: exit 0, the summary line,
// files written. Shared by the tests that run it on schemas nobody here wrote.
import { readdirSync } from "node:fs";
import { expect, vi } from "vitest";
import { main } from "../../src/cli.ts";

export async function expectGenInputSucceeds(
  input: string,
  target: string,
  outDir: string,
): Promise<void> {
  const printed: string[] = [];
  const log = vi
    .spyOn(console, "log")
    .mockImplementation(
      (...parts: unknown[]) => void printed.push(parts.join(" ")),
    );
  const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
  try {
    expect(
      await main([
        "gen",
        "--input",
        input,
        "--target",
        target,
        "--out",
        outDir,
      ]),
    ).toBe(0);
  } finally {
    log.mockRestore();
    warn.mockRestore();
  }
  expect(printed.join("\n")).toMatch(
    /^gen: \w+: \d+ types?, \d+ propert(?:y|ies), \d+ left untyped \(\d+\.\d%\), \d+ fallbacks?$/m,
  );
  expect(readdirSync(outDir).length).toBeGreaterThan(0);
}
