// The document's own example values as instances (recorded.ts judges them against AJV on the input
// document): real values a schema's author wrote, which the generators never draw. Real schemas hold
// examples and defaults that their own schema rejects; that is no fault, but then every runtime must
// reject them too.
//
// - On a schema the run judges (the root, a definition): each of its type's examples as the model
//   places them (model/examples.ts: its own, then the parts of enclosing examples that are of it),
//   and the schema's `default`, each judged as a whole value.
// - At a property (down through the properties of inline object types): its `examples` and `default`,
//   and the examples placed in its inline type, each grafted at its path into a valid instance drawn
//   for the enclosing schema, so that the value is judged where the schema puts it. The draw only
//   provides the surroundings: the reference (AJV) decides the expectation of the grafted whole.
//   The host is first trimmed to the keys on the graft's path that its validity needs
//   (trimmedHost): a drawn host of a schema with a thousand optional properties is a large
//   value, and every runtime judged it whole once per example, the run's time growing with the
//   square of the schema's size.
// - Beside a schema, in an API description (SourceDocument.examplesBesideSchemas: an OpenAPI media
//   type's `example` and `examples`, a parameter's, a header's, a Swagger response's, an AsyncAPI
//   message example's payload and headers): each a whole value of the definition
//   the schema is (the named schema it refers to, an inline payload typed as one), judged by every
//   runtime. One beside a schema that is no type of the model (a parameter's `{type: integer,
//   minimum: 1}`, a second JSON media type's inline schema) has no generated code to hold to it: the
//   reference alone judges it (AJV on the input document, the schema put in a copy of it), so that an
//   example its own schema refuses is still named.
import { pointerTokens } from "@clone/schema/json-pointer";
import { modelExamples, ModelValidator, pointerInFile, stableKey, typeNamed, valueAt, type ExampleBesideSchema, type NamedType, type SchemaModel, type TypeRef } from "@clone/codegen";
import { applyEdits, isJsonObject, setOwnKey, type JsonObject, type JsonValue } from "./json.ts";
import { compileRefusal, countsByName, judgeRecorded, mergeRecorded, NoReference, patternNotRun, ReferenceValidator, type ExpectedInvalid, type RecordedInstance, type RecordedResult, type ReferenceThrew } from "./recorded.ts";
import { ajvVerdict } from "./runners/ajv.ts";
import { noVerdictLimitation } from "./rules.ts";
import { DocumentAjv } from "./runners/documentAjv.ts";
import { sampleInstances, type Runtimes } from "./run.ts";
import { GenerationError } from "./arbitraries/filtered.ts";
import type { SchemaUnderTest } from "./suite.ts";

export interface DocumentExamples {
  /** Per schema, the example values to judge against it. */
  readonly bySchema: readonly { readonly schema: SchemaUnderTest; readonly instances: readonly RecordedInstance[] }[];
  /** Property values no drawn valid instance could carry (none held their parent object): named, not judged. */
  readonly notPlaced: readonly string[];
}

export interface JudgedExamples {
  readonly result: RecordedResult;
  /** Property values no drawn instance could carry, not judged. */
  readonly notPlaced: readonly string[];
  /** Examples not judged because AJV cannot compile their schema in the input document (no expected verdict), with why. */
  readonly noReference: readonly string[];
  /** How many of the examples judged are beside a schema that is a definition (an API description's: SourceDocument.examplesBesideSchemas). */
  readonly besideDefinitions: number;
  /** Examples beside a schema that is no type of the model, judged by the reference alone. */
  readonly besideNoType: JudgedByReference;
  /** Examples beside a schema not judged (ExamplesBesideSchemas.notJudged): by why, their pointers. */
  readonly besideNotJudged: ReadonlyMap<string, readonly string[]>;
}

/**
 * Examples judged by AJV on the input document alone: how many, those it rejects, those it could not
 * judge (its schema does not compile, or it could not run a pattern to the end on a string) with why, those it gave no verdict on for a known limitation
 * (by name, with the first: not judged, as a recorded instance's reference), and those it threw on.
 */
