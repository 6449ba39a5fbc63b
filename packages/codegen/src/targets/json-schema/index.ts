// The JSON Schema target: re-emits the model's source document in canonical form (fixed keyword
// order, 2-space indent, trailing newline) with the generated-file marker as its top-level $comment.
// It is the one target that reads `model.source`: its output *is* the source document. With the
// option `annotations: "root"` only the document's own title and description are kept (a file that
// must stay equal to a golden one written without documentation; the bundle target carries it all).
import { GENERATED_MARKER } from "../../generate/marker.ts";
import { withExactIntegers } from "../../json/integerSpellings.ts";
import { pascalCase } from "../../naming/words.ts";
import type { GeneratedFile, Target } from "../target.ts";
import { canonicalSchema } from "./canonicalSchema.ts";
import { documentWithoutAnnotations } from "./withoutAnnotations.ts";

export const jsonSchemaTarget: Target = {
  name: "json-schema",
  description: "the JSON Schema document (draft-07 or 2020-12, as read), canonically ordered",
  consumers: "JSON Schema validators",
  render(models, options) {
    return models.map((model): GeneratedFile => {
      const source = options.annotations === "root" ? documentWithoutAnnotations(model.source.document) : model.source.document;
      const { $comment, ...document } = source;
      const comment = typeof $comment === "string" && $comment !== GENERATED_MARKER ? `${GENERATED_MARKER} ${$comment}` : GENERATED_MARKER;
      const canonical = canonicalSchema({ ...document, $comment: comment });
      return {
        path: options.fileNames?.[model.name] ?? `${pascalCase(model.name)}.schema.json`,
        contents: `${withExactIntegers(JSON.stringify(canonical, null, 2), model.source.integerSpellings)}\n`,
      };
    });
  },
};
