import { genAllTargets } from "./bench/trainingSchemaTools.ts";
const path = "test/corpus/external/" + (process.argv[2] ?? "schemastore-package-json.json");
const times: number[] = [];
for (let i = 0; i < 80; i++) { const s = performance.now(); genAllTargets(path); times.push(performance.now() - s); }
console.log(times.map((t) => t.toFixed(1)).join(" "));