export interface JudgedByReference {
  readonly judged: number;
  readonly invalid: readonly ExpectedInvalid[];
  readonly noReference: readonly string[];
  readonly limited: ReadonlyMap<string, { readonly count: number; readonly first: string }>;
  readonly threw: readonly ReferenceThrew[];
}

/**
 * Valid instances drawn per schema to carry its property examples, as they are asked for: the first
 * few, then more only while a graft's path is in none of them (an optional parent object they lack),
 * up to the last count. Drawing all 40 at once took half of a run on a large API description (a host
 * of a large object type is costly to draw, and the first one almost always serves).
 */
const HOST_DRAWS = [2, 8, 40] as const;
/** How deep grafting follows inline object types below a judged schema. */
const GRAFT_DEPTH = 4;
/** Validity checks one host's trimming may take: past it the host keeps the keys not yet tried. */
const TRIM_CHECKS = 64;

/** The example values of every schema in `schemas`, drawn hosts seeded by `seed`. */
export function documentExamples(schemas: readonly SchemaUnderTest[], seed: number, step?: (what: string) => void): DocumentExamples {
  const notPlaced: string[] = [];
  const bySchema = schemas.map((schema) => {
    const { model } = schema.family;
    const instances: RecordedInstance[] = [];
    const type = schema.type;
    (modelExamples(model).get(type.name) ?? []).forEach((value, index) => {
      const own = index < (type.examples?.length ?? 0);
      instances.push({ source: own ? `examples[${index}] of ${schema.name} (${whereInFile(model, type.pointer)})` : `a part of another example placed in ${schema.name} (model/examples.ts)`, instance: value });
    });
    const schemaDefault = defaultAt(model, type.pointer);
    if (schemaDefault !== undefined) instances.push({ source: `default of ${schema.name} (${whereInFile(model, type.pointer)})`, instance: schemaDefault });
    for (const example of besideDefinitions(model).get(type.definitionName ?? "") ?? []) instances.push({ source: besideLabel(example), instance: example.value });

    const grafts = propertyValues(model, type);
    if (grafts.length > 0) {
      step?.(`drawing hosts for ${grafts.length} property examples of ${schema.name}`);
      const hosts = new DrawnHosts(schema, seed);
      const validator = new ModelValidator(model);
      const isValid = (value: JsonValue) => validator.validatesNamed(type.name, value);
      const hostsByPath = new Map<string, JsonValue | undefined>();
      for (const graft of grafts) {
        const pathKey = JSON.stringify(graft.path);
        if (!hostsByPath.has(pathKey)) {
          const drawn = hosts.find((candidate) => isJsonObject(valueAtPath(candidate, graft.path.slice(0, -1))));
          hostsByPath.set(pathKey, drawn === undefined ? undefined : trimmedHost(drawn, graft.path, isValid));
        }
        const host = hostsByPath.get(pathKey);
        const label = `${graft.label} at ${schema.name}/${graft.path.join("/")}`;
        if (host === undefined) notPlaced.push(label);
        else instances.push({ source: `${label}, grafted into a drawn valid ${schema.name}`, instance: applyEdits(host, [{ path: graft.path, value: graft.value }]) });
      }
    }
    return { schema, instances };
  });
  return { bySchema, notPlaced };
}

function where(pointer: string): string {
  return `#${pointer}`;
}

/** A place of the model's document as its file spells it (an OpenAPI file's `#/components/schemas/Pet`, read as `#/$defs/Pet`). */
function whereInFile(model: SchemaModel, pointer: string): string {
  return where(pointerInFile(model.source, pointer));
}

const examplesBesideDefinitions = new WeakMap<SchemaModel, ReadonlyMap<string, readonly ExampleBesideSchema[]>>();

/** The model's examples beside a schema that is a definition, by the definition's name. */
function besideDefinitions(model: SchemaModel): ReadonlyMap<string, readonly ExampleBesideSchema[]> {
  let byDefinition = examplesBesideDefinitions.get(model);
  if (byDefinition === undefined) {
    const grouped = new Map<string, ExampleBesideSchema[]>();
    for (const example of model.source.examplesBesideSchemas?.found ?? []) if ("definition" in example.schema) addTo(grouped, example.schema.definition, example);
    examplesBesideDefinitions.set(model, (byDefinition = grouped));
  }
  return byDefinition;
}

