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
    super(`${location ?? "<input>"}#${pointer}: ${reason}`);
    this.name = "CodegenError";
  }

  withLocation(location: string): CodegenError {
    return this.location ? this : new CodegenError(this.pointer, this.reason, location);
  }
}

/** Appends one reference token to a JSON pointer, escaping `~` and `/` as RFC 6901 requires. */
export function childPointer(pointer: string, ...tokens: readonly (string | number)[]): string {
  let out = pointer;
  for (const token of tokens) {
    const text = String(token);
    out += `/${text.includes("~") || text.includes("/") ? text.replaceAll("~", "~0").replaceAll("/", "~1") : text}`;
  }
  return out;
}
