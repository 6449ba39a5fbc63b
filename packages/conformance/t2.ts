import fc from "fast-check";
import { validatorsByName, createValidator } from "@clone/schema";
import { loadSuite } from "./src/suite.ts";
import { invalidInstances } from "./src/mutations/index.ts";
const suite = await loadSuite();
for (const s of suite.schemas) {
  const v = validatorsByName[s.name] ?? createValidator(s.name, s.family.family.definitions[s.name] as any);
  const t = performance.now();
  const xs = fc.sample(invalidInstances(s.family.model, s.type.name), { seed: 1, numRuns: s.topLevel ? 2000 : 200 });
  let bad = 0, nopointer = 0; const counts: Record<string, number> = {};
  for (const x of xs) {
    counts[x.mutation] = (counts[x.mutation] ?? 0) + 1;
    if (v(x.instance)) { if (bad++ < 3) console.log("ACCEPTED", s.name, x.mutation, x.pointer, JSON.stringify(x.instance).slice(0, 300)); continue; }
    const issues = v.issues(x.instance);
    if (!issues.some(i => i.pointer === x.pointer)) { if (nopointer++ < 3) console.log("POINTER", s.name, x.mutation, x.pointer, JSON.stringify(issues).slice(0,300)); }
  }
  console.log(s.name, bad, nopointer, (performance.now() - t).toFixed(0) + "ms", s.topLevel ? JSON.stringify(counts) : "");
}
