// What a conformance run covers, in one shape whatever it came from:
// - the project's own families (`loadSuites`: every family codegen renders, one suite per Swift harness;
//   `loadSuite`: some that share one), each model built exactly as
//   `pnpm protocol:gen` builds it, judged against its generated JSON Schema document and its committed
//   python-drf module, and by AJV through @clone/schema's own validators;
// - any JSON Schema file (`loadInputSuite`, `pnpm test:conformance --input FILE`): its model built as
//   `gen --input FILE` builds it, judged against the json-schema target's rendering of it (a bundle
//   when it spans files) and the python-drf module rendered from it, by AJV in the document's dialect.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, posix } from "node:path";
import {
  buildModel,
  CodegenError,
  documentFromFamily,
  findTarget,
  loadConfig,
  modelNameOfFile,
  modelOfFile,
  withExactIntegers,
  type LoadedConfig,
  type NamedType,
  type SchemaModel,
  type SourceDocument,
} from "@clone/codegen";
import { createValidator, schemaFamilies, validatorsByName, type SchemaFamily, type Validator } from "@clone/schema";
import { readFileSync } from "node:fs";
import type { JsonObject } from "./json.ts";
import { DocumentAjv } from "./runners/documentAjv.ts";
import { documentBaseUri, remoteReferences } from "./runners/documentRefs.ts";

export interface FamilyUnderTest {
  /** The model's name: what runtimes key the family by. */
  readonly name: string;
  readonly model: SchemaModel;
  readonly dialect: SourceDocument["dialect"];
  /** The JSON Schema document the validators judge by, and where it is on disk (absolute). */
  readonly document: JsonObject;
  readonly documentPath: string;
  /** The URI the document is known by, and the remote documents its `$ref`s reach (any value each). */
  readonly baseUri: string;
  readonly remoteReferences: readonly string[];
  /** The python-drf module (absolute path); absent when the Python runner must render one itself. */
  readonly serializersPath?: string;
  /** AJV's validator for one schema of the family. */
  ajv(schema: SchemaUnderTest): Validator<unknown>;
  /**
   * How the Swift harness is started for this family: the project's package (module CloneProtocol),
   * one built around another committed module of generated Swift (`sources`, its absolute
   * directory), one generated for an input file, or none (a hand-made model).
   */
  readonly swift:
    | { readonly kind: "project" }
    | { readonly kind: "sources"; readonly dir: string }
    | { readonly kind: "input"; readonly inputPath: string }
    | { readonly kind: "none" };
}

export interface SchemaUnderTest {
  /** The definition name (as `validatorsByName`, the fixtures and the Swift harness spell it), or the root type's name. */
  readonly name: string;
  readonly family: FamilyUnderTest;
  /** The model's type for it. */
  readonly type: NamedType;
  /** Where it is in the document: "#" for the document itself, "#/definitions/X" for a definition. */
  readonly fragment: string;
  /** Run with the full instance count (a family's root union; for an input, its root or every definition). */
  readonly topLevel: boolean;
}

/**
 * The name of `schema`'s type in `model`, a reading of its family's document (limitations.ts,
 * TOOLKIT_READINGS): the reading's root for the document's root, else the type of the definition of
 * that name. Not the type's own name: a reading may name the root's type otherwise (with the keywords
 * beside a root `$ref` dropped, the root is the type the ref names).
 */
export function schemaTypeNameIn(model: SchemaModel, schema: SchemaUnderTest): string {
  if (schema.fragment === "#" && model.root) return model.root.name;
  const type = model.types.find((each) => each.definitionName === schema.name);
  if (!type) throw new CodegenError("", `the model has no definition named "${schema.name}"`, model.source.location);
  return type.name;
}

export interface Suite {
  readonly families: readonly FamilyUnderTest[];
  /** Every schema of every family, top-level schemas first. */
  readonly schemas: readonly SchemaUnderTest[];
  /** Removes what loading wrote (rendered documents and modules of an input). */
  dispose(): void;
}

// ---------------------------------------------------------------------------------------------------
// The project's own families

/** Some of the project's families that share one Swift harness (default: `schemaFamilies`, module CloneProtocol). */
export async function loadSuite(configPath?: string, families: readonly SchemaFamily[] = schemaFamilies): Promise<Suite> {
  return suiteOf(await loadConfig(configPath), families);
}

