// What the run prints: the table (schema × runtime → agreed / disagreed), every disagreement with its
// seed, shrunk instance and verdicts, and the closing lines test-all.sh reads.
import { TOOLKIT_READINGS, type CaseRunResult } from "./cases.ts";
import { COLUMNS, describeExpectation, KNOWN_LIMITATIONS } from "./rules.ts";
import type { Disagreement, RunResult } from "./run.ts";
import type { RecordedResult, ReferenceThrew } from "./recorded.ts";
import type { JudgedByReference } from "./documentExamples.ts";

/** How many items of a long list a report names, one a line; the rest are counted. */
const LISTED = 10;

/** The first LISTED of `items`, each a line indented under its heading, then how many more there are. */
export function firstListed<T>(items: readonly T[], line: (item: T) => string): string[] {
  return [...items.slice(0, LISTED).map((item) => `  ${line(item)}`), ...(items.length > LISTED ? [`  ... and ${items.length - LISTED} more`] : [])];
}

export function formatTable(result: RunResult): string {
  const header = ["schema", "instances", ...COLUMNS];
  const rows = result.tallies.map((tally) => [
    tally.schema,
    String(tally.instances),
    ...COLUMNS.map((column) => {
      let cell = `${tally.agreed[column]} / ${tally.disagreed[column]}`;
      if (tally.tolerated[column] > 0) cell += ` (+${tally.tolerated[column]} known)`;
      if (tally.notApplicable[column] > 0) cell += ` (+${tally.notApplicable[column]} n/a)`;
      return cell;
    }),
  ]);
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ");
  return [
    "agreed / disagreed per runtime (known: a known limitation met, listed below; n/a: the runtime has nothing for that schema or is switched off)",
    line(header),
    widths.map((width) => "-".repeat(width)).join("  "),
    ...rows.map(line),
  ].join("\n");
}

/** Every known limitation the run met, with its count and first instance: open bugs, never hidden. */
export function formatLimitations(result: RunResult): string[] {
  return [...result.limitations].map(
    ([name, seen]) =>
      `KNOWN LIMITATION ${name}: ${seen.count} instances (not counted as disagreements)\n  ${KNOWN_LIMITATIONS[name].why}\n  first: ${seen.schema} ${JSON.stringify(seen.instance).slice(0, 400)}`,
  );
}

/**
 * Each selected schema the run judged less of than asked, and why: no finite value satisfies it (no
 * instance at all), every value does (no invalid instance), or the generators found none.
 */
export function formatUnjudged(result: Pick<RunResult, "withoutFiniteValue" | "acceptingEveryValue" | "generatorGaveUp">): string[] {
  return [
    ...result.withoutFiniteValue.map((schema) => `NO FINITE VALUE ${schema}: no finite JSON value satisfies it (it admits none, as false does, or every value of it contains another), so no instance was made or judged`),
    ...result.acceptingEveryValue.map((schema) => `ACCEPTS EVERY VALUE ${schema}: every JSON value satisfies it, so no invalid instance exists; its valid ones were judged`),
    ...result.generatorGaveUp.map(({ schema, kind, message, notDrawn, asked }) => {
      const judged = asked - notDrawn;
      return `GENERATOR GAVE UP ${schema} (${kind}): ${message}; ${notDrawn} of its ${asked} ${kind} instances could not be drawn, ${judged === 0 ? "so none was judged" : `the other ${judged} were judged`}`;
    }),
  ];
}

/** `input`: the `--input FILE [--name NAME]` arguments the run was given, for the replay command. */
export function formatDisagreement(disagreement: Disagreement, runSeed: number, input = ""): string {
  const { expectation } = disagreement;
  const expected = describeExpectation(expectation);
  const verdicts = COLUMNS.map((column) => {
    const verdict = disagreement.verdicts[column];
    const said = !verdict ? "not run" : verdict.unsupported ? "n/a" : verdict.valid ? "valid" : "invalid";
    const extra = verdict?.reencoded !== undefined ? ` → re-encoded ${JSON.stringify(verdict.reencoded)}` : verdict?.detail ? ` (${verdict.detail})` : "";
    return `    ${column.padEnd(15)} ${said}${extra}`;
  });
  return [
    `DISAGREEMENT ${disagreement.schema} (${disagreement.kind} instance #${disagreement.index})`,
    `  replay: pnpm test:conformance${input ? ` ${input}` : ""} --seed ${runSeed} --schema ${disagreement.schema}   (fast-check seed ${disagreement.seed}, path ${disagreement.index})`,
    `  expected: ${expected}`,
    `  instance${disagreement.shrunk ? " (shrunk)" : ""}: ${JSON.stringify(disagreement.instance)}`,
    "  verdicts:",
    ...verdicts,
    "  broken rules:",
    ...disagreement.findings.map((finding) => `    ${finding.column}: ${finding.reason}${finding.limitation ? ` (known limitation ${finding.limitation})` : ""}`),
  ].join("\n");
}

