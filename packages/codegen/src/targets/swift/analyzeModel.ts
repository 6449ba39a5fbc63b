// What the translators need to know about a model before spelling any of it: which enums stay open,
// how recursion and large inline layouts are broken (which unions are `indirect`, which stored
// properties are boxed, which aliases become wrapper structs), which object bases become protocols
// and who adopts them; and, across the models of one render, that no two declare the same Swift name.
import { CodegenError } from "../../errors.ts";
import { typeNamed, valueTypes } from "../../model/schemaModel.ts";
import type { AliasType, NamedType, ObjectType, SchemaModel, TypeRef } from "../../model/types.ts";
import { namedRefsIn, refsInsideRef, refsOfType } from "../../model/walk.ts";
import type { Fail } from "./context.ts";
import { claimUnique, constantName, isClaimedTypeName, isSwiftIdentifier, methodEnumName, rootTagsConstantName, serverEventEnumName } from "./naming.ts";
import { registryName } from "./registry.ts";
import { structMembers } from "./structMembers.ts";
import { declaredPropertyType } from "./swiftTypes.ts";

export interface ModelAnalysis {
  /**
   * Enums open by the schema (`otherValues`), and enums some type refers to: a peer may send a value
   * this version does not know, so they are rendered open (`unknown(…)`). The rest are constant
   * sets, rendered closed.
   */
  readonly openEnums: ReadonlySet<string>;
  /** Unions on a cycle of inline containment, or with a payload too large to store inline: `indirect enum`. */
  readonly indirectUnions: ReadonlySet<string>;
  /** Per struct, the wire names of the properties stored in an `Indirect` box (they close a cycle of structs, or are too large to store inline). */
  readonly boxedProperties: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * Aliases (and open objects without properties) that would be a typealias but refer to themselves
   * through typealiases only (`A = [A]`, which Swift refuses): each is a wrapper struct instead.
   */
  readonly wrappedAliases: ReadonlySet<string>;
  /** Wrapper structs whose `value` is boxed (it closes a cycle of structs, or is too large to store inline). */
  readonly boxedWrappers: ReadonlySet<string>;
  /** Object types used as an `allOf` base, with the protocol each declares. */
  readonly baseProtocols: ReadonlyMap<string, BaseProtocol>;
  /**
   * The named types the module declares: those a value is decoded into (valueTypes). A type made only
   * to check a rule (an `if`, a `not`) would be a public type no value ever has; the doc comment of
   * the rule describes it in words instead (ruleTypeSpelling).
   */
  readonly declaredTypes: ReadonlySet<string>;
}

/** The protocol an `allOf` base declares: the base's properties every type built on it shares. */
export interface BaseProtocol {
  readonly name: string;
  readonly base: ObjectType;
  /** Protocols of the base's own bases, which this one refines. */
  readonly parents: readonly string[];
  /** Wire names of the base's properties that are requirements (declared here, not by a parent). */
  readonly requirements: readonly string[];
  /** Wire names of the base's properties some adopter spells differently (so not shared), with why. */
  readonly unshared: readonly string[];
}

export interface AnalysisInput {
  /** Every name the module declares so far; protocol names are claimed in it. */
  readonly taken: Set<string>;
}

export function analyzeModel(model: SchemaModel, fail: Fail, { taken }: AnalysisInput): ModelAnalysis {
  for (const type of model.types) {
    if (!isSwiftIdentifier(type.name)) throw fail(type.pointer, `type name "${type.name}" is not a Swift identifier`);
  }

  const openEnums = new Set<string>();
  const noteEnumsIn = (ref: TypeRef): void => {
    if (ref.kind === "named") {
      if (typeNamed(model, ref.name).kind === "enum") openEnums.add(ref.name);
      return;
    }
    for (const inner of refsInsideRef(ref)) noteEnumsIn(inner);
  };
  for (const type of model.types) {
    for (const { ref } of refsOfType(type)) noteEnumsIn(ref);
    if (type.kind === "enum" && type.otherValues) openEnums.add(type.name);
  }
  if (model.root) noteEnumsIn(model.root);

  const wrappedAliases = findWrappedAliases(model);
  const declaredTypes = new Set([...valueTypes(model)].map((type) => type.name));
  return { openEnums, wrappedAliases, ...storeOutOfLine(model, wrappedAliases), baseProtocols: findBaseProtocols(model, taken, wrappedAliases), declaredTypes };
}

/** An object with no declared properties or patterns whose keys are open is only a dictionary: `[String: T]`. */
export function isTypealiasObject(type: ObjectType): boolean {
  return type.properties.length === 0 && type.patternProperties.length === 0 && type.additionalProperties !== false;
}

