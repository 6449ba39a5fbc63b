import { modelOfFile, targets } from "@clone/codegen";
for (const f of ["dap", "nbformat-v4.5", "mcp-2025-06-18", "jsonschema-draft-07", "schemastore-package-json"]) {
  const path = `test/corpus/external/${f}.json`;
  const times: number[] = [];
  for (let i = 0; i < 7; i++) { const t0 = performance.now(); modelOfFile(path); times.push(performance.now() - t0); }
  times.sort((a, b) => a - b);
  console.log(f, "model median", times[3]!.toFixed(1));
}
