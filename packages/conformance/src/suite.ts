// What the conformance run covers: every schema family codegen renders, as the normalized model built
// exactly as `pnpm protocol:gen` builds it, with the files generated for it: the JSON Schema document
// (what AJV's peers in Python validate against) and the python-drf module holding its serializers.
import { posix } from "node:path";
import { buildModel, documentFromFamily, findTarget, loadConfig, type LoadedConfig, type NamedType, type SchemaModel } from "@clone/codegen";
import { schemaFamilies, type SchemaFamily } from "@clone/schema";

export interface FamilyUnderTest {
  readonly family: SchemaFamily;
  readonly model: SchemaModel;
  /** Repository-relative path of the family's generated JSON Schema document. */
  readonly schemaPath: string;
  /** Repository-relative path of the committed python-drf module, when the config renders one. */
  readonly serializersPath?: string;
}

export interface SchemaUnderTest {
  /** The definition name, as `validatorsByName`, the fixtures and the Swift harness spell it. */
  readonly name: string;
  readonly family: FamilyUnderTest;
  /** The model's type for the definition. */
  readonly type: NamedType;
  /** The family's root union (CloneEvent, GatewayFrame): run with the full instance count. */
  readonly topLevel: boolean;
}

export interface Suite {
  readonly families: readonly FamilyUnderTest[];
  /** Every definition of every family, top-level schemas first. */
  readonly schemas: readonly SchemaUnderTest[];
}

export async function loadSuite(configPath?: string): Promise<Suite> {
  const config = await loadConfig(configPath);
  const families = schemaFamilies.map((family) => familyUnderTest(config, family));
  const schemas = families.flatMap((entry) =>
    Object.keys(entry.family.definitions).map((name): SchemaUnderTest => {
      const type = entry.model.types.find((candidate) => candidate.definitionName === name);
      if (!type) throw new Error(`${entry.family.name}: the model has no type for definition ${name}`);
      return { name, family: entry, type, topLevel: name === entry.family.root.name };
    }),
  );
  schemas.sort((a, b) => Number(b.topLevel) - Number(a.topLevel));
  return { families, schemas };
}

function familyUnderTest(config: LoadedConfig, family: SchemaFamily): FamilyUnderTest {
  const model = buildModel(documentFromFamily(family), { name: family.name });
  const schemaPath = outputPath(config, "json-schema", family, model);
  if (schemaPath === undefined) throw new Error(`clone-codegen.config.ts renders no JSON Schema for ${family.name}`);
  const serializersPath = outputPath(config, "python-drf", family, model);
  return { family, model, schemaPath, ...(serializersPath !== undefined ? { serializersPath } : {}) };
}

/** Where the config writes `family` through `targetName`; the file name is the target's own choice. */
function outputPath(config: LoadedConfig, targetName: string, family: SchemaFamily, model: SchemaModel): string | undefined {
  const output = config.outputs.find((candidate) => candidate.target === targetName && candidate.families?.includes(family));
  if (!output) return undefined;
  const [file] = findTarget(targetName).render([model], output.options ?? {});
  return file ? posix.join(output.outDir, file.path) : undefined;
}
