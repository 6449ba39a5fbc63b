// The docs target: Markdown reference documentation per model, for a reader with no TypeScript. Each
// named type gets a section (its description, where it is defined, its fields or variants or values
// with their types, constraints and descriptions, and an example ready to paste); types link to each
// other; conditional requirements are written out in prose. An index (README.md) lists every model.
import { GENERATED_MARKER } from "../../generate/marker.ts";
import type { JsonValue } from "../../json/types.ts";
import { withExactIntegers } from "../../json/integerSpellings.ts";
import { describeTypeRef, exactJson, type SpellName, type Words } from "../../model/describeAssertion.ts";
import { modelExamples } from "../modelExamples.ts";
import { deprecationNote, descriptionWithParts, documentation, enumValueAnnotations, partNotes, sentences, sourceFragment } from "../../model/schemaModel.ts";
import type { AliasType, EnumType, FirstMatchUnion, KeyPresenceUnion, NamedType, ObjectType, Operations, Property, RequiredWhen, SchemaModel, TypeRef, UnionType, UnionVariant } from "../../model/types.ts";
import { pascalCase } from "../../naming/words.ts";
import type { GeneratedFile, Target } from "../target.ts";

const INDEX_FILE = "README.md";

export const docsTarget: Target = {
  name: "docs",
  description: "Markdown reference docs: every type with its fields, variants, values, constraints, descriptions and examples",
  render(models, options) {
    const fileOf = (model: SchemaModel) => options.fileNames?.[model.name] ?? `${pascalCase(model.name)}.md`;
    return [...models.map((model): GeneratedFile => ({ path: fileOf(model), contents: renderModel(model) })), { path: INDEX_FILE, contents: renderIndex(models, fileOf) }];
  },
};

function renderIndex(models: readonly SchemaModel[], fileOf: (model: SchemaModel) => string): string {
  const lines = [
    `<!-- ${GENERATED_MARKER} -->`,
    "",
    "# Wire format reference",
    "",
    "Every shape on the wire, generated from the schemas. Each page lists every type with its fields (type, required or optional, nullable, constraints, meaning), how union variants are told apart, and examples that validate.",
    "",
    ...models.map((model) => `- [${titleOf(model)}](${fileOf(model)}): ${oneLine(prose(descriptionOf(model) ?? ""))}`),
  ];
  return `${lines.join("\n")}\n`;
}

function titleOf(model: SchemaModel): string {
  const title = model.source.document.title;
  return typeof title === "string" ? title : model.name;
}

function descriptionOf(model: SchemaModel): string | undefined {
  const description = model.source.document.description;
  return typeof description === "string" ? description : undefined;
}

/** A type's heading anchor, as Markdown renderers derive it from `### Name`. */
const anchorOf = (name: string): string => name.toLowerCase();
const link: SpellName = (name) => `[${name}](#${anchorOf(name)})`;

/** How a model's page words types and numbers: a named type as a link to its section, an integer as the document spells it. */
function wordsOf(model: SchemaModel): Words {
  return { name: link, integers: model.source.integerSpellings, model };
}

function renderModel(model: SchemaModel): string {
  const examples = modelExamples(model);
  const definitions = model.types.filter((type) => type.definitionName !== undefined);
  const lifted = model.types.filter((type) => type.definitionName === undefined);
  const lines: string[] = [`<!-- ${GENERATED_MARKER} -->`, "", `# ${titleOf(model)}`, ""];
  const description = descriptionOf(model);
  if (description) lines.push(demotedHeadings(prose(description), 1), "");
  if (model.root) lines.push(`A document of this kind is one ${link(model.root.name)}.`, "");
  lines.push("## Contents", "", ...definitions.map((type) => `- ${link(type.name)}`));
  if (lifted.length > 0) lines.push(`- [Nested types](#nested-types): ${lifted.map((type) => link(type.name)).join(", ")}`);
  if (model.constants.length > 0) lines.push("- [Constants](#constants)");
  if (model.operations) lines.push("- [Methods](#methods)", "- [Server events](#server-events)");
  lines.push("");
  if (model.constants.length > 0) {
    lines.push("## Constants", "", "| Name | Value |", "| --- | --- |", ...model.constants.map((constant) => `| \`${constant.name}\` | \`${exactJson(constant.value, model.source.integerSpellings)}\` |`), "");
  }
  if (model.operations) lines.push(...translateOperations(model.operations, wordsOf(model)));
  // A schema of inline types only (GeoJSON's, dbt's artifacts) has no Definitions: no heading left empty.
  if (definitions.length > 0) lines.push("## Definitions", "");
  for (const type of definitions) lines.push(...renderType(model, type, examples.get(type.name) ?? []));
  if (lifted.length > 0) {
    lines.push("## Nested types", "", "Types written inline inside a definition, named after where they sit.", "");
    for (const type of lifted) lines.push(...renderType(model, type, examples.get(type.name) ?? []));
  }
  return `${lines.join("\n").trimEnd()}\n`;
}

