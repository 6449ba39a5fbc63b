// The module's `JSON_SCHEMA_FORMATS`: a check per `format` the model uses or its document writes (stringRules.ts) that the toolkit checks
// (@clone/schema's FORMAT_RULES), for the fields' `format` arguments and for Python JSON Schema
// validators (jsonschema's FormatChecker, fastjsonschema's `formats`), so all of them hold values to
// the rules AJV does. A rule that is one regular expression is translated (pythonPattern.ts); a
// calendar format's rule is data (its syntax, `CALENDAR_FORMATS`, and the fields' ranges,
// `CALENDAR_FIELD_RANGES`), written here from @clone/schema's and read by support.py's
// `_calendar_format`; the other checks are support.py's `_FORMAT_CHECKS`, ported by name. What a
// failing value was expected to be (`_FORMAT_EXPECTATIONS`) comes from @clone/schema too.
import { CALENDAR_FIELD_RANGES, FORMAT_EXPECTATIONS, FORMAT_RULES } from "@clone/schema/formats";
import { atom, call, dict, layout, pyNumber, pyString, tuple, type PyExpr } from "./pyexpr.ts";
import { pythonPattern } from "./pythonPattern.ts";

/** Whether the field of a string or number needs its `format` checked. */
export function isCheckedFormat(format: string | undefined): format is string {
  const rule = format === undefined ? undefined : FORMAT_RULES[format];
  return rule !== undefined && rule.kind !== "annotation";
}

/** The tables for the formats the model's references name (stringRules.ts). */
export function translateFormats(formats: Iterable<string>): string[] {
  const used = [...formats].filter(isCheckedFormat).sort();
  const calendar = used.map(calendarEntry).filter((entry) => entry !== undefined);
  const expectations = used.map(expectationEntry).filter((entry) => entry !== undefined);
  const checks = used.map(checkEntry);
  return [
    "#: The calendar formats this model uses (@clone/schema's CALENDAR_FORMATS): each one's syntax,",
    "#: whose named groups are its fields; every field present lies in CALENDAR_FIELD_RANGES, and a",
    "#: day in its month.",
    ...layout("CALENDAR_FORMATS = ", dict(calendar), "", 0),
    ...rangesLines(),
    "",
    "#: What a value failing a format was expected to be (other formats: `format \"<name>\"`).",
    ...layout("_FORMAT_EXPECTATIONS = ", dict(expectations), "", 0),
    "",
    "#: JSON Schema `format` checks by name: the formats this model uses that the toolkit checks",
    "#: (every other format is an annotation), for its fields and for Python JSON Schema validators.",
    ...layout("JSON_SCHEMA_FORMATS = ", dict(checks), "", 0),
  ];
}

// The toolkit's format rules are constants, so each format's entries (whose regexes are long: uri's
// translation is most of this section's cost) are built once per process, when a model first uses
// that format; reusing the same expression objects also reuses pyexpr's one-line spellings of them.
// Only the choice of formats depends on the model.
type Entry = readonly [PyExpr, PyExpr];
const calendarEntries = new Map<string, Entry | undefined>();
const expectationEntries = new Map<string, Entry | undefined>();
const checkEntries = new Map<string, Entry>();
let rangesText: readonly string[] | undefined;

/** `"<name>": re.compile(...)` of a calendar format's syntax; undefined for any other format. */
function calendarEntry(name: string): Entry | undefined {
  if (!calendarEntries.has(name)) {
    const rule = FORMAT_RULES[name]!;
    calendarEntries.set(name, rule.kind === "check" && rule.calendar ? [atom(pyString(name)), compiledRegex(rule.calendar)] : undefined);
  }
  return calendarEntries.get(name);
}

/** `"<name>": "<what a value was expected to be>"`; undefined when @clone/schema says nothing. */
function expectationEntry(name: string): Entry | undefined {
  if (!expectationEntries.has(name)) {
    const expectation = FORMAT_EXPECTATIONS[name];
    expectationEntries.set(name, expectation === undefined ? undefined : [atom(pyString(name)), atom(pyString(expectation))]);
  }
  return expectationEntries.get(name);
}

function checkEntry(name: string): Entry {
  let entry = checkEntries.get(name);
  if (entry === undefined) checkEntries.set(name, (entry = [atom(pyString(name)), formatCheck(name)]));
  return entry;
}

/** `CALENDAR_FIELD_RANGES`, the same in every module. */
function rangesLines(): readonly string[] {
  rangesText ??= layout(
    "CALENDAR_FIELD_RANGES = ",
    dict(Object.entries(CALENDAR_FIELD_RANGES).map(([field, [low, high]]): Entry => [atom(pyString(field)), tuple([atom(pyNumber(low)), atom(pyNumber(high))])])),
    "",
    0,
  );
  return rangesText;
}

function formatCheck(name: string): PyExpr {
  const rule = FORMAT_RULES[name]!;
  if (rule.kind === "check" && rule.calendar) return call("_calendar_format", [{ value: atom(`CALENDAR_FORMATS[${pyString(name)}]`) }]);
  if (rule.kind !== "pattern") return atom(`_FORMAT_CHECKS[${pyString(name)}]`);
  return call("_pattern_format", [{ value: compiledRegex(rule.regex) }]);
}

/** `re.compile(...)` of an ECMAScript regular expression, with its meaning (flags included). */
function compiledRegex(regex: RegExp): PyExpr {
  const flags = [regex.flags.includes("u") ? undefined : "re.ASCII", regex.flags.includes("i") ? "re.IGNORECASE" : undefined].filter(Boolean);
  return call("re.compile", [{ value: atom(pyString(pythonPattern(regex.source))) }, { value: atom(flags.join(" | ") || "0") }]);
}
