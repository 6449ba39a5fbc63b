import { genAllTargets } from "./bench/trainingSchemaTools.ts";
import v8 from "node:v8";
const path = "test/corpus/external/" + (process.argv[2] ?? "schemastore-package-json.json");
for (let round = 0; round < 4; round++) {
  for (let i = 0; i < 20; i++) genAllTargets(path);
  (globalThis as any).gc();
  console.log(round, (process.memoryUsage().heapUsed / 1e6).toFixed(1));
}
if (process.argv[3]) v8.writeHeapSnapshot(process.argv[3]);
