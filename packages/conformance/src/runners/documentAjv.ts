// AJV for any JSON Schema document, in its own dialect: draft-04 through `ajv-draft-04`, draft-06
// and draft-07 through Ajv (draft-06 with its meta-schema added), 2019-09 and 2020-12 through
// Ajv2019 and Ajv2020; formats are the toolkit's (@clone/schema's FORMAT_RULES: ajv-formats' own
// where it is one regular expression, the toolkit's rules otherwise), which every generated
// validator follows too. Not strict: a user's
// schema may hold keywords JSON Schema does not define (annotations, e.g. DAP's `_enum`) and formats
// no validator knows, which JSON Schema says to ignore.
//
// A definition is validated through a `$ref` into the document (so `#` inside it still means the
// document); a `$ref` to a document that is not here (a remote URL) stands for any value, as the
// model leaves it untyped: nothing is fetched.
import { Ajv, type AnySchemaObject, type ErrorObject, type Options, type ValidateFunction } from "ajv";
import { Ajv2019 } from "ajv/dist/2019.js";
import { Ajv2020 } from "ajv/dist/2020.js";
import draft06MetaSchema from "ajv/dist/refs/json-schema-draft-06.json" with { type: "json" };
import ajvDraft04 from "ajv-draft-04";
import type { SourceDocument } from "@clone/codegen";
import { describeErrors, explainErrors, FORMAT_RULES, INSTANCE_READING, patternEngine, type Validator } from "@clone/schema";
import type { JsonObject, JsonValue } from "../json.ts";
import { documentBaseUri, remoteReferences, asAjvReadsIt } from "./documentRefs.ts";

type AjvInstance = InstanceType<typeof Ajv>;

// A CommonJS module whose `module.exports` is also its `default`: the same value either way.
const AjvDraft04 = ajvDraft04.default;

function newAjv(dialect: SourceDocument["dialect"], options: Options): AjvInstance {
  switch (dialect) {
    case "draft-04":
      return new AjvDraft04(options) as unknown as AjvInstance;
    case "draft-06": {
      const ajv = new Ajv(options);
      ajv.addMetaSchema(draft06MetaSchema);
      return ajv;
    }
    case "draft-07":
      return new Ajv(options);
    case "2019-09":
      return new Ajv2019(options) as unknown as AjvInstance;
    case "2020-12":
      return new Ajv2020(options) as unknown as AjvInstance;
  }
}

/**
 * AJV for `dialect`, reading `id` as the dialect does: draft-04's schema identifier, and no keyword
 * at all after it (an annotation, as any unknown keyword). AJV's own vocabulary refuses `id` in every
 * later dialect ("NOT SUPPORTED"), so a document that still writes it (SchemaStore has such 2019-09
 * schemas) threw on every instance.
 */
function dialectAjv(dialect: SourceDocument["dialect"], options: Options): AjvInstance {
  const ajv = newAjv(dialect, options);
  if (dialect !== "draft-04") ajv.removeKeyword("id");
  return ajv;
}

/**
 * `uri` as AJV spells it when it looks a `$ref` up (its URI library's parse, then serialize). AJV
 * files a schema under the key it is given as written, but reads a reference with a fragment through
 * that spelling, which for a URN lower-cases the namespace: OCPP 2.0.1's documents, filed under
 * urn:OCPP:Cp:2:2020:3:SetChargingProfileRequest, were looked up as urn:ocpp:… ("can't resolve
 * reference"), so AJV threw on every instance of each definition the run reaches by a `$ref` into the
 * document. The spelling is a key AJV reads the same URI by either way.
 */
function asAjvSpellsIt(ajv: AjvInstance, uri: string): string {
  const resolver = ajv.opts.uriResolver;
  return resolver.serialize(resolver.parse(uri));
}

/**
 * patternEngine, except for a pattern AJV refuses in Unicode mode that compiles without the flag
 * (`^[\\w-.]+$`, a range from a class escape: the known limitation ajv-compiles-patterns-in-unicode-mode):
 * compiled, it throws AJV's refusal on each string it is run on. So the document compiles, a value
 * whose validation never reaches that pattern has AJV's verdict, and one that reaches it has none,
 * with the same error the refusal of the whole document gave (which the limitation names). Refused
 * at compiling, it left recorded instances without a reference at all: none was judged.
 */
const refusingWhereReached: NonNullable<Options["code"]>["regExp"] = Object.assign(
  (pattern: string, flags: string) => {
    try {
      return patternEngine(pattern, flags);
    } catch (error) {
      if (!(error instanceof SyntaxError) || !flags.includes("u") || !compiles(pattern, flags.replace("u", ""))) throw error;
      return {
        test: (): boolean => {
          throw error;
        },
        toString: () => `/${pattern}/${flags}`,
      };
    }
  },
  { code: "patternEngine" },
);

function compiles(pattern: string, flags: string): boolean {
  try {
    new RegExp(pattern, flags);
    return true;
  } catch {
    return false;
  }
}

/** How a document's patterns AJV refuses in Unicode mode are read: the whole document refused (as AJV does), or only the values that reach one (refusingWhereReached). */
export type UnicodeModeRefusals = "refuse-document" | "refuse-values-reaching-them";

