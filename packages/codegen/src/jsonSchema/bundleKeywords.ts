// Keywords the input writes into a bundled document for the model builder to read. Both are
// extension keywords (`x-…`), so every validator ignores them.

/** Replaces a `$ref` that was not fetched (http, https, urn…): its value is the absolute URL. */
export const REMOTE_REF_KEYWORD = "x-clone-remote-ref";

/** On a schema brought in from another file: the file (relative to the input) and pointer it came from. */
export const BUNDLED_FROM_KEYWORD = "x-clone-bundled-from";