/**
 * Every family clone-codegen.config.ts renders (or those `names` picks), one suite per Swift harness:
 * the families of module CloneProtocol together, each other module alone (its definitions may share
 * names with another's, as Claude Code's versions do).
 */
export async function loadSuites(configPath?: string, names?: readonly string[]): Promise<Suite[]> {
  const config = await loadConfig(configPath);
  const rendered = [...new Set(config.outputs.flatMap((output) => output.families ?? []))];
  const unknown = (names ?? []).filter((name) => !rendered.some((family) => family.name === name));
  if (unknown.length > 0) throw new CodegenError("", `no family ${unknown.join(", ")} in the config; its families: ${rendered.map((family) => family.name).join(", ")}`, config.path);
  const selected = names === undefined ? rendered : rendered.filter((family) => names.includes(family.name));
  const groups = new Map<string, SchemaFamily[]>();
  for (const family of selected) {
    const key = swiftSourcesOf(config, family) ?? family.name;
    groups.set(key, [...(groups.get(key) ?? []), family]);
  }
  return [...groups.values()].map((families) => suiteOf(config, families));
}

function suiteOf(config: LoadedConfig, families: readonly SchemaFamily[]): Suite {
  const entries = families.map((family) => ownFamily(config, family));
  const schemas = entries.flatMap((entry, index) => definitionSchemas(entry, (name) => name === families[index]!.root.name));
  return { families: entries, schemas: topLevelFirst(schemas), dispose: () => {} };
}

/** The project package's module of generated Swift, which its own harness (CloneConformanceHarness) decodes with. */
const PROJECT_SWIFT_SOURCES = "apps/macos/Sources/CloneProtocol";

/** The directory (relative to the config) the config writes `family`'s Swift to, if it renders it. */
function swiftSourcesOf(config: LoadedConfig, family: SchemaFamily): string | undefined {
  return config.outputs.find((output) => output.target === "swift" && output.families?.includes(family))?.outDir;
}

function ownFamily(config: LoadedConfig, family: SchemaFamily): FamilyUnderTest {
  const model = buildModel(documentFromFamily(family), { name: family.name });
  const schemaPath = outputPath(config, "json-schema", family, model);
  if (schemaPath === undefined) throw new Error(`clone-codegen.config.ts renders no JSON Schema for ${family.name}`);
  const serializersPath = outputPath(config, "python-drf", family, model);
  const documentPath = join(config.rootDir, schemaPath);
  const document = JSON.parse(readFileSync(documentPath, "utf8")) as JsonObject;
  const swiftSources = swiftSourcesOf(config, family);
  // The project's validators (@clone/schema), which the app ships: those are what must agree.
  const shipped = family.validators ?? validatorsByName;
  return familyUnderTest({
    model,
    document,
    documentPath,
    ...(serializersPath !== undefined ? { serializersPath: join(config.rootDir, serializersPath) } : {}),
    ajv: (schema) => shipped[schema.name] ?? createValidator(schema.name, family.definitions[schema.name] as Parameters<typeof createValidator>[1]),
    swift: swiftSources === undefined ? { kind: "none" } : swiftSources === PROJECT_SWIFT_SOURCES ? { kind: "project" } : { kind: "sources", dir: join(config.rootDir, swiftSources) },
  });
}

/** A family under test from what its source decides; the rest (name, dialect, the document's URI and remote references) follows from the model and document. */
function familyUnderTest(given: Pick<FamilyUnderTest, "model" | "document" | "documentPath" | "serializersPath" | "ajv" | "swift">): FamilyUnderTest {
  const { dialect } = given.model.source;
  return { ...given, name: given.model.name, dialect, baseUri: documentBaseUri(given.document, dialect), remoteReferences: remoteReferences(given.document, dialect) };
}

/** Where the config writes `family` through `targetName`; the file name is the target's own choice. */
function outputPath(config: LoadedConfig, targetName: string, family: SchemaFamily, model: SchemaModel): string | undefined {
  const output = config.outputs.find((candidate) => candidate.target === targetName && candidate.families?.includes(family));
  if (!output) return undefined;
  const [file] = findTarget(targetName).render([model], output.options ?? {});
  return file ? posix.join(output.outDir, file.path) : undefined;
}

