// @clone/conformance: the cross-language conformance run of issue 5, as a library (the CLI is cli.ts).
export { loadSuite, loadSuites, type Suite, type SchemaUnderTest, type FamilyUnderTest } from "./suite.ts";
export { ValidInstances, validInstances, rfc3339DateTime, brokenDateTime, anyJson } from "./arbitraries/index.ts";
export { invalidInstances, MUTATIONS, findMutation, PositionWalker, type InvalidInstance, type Mutation, type Violation } from "./mutations/index.ts";
export { runConformance, sampleInstances, arbitraryFor, derivedSeed, type RunOptions, type RunResult, type Disagreement } from "./run.ts";
export { findings, mayAccept, COLUMNS, COLUMN_TARGETS, SWIFT_MAY_ACCEPT, KNOWN_LIMITATIONS, equalMergingEquivalentKeys, type Column, type Expectation, type Finding } from "./rules.ts";
export { startRuntimes, DEFAULT_OPTIONS } from "./runtimes.ts";
export { formatTable, formatDisagreement, formatLimitations, formatSummary } from "./report.ts";
export type { Runner, Case, Verdict } from "./runners/types.ts";
export { DocumentAjv } from "./runners/documentAjv.ts";
