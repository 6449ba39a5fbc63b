import { genAllTargets } from "./trainingSchemaTools.ts";
const path = process.argv[2]!;
const n = Number(process.argv[3] ?? 50);
for (let i = 0; i < n; i++) genAllTargets(path);