// ---------------------------------------------------------------------------------------------------
// Any JSON Schema file

export interface InputSuiteOptions {
  /** The model name (default: the file's, as `gen --input`). */
  readonly name?: string;
}

/**
 * The suite of a JSON Schema file: its model, judged by the engines on the json-schema target's
 * rendering of it. A draft-03 file is refused: no engine here runs draft-03 (AJV does not), so every
 * engine would judge the draft-04 reading gen makes of it (input/draft03.ts), which is what would be
 * under test; its verdicts are held to Python's jsonschema Draft3Validator in codegen's tests
 * (draft-03-read-as-draft-04.test.ts) instead.
 */
export function loadInputSuite(inputPath: string, options: InputSuiteOptions = {}): Suite {
  const model = modelOfFile(inputPath, options.name ?? modelNameOfFile(inputPath));
  if (model.source.readFromDraft03 !== undefined) {
    throw new CodegenError(
      "/$schema",
      "a draft-03 document is not judged by the conformance run: no engine it runs reads draft-03, so each would judge gen's own draft-04 reading of it, not the document (gen reads it; its tests hold that reading to Python's jsonschema Draft3Validator)",
      inputPath,
    );
  }
  const [schemaFile] = findTarget("json-schema").render([model], {});
  return documentSuite(model, JSON.parse(schemaFile!.contents) as JsonObject, { kind: "input", inputPath });
}

/**
 * A suite of one model and the JSON Schema document it stands for (an input's rendering, or a
 * test's hand-made pair), judged by AJV in the document's dialect and the model's python-drf module.
 */
export function documentSuite(model: SchemaModel, document: JsonObject, swift: FamilyUnderTest["swift"]): Suite {
  const dir = mkdtempSync(join(tmpdir(), "clone-conformance-input-"));
  const [serializersFile] = findTarget("python-drf").render([model], {});
  const documentPath = join(dir, "document.schema.json");
  const serializersPath = join(dir, serializersFile!.path);
  // The Python validators read this file: its integers as the input wrote them, which JSON.parse made doubles of.
  writeFileSync(documentPath, withExactIntegers(JSON.stringify(document), model.source.integerSpellings));
  writeFileSync(serializersPath, serializersFile!.contents);
  const documentAjv = new DocumentAjv(document, model.source.dialect);
  const family = familyUnderTest({ model, document, documentPath, serializersPath, ajv: (schema) => documentAjv.validator(schema.name, schema.fragment), swift });
  const root = model.root ? model.typesByName.get(model.root.name) : undefined;
  const definitions = definitionSchemas(family, () => root === undefined);
  // The root, when the document has one, under its type's name (a definition it refers to keeps its own).
  const rootSchema: SchemaUnderTest[] = root && root.definitionName === undefined ? [{ name: root.name, family, type: root, fragment: "#", topLevel: true }] : [];
  const schemas = topLevelFirst([...rootSchema, ...definitions.map((schema) => (root && schema.type === root ? { ...schema, topLevel: true } : schema))]);
  return { families: [family], schemas, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

// ---------------------------------------------------------------------------------------------------

function definitionSchemas(family: FamilyUnderTest, isTopLevel: (definitionName: string) => boolean): SchemaUnderTest[] {
  return family.model.types.flatMap((type): SchemaUnderTest[] => {
    const name = type.definitionName;
    if (name === undefined) return [];
    // Where the definition is: `#/$defs/Name`, or `#/$defs/group/Name` for a member of a group (the model's definitionEntries).
    return [{ name, family, type, fragment: encodeFragment(`#${type.pointer}`), topLevel: isTopLevel(name) }];
  });
}

/** A JSON pointer as a URI fragment (RFC 6901 §6): characters a URI may not hold, percent-encoded. */
function encodeFragment(fragment: string): string {
  return fragment.replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@/?#]/gu, (ch) => encodeURIComponent(ch));
}

function topLevelFirst(schemas: SchemaUnderTest[]): SchemaUnderTest[] {
  return [...schemas].sort((a, b) => Number(b.topLevel) - Number(a.topLevel));
}
