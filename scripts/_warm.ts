import { genAllTargets } from "./bench/trainingSchemaTools.ts";
const path = "test/corpus/external/" + (process.argv[2] ?? "jsonschema-draft-07.json");
const n = +(process.argv[3] ?? 3000);
for (let i = 0; i < 200; i++) genAllTargets(path);
const s = performance.now();
for (let i = 0; i < n; i++) genAllTargets(path);
console.log(((performance.now() - s) / n).toFixed(3), "ms");
