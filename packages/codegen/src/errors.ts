// One error type for bad input: it always names where (document and JSON pointer) and why.
export class CodegenError extends Error {
  constructor(
    /** JSON pointer into the input document ("" for the document itself). */
    readonly pointer: string,
    readonly reason: string,
    /**
     * Where the input came from, as `SourceDocument.location` spells it (a file path or
     * `typebox:<Family>`), or the option or config the error is about (`--target`, the config path).
     */
    readonly location?: string,
  ) {
    // A place in the document is a URI fragment of it (`schema.json#/definitions/A`); the whole of
    // it, or a file that is no schema (recorded data, a folder of case files), is named alone.
    super(`${location ?? "<input>"}${pointer === "" ? "" : `#${pointer}`}: ${reason}`);
    this.name = "CodegenError";
  }

  withLocation(location: string): CodegenError {
    return this.location ? this : new CodegenError(this.pointer, this.reason, location);
  }
}

/** Appends reference tokens to a JSON pointer (@clone/schema's one pointer helper). */
export { childPointer } from "@clone/schema/json-pointer";
