// `pnpm bench [section…]`: figures side by side with their baselines, all measured in this run. Not a
// test: it prints numbers and never fails on them. With section names, only those run.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { benchCodegen, benchTrainingSchemas } from "./codegen.ts";
import { benchConformance } from "./conformance.ts";
import { benchGateway } from "./gateway.ts";
import { benchServer } from "./server.ts";
import { benchSessionValidation } from "./sessions.ts";
import { benchSwift } from "./swift.ts";
import { benchValidation } from "./validation.ts";

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "../..");

/** Every section, in the order a full run prints them. */
const sections: Record<string, () => unknown> = {
  codegen: () => benchCodegen(repoRoot),
  "training-schemas": () => benchTrainingSchemas(repoRoot),
  validation: () => benchValidation(),
  sessions: () => benchSessionValidation(repoRoot),
  gateway: () => benchGateway(repoRoot),
  swift: () => benchSwift(repoRoot),
  server: () => benchServer(repoRoot),
  conformance: () => benchConformance(repoRoot),
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in sections));
if (unknown.length > 0) {
  console.error(`bench: unknown section(s) ${unknown.join(", ")}; sections: ${Object.keys(sections).join(", ")}`);
  process.exit(2);
}
console.log(`bench: node ${process.version}, ${new Date().toISOString()}`);
for (const [name, run] of Object.entries(sections)) if (wanted.length === 0 || wanted.includes(name)) await run();