/** Whether a type would be written as a `typealias` (before recursion turns some into wrapper structs). */
function isTypealiasShaped(type: NamedType): type is AliasType | ObjectType {
  return type.kind === "alias" || (type.kind === "object" && isTypealiasObject(type));
}

/** Whether the type is written as a `typealias` in this model. */
export function rendersAsTypealias(type: NamedType, analysis: Pick<ModelAnalysis, "wrappedAliases">): boolean {
  return isTypealiasShaped(type) && !analysis.wrappedAliases.has(type.name);
}

/**
 * A typealias may not refer to itself through other typealiases (`typealias A = [A]`), but may
 * through a struct or an enum. Every typealias-shaped type on a cycle of typealias-shaped types is
 * declared as a struct instead (an alias as a wrapper with one `value`, an open object as a struct
 * keeping its keys), which Swift accepts.
 */
function findWrappedAliases(model: SchemaModel): Set<string> {
  const shaped = model.types.filter(isTypealiasShaped);
  const shapedNames = new Set(shaped.map((type) => type.name));
  const edges = new Map(shaped.map((type) => [type.name, refsOfType(type).flatMap(({ ref }) => namedRefsIn(ref)).filter((name) => shapedNames.has(name))]));
  const wrapped = new Set<string>();
  for (const component of cyclicComponents(shaped.map((type) => type.name), edges)) for (const name of component) wrapped.add(name);
  return wrapped;
}

/**
 * The most stored values (scalars, references, enum tags) a property, a union payload or an alias
 * wrapper may hold inline; a larger value is boxed. Swift lays a struct's stored properties out
 * inline, nested structs and enum payloads included, and the compiler spells every copy, move and
 * destroy of a type (its value witnesses and the outlined copies of each optional of it) one stored
 * value at a time, through every level of nesting. So a struct of structs of structs costs code in
 * proportion to everything it contains, at each level that contains it: Vega-Lite's Config, which
 * holds some forty mark configs of a hundred properties each, gave gigabytes of LLVM IR, and the
 * whole schema did not compile in fifty minutes. Boxing every value larger than this bounds what a
 * type spells to this many values per property, so the code grows with the schema's size, not with
 * the product of its nesting. A box costs an allocation, so the bound stays above what an ordinary
 * object holds; on Vega-Lite's Config any bound from 16 to 256 compiled alike, 1024 a third slower.
 */
export const INLINE_LAYOUT_LIMIT = 64;

/**
 * Value types cannot contain themselves. An edge X → Y means a value of X stores a Y inline: a
 * property, a payload or a tuple item, possibly optional, possibly through a typealias (arrays and
 * dictionaries store their elements out of line, so they break a cycle). In a cycle, unions become
 * `indirect` (every payload boxed) and each struct-to-struct edge is boxed (`@Indirect`), which
 * breaks every cycle: one through a union is broken there, one of structs only at each edge. Then,
 * with the inline layout acyclic, a value larger than INLINE_LAYOUT_LIMIT is boxed the same way.
 */
