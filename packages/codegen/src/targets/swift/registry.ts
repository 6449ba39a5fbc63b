// Definition registries: the Swift type of every document definition, looked up by its wire name.
//
// Why: a payload often arrives with its schema named beside it rather than implied by a Swift type
// (a request's `method` picks the params definition, a test vector sits in a directory named after
// its definition, the cross-language conformance harness is told "decode this as ConnectParams").
// Generating the table means it can never fall behind the schema: a new definition is registered by
// the `pnpm protocol:gen` that declares its type, and nobody keeps a hand-written list in step.
//
// Each model file ends with `public enum <Model>Definitions { public static let byName }` (another
// spelling where the model has a type of that name: `registryName`); the support file, rendered once
// per Swift module, merges them into `AllDefinitions.byName`.
import { CodegenError } from "../../errors.ts";
import type { NamedType, SchemaModel } from "../../model/types.ts";
import { isClaimedTypeName, isSwiftIdentifier, stringLiteral, typeIdentifier } from "./naming.ts";
import { checkedConstantType, constantSpecName, pinnedConstant, type CheckedConstant, type PinnedConstant } from "./swiftTypes.ts";

/** The module-wide registry, declared in the support file. */
export const ALL_DEFINITIONS_NAME = "AllDefinitions";

/**
 * The element type of every registry. Everything the target declares is Codable, Sendable, Equatable
 * and Hashable (structs, enums, and typealiases of standard-library containers of those), so callers
 * can decode, re-encode and compare through the existential.
 */
export function definitionMetatype(): string {
  return `any (Codable & Sendable & Hashable).Type`;
}

/**
 * `Gateway` → `GatewayDefinitions`, unless the model declares a type of that name: the model names an
 * object inline under a root property `definitions` `<Model>Definitions` (CycloneDX's BOM has one), and
 * its names are fixed before any target runs, so the registry takes the first of
 * `<Model>DefinitionRegistry`, `<Model>DefinitionRegistry2`, … that no type of the model, nor the
 * support file or Swift, claims. A type of another model of the same module can still clash; the
 * module-wide claim (`claimGlobalNames`) reports that.
 */
export function registryName(model: SchemaModel): string {
  const name = `${model.name}Definitions`;
  if (!isSwiftIdentifier(name)) {
    throw new CodegenError("", `model name "${model.name}" does not give a Swift identifier for its definition registry`, model.source.location);
  }
  const taken = (candidate: string) => model.typesByName.has(candidate) || isClaimedTypeName(candidate);
  if (!taken(name)) return name;
  for (let n = 1; ; n++) {
    const candidate = `${model.name}DefinitionRegistry${n === 1 ? "" : n}`;
    if (!taken(candidate)) return candidate;
  }
}

export interface RegistryEntry {
  /**
   * The definition's key in the document, exactly as written (e.g. "cron-job" for type CronJob); for
   * the document's own type when it is no definition (a meta-schema's root), its type name.
   */
  readonly wireName: string;
  readonly type: NamedType;
}

/**
 * Every definition of the model with its wire name (its `definitionName`), in document order, then
 * the document's own type if it is not one of them, under its type name (`model.root.name`), so a
 * caller holding the model can decode the root too. The model guarantees each definition of the
 * document has exactly one type (validateModel.ts).
 */
export function registryEntries(model: SchemaModel): RegistryEntry[] {
  const entries = model.types.flatMap((type) => (type.definitionName === undefined ? [] : [{ wireName: type.definitionName, type }]));
  const root = model.root ? model.typesByName.get(model.root.name) : undefined;
  if (root === undefined || root.definitionName !== undefined) return entries;
  if (entries.some((entry) => entry.wireName === root.name)) {
    throw new CodegenError(root.pointer, `the document's own type ${root.name} has the name of a definition, so the Swift registry cannot list both`, model.source.location);
  }
  return [...entries, { wireName: root.name, type: root }];
}