/** The closing lines: test-all.sh's `count()` reads the first, and the last is the run's summary. */
export function formatSummary(result: Pick<RunResult, "instances" | "failedInstances">): string {
  const passed = result.instances - result.failedInstances;
  return [`conformance: ${passed} passed, ${result.failedInstances} failed`, `conformance: ${result.instances} instances, ${result.failedInstances} disagreements`].join("\n");
}

/** What a case-file run found (cases.ts): each broken rule with its case, then what was not judged. */
export function formatCaseRun(result: CaseRunResult): string[] {
  const lines: string[] = [];
  for (const { group, test, findings, verdicts, refused } of result.failures) {
    const said = COLUMNS.map((column) => {
      const verdict = verdicts[column];
      return `${column} ${!verdict ? "not run" : verdict.unsupported ? "n/a" : verdict.valid ? "valid" : "invalid"}`;
    });
    lines.push(
      `\nCASE FAILED ${group.file}#${test.pointer}: ${group.description} / ${test.description}`,
      `  schema: ${JSON.stringify(group.schema)}`,
      `  data: ${JSON.stringify(test.data)}, stated ${test.valid ? "valid" : "invalid"}; verdicts: ${said.join(", ")}`,
      ...(refused !== undefined ? [`  gen refused the schema: ${refused}`] : []),
      ...findings.map((finding) => `  ${finding.column}: ${finding.reason}`),
    );
  }
  for (const [name, count] of result.limitations) lines.push(`\nKNOWN LIMITATION ${name}: ${count} verdicts (not counted as failures)`);
  if (result.notJudged.length > 0) {
    lines.push(`\nNOT JUDGED: ${result.notJudged.length} groups`, ...result.notJudged.map(({ group, reason }) => `  ${group.file}#${group.pointer} (${group.description}): ${reason}`));
  }
  for (const [reading, tests] of result.readByToolkit) {
    lines.push(
      `\nNOT JUDGED, READ BY THE TOOLKIT ${reading}: ${tests.length} cases\n  ${TOOLKIT_READINGS[reading].why}`,
      ...tests.map(({ group, test }) => `  ${group.file}#${test.pointer} (${group.description} / ${test.description})`),
    );
  }
  if (result.notCarried.length > 0) {
    lines.push(
      `\nNOT JUDGED, A NUMBER NO RUNTIME SEES AS WRITTEN: ${result.notCarried.length} cases (JSON.parse reads it as another double, which the runtimes are given)`,
      ...result.notCarried.map(({ group, test, number }) => `  ${group.file}#${test.pointer} (${group.description} / ${test.description}): ${number} is read as ${JSON.stringify(Number(number))}`),
    );
  }
  if (result.withoutSwift > 0) {
    const why = result.swiftSwitchedOff ? "Swift switched off" : "groups that refer within themselves are documents of their own; a Swift build each would outlast CI";
    lines.push(`\nconformance: ${result.withoutSwift} of ${result.cases} cases judged without Swift (${why})`);
  }
  lines.push(`\nconformance: cases: ${result.cases} judged, ${result.failures.length} failed`);
  return lines;
}

/**
 * Instances judged against AJV on the input document (recorded.ts): each one some runtime broke a
 * rule on, with where it came from, every verdict and the model's own; then the run's line.
 * `what` names them in that line ("recorded instances", "document examples").
 */