function storeOutOfLine(model: SchemaModel, wrappedAliases: ReadonlySet<string>): Pick<ModelAnalysis, "indirectUnions" | "boxedProperties" | "boxedWrappers"> {
  const types = model.typesByName;
  const isTypealias = (name: string) => {
    const type = types.get(name);
    return type !== undefined && rendersAsTypealias(type, { wrappedAliases });
  };
  // What a typealias stores inline, found once per alias: typealiases form no cycle among themselves
  // (findWrappedAliases made a struct of every typealias-shaped type on one), so it depends on the
  // alias alone. `expanding` only guards that argument.
  const aliasInline = new Map<string, InlineContents>();
  const expanding = new Set<string>();
  /** Nominal types a reference stores inline, looking through typealiases, and how many other values (scalars, arrays, dictionaries) beside them. */
  const inlineContents = (ref: TypeRef, out: InlineContents = { names: [], values: 0 }): InlineContents => {
    switch (ref.kind) {
      case "named": {
        if (!isTypealias(ref.name)) {
          out.names.push(ref.name);
          break;
        }
        let contents = aliasInline.get(ref.name);
        if (contents === undefined) {
          if (expanding.has(ref.name)) break;
          expanding.add(ref.name);
          const alias = types.get(ref.name)!;
          // An open object rendered as a typealias is a dictionary: one value.
          contents = alias.kind === "alias" ? inlineContents(alias.type) : { names: [], values: 1 };
          expanding.delete(ref.name);
          aliasInline.set(ref.name, contents);
        }
        for (const name of contents.names) out.names.push(name);
        out.values += contents.values;
        break;
      }
      case "nullable":
      case "constrained":
        inlineContents(ref.type, out);
        break;
      case "tuple":
        for (const item of ref.prefixItems) inlineContents(item, out);
        if (ref.rest !== false) out.values += 1;
        break;
      case "array":
      case "record":
      case "string":
      case "integer":
      case "number":
      case "boolean":
      case "null":
      case "literal":
      case "unknown":
        out.values += 1;
        break;
    }
    return out;
  };
  const inlineNames = (ref: TypeRef): string[] => inlineContents(ref).names;
  const nominal = model.types.filter((type) => !isTypealias(type.name));
  const storedRefs = (type: NamedType): { key: string; ref: TypeRef }[] => {
    switch (type.kind) {
      case "object":
        // Pattern and additional keys live in dictionaries: never inline.
        return type.properties.map((property) => ({ key: property.name, ref: property.type }));
      case "union":
        return type.variants.map((variant) => ({ key: variant.name, ref: variant.type }));
      case "alias":
        return [{ key: "value", ref: type.type }];
      case "enum":
        return [];
    }
  };
  const edges = new Map<string, string[]>();
  for (const type of nominal) edges.set(type.name, storedRefs(type).flatMap(({ ref }) => inlineNames(ref)));

  const indirectUnions = new Set<string>();
  const boxedProperties = new Map<string, Set<string>>();
  const boxedWrappers = new Set<string>();
  const box = (type: NamedType, key: string) => {
    if (type.kind === "alias") boxedWrappers.add(type.name);
    else boxedProperties.set(type.name, new Set([...(boxedProperties.get(type.name) ?? []), key]));
  };
  const isBoxed = (type: NamedType, key: string) => (type.kind === "alias" ? boxedWrappers.has(type.name) : (boxedProperties.get(type.name)?.has(key) ?? false));
  for (const component of cyclicComponents(nominal.map((type) => type.name), edges)) {
    const members = new Set(component);
    for (const name of component) {
      const type = types.get(name)!;
      if (type.kind === "union") {
        indirectUnions.add(name);
        continue;
      }
      for (const { key, ref } of storedRefs(type)) {
        const closesCycle = inlineNames(ref).some((target) => members.has(target) && types.get(target)!.kind !== "union");
        if (closesCycle) box(type, key);
      }
    }
  }

  // How many values a type stores inline once its large parts are boxed (a box, an indirect union
  // and an enum of strings are one each). The boxing above left the inline layout acyclic, so each
  // type can be sized, and its parts boxed, once, after the types it stores inline: found with a
  // stack of our own, not JavaScript's, since a chain of structs each storing the next is as deep
  // as it is long (20,000 of them, a schema a program writes, ran the call stack out).
  const sizes = new Map<string, number>();
  const inlineSize = (ref: TypeRef): number => {
    const { names, values } = inlineContents(ref);
    return names.reduce((sum, name) => sum + sizes.get(name)!, values);
  };
  /** An enum, or a union every payload of which is boxed: one value, whatever its parts hold. */
  const isOneValue = (type: NamedType): boolean => type.kind === "enum" || indirectUnions.has(type.name);
  /** The parts of a type its size adds up (those not boxed). */
  const sizedParts = (type: NamedType): { key: string; ref: TypeRef }[] => (isOneValue(type) ? [] : storedRefs(type).filter(({ key }) => !isBoxed(type, key)));
  const sizeOf = (type: NamedType): number => {
    if (isOneValue(type)) return 1;
    const parts = storedRefs(type).map(({ key, ref }) => ({ key, size: isBoxed(type, key) ? 1 : inlineSize(ref) }));
    if (type.kind === "union" && parts.some((part) => part.size > INLINE_LAYOUT_LIMIT)) {
      indirectUnions.add(type.name);
      return 1;
    }
    let size = 1;
    for (const part of parts) {
      if (part.size <= INLINE_LAYOUT_LIMIT) {
        size += part.size;
      } else {
        box(type, part.key);
        size += 1;
      }
    }
    return size;
  };
  const layoutSize = (root: NamedType): void => {
    // Each type is sized after the ones it stores inline, in the order a recursive walk would finish them.
    const pending: { type: NamedType; expanded: boolean }[] = [{ type: root, expanded: false }];
    while (pending.length > 0) {
      const top = pending[pending.length - 1]!;
      if (sizes.has(top.type.name)) {
        pending.pop();
      } else if (!top.expanded) {
        top.expanded = true;
        const stored = sizedParts(top.type).flatMap(({ ref }) => inlineContents(ref).names);
        for (const name of stored.reverse()) if (!sizes.has(name)) pending.push({ type: types.get(name)!, expanded: false });
      } else {
        pending.pop();
        sizes.set(top.type.name, sizeOf(top.type));
      }
    }
  };
  for (const type of nominal) layoutSize(type);
  return { indirectUnions, boxedProperties, boxedWrappers };
}

