// Validating a CloneEvent against parsing its text: the validator should cost less than JSON.parse.
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { FormatRegistry } from "@sinclair/typebox";
import { TypeCompiler } from "@sinclair/typebox/compiler";
import { CloneEventSchema, CloneEventVariants, compileValidator, isRfc3339DateTime } from "@clone/schema";
import { formatRate, printTable, throughput } from "./measure.ts";

const event = {
  id: "evt_01HZX3",
  session_id: "ses_01HZX2",
  occurred_at: "2026-03-04T09:30:12.250+01:00",
  source: "desktop",
  type: "app.focused",
  app: "Xcode",
  window_title: "CloneProtocol — GatewayModels.swift",
};

export function benchValidation(): void {
  const text = JSON.stringify(event);
  const ajvDiscriminated = compileValidator(CloneEventSchema);
  // The baseline the issue names: a plain `anyOf` of the variants, ajv-formats' full date-time.
  const plain = new Ajv({ strict: false });
  addFormats.default(plain, { mode: "full", formats: ["date-time"] });
  const ajvPlain = plain.compile({ anyOf: Object.values(CloneEventVariants) });
  if (!FormatRegistry.Has("date-time")) FormatRegistry.Set("date-time", isRfc3339DateTime);
  const typeCompiled = TypeCompiler.Compile(CloneEventSchema);
  for (const [name, check] of [["ajv", ajvDiscriminated], ["plain", ajvPlain], ["typebox", (v: unknown) => typeCompiled.Check(v)]] as const) {
    if (!check(event)) throw new Error(`bench event is invalid for ${name}`);
  }

  const parse = throughput("JSON.parse(text)", () => JSON.parse(text));
  const rows = [
    throughput("validateCloneEvent (AJV: discriminator + our date-time)", () => ajvDiscriminated(event)),
    throughput("TypeBox TypeCompiler (same schema)", () => typeCompiled.Check(event)),
    throughput("baseline: AJV plain anyOf + ajv-formats full date-time", () => ajvPlain(event)),
  ];
  printTable("CloneEvent validation vs JSON.parse of the same event (target: validate ≥ 1.5× parse)", ["what", "events/s", "× JSON.parse"], [
    [parse.label, formatRate(parse.perSecond), "1.00×"],
    ...rows.map((rate) => [rate.label, formatRate(rate.perSecond), `${(rate.perSecond / parse.perSecond).toFixed(2)}×`]),
  ]);
}