/** An example beside a schema by the file's pointer (and, brought by a `$ref`, where its value is). */
function besideLabel(example: ExampleBesideSchema): string {
  return `example ${where(example.pointer)}${example.referredTo === undefined ? "" : ` ($ref to ${where(example.referredTo)})`}`;
}

/** Where a copy of the input document holds the schemas beside examples that are no type of the model, for AJV to judge each through a `$ref` into it. */
const SCHEMAS_BESIDE_EXAMPLES = "x-clone-schemas-beside-examples";

/** The model's examples beside a schema that is no type of it, each judged by AJV on the input document alone. */
function judgeBesideNoType(model: SchemaModel): JudgedByReference {
  const examples = (model.source.examplesBesideSchemas?.found ?? []).flatMap((example) => ("inline" in example.schema ? [{ example, schema: example.schema.inline }] : []));
  const schemaIndex = new Map<string, number>();
  const schemas: JsonValue[] = [];
  for (const { example, schema } of examples) {
    if (schemaIndex.has(example.schemaPointer)) continue;
    schemaIndex.set(example.schemaPointer, schemas.length);
    schemas.push(schema);
  }
  if (schemas.length === 0) return { judged: 0, invalid: [], noReference: [], limited: new Map(), threw: [] };
  const document = { ...model.source.document, [SCHEMAS_BESIDE_EXAMPLES]: schemas };
  // As the reference of recorded instances: a pattern AJV refuses in Unicode mode leaves only the examples that reach it unjudged.
  const ajv = new DocumentAjv(document, model.source.dialect, "refuse-values-reaching-them");
  const invalid: ExpectedInvalid[] = [];
  const refused = new Map<string, { count: number; why: string }>();
  const limited = new Map<string, { count: number; first: string }>();
  const threw: ReferenceThrew[] = [];
  const notRun: string[] = [];
  let judged = 0;
  for (const { example } of examples) {
    const fragment = `#/${SCHEMAS_BESIDE_EXAMPLES}/${schemaIndex.get(example.schemaPointer)}`;
    const validate = ajv.validator(example.schemaPointer, fragment);
    const why = compileRefusal(validate);
    if (why !== undefined) {
      refused.set(example.schemaPointer, { count: (refused.get(example.schemaPointer)?.count ?? 0) + 1, why });
      continue;
    }
    // AJV's compiled code may throw on a value it compiled for: no verdict, named as a recorded
    // instance's is (its known limitation, by the rule findings applies, or the throw).
    const verdict = ajvVerdict(validate, example.value);
    // A pattern V8 could not run to the end on a string of it: no verdict, named as a recorded instance's is.
    if (verdict.patternNotRun !== undefined) {
      notRun.push(`${besideLabel(example)} (schema ${where(example.schemaPointer)}): ${patternNotRun(model.source, verdict.patternNotRun)}`);
      continue;
    }
    if (verdict.threw !== undefined) {
      const named = noVerdictLimitation("ajv", verdict, { document, dialect: model.source.dialect, fragment })?.limitation;
      if (named === undefined) threw.push({ source: besideLabel(example), schema: where(example.schemaPointer), message: verdict.threw });
      else limited.set(named, { count: (limited.get(named)?.count ?? 0) + 1, first: limited.get(named)?.first ?? besideLabel(example) });
      continue;
    }
    judged += 1;
    if (!verdict.valid) invalid.push({ source: besideLabel(example), schema: where(example.schemaPointer), detail: verdict.detail ?? "" });
  }
  const noReference = [...[...refused].map(([pointer, { count, why }]) => `${count} beside ${where(pointer)}: AJV cannot compile that schema in the input document: ${why}`), ...notRun];
  return { judged, invalid, noReference, limited, threw };
}

/** `value` added to the list `map` holds at `key`. */
function addTo<Key, Value>(map: Map<Key, Value[]>, key: Key, value: Value): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/** The `default` the input document gives the schema at `pointer`, if any. */
function defaultAt(model: SchemaModel, pointer: string): JsonValue | undefined {
  const tokens = pointerTokens(pointer);
  const schema = tokens === undefined ? undefined : valueAt(model.source.document, tokens);
  return isJsonObject(schema) && Object.hasOwn(schema, "default") ? schema.default : undefined;
}