/** What a reference stores inline: nominal types by name, and a count of the other values. */
interface InlineContents {
  readonly names: string[];
  values: number;
}

/**
 * Every object used as a base declares a protocol `<Base>Protocol`, refining its own bases'
 * protocols, that requires the base's properties each adopter (the base itself and every object
 * built on it, directly or not) spells alike: same Swift name, same Swift type. A property an
 * adopter narrows (DAP's `arguments`, `JSONValue?` in `Request`, `InitializeRequestArguments` in
 * `InitializeRequest`) cannot be one requirement, so it is left out, and the protocol says so.
 */
function findBaseProtocols(model: SchemaModel, taken: Set<string>, wrappedAliases: ReadonlySet<string>): Map<string, BaseProtocol> {
  const objects = model.types.filter((type): type is ObjectType => type.kind === "object");
  // A base with no properties that is only a dictionary (a typealias) has nothing to share and cannot adopt a protocol.
  const baseNames = new Set(objects.flatMap((type) => type.bases.map((base) => base.name)).filter((name) => !rendersAsTypealias(model.typesByName.get(name)!, { wrappedAliases })));
  // Each base's direct adopters, in model order (so adoptersOf walks the index, not every object per adopter).
  const directAdopters = new Map<string, ObjectType[]>();
  for (const type of objects) {
    for (const name of new Set(type.bases.map((b) => b.name))) {
      const list = directAdopters.get(name);
      if (list) list.push(type);
      else directAdopters.set(name, [type]);
    }
  }
  const adoptersOf = (base: string): ObjectType[] => {
    const result = new Map<string, ObjectType>();
    const visit = (name: string) => {
      for (const type of directAdopters.get(name) ?? []) {
        if (!result.has(type.name)) {
          result.set(type.name, type);
          visit(type.name);
        }
      }
    };
    visit(base);
    return [...result.values()];
  };
  const spelling = (type: ObjectType, wireName: string): string | undefined => {
    const property = type.properties.find((p) => p.name === wireName);
    if (!property) return undefined;
    return `${structMembers(type).properties.get(wireName)}: ${declaredPropertyType(property, model)}`;
  };

  /** The base's properties every adopter spells alike (memoized: parents are asked for by their children). */
  const sharedCache = new Map<string, ReadonlySet<string>>();
  const sharedBy = (base: ObjectType): ReadonlySet<string> => {
    const cached = sharedCache.get(base.name);
    if (cached) return cached;
    const adopters = [base, ...adoptersOf(base.name)];
    const shared = new Set(base.properties.map((p) => p.name).filter((name) => adopters.every((adopter) => spelling(adopter, name) === spelling(base, name))));
    sharedCache.set(base.name, shared);
    return shared;
  };
  /** Properties a parent protocol already requires, at any depth. */
  const inheritedBy = (base: ObjectType, seen: ReadonlySet<string> = new Set()): Set<string> => {
    const parents = base.bases.map((parent) => model.typesByName.get(parent.name) as ObjectType).filter((parent) => baseNames.has(parent.name) && !seen.has(parent.name));
    const next = new Set([...seen, base.name]);
    return new Set(parents.flatMap((parent) => [...sharedBy(parent), ...inheritedBy(parent, next)]));
  };

  // Names first, in model order, so a protocol's parents are named whatever order the types come in.
  const names = new Map<string, string>();
  for (const type of objects) if (baseNames.has(type.name)) names.set(type.name, claimUnique(`${type.name}Protocol`, taken));
  const protocols = new Map<string, BaseProtocol>();
  for (const base of objects) {
    if (!baseNames.has(base.name)) continue;
    const shared = sharedBy(base);
    const inherited = inheritedBy(base);
    protocols.set(base.name, {
      name: names.get(base.name)!,
      base,
      parents: base.bases.flatMap((parent) => names.get(parent.name) ?? []),
      requirements: base.properties.map((p) => p.name).filter((name) => shared.has(name) && !inherited.has(name)),
      unshared: base.properties.map((p) => p.name).filter((name) => !shared.has(name)),
    });
  }
  return withoutEmptyProtocols(protocols);
}

/**
 * The protocols that require something, themselves or through a parent: one whose base's every
 * property some adopter narrows, with no parent left, is an empty public protocol (GeoJSON's
 * SimpleGeometryProtocol, found by a sweep), so it is none, and no protocol refines it.
 */