/** A protocol's methods (params → result) and server events (payload), as the model's operations declare them. */
function translateOperations(operations: Operations, words: Words): string[] {
  const typeCell = (ref: TypeRef | undefined, absent: string) => (ref === undefined ? absent : cell(describeTypeRef(ref, words)));
  const frames = operations.frames;
  return [
    "## Methods",
    "",
    `A call is a ${link(frames.request.name)} naming the method, answered by a ${link(frames.response.name)} with the same \`id\`${operations.errorCodes ? `; a failed call's error code is one of the ${link(operations.errorCodes.name)} values` : ""}.`,
    "",
    "| Method | Params | Result |",
    "| --- | --- | --- |",
    ...operations.methods.map((method) => `| \`${method.name}\` | ${typeCell(method.params, "none")} | ${typeCell(method.result, "not typed")} |`),
    "",
    "## Server events",
    "",
    `The server pushes each as an ${link(frames.event.name)} naming the event; a client meets names it does not know and must tolerate them.`,
    "",
    "| Event | Payload |",
    "| --- | --- |",
    ...operations.events.map((event) => `| \`${event.name}\` | ${typeCell(event.payload, "not typed")} |`),
    "",
  ];
}

function renderType(model: SchemaModel, type: NamedType, examples: readonly JsonValue[]): string[] {
  const lines = [`### ${type.name}`, ""];
  const text = documentation(type);
  if (text) lines.push(demotedHeadings(prose(text.trim()), 3), "");
  if (type.deprecated === true) lines.push(type.deprecationMessage === undefined ? "**Deprecated.**" : `**Deprecated:** ${prose(type.deprecationMessage)}`, "");
  lines.push(`Defined at \`${sourceFragment(model.source, type)}\`.`, "");
  lines.push(...translateBody(model, type));
  for (const [index, example] of examplesShown(examples).entries()) {
    lines.push(index === 0 ? "Example:" : "A fuller example:", "", "```json", withExactIntegers(JSON.stringify(example, null, 2), model.source.integerSpellings), "```", "");
  }
  return lines;
}

/**
 * The examples a section shows: the shortest (a reader's starting point, not an edge case of the
 * vectors), then the one with the most keys, when that is another (every optional field filled in).
 */
function examplesShown(examples: readonly JsonValue[]): JsonValue[] {
  if (examples.length === 0) return [];
  const size = (value: JsonValue) => JSON.stringify(value).length;
  const keys = (value: JsonValue): number =>
    Array.isArray(value) ? value.reduce<number>((sum, item) => sum + keys(item), 0) : typeof value === "object" && value !== null ? Object.values(value).reduce<number>((sum, item) => sum + 1 + keys(item), 0) : 0;
  const shortest = examples.reduce((best, example) => (size(example) < size(best) ? example : best));
  const fullest = examples.reduce((best, example) => (keys(example) > keys(best) ? example : best));
  return keys(fullest) > keys(shortest) ? [shortest, fullest] : [shortest];
}

function translateBody(model: SchemaModel, type: NamedType): string[] {
  const words = wordsOf(model);
  switch (type.kind) {
    case "object":
      return translateObject(type, words);
    case "union":
      return translateUnion(type, words);
    case "enum":
      return translateEnum(type, words);
    case "alias":
      return translateAlias(type, words);
  }
}

