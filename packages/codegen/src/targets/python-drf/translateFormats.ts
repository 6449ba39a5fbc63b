// The module's `JSON_SCHEMA_FORMATS`: a check per `format` the model uses that the toolkit checks
// (@clone/schema's FORMAT_RULES), for the fields' `format` arguments and for Python JSON Schema
// validators (jsonschema's FormatChecker, fastjsonschema's `formats`), so all of them hold values to
// the rules AJV does. A rule that is one regular expression is translated (pythonPattern.ts); the
// others are support.py's `_FORMAT_CHECKS`, ported by name.
import { FORMAT_RULES } from "@clone/schema/formats";
import type { SchemaModel, TypeRef } from "../../model/types.ts";
import { refsInsideRef, refsOfType } from "../../model/walk.ts";
import { atom, call, dict, layout, pyString, type PyExpr } from "./pyexpr.ts";
import { pythonPattern } from "./pythonPattern.ts";

/** Whether the field of a string or number needs its `format` checked. */
export function isCheckedFormat(format: string | undefined): format is string {
  const rule = format === undefined ? undefined : FORMAT_RULES[format];
  return rule !== undefined && rule.kind !== "annotation";
}

export function translateFormats(model: SchemaModel): string[] {
  const used = [...formatsUsed(model)].filter(isCheckedFormat).sort();
  const entries = used.map((name): [PyExpr, PyExpr] => [atom(pyString(name)), formatCheck(name)]);
  return [
    "#: JSON Schema `format` checks by name: the formats this model uses that the toolkit checks",
    "#: (every other format is an annotation), for its fields and for Python JSON Schema validators.",
    ...layout("JSON_SCHEMA_FORMATS = ", dict(entries), "", 0),
  ];
}

function formatCheck(name: string): PyExpr {
  const rule = FORMAT_RULES[name]!;
  if (rule.kind !== "pattern") return atom(`_FORMAT_CHECKS[${pyString(name)}]`);
  const flags = [rule.regex.flags.includes("u") ? undefined : "re.ASCII", rule.regex.flags.includes("i") ? "re.IGNORECASE" : undefined].filter(Boolean);
  return call("_pattern_format", [{ value: atom(pyString(pythonPattern(rule.regex.source))) }, { value: atom(flags.join(" | ") || "0") }]);
}

function formatsUsed(model: SchemaModel): Set<string> {
  const found = new Set<string>();
  const visit = (ref: TypeRef): void => {
    if ((ref.kind === "string" || ref.kind === "integer" || ref.kind === "number") && ref.constraints.format !== undefined) found.add(ref.constraints.format);
    refsInsideRef(ref).forEach(visit);
  };
  for (const type of model.types) for (const { ref } of refsOfType(type)) visit(ref);
  return found;
}