/**
 * The constant a definition is, when it is nothing else (`"const": "2.0"`, a one-value enum, perhaps
 * with null beside it): its Swift type is a typealias of the constant's type, which decodes any value
 * of that type, so the registry decodes it as `JSONConstant<…>` (optional where null is let in), which
 * checks the value.
 */
function constantOf(model: SchemaModel, type: NamedType): PinnedConstant | undefined {
  return type.kind === "alias" ? pinnedConstant(model, type.type) : undefined;
}

/** The constants the model's registry checks through JSONConstant, by spec name (the support file declares their specs). */
export function registryConstants(model: SchemaModel): [string, CheckedConstant][] {
  return registryEntries(model).flatMap(({ type }) => {
    const pinned = constantOf(model, type);
    return pinned === undefined ? [] : [[constantSpecName(pinned.constant.value, model.source.integerSpellings), { value: pinned.constant.value, spellings: model.source.integerSpellings }]];
  });
}

/** The Swift type the registry decodes a definition as: its own, or for a constant, the type that checks it. */
function registeredType(model: SchemaModel, type: NamedType): string {
  const pinned = constantOf(model, type);
  if (pinned === undefined) return typeIdentifier(type.name);
  const checked = checkedConstantType(pinned.constant.value, model.source.integerSpellings);
  return pinned.orNull ? `Optional<${checked}>` : checked;
}

/** The registry enum closing a model's file. */
export function renderRegistry(model: SchemaModel): string[] {
  const entries = registryEntries(model);
  const name = registryName(model);
  const out = [
    "// MARK: - Definitions by wire name",
    "",
    `/// The Swift type of every ${model.name} definition, keyed by its name in the JSON Schema`,
    "/// document, for decoding a payload whose schema is named at run time (a request's params by",
    "/// method, a fixture by its directory, a conformance harness by the schema it is told).",
    "/// Generated, so a new definition is registered as soon as it is declared. Typealiased",
    "/// definitions map to the aliased type, a definition that is one constant to JSONConstant (which",
    "/// checks the value). Decoding checks what every generated type checks (JSON types, required keys,",
    "/// constants), not bounds, formats or patterns.",
    `public enum ${name} {`,
  ];
  if (entries.length === 0) {
    out.push(`    public static let byName: [String: ${definitionMetatype()}] = [:]`);
  } else {
    out.push(`    public static let byName: [String: ${definitionMetatype()}] = [`);
    for (const { wireName, type } of entries) {
      out.push(`        ${stringLiteral(wireName)}: ${registeredType(model, type)}.self,`);
    }
    out.push("    ]");
  }
  out.push("}");
  return out;
}

/**
 * The module-wide registry for the support file. Wire names cannot repeat across models (the type
 * name derived from a wire name is unique in the module), but the merge would quietly keep one of two
 * equal keys, so a repeat is refused here rather than trusted to that argument.
 */
export function renderAllDefinitions(models: readonly SchemaModel[]): string {
  const seen = new Map<string, SchemaModel>();
  for (const model of models) {
    for (const { wireName, type } of registryEntries(model)) {
      const previous = seen.get(wireName);
      if (previous) {
        throw new CodegenError(
          type.pointer,
          `definition "${wireName}" is declared by both ${previous.name} and ${model.name}; ${ALL_DEFINITIONS_NAME} keys them by wire name`,
          model.source.location,
        );
      }
      seen.set(wireName, model);
    }
  }
  const parts = models.map((model) => `${registryName(model)}.byName`);
  const value =
    parts.length === 0
      ? "[:]"
      : parts.length === 1
        ? parts[0]!
        : // Keys are unique (checked by the generator), so the merge policy never runs.
          parts.slice(1).reduce((acc, part) => `${acc}.merging(${part}) { first, _ in first }`, parts[0]!);
  const names = models.map((model) => model.name);
  const merged = names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
  return [
    "/// Every definition of every model in this module, keyed by wire name: the registries of",
    `/// ${merged || "no model"} merged (the generator refuses a wire name declared twice).`,
    `public enum ${ALL_DEFINITIONS_NAME} {`,
    `    public static let byName: [String: ${definitionMetatype()}] = ${value}`,
    "}",
  ].join("\n");
}
