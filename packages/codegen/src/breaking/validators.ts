// AJV for one version's document, in its own dialect: the judge of every witness. The set-up is the
// conformance run's (DocumentAjv: every dialect, the toolkit's formats, remote refs as any value, not
// strict), so a witness is judged exactly as the conformance run judges an instance. A schema anywhere
// in the document is validated through a `$ref` to its pointer, so `#` inside it still means the document.
import { DocumentAjv } from "@clone/conformance";
import { formatIssue, type ValidationIssue } from "@clone/schema";
import { CodegenError } from "../errors.ts";
import type { JsonObject } from "../json/types.ts";
import type { SourceDocument } from "../model/types.ts";

export interface PointerValidator {
  (value: unknown): boolean;
  /** Why a value is rejected, one issue per problem (none when it is valid). */
  issues(value: unknown): ValidationIssue[];
}

/** `/pointer: what was expected`. */
export const describeIssue = formatIssue;

export class DocumentValidators {
  private readonly ajv: DocumentAjv;
  private readonly byPointer = new Map<string, PointerValidator>();

  constructor(private readonly source: SourceDocument) {
    this.ajv = new DocumentAjv(source.document as JsonObject, source.dialect);
  }

  /** The validator of the schema at `pointer` ("" for the document itself). */
  at(pointer: string): PointerValidator {
    let validator = this.byPointer.get(pointer);
    if (validator) return validator;
    const validate = this.ajv.validator(pointer || "(document)", `#${encodePointerForUri(pointer)}`);
    const judge = (value: unknown): boolean => {
      try {
        return validate(value);
      } catch (error) {
        throw new CodegenError(pointer, `AJV cannot compile this schema: ${(error as Error).message}`, this.source.location);
      }
    };
    validator = Object.assign(judge, { issues: (value: unknown): ValidationIssue[] => (judge(value) ? [] : validate.issues(value)) });
    this.byPointer.set(pointer, validator);
    return validator;
  }
}

/** A JSON pointer as a URI fragment: each token percent-encoded where a URI needs it. */
function encodePointerForUri(pointer: string): string {
  return pointer
    .split("/")
    .map((token) => encodeURIComponent(token).replaceAll("%24", "$"))
    .join("/");
}
