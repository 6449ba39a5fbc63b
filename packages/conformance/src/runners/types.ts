// What every runtime adapter answers: one verdict per validator it runs ("column"), per instance.
import type { PatternNotRun } from "@clone/schema/patterns";
import type { JsonValue } from "../json.ts";
import type { SchemaUnderTest } from "../suite.ts";
import type { CasePlace } from "../unionCases.ts";
import { RawJson } from "./lineProcess.ts";

export interface Case {
  readonly schema: SchemaUnderTest;
  readonly instance: JsonValue;
  /**
   * The instance as its source wrote it, when that holds an integer a double does not (a case file's
   * `9223372036854775808`): the runtimes that read JSON exactly (Python, Swift) are given this text,
   * AJV the parsed instance, as JSON.parse reads every number.
   */
  readonly instanceText?: string;
}

/** What a runtime that reads numbers exactly is sent for a case: its text as written, or the instance. */
export function exactInstance(testCase: Case): JsonValue | RawJson {
  return testCase.instanceText === undefined ? testCase.instance : new RawJson(testCase.instanceText);
}

export interface Verdict {
  /** Accepted (decoded, validated). */
  readonly valid: boolean;
  /** The runtime has nothing for this schema (no serializer class, a name the harness does not know). */
  readonly unsupported?: boolean;
  /** Why it rejected, or what went wrong, when the runtime says. */
  readonly detail?: string;
  /** The validator threw instead of answering: its message (`valid` is then false). */
  readonly threw?: string;
  /** AJV, in process: what it threw where one of the schema's patterns could not be run to the end on a string of the instance (no verdict). */
  readonly patternNotRun?: PatternNotRun;
  /** Swift: the decoded value encoded again. */
  readonly reencoded?: JsonValue;
  /** Swift: the case of each enum the decoded value holds, by place (unionCases.ts). */
  readonly cases?: readonly CasePlace[];
  /** DRF: the validated data equals the input as JSON (no coercion, no defaults filled in). */
  readonly unchanged?: boolean;
  /** jsonschema, fastjsonschema: Python's `re` cannot compile one of the document's patterns (its message). */
  readonly unreadablePattern?: string;
  /** fastjsonschema: it refused to compile a schema JSON Schema allows (its message). */
  readonly refusedSchema?: string;
}

/** One runtime: judges a batch of cases and answers, for each, a verdict per column. */
export interface Runner {
  readonly name: string;
  /** The validators it runs, e.g. ["jsonschema", "fastjsonschema", "drf"]. */
  readonly columns: readonly string[];
  judge(cases: readonly Case[]): Promise<Record<string, Verdict>[]>;
  close(): Promise<void>;
}