function withoutEmptyProtocols(protocols: Map<string, BaseProtocol>): Map<string, BaseProtocol> {
  const kept = new Map(protocols);
  const keptNames = () => new Set([...kept.values()].map((protocol) => protocol.name));
  for (let dropped = true; dropped; ) {
    dropped = false;
    const names = keptNames();
    for (const [base, protocol] of kept) {
      if (protocol.requirements.length === 0 && !protocol.parents.some((parent) => names.has(parent))) {
        kept.delete(base);
        dropped = true;
      }
    }
  }
  const names = keptNames();
  return new Map([...kept].map(([base, protocol]) => [base, { ...protocol, parents: protocol.parents.filter((parent) => names.has(parent)) }]));
}

/** The protocols an object adopts: its own when it is a base (which refines its bases'), else its direct bases'. */
export function adoptedProtocols(type: ObjectType, analysis: ModelAnalysis): string[] {
  const own = analysis.baseProtocols.get(type.name);
  return own ? [own.name] : type.bases.flatMap((base) => analysis.baseProtocols.get(base.name)?.name ?? []);
}

/** Strongly connected components that hold a cycle (several nodes, or one with an edge to itself). */
function cyclicComponents(nodes: readonly string[], edges: ReadonlyMap<string, readonly string[]>): string[][] {
  return stronglyConnectedComponents(nodes, edges).filter((component) => component.length > 1 || (edges.get(component[0]!) ?? []).includes(component[0]!));
}

/**
 * Tarjan's strongly connected components, visiting nodes in the order given so the result is
 * deterministic. Components come in completion order, each starting at the node the search entered it by.
 * The search keeps its own stack of nodes being visited (each with the next edge to follow), not
 * JavaScript's: a chain of types each referring to the next is as deep as it is long, and 20,000 of
 * them (a schema a program writes) ran the call stack out.
 */
function stronglyConnectedComponents(nodes: readonly string[], edges: ReadonlyMap<string, readonly string[]>): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const lowlink = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visiting: { node: string; nextEdge: number }[] = [];
  const enter = (node: string): void => {
    indices.set(node, index);
    lowlink.set(node, index);
    index += 1;
    stack.push(node);
    onStack.add(node);
    visiting.push({ node, nextEdge: 0 });
  };
  for (const root of nodes) {
    if (indices.has(root)) continue;
    enter(root);
    while (visiting.length > 0) {
      const frame = visiting[visiting.length - 1]!;
      const { node } = frame;
      const out = edges.get(node) ?? [];
      if (frame.nextEdge < out.length) {
        const next = out[frame.nextEdge++]!;
        if (!edges.has(next)) continue;
        if (!indices.has(next)) enter(next);
        else if (onStack.has(next)) lowlink.set(node, Math.min(lowlink.get(node)!, indices.get(next)!));
        continue;
      }
      // Every edge followed: the node is done, as a recursive call returning.
      visiting.pop();
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
      const caller = visiting[visiting.length - 1];
      if (caller) lowlink.set(caller.node, Math.min(lowlink.get(caller.node)!, lowlink.get(node)!));
    }
  }
  return components;
}

/**
 * All models of one render share a Swift module, so type and constant names must not clash. Returns
 * every name claimed, for the names the target derives later (protocols) to avoid.
 */
export function claimGlobalNames(models: readonly SchemaModel[]): Set<string> {
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
  // Names the target gives a model (its registry, its operations' enums) are claimed last and clash
  // with anything, their own model's types included.
  const claimModelWide = (model: SchemaModel, name: string, pointer: string, what: string) => {
    const previous = seen.get(name);
    if (previous || isClaimedTypeName(name)) {
      const owner = previous ? `${previous.model.name} (${previous.model.source.location}#${previous.pointer})` : "the support file";
      throw new CodegenError(previous && previous.model === model ? previous.pointer : pointer, `Swift name "${name}" is ${model.name}'s ${what}, but ${owner} declares it too`, model.source.location);
    }
    seen.set(name, { model, pointer });
  };
  for (const model of models) {
    claimModelWide(model, registryName(model), "", "definition registry");
    if (!model.operations) continue;
    claimModelWide(model, methodEnumName(model.name), model.operations.pointer, "method enum");
    claimModelWide(model, serverEventEnumName(model.name), model.operations.pointer, "server-event enum");
  }
  return new Set(seen.keys());
}

/** Every reference inside a reference, itself included (for walks that look at every level). */
export function refsWithin(ref: TypeRef): TypeRef[] {
  return [ref, ...refsInsideRef(ref).flatMap(refsWithin)];
}
