import { readFileSync } from "node:fs";
import { quicktypeSwift, QUICKTYPE_WRAPPER } from "./quicktype.ts";
import { modelOfFile } from "@clone/codegen";
const model = modelOfFile(process.argv[2]!);
const swift = await quicktypeSwift(model.source.document as any);
let owner = "";
for (const line of swift.split("\n")) {
  const s = /^(?:public |open |final )*(struct|class|enum|extension) (\w+)/.exec(line);
  if (s) owner = s[2]!;
  const m = /^ {4}(?:public )?(?:let|var) `?(\w+)`?: ([^{=]+?)\s*(=.*)?$/.exec(line);
  if (m && /JSONAny|Any\b/.test(m[2]!)) console.log(owner, m[1], m[2]);
}
