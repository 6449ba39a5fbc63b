import { genAllTargets } from "./trainingSchemaTools.ts";
import { findTarget, forgetNameSpellings, modelOfFile, targets } from "@clone/codegen";
const path = process.argv[2]!;
const n = Number(process.argv[3] ?? 50);
const times: number[] = [];
for (let i = 0; i < n; i++) { const t = performance.now(); genAllTargets(path); times.push(performance.now() - t); }
console.log("first", times.slice(0, 8).map((t) => t.toFixed(2)).join(" "));
console.log("last", times.slice(-5).map((t) => t.toFixed(2)).join(" "));
// breakdown
const parts: Record<string, number[]> = {};
for (let i = 0; i < 30; i++) {
  forgetNameSpellings();
  let t = performance.now();
  const model = modelOfFile(path);
  (parts.model ??= []).push(performance.now() - t);
  for (const target of targets) { t = performance.now(); target.render([model], {}); (parts[target.name] ??= []).push(performance.now() - t); }
}
for (const [k, v] of Object.entries(parts)) console.log(k, "first8", v.slice(0, 8).reduce((a, b) => a + b, 0) / 8, "last", v.slice(-5).reduce((a, b) => a + b, 0) / 5);
