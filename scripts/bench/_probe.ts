import { Isolate } from "./isolate.ts";
import type * as T from "./trainingSchemaTools.ts";
const ours = new Isolate<typeof T>(new URL("./trainingSchemaTools.ts", import.meta.url));
for (const f of process.argv.slice(2)) {
  const path = "test/corpus/external/" + f;
  const times: number[] = [];
  for (let i = 0; i < 40; i++) times.push((await ours.call("genAllTargets", path)).wall);
  console.log(f, times.map((t) => t.toFixed(1)).join(" "));
}
await ours.close();
