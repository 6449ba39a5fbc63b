// Prints, as JSON, AJV's verdict on every conformance vector under packages/schema/fixtures:
// `[{ schema, file, expectValid, ajvValid, issues }]`. The Python agreement test
// (apps/server/recording/test_agreement.py) compares these with jsonschema, fastjsonschema and DRF.
// Usage: pnpm tsx scripts/python/ajv-verdicts.ts [SchemaName ...]
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { validatorsByName } from "@clone/schema";

const fixturesDir = resolve(import.meta.dirname, "../../packages/schema/fixtures");
const only = new Set(process.argv.slice(2));
const rows: unknown[] = [];
for (const schema of readdirSync(fixturesDir).sort()) {
  if (only.size > 0 && !only.has(schema)) continue;
  const validate = validatorsByName[schema];
  if (!validate) throw new Error(`no validator for fixtures/${schema}`);
  for (const kind of ["valid", "invalid"] as const) {
    let files: string[] = [];
    try {
      files = readdirSync(join(fixturesDir, schema, kind)).filter((f) => f.endsWith(".json")).sort();
    } catch {
      continue;
    }
    for (const file of files) {
      const raw = JSON.parse(readFileSync(join(fixturesDir, schema, kind, file), "utf8"));
      const instance = kind === "valid" ? raw : raw.instance;
      const ajvValid = validate(instance);
      rows.push({ schema, file: `${kind}/${file}`, expectValid: kind === "valid", ajvValid, issues: ajvValid ? [] : validate.issues(instance) });
    }
  }
}
process.stdout.write(JSON.stringify(rows));
