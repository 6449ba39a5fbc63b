// What the translators need to know about a model before spelling any of it: which type names are
// usable, which string enums must stay open, which unions must be `indirect`, which objects are
// typealiases; and, across the models of one render, that no two declare the same Swift name.
import { CodegenError } from "../../errors.ts";
import { typeNamed } from "../../model/schemaModel.ts";
import type { NamedType, ObjectType, SchemaModel, TypeRef } from "../../model/types.ts";
import { namedRefsIn, refsOfType } from "../../model/walk.ts";
import { notRenderedYet } from "../notRenderedYet.ts";
import { constantName, isSwiftIdentifier, RESERVED_TYPE_NAMES, rootTagsConstantName } from "./naming.ts";
import { registryName } from "./registry.ts";

/** Builds the error refusing the model at a pointer of its document. */
export type Fail = (pointer: string, reason: string) => CodegenError;

export interface ModelAnalysis {
  /**
   * Enums open by the schema (`otherValues`), and enums some type refers to: a peer may send a value
   * this version does not know, so they are rendered open (`unknown(String)`). The rest are constant
   * sets, rendered closed.
   */
  readonly openEnums: ReadonlySet<string>;
  /** Unions that sit on a cycle of inline containment and must be `indirect`. */
  readonly indirectUnions: ReadonlySet<string>;
}

export function analyzeModel(model: SchemaModel, fail: Fail): ModelAnalysis {
  for (const type of model.types) {
    if (RESERVED_TYPE_NAMES.has(type.name)) {
      throw fail(type.pointer, `type name "${type.name}" is reserved in Swift output (standard library or support type)`);
    }
    if (!isSwiftIdentifier(type.name)) {
      throw fail(type.pointer, `type name "${type.name}" is not a Swift identifier`);
    }
  }

  const openEnums = new Set<string>();
  const referenced = [...model.types.flatMap((type) => refsOfType(type).map(({ ref }) => ref)), ...(model.root ? [model.root] : [])];
  for (const name of referenced.flatMap(namedRefsIn)) {
    if (typeNamed(model, name).kind === "enum") openEnums.add(name);
  }
  for (const type of model.types) if (type.kind === "enum" && type.otherValues) openEnums.add(type.name);

  return { openEnums, indirectUnions: findIndirectUnions(model, fail) };
}

/** An object with no declared properties or patterns whose keys are open is rendered as `[String: T]`. */
export function isTypealiasObject(type: ObjectType): boolean {
  return type.properties.length === 0 && type.patternProperties.length === 0 && type.additionalProperties !== false;
}

function rendersAsTypealias(type: NamedType | undefined): boolean {
  return type?.kind === "alias" || (type?.kind === "object" && isTypealiasObject(type));
}

/**
 * Value types cannot contain themselves. Edges are "stored inline" (a property or payload, possibly
 * optional; arrays and dictionaries box their elements, so they break a cycle), plus every reference
 * of a typealias (a typealias may never refer to itself). A cycle through a union is fixed by making
 * the union `indirect`; a cycle of structs and aliases alone cannot be rendered.
 */
function findIndirectUnions(model: SchemaModel, fail: Fail): Set<string> {
  const types = model.typesByName;
  const inlineNames = (ref: TypeRef, throughCollections: boolean): string[] => {
    switch (ref.kind) {
      case "named":
        return [ref.name];
      case "nullable":
      case "constrained":
        return inlineNames(ref.type, throughCollections);
      case "array":
        return throughCollections ? inlineNames(ref.items, true) : [];
      case "record":
        return throughCollections ? inlineNames(ref.values, true) : [];
      case "tuple":
        return notRenderedYet("swift", "a tuple array");
      case "string":
      case "integer":
      case "number":
      case "boolean":
      case "null":
      case "literal":
      case "unknown":
        return [];
    }
  };
  const edges = new Map<string, string[]>();
  for (const type of model.types) {
    edges.set(type.name, refsOfType(type).flatMap(({ ref }) => inlineNames(ref, rendersAsTypealias(type))));
  }

  const indirect = new Set<string>();
  for (const component of stronglyConnectedComponents(model.types.map((type) => type.name), edges)) {
    const root = component[0]!;
    const cyclic = component.length > 1 || (edges.get(root) ?? []).includes(root);
    if (!cyclic) continue;
    const unions = component.filter((name) => types.get(name)?.kind === "union");
    if (unions.length === 0 || component.some((name) => rendersAsTypealias(types.get(name)))) {
      throw fail(
        types.get(root)!.pointer,
        `recursive type cycle ${component.join(" → ")} cannot be a Swift value type (put the recursion inside an array, a record or a union)`,
      );
    }
    for (const union of unions) indirect.add(union);
  }
  return indirect;
}

/**
 * Tarjan's strongly connected components, visiting nodes in the order given so the result (and the
 * first cycle reported) is deterministic. Components come in completion order, each starting at the
 * node the search entered it by.
 */
function stronglyConnectedComponents(nodes: readonly string[], edges: ReadonlyMap<string, readonly string[]>): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const lowlink = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const strongConnect = (node: string): void => {
    indices.set(node, index);
    lowlink.set(node, index);
    index += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!indices.has(next)) {
        strongConnect(next);
        lowlink.set(node, Math.min(lowlink.get(node)!, lowlink.get(next)!));
      } else if (onStack.has(next)) {
        lowlink.set(node, Math.min(lowlink.get(node)!, indices.get(next)!));
      }
    }
    if (lowlink.get(node) === indices.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      components.push(component.reverse());
    }
  };
  for (const node of nodes) if (!indices.has(node)) strongConnect(node);
  return components;
}

/** All models of one render share a Swift module, so type and constant names must not clash. */
export function assertUniqueGlobalNames(models: readonly SchemaModel[]): void {
  const seen = new Map<string, { model: SchemaModel; pointer: string }>();
  const claim = (model: SchemaModel, name: string, pointer: string) => {
    const previous = seen.get(name);
    if (previous && previous.model !== model) {
      throw new CodegenError(
        pointer,
        `Swift name "${name}" is declared by both ${previous.model.name} (${previous.model.source.location}#${previous.pointer}) and ${model.name}; they share one Swift module`,
        model.source.location,
      );
    }
    seen.set(name, { model, pointer });
  };
  for (const model of models) {
    for (const type of model.types) claim(model, type.name, type.pointer);
    for (const constant of model.constants) claim(model, constantName(model.name, constant.name), "");
    if (model.root) claim(model, rootTagsConstantName(model.root.name), "");
  }
  // Registries are claimed last and clash with anything, their own model's types included.
  for (const model of models) {
    const name = registryName(model);
    const previous = seen.get(name);
    if (previous || RESERVED_TYPE_NAMES.has(name)) {
      const owner = previous ? `${previous.model.name} (${previous.model.source.location}#${previous.pointer})` : "the support file";
      throw new CodegenError(
        previous && previous.model === model ? previous.pointer : "",
        `Swift name "${name}" is ${model.name}'s definition registry, but ${owner} declares it too`,
        model.source.location,
      );
    }
    seen.set(name, { model, pointer: "" });
  }
}
