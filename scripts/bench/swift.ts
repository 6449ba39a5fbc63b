// Swift generation beside quicktype-core's, on the same files, in the same run:
// - time: read + model + render for ours; quicktype's whole pipeline for theirs (median of a few runs);
// - stored properties in each output: typed, versus JSONValue / JSONAny / Any (untyped);
// - whether GatewayFrame comes out as an enum (sealed union) or a struct of optionals (flattened).
//
// quicktype only emits types reachable from its top level, so it is given every definition at once
// through a wrapper object whose properties reference each definition (its wrapper struct is excluded
// from the counts). Not a test: figures only.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FetchingJSONSchemaStore, InputData, JSONSchemaInput, quicktype } from "quicktype-core";
import { readSchemaFile } from "../../packages/codegen/src/input/readSchemaFile.ts";
import { buildModel } from "../../packages/codegen/src/model/buildModel.ts";
import { swiftTarget } from "../../packages/codegen/src/targets/swift/index.ts";
import { medianMillis, printTable } from "./measure.ts";

const INPUTS = ["dist/protocol.schema.json", "test/corpus/openclaw/openclaw-protocol.schema.json"];
const WRAPPER = "QuicktypeAllDefinitions";

export interface SwiftPropertyCounts {
  readonly typed: number;
  readonly untyped: number;
  /** Our structs' catch-all for undeclared keys of open objects (not a schema property). */
  readonly catchAll: number;
}

export interface SwiftBenchRow {
  readonly input: string;
  readonly ours: { readonly millis: number; readonly counts: SwiftPropertyCounts; readonly gatewayFrame: string };
  readonly quicktype: { readonly millis: number; readonly counts: SwiftPropertyCounts; readonly gatewayFrame: string };
}

const UNTYPED_TYPE = /\b(JSONValue|JSONAny|AnyCodable|Any|AnyHashable)\b/;

/**
 * Stored properties in Swift source: `let`/`var` members of a struct or class with a declared type
 * and no accessor block. Types named `skipType` (quicktype's wrapper) are left out.
 */
export function countStoredProperties(swift: string, skipType?: string): SwiftPropertyCounts {
  let typed = 0;
  let untyped = 0;
  let catchAll = 0;
  let owner: { name: string; kind: string } | undefined;
  for (const line of swift.split("\n")) {
    const start = /^(?:public |open |final |indirect )*(struct|class|enum|extension) (\w+)/.exec(line);
    if (start) owner = { kind: start[1]!, name: start[2]! };
    else if (line.startsWith("}")) owner = undefined;
    if (!owner || owner.kind === "enum" || owner.kind === "extension" || owner.name === skipType) continue;
    const member = /^ {4}(?:public |private |fileprivate |internal |open )?(?:let|var) (`?\w+`?): ([^{=]+?)\s*(=.*)?$/.exec(line);
    if (!member || /\{\s*$/.test(line)) continue;
    if (member[1] === "additionalProperties" && owner.kind === "struct" && /^\[String: /.test(member[2]!)) {
      catchAll += 1;
      continue;
    }
    if (UNTYPED_TYPE.test(member[2]!)) untyped += 1;
    else typed += 1;
  }
  return { typed, untyped, catchAll };
}

function gatewayFrameShape(swift: string): string {
  const declaration = /^(?:public )?(?:indirect )?(struct|enum|class) GatewayFrame\b[^\n]*\{\n([\s\S]*?)\n\}/m.exec(swift);
  if (!declaration) return "absent";
  const body = declaration[2]!;
  if (declaration[1] === "enum") return `enum, ${(body.match(/^ {4}case \w+\(/gm) ?? []).length} cases`;
  const fields = body.split("\n").filter((l) => /^ {4}(?:public )?(?:let|var) \w+: /.test(l));
  const optionals = fields.filter((l) => /\?$/.test(l.trimEnd())).length;
  return `${declaration[1]}, ${fields.length} fields (${optionals} optional): flattened`;
}

function ourSwift(path: string): string {
  const model = buildModel(readSchemaFile(path));
  return swiftTarget
    .render([model], {})
    .map((file) => file.contents)
    .join("\n");
}

async function quicktypeSwift(text: string): Promise<string> {
  const document = JSON.parse(text) as { $schema?: string; definitions?: Record<string, unknown>; $defs?: Record<string, unknown> };
  const key = document.definitions ? "definitions" : "$defs";
  const definitions = document[key] ?? {};
  const wrapper = {
    $schema: document.$schema,
    [key]: definitions,
    type: "object",
    properties: Object.fromEntries(Object.keys(definitions).map((name) => [name, { $ref: `#/${key}/${name}` }])),
  };
  const schemaInput = new JSONSchemaInput(new FetchingJSONSchemaStore());
  await schemaInput.addSource({ name: WRAPPER, schema: JSON.stringify(wrapper) });
  const inputData = new InputData();
  inputData.addInput(schemaInput);
  const result = await quicktype({ inputData, lang: "swift", rendererOptions: { "access-level": "public" } });
  return result.lines.join("\n");
}

export async function benchSwift(repoRoot: string, options: { readonly quicktypeRuns?: number } = {}): Promise<SwiftBenchRow[]> {
  const rows: SwiftBenchRow[] = [];
  for (const input of INPUTS) {
    const path = join(repoRoot, input);
    const text = readFileSync(path, "utf8");
    const oursOutput = ourSwift(path);
    const oursMillis = await medianMillis(() => ourSwift(path), 7);
    const theirs = await quicktypeSwift(text);
    const theirsMillis = await medianMillis(() => quicktypeSwift(text), options.quicktypeRuns ?? 3);
    rows.push({
      input,
      ours: { millis: oursMillis, counts: countStoredProperties(oursOutput), gatewayFrame: gatewayFrameShape(oursOutput) },
      quicktype: { millis: theirsMillis, counts: countStoredProperties(theirs, WRAPPER), gatewayFrame: gatewayFrameShape(theirs) },
    });
  }

  printTable(
    "Swift generation: clone-codegen vs quicktype-core (median wall time, in process)",
    ["input", "clone-codegen", "quicktype", "ratio", "target ≤0.1×"],
    rows.map((row) => {
      const ratio = row.ours.millis / row.quicktype.millis;
      return [row.input, `${row.ours.millis.toFixed(1)} ms`, `${row.quicktype.millis.toFixed(1)} ms`, `${ratio.toFixed(3)}×`, ratio <= 0.1 ? "yes" : "no"];
    }),
  );
  printTable(
    "Swift stored properties: typed vs JSONValue/JSONAny/Any",
    ["input / generator", "typed", "untyped", "untyped %", "GatewayFrame"],
    rows.flatMap((row) =>
      (["ours", "quicktype"] as const).map((who) => {
        const { counts, gatewayFrame } = row[who];
        const total = counts.typed + counts.untyped;
        const note = who === "ours" && counts.catchAll > 0 ? ` (+${counts.catchAll} undeclared-keys catch-alls)` : "";
        return [
          `${row.input} / ${who === "ours" ? "clone-codegen" : "quicktype"}`,
          String(counts.typed),
          `${counts.untyped}${note}`,
          `${total === 0 ? "0.0" : ((100 * counts.untyped) / total).toFixed(1)}%`,
          gatewayFrame,
        ];
      }),
    ),
  );
  return rows;
}