interface Graft {
  readonly path: readonly string[];
  readonly value: JsonValue;
  readonly label: string;
}

/** Each property's example values below `type`, through inline object types, each once per path. */
function propertyValues(model: SchemaModel, type: NamedType): Graft[] {
  const out: Graft[] = [];
  const walk = (object: NamedType, path: readonly string[], depth: number, entered: ReadonlySet<string>): void => {
    if (object.kind !== "object" || depth > GRAFT_DEPTH) return;
    for (const property of object.properties) {
      const at = [...path, property.name];
      const seen = new Set<string>();
      const add = (value: JsonValue, label: string) => {
        if (seen.has(stableKey(value))) return;
        seen.add(stableKey(value));
        out.push({ path: at, value, label });
      };
      (property.examples ?? []).forEach((value, index) => add(value, `examples[${index}] (${whereInFile(model, property.pointer)})`));
      if (property.default !== undefined) add(property.default, `default (${whereInFile(model, property.pointer)})`);
      const inline = inlineNamedType(model, property.type);
      // A type already entered on the way down (the root, reached again by `$ref: "#"`) adds nothing deeper.
      if (inline === undefined || entered.has(inline.name)) continue;
      for (const value of modelExamples(model).get(inline.name) ?? []) add(value, `an example of ${inline.name} (model/examples.ts)`);
      walk(aliasTarget(model, inline), at, depth + 1, new Set([...entered, inline.name]));
    }
  };
  const top = aliasTarget(model, type);
  walk(top, [], 0, new Set([type.name, top.name]));
  return out;
}

/** The named type a property's type is, when it is one the document does not define (an inline schema the model lifted). */
function inlineNamedType(model: SchemaModel, ref: TypeRef): NamedType | undefined {
  if (ref.kind === "nullable" || ref.kind === "constrained") return inlineNamedType(model, ref.type);
  if (ref.kind !== "named") return undefined;
  const type = typeNamed(model, ref.name);
  return type.definitionName === undefined ? type : undefined;
}

/** The type an alias names, through rules and nullability around it (an object with `dependencies` is an alias of the object constrained). */
function aliasTarget(model: SchemaModel, type: NamedType): NamedType {
  if (type.kind !== "alias") return type;
  let ref = type.type;
  while (ref.kind === "nullable" || ref.kind === "constrained") ref = ref.type;
  return ref.kind === "named" ? aliasTarget(model, typeNamed(model, ref.name)) : type;
}

/**
 * Valid instances of the schema to graft into, drawn HOST_DRAWS at a time as `find` asks. A run of
 * fast-check's draws on one seed begins with the draws of any shorter run, so the host found is the
 * one the whole run would give. None past the generators giving up on it (its grafts are then not placed).
 */
export class DrawnHosts {
  private drawn: readonly JsonValue[] = [];
  private gaveUp = false;

  constructor(
    private readonly schema: SchemaUnderTest,
    private readonly seed: number,
  ) {}

  /** The first host `fits`, drawing more while there is none. */
  find(fits: (host: JsonValue) => boolean): JsonValue | undefined {
    for (let index = 0; ; index++) {
      if (index === this.drawn.length && !this.drawMore()) return undefined;
      if (fits(this.drawn[index]!)) return this.drawn[index];
    }
  }

  private drawMore(): boolean {
    const count = HOST_DRAWS.find((each) => each > this.drawn.length);
    if (count === undefined || this.gaveUp) return false;
    try {
      this.drawn = sampleInstances(this.schema, "valid", this.seed, count).map((generated) => generated.instance);
      return true;
    } catch (error) {
      if (!(error instanceof GenerationError || error instanceof RangeError)) throw error;
      this.gaveUp = true;
      return false;
    }
  }
}

/**
 * `host` without the keys off `path` that it stays valid without: at each object on the way down,
 * every key but the path's is dropped where `isValid` still holds, else each half of them in turn
 * (so a key the schema requires, or one a dependency asks for, stays). At most TRIM_CHECKS checks;
 * every host it returns is valid.
 */
