import { modelOfFile } from "@clone/codegen";
import { quicktypeSwift } from "./quicktype.ts";
for (const f of ["jsonschema-draft-07", "nbformat-v4.5", "schemastore-package-json", "mcp-2025-06-18", "dap"]) {
  const doc = modelOfFile(`test/corpus/external/${f}.json`).source.document as any;
  await quicktypeSwift(doc);
  const s = process.cpuUsage(); const n = 3; for (let i = 0; i < n; i++) await quicktypeSwift(doc); const u = process.cpuUsage(s);
  console.log(f, "quicktype cpu", ((u.user + u.system) / 1000 / n).toFixed(1));
}
