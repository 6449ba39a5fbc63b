import { genAllTargets } from "./bench/trainingSchemaTools.ts";
const path = "test/corpus/external/" + (process.argv[2] ?? "schemastore-package-json.json");
for (let i = 0; i < 200; i++) genAllTargets(path);
