import { modelOfFile, targets } from "@clone/codegen";
const cpu = (fn: () => void, n = 9) => { fn(); const s = process.cpuUsage(); for (let i = 0; i < n; i++) fn(); const u = process.cpuUsage(s); return ((u.user + u.system) / 1000 / n).toFixed(1); };
for (const f of ["jsonschema-draft-07", "nbformat-v4.5", "schemastore-package-json", "mcp-2025-06-18", "dap"]) {
  const path = `test/corpus/external/${f}.json`;
  const m = modelOfFile(path);
  console.log(f, "model", cpu(() => modelOfFile(path)), ...targets.map((t) => `${t.name} ${cpu(() => t.render([m], {}))}`));
}