/** One document's AJV set-up: a fast instance for the verdict, an explaining one for messages. */
export class DocumentAjv {
  private readonly fast: AjvInstance;
  private readonly explaining: AjvInstance;
  private readonly base: string;
  private readonly validators = new Map<string, Validator<unknown>>();

  constructor(
    document: JsonObject,
    private readonly dialect: SourceDocument["dialect"],
    unicodeModeRefusals: UnicodeModeRefusals = "refuse-document",
  ) {
    this.base = documentBaseUri(document, dialect);
    // `optimize: false`: AJV's passes over the code it writes (unused names, constant conditions) only
    // shorten that code; on one huge schema (MegaLinter's 1,472 properties) their name analysis was a
    // tenth of the run. Patterns run through patternEngine, so one V8 cannot run to the end on a string
    // is told from any other throw (@clone/schema/patterns): the instance is not judged (recorded.ts).
    const regExp = unicodeModeRefusals === "refuse-document" ? patternEngine : refusingWhereReached;
    const common: Options = { strict: false, validateSchema: false, logger: false, allowUnionTypes: true, code: { optimize: false, regExp }, ...INSTANCE_READING };
    this.fast = this.prepare(dialectAjv(dialect, { ...common, allErrors: false }), document);
    this.explaining = this.prepare(dialectAjv(dialect, { ...common, allErrors: true, verbose: true }), document);
  }

  private prepare(ajv: AjvInstance, document: JsonObject): AjvInstance {
    for (const [name, rule] of Object.entries(FORMAT_RULES)) {
      if (rule.kind === "pattern") ajv.addFormat(name, rule.regex);
      else if (rule.kind === "check") ajv.addFormat(name, { type: rule.appliesTo, validate: rule.check as (value: string | number) => boolean } as never);
      else ajv.addFormat(name, true);
    }
    for (const uri of remoteReferences(document, this.dialect)) ajv.addSchema({}, asAjvSpellsIt(ajv, uri));
    const base = asAjvSpellsIt(ajv, this.base);
    // The document may be a meta-schema AJV already holds under the same id: the document wins.
    if (ajv.getSchema(base)) ajv.removeSchema(base);
    ajv.addSchema(asAjvReadsIt(document, this.dialect) as AnySchemaObject, base);
    return ajv;
  }

  /** The validator of the schema at `fragment` ("#" for the document itself, "#/definitions/X"). */
  validator(name: string, fragment: string): Validator<unknown> {
    const key = `${name} ${fragment}`;
    let validator = this.validators.get(key);
    if (!validator) {
      validator = this.compile(name, { $ref: `${this.base}${fragment}` });
      this.validators.set(key, validator);
    }
    return validator;
  }

  private compile(name: string, schema: AnySchemaObject): Validator<unknown> {
    let fast: ValidateFunction | undefined;
    let explain: ValidateFunction | undefined;
    let lastErrors: ErrorObject[] | null = null;
    // A schema AJV failed to compile stays failed, with the first error (a pattern it cannot compile
    // in Unicode mode): AJV keeps the references it had begun to compile, half-built, so compiling
    // again "succeeds" and then answers `true` for values that miss them and throws
    // `wrapperN.validate is not a function` for values that reach them.
    let refused: { readonly error: unknown } | undefined;
    const compiled = (ajv: AjvInstance): ValidateFunction => {
      if (refused) throw refused.error;
      try {
        return ajv.compile(schema);
      } catch (error) {
        refused = { error };
        throw error;
      }
    };
    const validate = ((value: unknown) => {
      fast ??= compiled(this.fast);
      if (fast(value)) {
        lastErrors = null;
        return true;
      }
      explain ??= compiled(this.explaining);
      try {
        explain(value);
        lastErrors = explain.errors ?? [];
      } catch (error) {
        // Every error asked for, the explaining run may reach a pattern refused where reached
        // (refusingWhereReached) past the first error: the value is invalid all the same, by that error.
        if (!(error instanceof SyntaxError)) throw error;
        lastErrors = fast.errors ?? [];
      }
      return false;
    }) as Validator<unknown>;
    Object.defineProperties(validate, {
      schemaName: { value: name },
      errors: { get: () => lastErrors },
      issues: { value: (value?: unknown) => explainErrors(lastErrors, value) },
      messages: { value: (value?: unknown) => describeErrors(lastErrors, value) },
    });
    return validate;
  }
}

/** An AJV per dialect for metaSchemaErrors, each compiling its meta-schema once. */
const metaSchemaCheckers = new Map<SourceDocument["dialect"], AjvInstance>();

/** Why `schema` is no valid schema of `dialect` by its meta-schema (AJV's own copy), or undefined when it is one. */
export function metaSchemaErrors(schema: JsonValue, dialect: SourceDocument["dialect"]): string | undefined {
  let ajv = metaSchemaCheckers.get(dialect);
  if (!ajv) metaSchemaCheckers.set(dialect, (ajv = newAjv(dialect, { strict: false, logger: false, validateFormats: false })));
  return ajv.validateSchema(schema as AnySchemaObject) ? undefined : ajv.errorsText(ajv.errors);
}
