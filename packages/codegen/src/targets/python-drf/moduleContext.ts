// What the translators ask of the Python module being written (render.ts answers): the named types,
// and which classes already stand above the current one, because a field instance is built while
// Python runs the class body and can only name a class defined before it.
import type { IntegerSpellings } from "../../json/integerSpellings.ts";
import type { NamedType, SourceDocument } from "../../model/types.ts";
import type { DrfRuleName } from "./rules.ts";

export interface SerializerModuleContext {
  /** Where the model came from (`SourceDocument.location`), for error messages. */
  readonly location: string;
  /** The model's input, for where a type is defined (sourceFragment). */
  readonly source: SourceDocument;
  /** The input's long integer literals as written: every number the module writes from the schema is spelled so. */
  readonly integerSpellings: IntegerSpellings;
  /** Rules switched off (rules.ts); empty except in the conformance suite's broken-generator test. */
  readonly disabledRules: ReadonlySet<DrfRuleName>;
  /** The named type (the model's `typeNamed`). */
  typeNamed(name: string): NamedType;
  /** Whether the type's class is already written; a reference to any other is built lazily. */
  isDefined(name: string): boolean;
}
