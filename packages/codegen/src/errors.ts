// One error type for bad input: it always names where (document and JSON pointer) and why.
export class CodegenError extends Error {
  /** Why, with the other places of the same problem named after it ("… (and 2 more: /a, /b)"). */
  readonly reason: string;

  constructor(
    /** JSON pointer into the input document ("" for the document itself). */
    readonly pointer: string,
    /** Why, at `pointer`. */
    readonly problem: string,
    /**
     * Where the input came from, as `SourceDocument.location` spells it (a file path or
     * `typebox:<Family>`), or the option or config the error is about (`--target`, the config path).
     */
    readonly location?: string,
    /**
     * The other places of the document with the same problem, as pointers kept apart from the words
     * so that each is respelled with `pointer` (an OpenAPI file's `/components/schemas/…`: inFile).
     */
    readonly morePointers: readonly string[] = [],
  ) {
    const reason = `${problem}${andMorePlaces(morePointers)}`;
    // A place in the document is a URI fragment of it (`schema.json#/definitions/A`); the whole of
    // it, or a file that is no schema (recorded data, a folder of case files), is named alone.
    super(`${location ?? "<input>"}${pointer === "" ? "" : `#${pointer}`}: ${reason}`);
    this.name = "CodegenError";
    this.reason = reason;
  }

  withLocation(location: string): CodegenError {
    return this.location ? this : new CodegenError(this.pointer, this.problem, location, this.morePointers);
  }

  /** The same error with every pointer it names spelled by `respell`. */
  withPointersRespelled(respell: (pointer: string) => string): CodegenError {
    return new CodegenError(respell(this.pointer), this.problem, this.location, this.morePointers.map(respell));
  }
}

/** How many of the other places an error names (a generated schema can break one rule hundreds of times). */
const MOST_PLACES_NAMED = 8;

function andMorePlaces(pointers: readonly string[]): string {
  if (pointers.length === 0) return "";
  const named = pointers.slice(0, MOST_PLACES_NAMED);
  return ` (and ${pointers.length} more: ${named.join(", ")}${pointers.length > named.length ? ", …" : ""})`;
}

/** Appends reference tokens to a JSON pointer (@clone/schema's one pointer helper). */
export { childPointer } from "@clone/schema/json-pointer";
