// What every runtime adapter answers: one verdict per validator it runs ("column"), per instance.
import type { JsonValue } from "../json.ts";
import type { SchemaUnderTest } from "../suite.ts";

export interface Case {
  readonly schema: SchemaUnderTest;
  readonly instance: JsonValue;
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
  /** Swift: the decoded value encoded again. */
  readonly reencoded?: JsonValue;
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
