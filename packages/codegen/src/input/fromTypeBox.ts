// TypeBox → JSON Schema document: the only place codegen touches TypeBox. TypeBox schemas already are
// JSON Schema; serializing drops TypeBox's symbol-keyed bookkeeping.
import type { SchemaFamily, SchemaOperations } from "@clone/schema";
import { OPERATIONS_KEYWORD } from "../model/operationsKeyword.ts";
import { childPointer, CodegenError } from "../errors.ts";
import { toSourceDocument, type SourceDocument } from "./document.ts";
import { exampleVectors } from "./exampleVectors.ts";

export const DRAFT_07_URI = "http://json-schema.org/draft-07/schema#";

export function documentFromFamily(family: SchemaFamily): SourceDocument {
  const definitionRef = (name: string) => `#/definitions/${name}`;
  const { root } = family;
  const examplesOf = (name: string) => {
    const examples = family.examples === undefined ? [] : exampleVectors(family.examples, name);
    return examples.length > 0 ? { examples } : {};
  };
  const document = {
    $schema: DRAFT_07_URI,
    $id: family.id,
    title: family.title,
    description: family.description,
    ...examplesOf(root.name),
    oneOf: root.variants.map((name) => ({ $ref: definitionRef(name) })),
    discriminator: {
      propertyName: root.discriminator,
      mapping: Object.fromEntries(root.variants.map((name) => [tagOf(family, name), definitionRef(name)])),
    },
    ...(family.constants ? { "x-clone-constants": family.constants } : {}),
    ...(family.operations ? { [OPERATIONS_KEYWORD]: operationsDocument(family.operations, definitionRef) } : {}),
    definitions: Object.fromEntries(Object.entries(family.definitions).map(([name, schema]) => [name, { ...schema, ...examplesOf(name) }])),
  };
  return toSourceDocument(JSON.parse(JSON.stringify(document)), `typebox:${family.name}`);
}

function tagOf(family: SchemaFamily, variant: string): string {
  const schema = family.definitions[variant] as { properties?: Record<string, { const?: unknown }> } | undefined;
  const tag = schema?.properties?.[family.root.discriminator]?.const;
  if (typeof tag !== "string") {
    // A family is the user's input: a mistake in it is bad input (exit 2), not a bug in clone-codegen.
    throw new CodegenError(childPointer("", "definitions", variant), `root variant ${variant} has no string const "${family.root.discriminator}"`, `typebox:${family.name}`);
  }
  return tag;
}

/** The family's operations as the document publishes them: every definition name a `$ref`. */
function operationsDocument(operations: SchemaOperations, definitionRef: (name: string) => string) {
  const ref = (name: string) => ({ $ref: definitionRef(name) });
  const refs = (entry: Readonly<Record<string, string | undefined>>) =>
    Object.fromEntries(Object.entries(entry).flatMap(([key, name]) => (name === undefined ? [] : [[key, ref(name)]])));
  return {
    frames: refs(operations.frames),
    methods: Object.fromEntries(Object.entries(operations.methods).map(([method, entry]) => [method, refs(entry)])),
    events: Object.fromEntries(Object.entries(operations.events).map(([event, entry]) => [event, refs(entry)])),
    ...(operations.errorCodes !== undefined ? { errorCodes: ref(operations.errorCodes) } : {}),
  };
}
