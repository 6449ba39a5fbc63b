import { isDecimalMultipleOf } from "./src/modelValidator.ts";
import { writeFileSync } from "node:fs";
const divisors = [1.5, 0.1, 0.3, 2.5, 0.01, 7.3, 1e-5, 0.7];
const rows: [number, number, boolean][] = [];
let seed = 56001;
const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
for (let i = 0; i < 20000; i++) {
  const d = divisors[i % divisors.length]!;
  const e = Math.floor(rnd() * 60) - 10;
  let v = (rnd() - 0.5) * 10 ** e;
  if (i % 3 === 0) v = Math.round(v / d) * d;
  if (i % 5 === 0) v = Number((Math.round(rnd()*1e6) * d).toPrecision(15));
  rows.push([v, d, isDecimalMultipleOf(v, d)]);
}
writeFileSync("/tmp/fuzzu-rows.json", JSON.stringify(rows));