export function formatRecorded(result: RecordedResult, what: string): string[] {
  const lines: string[] = [];
  for (const failure of result.failures) {
    const said = COLUMNS.map((column) => {
      const verdict = failure.verdicts[column];
      const detail = verdict?.detail && !verdict.valid ? ` (${verdict.detail.slice(0, 200)})` : "";
      return `    ${column.padEnd(15)} ${!verdict ? "not run" : verdict.unsupported ? "n/a" : verdict.valid ? "valid" : "invalid"}${detail}`;
    });
    const expected = failure.expected.valid ? "valid" : `invalid (${(failure.expected.detail ?? "").slice(0, 300)})`;
    lines.push(
      `\nDISAGREEMENT ${failure.source} (schema ${failure.schema})`,
      `  expected: ${expected}, by AJV on the input document`,
      `  instance: ${JSON.stringify(failure.instance).slice(0, 400)}`,
      "  verdicts:",
      ...said,
      `    ${"model".padEnd(15)} ${failure.model ? "valid" : "invalid"}${failure.model !== failure.expected.valid ? " (differs from the reference too)" : ""}`,
      "  broken rules:",
      ...failure.findings.map((finding) => `    ${finding.column}: ${finding.reason}`),
    );
  }
  for (const [name, count] of result.limitations) lines.push(`\nKNOWN LIMITATION ${name}: ${count} of the ${what} (not counted as disagreements)`);
  for (const [name, { count, first }] of result.referenceLimited) {
    lines.push(`\nNOT JUDGED ${count} of the ${what}: AJV's verdict on the input document is its KNOWN LIMITATION ${name} there (the limitation explains its verdict, or that it gave none), so no verdict is expected; first: ${first}`);
  }
  lines.push(...referenceThrewLines(result.referenceThrew, what));
  if (result.notCarried.length > 0) {
    lines.push(
      `\nNOT JUDGED, A NUMBER NO RUNTIME SEES AS WRITTEN: ${result.notCarried.length} of the ${what} (JSON.parse reads it as another double, which the runtimes are given)`,
      ...result.notCarried.slice(0, 10).map(({ source, number }) => `  ${source}: ${number} is read as ${JSON.stringify(Number(number))}`),
    );
  }
  if (result.pastTheRuntimes.length > 0) {
    lines.push(
      `\nNOT JUDGED, PAST WHAT THE RUNTIMES RUN: ${result.pastTheRuntimes.length} of the ${what} (a runtime stops on each for its own reasons, not the schema's)`,
      ...firstListed(result.pastTheRuntimes, ({ source, why }) => `${source}: ${why}`),
    );
  }
  if (result.expectedInvalid.length > 0) {
    lines.push(
      `\nINVALID BY AJV ON THE INPUT DOCUMENT: ${result.expectedInvalid.length} of the ${what} (no disagreement: every runtime must reject each too)`,
      ...firstListed(result.expectedInvalid, ({ source, schema, detail }) => `${source} (schema ${schema}): ${detail.slice(0, 200)}`),
    );
  }
  for (const differs of result.modelDisagrees.slice(0, 10)) {
    lines.push(`\nMODEL DIFFERS ${differs.source} (schema ${differs.schema}): AJV on the input document says ${differs.expected ? "valid" : "invalid"}, the model the opposite\n  instance: ${JSON.stringify(differs.instance).slice(0, 400)}`);
  }
  const modelLine = result.modelDisagrees.length > 0 ? `; the model's own verdict differs from the reference on ${result.modelDisagrees.length}` : "";
  const threwLine = result.referenceThrew.length > 0 ? `, ${result.referenceThrew.length} AJV threw on` : "";
  lines.push(`\nconformance: ${result.judged} ${what} judged${threwLine}, ${result.failures.length} disagreements (${result.expectedInvalid.length} invalid by AJV on the input document${modelLine})`);
  return lines;
}

/** The instances AJV on the input document threw on (recorded.ts, ReferenceThrew), under their heading; nothing where there are none. */
function referenceThrewLines(threw: readonly ReferenceThrew[], what: string): string[] {
  if (threw.length === 0) return [];
  return [
    `\nNOT JUDGED, AJV THREW: ${threw.length} of the ${what} (AJV's compiled code failed on each, for no reason a known limitation names: no verdict is expected, and the run fails)`,
    ...firstListed(threw, ({ source, schema, message, model }) => `${source} (schema ${schema}): ${message.slice(0, 200)}${model === undefined ? "" : ` (the model says ${model ? "valid" : "invalid"})`}`),
  ];
}

/**
 * An API description's examples beside schemas (documentExamples.ts): how many were judged with the
 * document examples, those beside a schema of no type, judged by AJV alone (each it rejects named),
 * and those not judged, by why. Nothing where the document writes none.
 */
export function formatExamplesBesideSchemas(besideDefinitions: number, byReference: JudgedByReference, notJudged: ReadonlyMap<string, readonly string[]>): string[] {
  const notJudgedCount = [...notJudged.values()].reduce((sum, pointers) => sum + pointers.length, 0);
  if (besideDefinitions + byReference.judged + byReference.noReference.length + byReference.limited.size + byReference.threw.length + notJudgedCount === 0) return [];
  const lines = [
    `\nconformance: examples beside schemas (an API description's: OpenAPI's media types, parameters and headers, Swagger's responses, AsyncAPI's messages, OpenRPC's method examples): ${besideDefinitions} beside a definition, judged by every runtime with the document examples above; ` +
      `${byReference.judged} beside a schema that is no type of the model, judged by AJV on the input document alone (no generated code reads it), ${byReference.invalid.length} invalid; ${notJudgedCount} not judged`,
  ];
  if (byReference.invalid.length > 0) {
    lines.push(
      `\nINVALID BY AJV ON THE INPUT DOCUMENT: ${byReference.invalid.length} of the examples beside a schema of no type`,
      ...firstListed(byReference.invalid, ({ source, schema, detail }) => `${source} (schema ${schema}): ${detail.slice(0, 200)}`),
    );
  }
  for (const [name, { count, first }] of byReference.limited) {
    lines.push(`\nNOT JUDGED ${count} of the examples beside a schema of no type: AJV on the input document gave no verdict, its KNOWN LIMITATION ${name}; first: ${first}`);
  }
  lines.push(...referenceThrewLines(byReference.threw, "examples beside a schema of no type"));
  for (const why of byReference.noReference) lines.push(`conformance: examples beside a schema of no type not judged (no expected verdict): ${why}`);
  for (const [reason, pointers] of notJudged) lines.push(`\nNOT JUDGED: ${pointers.length} of the examples beside schemas: ${reason}`, ...firstListed(pointers, (pointer) => pointer));
  return lines;
}
