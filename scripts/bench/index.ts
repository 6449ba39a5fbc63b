// `pnpm bench`: figures side by side with their baselines, all measured in this run. Not a test: it
// prints numbers and never fails on them.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { benchCodegen, benchTrainingSchemas } from "./codegen.ts";
import { benchConformance } from "./conformance.ts";
import { benchServer } from "./server.ts";
import { benchSwift } from "./swift.ts";
import { benchValidation } from "./validation.ts";

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "../..");

console.log(`bench: node ${process.version}, ${new Date().toISOString()}`);
await benchCodegen(repoRoot);
await benchTrainingSchemas(repoRoot);
benchValidation();
await benchSwift(repoRoot);
benchServer(repoRoot);
await benchConformance(repoRoot);
