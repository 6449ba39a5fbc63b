// One error type for bad input: it always names where (document and JSON pointer) and why.
export class CodegenError extends Error {
  constructor(
    /** JSON pointer into the input document ("" for the document itself). */
    readonly pointer: string,
    readonly reason: string,
    /** The input document: a file path or `typebox:<Family>`. */
    readonly origin?: string,
  ) {
    super(`${origin ?? "<input>"}#${pointer}: ${reason}`);
    this.name = "CodegenError";
  }

  withOrigin(origin: string): CodegenError {
    return this.origin ? this : new CodegenError(this.pointer, this.reason, origin);
  }
}

/** Appends one reference token to a JSON pointer, escaping `~` and `/` as RFC 6901 requires. */
export function childPointer(pointer: string, ...tokens: readonly (string | number)[]): string {
  return tokens.reduce<string>(
    (acc, token) => `${acc}/${String(token).replaceAll("~", "~0").replaceAll("/", "~1")}`,
    pointer,
  );
}