function translateObject(type: ObjectType, words: Words): string[] {
  const lines: string[] = [];
  if (type.properties.length > 0) {
    lines.push("| Field | Type | Required | Description |", "| --- | --- | --- | --- |", ...type.properties.map((property) => translateProperty(property, words)), "");
  } else {
    lines.push("An object with no declared fields.", "");
  }
  for (const pattern of type.patternProperties) {
    const held = `Keys matching \`${pattern.pattern}\` hold ${describeTypeRef(pattern.type, words)}.`;
    const said = descriptionWithParts(pattern.description, pattern.type);
    lines.push(said === undefined ? held : sentences(held, prose(said)), "");
  }
  if (type.additionalProperties === false) lines.push("No other keys are allowed.", "");
  else if (type.additionalProperties.kind === "unknown") lines.push("Other keys are allowed, with any value.", "");
  else lines.push(`Other keys are allowed, each holding ${describeTypeRef(type.additionalProperties, words)}.`, "");
  for (const rule of type.requiredWhen) lines.push(translateRequiredWhen(rule, words), "");
  return lines;
}

function translateProperty(property: Property, words: Words): string {
  // The property's description, what it says of the array's items or the map's values (partNotes), its
  // default and whether it is deprecated, those it has, in that order.
  let description = prose(documentation(property)?.trim() ?? "");
  for (const note of partNotes(property.type)) description = sentences(description, prose(note));
  if (property.default !== undefined) description = sentences(description, `Default: \`${exactJson(property.default, words.integers)}\`.`);
  const deprecation = deprecationNote(property);
  if (deprecation !== undefined) description = sentences(description, deprecation);
  return `| \`${property.name}\` | ${cell(describeTypeRef(property.type, words))} | ${property.required ? "required" : "optional"} | ${cell(description)} |`;
}

/** The conditional requirement in prose: "When `source` is `"integration"`, `source_detail` is required." */
function translateRequiredWhen(rule: RequiredWhen, words: Words): string {
  const keys = rule.require.map((key) => `\`${key}\``);
  const list = keys.length === 1 ? keys[0]! : `${keys.slice(0, -1).join(", ")} and ${keys[keys.length - 1]!}`;
  return `When \`${rule.property}\` is \`${exactJson(rule.equals, words.integers)}\`, ${list} ${keys.length === 1 ? "is" : "are"} required as well; otherwise ${keys.length === 1 ? "it is" : "they are"} optional.`;
}

