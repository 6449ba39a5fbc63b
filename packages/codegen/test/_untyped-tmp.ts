import { modelOfFile, isUntypedProperty } from "@clone/codegen";
const model = modelOfFile(process.argv[2]!);
for (const t of (model as any).types ?? []) {
  for (const p of t.properties ?? t.fields ?? []) if (isUntypedProperty(model, p)) console.log(t.name, p.name, JSON.stringify(p.type).slice(0,200));
}
