// Keywords the input writes into a bundled document for the model builder to read. All are
// extension keywords (`x-…`), so every validator ignores them.

/** Replaces a `$ref` that was not fetched (http, https, urn…): its value is the absolute URL. */
export const REMOTE_REF_KEYWORD = "x-clone-remote-ref";

/**
 * Replaces a 2020-12 `$dynamicRef` (or 2019-09 `$recursiveRef`) whose target depends on the path
 * evaluation took to it (the dynamic scope: which resources declaring its anchor were entered first),
 * which one pointer in a bundle cannot say: its value is the ref as written.
 */
export const DYNAMIC_SCOPE_REF_KEYWORD = "x-clone-dynamic-scope-ref";

/** On a schema brought in from another file: the file (relative to the input) and pointer it came from. */
export const BUNDLED_FROM_KEYWORD = "x-clone-bundled-from";

/**
 * At the bundle's root: the places of other files that refs name below a definition or a file's root
 * (`b.json#/properties/x`), each brought in alone under a key naming what holds it (`b-x`), not as a
 * definition. The model reads a place outside the definitions as the place it is, named only where
 * its shape is worth a name (an object, an enum), as it was where it sat; a definition is always a
 * type of its own, a `typealias SchemaTitle = String` for the `title` of a meta-schema.
 */
export const BUNDLED_PLACES_KEYWORD = "x-clone-bundled-places";

/**
 * At the document's root: schemas an API description writes outside every schema and payload (an
 * OpenAPI parameter's, a response header's), by the name of what carries them (`ListPetsParamSort`).
 * The model reads each as the place it is, not as a definition: a type where the model makes one of
 * a place (an inline enum, an object, a union) under that name, nothing for a plain `type: string`.
 */
export const NAMED_PLACES_KEYWORD = "x-clone-named-places";