function translateUnion(type: UnionType, words: Words): string[] {
  switch (type.rule) {
    case "tag":
      return [
        `One of the following, told apart by the value of \`${type.property}\`:`,
        "",
        `| \`${type.property}\` | Variant |`,
        "| --- | --- |",
        ...type.variants.map((variant) => `| \`${exactJson(variant.tag, words.integers)}\` | ${cell(variantText(variant, words))} |`),
        "",
        `A value whose \`${type.property}\` is none of these is invalid.`,
        "",
      ];
    case "jsonType":
      return [
        "One of the following, told apart by the JSON type of the value:",
        "",
        "| JSON type | Variant |",
        "| --- | --- |",
        ...type.variants.map((variant) => `| ${variant.jsonType} | ${cell(variantText(variant, words))} |`),
        "",
      ];
    case "keyPresence":
      return [
        // Under `oneOf` the schema's rule is that exactly one matches: the order in which a decoder
        // tries them is no rule of the wire format (a sweep read "the first … that it matches" on
        // CycloneDX's oneOf as the docs stating first-match).
        type.keyword === "oneOf"
          ? "Exactly one of the following, told apart by which keys are present:"
          : "One of the following, told apart by which keys are present: a value is the first variant, in this order, whose keys it all has and that it matches.",
        "",
        "| Keys present | Variant |",
        "| --- | --- |",
        ...type.variants.map((variant) => `| ${variant.keys.length === 0 ? "(any)" : variant.keys.map((key) => `\`${key}\``).join(", ")} | ${cell(variantText(variant, words))} |`),
        "",
        ...preferenceLines(type, words),
      ];
    case "firstMatch":
      return [
        type.keyword === "oneOf" ? "Exactly one of the following:" : "Any of the following (a value is the first, in this order, that it matches):",
        "",
        ...type.variants.map((variant) => `- ${oneLine(variantText(variant, words))}`),
        "",
        ...preferenceLines(type, words),
      ];
  }
}

/** A variant in words, then what the schema says of it where it says something (UnionVariant.description, and of its items or values: partNotes). */
function variantText(variant: UnionVariant, words: Words): string {
  const shape = describeTypeRef(variant.type, words);
  const said = descriptionWithParts(variant.description, variant.type);
  return said === undefined ? shape : `${shape}: ${prose(said)}`;
}

/** A union's preference (an OpenAPI discriminator, types.ts VariantPreference): which variant each string names, tried first. */
function preferenceLines(type: KeyPresenceUnion | FirstMatchUnion, words: Words): string[] {
  const preference = type.preference;
  if (preference === undefined) return [];
  const property = `\`${preference.property}\``;
  return [
    `A value several variants match is read as the one its ${property} names (OpenAPI discriminator): a value whose ${property} is one of these is tried as that variant first, then in the order above.`,
    "",
    `| ${property} | Tried first as |`,
    "| --- | --- |",
    ...preference.cases.map(({ value, variant }) => {
      const named = type.variants.find((each) => each.name === variant)!;
      return `| \`${JSON.stringify(value)}\` | ${cell(describeTypeRef(named.type, words))} |`;
    }),
    "",
  ];
}

function translateEnum(type: EnumType, words: Words): string[] {
  const annotations = enumValueAnnotations(type);
  const described = type.values.some((value) => annotations.has(value));
  const rows = type.values.map((value) => (described ? `| \`${exactJson(value, words.integers)}\` | ${cell(prose(annotations.get(value)?.meaning ?? ""))} |` : `| \`${exactJson(value, words.integers)}\` |`));
  return [
    type.otherValues ? `One of these ${type.valueType} values, or any other ${cell(withoutArticle(describeTypeRef(type.otherValues, words)))}:` : `One of these ${type.valueType} values:`,
    "",
    described ? "| Value | Meaning |" : "| Value |",
    described ? "| --- | --- |" : "| --- |",
    ...rows,
    "",
  ];
}

function translateAlias(type: AliasType, words: Words): string[] {
  // What the schema says of the value's unnamed items and values (partNotes), after what it is.
  return [partNotes(type.type).reduce((said, note) => sentences(said, prose(note)), `A value of this type is ${describeTypeRef(type.type, words)}.`), ""];
}

/**
 * An author's text as Markdown that shows it: a `<` that would open an HTML tag is escaped outside
 * code spans, since Kubernetes' descriptions write placeholders so (`<namespace>_<name>`, which a
 * renderer took for tags and dropped; found by a sweep of CRDs).
 */
function prose(text: string): string {
  return text.includes("<") ? text.replace(/(`+)[\s\S]*?\1|<(?=[A-Za-z/!?])/g, (match, fence: string | undefined) => (fence === undefined ? "\\<" : match)) : text;
}

/**
 * An author's text placed under a heading of `level`: its own headings go below it (ACP's SessionId
 * description opens "# Example", which made a page heading inside a type's section; found by a
 * sweep). Lines inside fenced code are left as they are.
 */
function demotedHeadings(text: string, level: number): string {
  if (!text.includes("#")) return text;
  let fenced = false;
  return text
    .split("\n")
    .map((line) => {
      if (/^\s{0,3}(```|~~~)/.test(line)) fenced = !fenced;
      const heading = fenced ? null : /^( {0,3})(#{1,6})(?=\s|$)/.exec(line);
      return heading === null ? line : `${heading[1]}${"#".repeat(Math.min(6, heading[2]!.length + level))}${line.slice(heading[0].length)}`;
    })
    .join("\n");
}

/** Text fit for one Markdown table cell: one line, pipes escaped. */
function cell(text: string): string {
  return oneLine(text).replaceAll("|", "\\|");
}

function oneLine(text: string): string {
  const trimmed = text.trim();
  // Most cells are one line already; the line-break pattern (which scans every space) runs only on those that are not.
  return trimmed.includes("\n") ? trimmed.replace(/\s*\r?\n\s*/g, " ") : trimmed;
}

/** "a string matching /x/" as the noun phrase after "any other": "string matching /x/". */
function withoutArticle(words: string): string {
  return words.replace(/^an? /u, "");
}