export function trimmedHost(host: JsonValue, path: readonly string[], isValid: (value: JsonValue) => boolean): JsonValue {
  let checksLeft = TRIM_CHECKS;
  const dropped = (current: JsonValue, depth: number, keys: readonly string[]): JsonValue => {
    if (keys.length === 0 || checksLeft === 0) return current;
    checksLeft -= 1;
    const attempt = withoutKeys(current, path.slice(0, depth), keys);
    if (isValid(attempt)) return attempt;
    if (keys.length === 1) return current;
    const half = keys.length >> 1;
    return dropped(dropped(current, depth, keys.slice(0, half)), depth, keys.slice(half));
  };
  let trimmed = host;
  for (let depth = 0; depth < path.length; depth += 1) {
    const object = valueAtPath(trimmed, path.slice(0, depth));
    if (!isJsonObject(object)) break;
    trimmed = dropped(trimmed, depth, Object.keys(object).filter((key) => key !== path[depth]));
  }
  return trimmed;
}

/** `value` with `keys` taken out of the object at `at`, copying only the objects on the way to it. */
function withoutKeys(value: JsonValue, at: readonly string[], keys: readonly string[]): JsonValue {
  const object = value as JsonObject;
  const copy: JsonObject = {};
  if (at.length === 0) {
    const leftOut = new Set(keys);
    for (const key of Object.keys(object)) if (!leftOut.has(key)) setOwnKey(copy, key, object[key]!);
    return copy;
  }
  for (const key of Object.keys(object)) setOwnKey(copy, key, key === at[0] ? withoutKeys(object[key]!, at.slice(1), keys) : object[key]!);
  return copy;
}

function valueAtPath(value: JsonValue, path: readonly string[]): JsonValue | undefined {
  let at: JsonValue | undefined = value;
  for (const token of path) at = isJsonObject(at) && Object.hasOwn(at, token) ? at[token] : undefined;
  return at;
}

/**
 * The document's examples of `schemas`, judged by every runtime against AJV on the input document
 * (for a document read from several files, the bundle the model was built from).
 */
export async function judgeDocumentExamples(runtimes: Runtimes, schemas: readonly SchemaUnderTest[], seed: number, step?: (what: string) => void): Promise<JudgedExamples> {
  const { bySchema, notPlaced } = documentExamples(schemas, seed, step);
  const results: RecordedResult[] = [];
  const noReference: string[] = [];
  const references = new Map<SchemaModel, ReferenceValidator>();
  for (const { schema, instances } of bySchema) {
    if (instances.length === 0) continue;
    const { model } = schema.family;
    if (!references.has(model)) references.set(model, new ReferenceValidator(model.source.document, model.source.dialect));
    step?.(`judging ${instances.length} document examples of ${schema.name}`);
    try {
      results.push(await judgeRecorded(runtimes, references.get(model)!, schema, instances));
    } catch (error) {
      if (!(error instanceof NoReference)) throw error;
      noReference.push(`${instances.length} of ${schema.name}: ${error.message}`);
    }
  }
  // Those beside schemas of no type, and those not judged, once per model.
  const models = [...new Set(schemas.map((schema) => schema.family.model))];
  const byReference = models.map(judgeBesideNoType);
  const besideNoType = {
    judged: byReference.reduce((sum, each) => sum + each.judged, 0),
    invalid: byReference.flatMap((each) => each.invalid),
    noReference: byReference.flatMap((each) => each.noReference),
    limited: countsByName(byReference.map((each) => each.limited)),
    threw: byReference.flatMap((each) => each.threw),
  };
  const besideDefinitionCount = schemas.reduce((sum, schema) => sum + (besideDefinitions(schema.family.model).get(schema.type.definitionName ?? "")?.length ?? 0), 0);
  const besideNotJudged = new Map<string, string[]>();
  for (const model of models) for (const { pointer, reason } of model.source.examplesBesideSchemas?.notJudged ?? []) addTo(besideNotJudged, reason, where(pointer));
  return { result: mergeRecorded(results), notPlaced, noReference, besideDefinitions: besideDefinitionCount, besideNoType, besideNotJudged };
}
