// AJV for one version's document, in its own dialect: the judge of every witness. A schema anywhere
// in the document (a definition, an inline type) is validated through a `$ref` to its pointer, so `#`
// inside it still means the document. Not strict: a document may hold keywords JSON Schema does not
// define (`x-clone-constants`, OpenAPI's `discriminator` mapping), which JSON Schema says to ignore.
// Formats are ajv-formats' with the toolkit's own rules (@clone/schema `formats`) where it has one.
import { Ajv, type AnySchemaObject, type ErrorObject, type Options, type ValidateFunction } from "ajv";
import { Ajv2019 } from "ajv/dist/2019.js";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsImport from "ajv-formats";
import { explainErrors, formatIssue, formats, type ValidationIssue } from "@clone/schema";
import { CodegenError } from "../errors.ts";
import type { SourceDocument } from "../model/types.ts";

type AjvInstance = InstanceType<typeof Ajv>;
// A CommonJS module whose `module.exports` is also its `default`: the same function either way.
const addFormats = ((addFormatsImport as unknown as { default?: unknown }).default ?? addFormatsImport) as unknown as (ajv: AjvInstance) => AjvInstance;

function newAjv(source: SourceDocument, options: Options): AjvInstance {
  switch (source.dialect) {
    case "draft-06":
    case "draft-07":
      return new Ajv(options);
    case "2019-09":
      return new Ajv2019(options) as unknown as AjvInstance;
    case "2020-12":
      return new Ajv2020(options) as unknown as AjvInstance;
    case "draft-04":
      throw new CodegenError("/$schema", "breaking does not judge draft-04 documents yet (no draft-04 AJV here)", source.location);
  }
}

export interface PointerValidator {
  (value: unknown): boolean;
  /** Why a value is rejected, one issue per problem (none when it is valid). */
  issues(value: unknown): ValidationIssue[];
}

/** `/pointer: what was expected`. */
export const describeIssue = formatIssue;

export class DocumentValidators {
  private readonly fast: AjvInstance;
  private explaining?: AjvInstance;
  private readonly byPointer = new Map<string, PointerValidator>();
  private readonly base: string;

  constructor(private readonly source: SourceDocument) {
    const id = source.document.$id;
    // An absolute `$id` stays the document's base, so `$ref`s that spell it out still resolve.
    this.base = typeof id === "string" && /^[a-z][a-z0-9+.-]*:/i.test(id) ? id.replace(/#$/, "") : "clone-breaking:document";
    this.fast = this.prepare({ allErrors: false });
  }

  private prepare(extra: Options): AjvInstance {
    const ajv = newAjv(this.source, { strict: false, validateSchema: false, logger: false, allowUnionTypes: true, ...extra });
    addFormats(ajv);
    for (const [name, validate] of Object.entries(formats)) ajv.addFormat(name, { type: "string", validate });
    const { $id: _id, ...document } = this.source.document;
    ajv.addSchema({ ...document, $id: this.base } as AnySchemaObject);
    return ajv;
  }

  /** The validator of the schema at `pointer` ("" for the document itself). */
  at(pointer: string): PointerValidator {
    let validator = this.byPointer.get(pointer);
    if (validator) return validator;
    const schema = { $ref: `${this.base}#${encodePointerForUri(pointer)}` };
    let fast: ValidateFunction | undefined;
    let explain: ValidateFunction | undefined;
    const compile = (ajv: AjvInstance): ValidateFunction => {
      try {
        return ajv.compile(schema);
      } catch (error) {
        throw new CodegenError(pointer, `AJV cannot compile this schema: ${(error as Error).message}`, this.source.location);
      }
    };
    validator = Object.assign((value: unknown) => (fast ??= compile(this.fast))(value), {
      issues: (value: unknown): ValidationIssue[] => {
        this.explaining ??= this.prepare({ allErrors: true, verbose: true });
        explain ??= compile(this.explaining);
        return explain(value) ? [] : explainErrors(explain.errors as ErrorObject[], value);
      },
    });
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
