// One model → one Swift source file: constants, then every named type in model order.
//
// Shapes:
// - object → `struct` with lowerCamel properties, CodingKeys to the wire names, a memberwise init and
//   hand-written init(from:)/encode(to:) (strict about missing keys, null and constants);
// - union → `enum` with one case per variant (+ `unknown([String: JSONValue])` for tagged unions);
// - enum → `enum` with an `unknown(String)` case, or a closed `enum X: String` when no type refers
//   to it (a constant set such as ErrorCode);
// - alias, and objects with no declared properties but open keys → `typealias`.
// The file ends with the model's definition registry (registry.ts).
import { childPointer, CodegenError } from "../../errors.ts";
import type { JsonValue } from "../../json/types.ts";
import type {
  AliasType,
  EnumType,
  NamedType,
  ObjectType,
  Property,
  SchemaModel,
  TypeRef,
  UnionType,
  UnionVariant,
} from "../../model/types.ts";
import { constantName, docComment, escapeIdentifier, memberName, RESERVED_TYPE_NAMES, stringLiteral } from "./naming.ts";
import { renderRegistry } from "./registry.ts";

const CONFORMANCES = "Codable, Sendable, Equatable, Hashable";
const I1 = "    ";
const I2 = I1 + I1;
const I3 = I2 + I1;
const I4 = I3 + I1;

/** The name of the stored property that keeps undeclared keys of an open object. */
export const ADDITIONAL_PROPERTIES_MEMBER = "additionalProperties";

/** Member names an enum's cases must not take (they are members of every generated enum). */
const RESERVED_CASE_NAMES = new Set(["rawValue", "allCases", "hashValue"]);

export interface ModelAnalysis {
  readonly types: ReadonlyMap<string, NamedType>;
  /** Enums some type refers to: rendered open (`unknown(String)`); the rest are closed constant sets. */
  readonly referencedEnums: ReadonlySet<string>;
  /** Unions that sit on a cycle of inline containment and must be `indirect`. */
  readonly indirectUnions: ReadonlySet<string>;
}

export function renderModel(model: SchemaModel, header: readonly string[]): string {
  const fail = (pointer: string, reason: string) => new CodegenError(pointer, reason, model.source.origin);
  const analysis = analyzeModel(model, fail);
  const out: string[] = [...header];

  const constants = renderConstants(model, analysis);
  if (constants.length > 0) out.push("", "// MARK: - Constants", "", ...constants);

  for (const type of model.types) {
    out.push("", ...renderNamedType(type, analysis, fail));
  }
  out.push("", ...renderRegistry(model));
  return `${out.join("\n")}\n`;
}

type Fail = (pointer: string, reason: string) => CodegenError;

// ---------------------------------------------------------------------------------------------------
// Analysis: which enums are referenced, which unions need `indirect`, which names are unusable.

export function analyzeModel(model: SchemaModel, fail: Fail): ModelAnalysis {
  const types = new Map<string, NamedType>();
  for (const type of model.types) {
    if (RESERVED_TYPE_NAMES.has(type.name)) {
      throw fail(type.pointer, `type name "${type.name}" is reserved in Swift output (standard library or support type)`);
    }
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(type.name)) {
      throw fail(type.pointer, `type name "${type.name}" is not a Swift identifier`);
    }
    types.set(type.name, type);
  }

  const referencedEnums = new Set<string>();
  const visitRef = (ref: TypeRef, pointer: string): void => {
    switch (ref.kind) {
      case "array":
        return visitRef(ref.items, pointer);
      case "record":
        return visitRef(ref.values, pointer);
      case "nullable":
        return visitRef(ref.type, pointer);
      case "named": {
        const target = types.get(ref.name);
        if (!target) throw fail(pointer, `refers to type "${ref.name}", which the model does not define`);
        if (target.kind === "enum") referencedEnums.add(target.name);
        return;
      }
      default:
        return;
    }
  };
  for (const type of model.types) {
    for (const ref of directRefs(type)) visitRef(ref, type.pointer);
  }
  if (model.root) visitRef(model.root, "");

  return { types, referencedEnums, indirectUnions: findIndirectUnions(model, types, fail) };
}

function directRefs(type: NamedType): TypeRef[] {
  switch (type.kind) {
    case "object":
      return [...type.properties.map((p) => p.type), ...(type.additionalProperties ? [type.additionalProperties] : [])];
    case "union":
      return type.variants.map((v) => v.type);
    case "alias":
      return [type.type];
    case "enum":
      return [];
  }
}

/**
 * Value types cannot contain themselves. Edges are "stored inline" (a property or payload, possibly
 * optional; arrays and dictionaries box their elements, so they break a cycle), plus every reference
 * of a typealias (a typealias may never refer to itself). A cycle through a union is fixed by making
 * the union `indirect`; a cycle of structs and aliases alone cannot be rendered.
 */
function findIndirectUnions(model: SchemaModel, types: ReadonlyMap<string, NamedType>, fail: Fail): Set<string> {
  const inlineNames = (ref: TypeRef, throughCollections: boolean): string[] => {
    switch (ref.kind) {
      case "named":
        return [ref.name];
      case "nullable":
        return inlineNames(ref.type, throughCollections);
      case "array":
        return throughCollections ? inlineNames(ref.items, true) : [];
      case "record":
        return throughCollections ? inlineNames(ref.values, true) : [];
      default:
        return [];
    }
  };
  const edges = new Map<string, string[]>();
  for (const type of model.types) {
    const viaCollections = type.kind === "alias" || (type.kind === "object" && isTypealiasObject(type));
    edges.set(
      type.name,
      directRefs(type).flatMap((ref) => inlineNames(ref, viaCollections)),
    );
  }

  // Tarjan's strongly connected components, iteration order = model order (deterministic).
  let index = 0;
  const indices = new Map<string, number>();
  const lowlink = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const indirect = new Set<string>();
  const strongConnect = (name: string): void => {
    indices.set(name, index);
    lowlink.set(name, index);
    index += 1;
    stack.push(name);
    onStack.add(name);
    for (const next of edges.get(name) ?? []) {
      if (!indices.has(next)) {
        strongConnect(next);
        lowlink.set(name, Math.min(lowlink.get(name)!, lowlink.get(next)!));
      } else if (onStack.has(next)) {
        lowlink.set(name, Math.min(lowlink.get(name)!, indices.get(next)!));
      }
    }
    if (lowlink.get(name) === indices.get(name)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== name);
      const cyclic = component.length > 1 || (edges.get(name) ?? []).includes(name);
      if (!cyclic) return;
      const unions = component.filter((n) => types.get(n)?.kind === "union");
      const aliases = component.filter((n) => {
        const t = types.get(n);
        return t?.kind === "alias" || (t?.kind === "object" && isTypealiasObject(t));
      });
      if (unions.length === 0 || aliases.length > 0) {
        const first = types.get(component[component.length - 1]!)!;
        throw fail(
          first.pointer,
          `recursive type cycle ${component.reverse().join(" → ")} cannot be a Swift value type (put the recursion inside an array, a record or a union)`,
        );
      }
      for (const union of unions) indirect.add(union);
    }
  };
  for (const type of model.types) if (!indices.has(type.name)) strongConnect(type.name);
  return indirect;
}

/** An object with no declared properties whose keys are open is rendered as `[String: T]`. */
function isTypealiasObject(type: ObjectType): boolean {
  return type.properties.length === 0 && type.additionalProperties !== false;
}

// ---------------------------------------------------------------------------------------------------
// Type expressions

function literalSwiftType(value: string | number | boolean): string {
  if (typeof value === "string") return "String";
  if (typeof value === "boolean") return "Bool";
  return Number.isInteger(value) ? "Int" : "Double";
}

function literalExpression(value: string | number | boolean): string {
  if (typeof value === "string") return stringLiteral(value);
  if (typeof value === "boolean") return String(value);
  if (!Number.isFinite(value)) throw new Error(`non-finite number literal ${value}`);
  if (Number.isInteger(value)) return String(value);
  const text = String(value);
  return /[.eE]/.test(text) ? text : `${text}.0`;
}

/** The Swift type of a reference; `T | null` is `T?`, except that JSONValue already holds null. */
export function swiftType(ref: TypeRef): string {
  switch (ref.kind) {
    case "string":
      return "String";
    case "integer":
      return "Int";
    case "number":
      return "Double";
    case "boolean":
      return "Bool";
    case "literal":
      return literalSwiftType(ref.value);
    case "array":
      return `[${swiftType(ref.items)}]`;
    case "record":
      return `[String: ${swiftType(ref.values)}]`;
    case "unknown":
      return "JSONValue";
    case "nullable": {
      const inner = stripNullable(ref.type);
      return inner.kind === "unknown" ? "JSONValue" : `${swiftType(inner)}?`;
    }
    case "named":
      return ref.name;
  }
}

function stripNullable(ref: TypeRef): TypeRef {
  return ref.kind === "nullable" ? stripNullable(ref.type) : ref;
}

function jsonValueExpression(value: JsonValue): string {
  if (value === null) return ".null";
  if (typeof value === "boolean") return `.bool(${value})`;
  if (typeof value === "number") return Number.isInteger(value) ? `.int(${value})` : `.double(${literalExpression(value)})`;
  if (typeof value === "string") return `.string(${stringLiteral(value)})`;
  if (Array.isArray(value)) return `.array([${value.map(jsonValueExpression).join(", ")}])`;
  const entries = Object.entries(value).map(([k, v]) => `${stringLiteral(k)}: ${jsonValueExpression(v)}`);
  return entries.length === 0 ? ".object([:])" : `.object([${entries.join(", ")}])`;
}

// ---------------------------------------------------------------------------------------------------
// Constants

function renderConstants(model: SchemaModel, analysis: ModelAnalysis): string[] {
  const out: string[] = [];
  for (const constant of model.constants) {
    const name = constantName(model.name, constant.name);
    const type =
      typeof constant.value === "string"
        ? "String"
        : typeof constant.value === "boolean"
          ? "Bool"
          : Number.isInteger(constant.value)
            ? "Int"
            : "Double";
    out.push(`public let ${name}: ${type} = ${literalExpression(constant.value)}`);
  }
  const root = model.root ? analysis.types.get(model.root.name) : undefined;
  if (root?.kind === "union" && root.discriminator.kind === "property") {
    const tags = root.variants.map((v) => v.tag).filter((tag): tag is string => tag !== undefined);
    out.push(
      `/// Every ${stringLiteral(root.discriminator.property)} value ${root.name} knows, in schema order.`,
      `public let ${constantName(root.name)}_TYPES: [String] = [${tags.map(stringLiteral).join(", ")}]`,
    );
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Named types

function renderNamedType(type: NamedType, analysis: ModelAnalysis, fail: Fail): string[] {
  switch (type.kind) {
    case "object":
      return renderObject(type, fail);
    case "union":
      return renderUnion(type, analysis, fail);
    case "enum":
      return analysis.referencedEnums.has(type.name) ? renderOpenEnum(type, fail) : renderClosedEnum(type, fail);
    case "alias":
      return renderAlias(type);
  }
}

function renderAlias(type: AliasType): string[] {
  return [...docComment(type.description, ""), `public typealias ${type.name} = ${swiftType(type.type)}`];
}

interface SwiftProperty {
  readonly property: Property;
  /** Unescaped Swift name. */
  readonly name: string;
  /** As written in declarations and after `self.` / `.`. */
  readonly id: string;
  /** Declared type, including `?` when the value may be absent or null. */
  readonly type: string;
  /** A required constant: stored `let` with its value, not an init parameter. */
  readonly constant?: string;
  /** An optional or nullable constant: checked after decoding when present. */
  readonly check?: string;
  readonly decode: "required" | "nullable" | "optional" | "optionalNullable";
}

function describeProperty(property: Property): Omit<SwiftProperty, "name" | "id"> {
  const inner = stripNullable(property.type);
  const nullable = property.type.kind === "nullable" && inner.kind !== "unknown";
  const base = inner.kind === "unknown" ? "JSONValue" : swiftType(inner);
  const optional = !property.required || nullable;
  const type = optional ? `${base}?` : base;
  const decode = property.required ? (nullable ? "nullable" : "required") : nullable ? "optionalNullable" : "optional";
  if (inner.kind === "literal") {
    const literal = literalExpression(inner.value);
    if (decode === "required") return { property, type, constant: literal, decode };
    return { property, type, check: literal, decode };
  }
  return { property, type, decode };
}

function swiftProperties(type: ObjectType, fail: Fail): SwiftProperty[] {
  const seen = new Map<string, Property>();
  const result: SwiftProperty[] = [];
  const hasExtras = type.additionalProperties !== false;
  for (const property of type.properties) {
    const name = memberName(property.name);
    if (name === "") {
      throw fail(property.pointer, `property "${property.name}" of ${type.name} has no letters or digits to form a Swift name from`);
    }
    const previous = seen.get(name);
    if (previous) {
      throw fail(
        property.pointer,
        `properties "${previous.name}" (at ${previous.pointer}) and "${property.name}" of ${type.name} both become the Swift name "${name}"`,
      );
    }
    if (hasExtras && name === ADDITIONAL_PROPERTIES_MEMBER) {
      throw fail(
        property.pointer,
        `property "${property.name}" of ${type.name} becomes "${name}", which the Swift struct uses for its undeclared keys`,
      );
    }
    seen.set(name, property);
    result.push({ ...describeProperty(property), name, id: escapeIdentifier(name) });
  }
  return result;
}

function renderObject(type: ObjectType, fail: Fail): string[] {
  const doc = docComment(type.description, "");
  if (isTypealiasObject(type)) {
    return [...doc, `public typealias ${type.name} = [String: ${swiftType(type.additionalProperties as TypeRef)}]`];
  }
  const props = swiftProperties(type, fail);
  const extrasType = type.additionalProperties === false ? undefined : swiftType(type.additionalProperties);
  const out: string[] = [...doc, `public struct ${type.name}: ${CONFORMANCES} {`];

  // Stored properties.
  for (const p of props) {
    out.push(...docComment(p.property.description, I1));
    out.push(p.constant !== undefined ? `${I1}public let ${p.id}: ${p.type} = ${p.constant}` : `${I1}public var ${p.id}: ${p.type}`);
  }
  if (extrasType) {
    out.push(`${I1}/// Keys the schema does not declare, kept as they came.`);
    out.push(`${I1}public var ${ADDITIONAL_PROPERTIES_MEMBER}: [String: ${extrasType}]`);
  }

  // Memberwise init.
  const params = props
    .filter((p) => p.constant === undefined)
    .map((p) => {
      // A parameter named `self` would shadow self inside the initializer.
      const label = p.name === "self" ? `${p.id} self_` : p.id;
      return `${label}: ${p.type}${p.property.required ? "" : " = nil"}`;
    });
  if (extrasType) params.push(`${ADDITIONAL_PROPERTIES_MEMBER}: [String: ${extrasType}] = [:]`);
  out.push("");
  if (params.length === 0) {
    out.push(`${I1}public init() {}`);
  } else {
    out.push(`${I1}public init(`, ...params.map((param, i) => `${I2}${param}${i < params.length - 1 ? "," : ""}`), `${I1}) {`);
    for (const p of props) {
      if (p.constant !== undefined) continue;
      out.push(`${I2}self.${p.id} = ${p.name === "self" ? "self_" : p.id}`);
    }
    if (extrasType) out.push(`${I2}self.${ADDITIONAL_PROPERTIES_MEMBER} = ${ADDITIONAL_PROPERTIES_MEMBER}`);
    out.push(`${I1}}`);
  }

  const declaredKeys = `[${type.properties.map((p) => stringLiteral(p.name)).join(", ")}]`;
  const needsAnyKeys = extrasType !== undefined || type.requiredWhen.length > 0;

  // CodingKeys.
  if (props.length > 0) {
    out.push("", `${I1}enum CodingKeys: String, CodingKey {`);
    for (const p of props) {
      out.push(p.name === p.property.name ? `${I2}case ${p.id}` : `${I2}case ${p.id} = ${stringLiteral(p.property.name)}`);
    }
    out.push(`${I1}}`);
  }
  if (extrasType) {
    out.push("", `${I1}private static let declaredKeys: Set<String> = ${props.length > 0 ? declaredKeys : "[]"}`);
  }

  // init(from:)
  out.push("", `${I1}public init(from decoder: any Decoder) throws {`);
  if (props.length > 0) out.push(`${I2}let container = try decoder.container(keyedBy: CodingKeys.self)`);
  if (needsAnyKeys || props.length === 0) {
    out.push(`${I2}let ${needsAnyKeys ? "anyContainer" : "_"} = try decoder.container(keyedBy: AnyCodingKey.self)`);
  }
  for (const p of props) {
    const key = `.${p.id}`;
    if (p.constant !== undefined) {
      out.push(`${I2}try container.decodeConstant(${p.constant}, forKey: ${key})`);
      continue;
    }
    const base = p.type.endsWith("?") ? p.type.slice(0, -1) : p.type;
    const method = {
      required: "decode",
      nullable: "decodeNullable",
      optional: "decodeOptional",
      optionalNullable: "decodeOptionalNullable",
    }[p.decode];
    out.push(`${I2}self.${p.id} = try container.${method}(${base}.self, forKey: ${key})`);
    if (p.check !== undefined) {
      out.push(
        `${I2}if let value = self.${p.id}, value != ${p.check} {`,
        `${I3}throw DecodingError.dataCorruptedError(`,
        `${I4}forKey: ${key}, in: container, debugDescription: "expected constant \\(${p.check}), found \\(value)")`,
        `${I2}}`,
      );
    }
  }
  for (const rule of type.requiredWhen) {
    out.push(
      `${I2}try anyContainer.requireKeys([${rule.require.map(stringLiteral).join(", ")}], when: ${stringLiteral(rule.property)}, equals: ${jsonValueExpression(rule.equals)})`,
    );
  }
  if (extrasType) {
    out.push(
      `${I2}self.${ADDITIONAL_PROPERTIES_MEMBER} = try anyContainer.decodeAdditionalProperties(${extrasType}.self, declared: Self.declaredKeys)`,
    );
  }
  out.push(`${I1}}`);

  // encode(to:)
  out.push("", `${I1}public func encode(to encoder: any Encoder) throws {`);
  if (props.length > 0) out.push(`${I2}var container = encoder.container(keyedBy: CodingKeys.self)`);
  for (const p of props) {
    const key = `.${p.id}`;
    if (p.decode === "required") out.push(`${I2}try container.encode(self.${p.id}, forKey: ${key})`);
    else if (p.decode === "nullable") out.push(`${I2}try container.encodeNullable(self.${p.id}, forKey: ${key})`);
    else out.push(`${I2}try container.encodeIfPresent(self.${p.id}, forKey: ${key})`);
  }
  if (extrasType) {
    out.push(
      `${I2}var anyContainer = encoder.container(keyedBy: AnyCodingKey.self)`,
      `${I2}try anyContainer.encodeAdditionalProperties(self.${ADDITIONAL_PROPERTIES_MEMBER}, declared: Self.declaredKeys)`,
    );
  } else if (props.length === 0) {
    out.push(`${I2}_ = encoder.container(keyedBy: AnyCodingKey.self)`);
  }
  out.push(`${I1}}`, "}");
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Unions

interface SwiftCase {
  readonly variant: UnionVariant;
  readonly id: string;
  readonly payload: string;
}

function unionCases(type: UnionType, fail: Fail): SwiftCase[] {
  const seen = new Map<string, UnionVariant>();
  return type.variants.map((variant, index) => {
    const name = memberName(variant.name);
    const pointer = childPointer(type.pointer, "variants", index);
    if (name === "") throw fail(pointer, `variant "${variant.name}" of ${type.name} gives no Swift case name`);
    if (RESERVED_CASE_NAMES.has(name)) {
      throw fail(pointer, `variant "${variant.name}" of ${type.name} becomes case "${name}", a member every Swift enum has`);
    }
    const previous = seen.get(name);
    if (previous) {
      throw fail(pointer, `variants "${previous.name}" and "${variant.name}" of ${type.name} both become the Swift case "${name}"`);
    }
    seen.set(name, variant);
    return { variant, id: escapeIdentifier(name), payload: swiftType(variant.type) };
  });
}

/** `unknown`, unless a real case already has that name. */
function fallbackCaseName(taken: Iterable<string>): string {
  const names = new Set(Array.from(taken, (id) => id.replaceAll("`", "")));
  return names.has("unknown") ? "unrecognized" : "unknown";
}

function renderUnion(type: UnionType, analysis: ModelAnalysis, fail: Fail): string[] {
  const cases = unionCases(type, fail);
  const discriminator = type.discriminator;
  const fallback = discriminator.kind === "property" ? fallbackCaseName(cases.map((c) => c.id)) : undefined;
  const indirect = analysis.indirectUnions.has(type.name) ? "indirect " : "";
  const out: string[] = [...docComment(type.description, ""), `public ${indirect}enum ${type.name}: ${CONFORMANCES} {`];
  for (const c of cases) {
    if (c.variant.tag !== undefined) out.push(`${I1}/// ${stringLiteral(discriminatorLabel(type))}: ${stringLiteral(c.variant.tag)}`);
    out.push(c.variant.jsonType === "null" ? `${I1}case ${c.id}` : `${I1}case ${c.id}(${c.payload})`);
  }
  if (fallback) {
    out.push(
      `${I1}/// A ${stringLiteral(discriminatorLabel(type))} this version does not know: the whole object, kept as it came.`,
      `${I1}case ${fallback}([String: JSONValue])`,
    );
  }

  out.push("", `${I1}public init(from decoder: any Decoder) throws {`);
  const decodeVariant = (c: SwiftCase, indent: string): string[] => {
    if (c.variant.jsonType === "null") return [`${indent}self = .${c.id}`];
    const literal = stripNullable(c.variant.type);
    if (literal.kind === "literal") {
      const expected = literalExpression(literal.value);
      return [
        `${indent}let value = try ${c.payload}(from: decoder)`,
        `${indent}guard value == ${expected} else {`,
        `${indent}${I1}throw DecodingError.dataCorrupted(DecodingError.Context(`,
        `${indent}${I2}codingPath: decoder.codingPath, debugDescription: "expected constant \\(${expected}), found \\(value)"))`,
        `${indent}}`,
        `${indent}self = .${c.id}(value)`,
      ];
    }
    return [`${indent}self = .${c.id}(try ${c.payload}(from: decoder))`];
  };

  if (discriminator.kind === "property") {
    out.push(
      `${I2}let container = try decoder.container(keyedBy: AnyCodingKey.self)`,
      `${I2}let tag = try container.decode(String.self, forKey: AnyCodingKey(${stringLiteral(discriminator.property)}))`,
      `${I2}switch tag {`,
    );
    for (const c of cases) {
      if (c.variant.tag === undefined) {
        throw fail(type.pointer, `variant "${c.variant.name}" of tagged union ${type.name} has no tag value`);
      }
      out.push(`${I2}case ${stringLiteral(c.variant.tag)}:`, ...decodeVariant(c, I3));
    }
    out.push(`${I2}default:`, `${I3}self = .${fallback}(try [String: JSONValue](from: decoder))`, `${I2}}`);
  } else if (discriminator.kind === "jsonType") {
    const byJsonType = new Map<string, SwiftCase>();
    for (const c of cases) {
      if (c.variant.jsonType === undefined) {
        throw fail(type.pointer, `variant "${c.variant.name}" of ${type.name} has no JSON type`);
      }
      byJsonType.set(c.variant.jsonType, c);
    }
    const patterns: [string, SwiftCase | undefined][] = [
      ["null", byJsonType.get("null")],
      ["bool", byJsonType.get("boolean")],
      ["int", byJsonType.get("integer") ?? byJsonType.get("number")],
      ["double", byJsonType.get("number")],
      ["string", byJsonType.get("string")],
      ["array", byJsonType.get("array")],
      ["object", byJsonType.get("object")],
    ];
    out.push(`${I2}switch try JSONValue(from: decoder) {`);
    for (const [pattern, c] of patterns) {
      if (c) out.push(`${I2}case .${pattern}:`, ...decodeVariant(c, I3));
    }
    const expected = cases.map((c) => c.variant.jsonType).join(", ");
    out.push(
      `${I2}default:`,
      `${I3}throw DecodingError.typeMismatch(${type.name}.self, DecodingError.Context(`,
      `${I4}codingPath: decoder.codingPath, debugDescription: ${stringLiteral(`expected one of: ${expected}`)}))`,
      `${I2}}`,
    );
  } else {
    out.push(`${I2}let container = try decoder.container(keyedBy: AnyCodingKey.self)`);
    cases.forEach((c, i) => {
      if (c.variant.requiredKey === undefined) {
        throw fail(type.pointer, `variant "${c.variant.name}" of ${type.name} has no required key`);
      }
      out.push(
        `${I2}${i === 0 ? "if" : "} else if"} container.contains(AnyCodingKey(${stringLiteral(c.variant.requiredKey)})) {`,
        ...decodeVariant(c, I3),
      );
    });
    const keys = cases.map((c) => c.variant.requiredKey).join(", ");
    out.push(
      `${I2}} else {`,
      `${I3}throw DecodingError.dataCorrupted(DecodingError.Context(`,
      `${I4}codingPath: decoder.codingPath, debugDescription: ${stringLiteral(`expected one of the keys: ${keys}`)}))`,
      `${I2}}`,
    );
  }
  out.push(`${I1}}`);

  out.push("", `${I1}public func encode(to encoder: any Encoder) throws {`, `${I2}switch self {`);
  for (const c of cases) {
    if (c.variant.jsonType === "null") {
      out.push(`${I2}case .${c.id}:`, `${I3}var container = encoder.singleValueContainer()`, `${I3}try container.encodeNil()`);
    } else {
      out.push(`${I2}case .${c.id}(let value):`, `${I3}try value.encode(to: encoder)`);
    }
  }
  if (fallback) out.push(`${I2}case .${fallback}(let raw):`, `${I3}try raw.encode(to: encoder)`);
  out.push(`${I2}}`, `${I1}}`, "}");
  return out;
}

function discriminatorLabel(type: UnionType): string {
  return type.discriminator.kind === "property" ? type.discriminator.property : type.discriminator.kind;
}

// ---------------------------------------------------------------------------------------------------
// String enums

interface SwiftEnumCase {
  readonly value: string;
  readonly id: string;
}

function enumCases(type: EnumType, fail: Fail): SwiftEnumCase[] {
  const seen = new Map<string, string>();
  return type.values.map((value, index) => {
    let name = memberName(value);
    if (name === "") {
      // No letters or digits ("+", ""): spell the code points so the name stays deterministic.
      name = value === "" ? "empty" : `u${Array.from(value, (ch) => ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")).join("")}`;
    }
    const pointer = childPointer(type.pointer, "enum", index);
    if (RESERVED_CASE_NAMES.has(name)) {
      throw fail(pointer, `value ${JSON.stringify(value)} of ${type.name} becomes case "${name}", a member every Swift enum has`);
    }
    const previous = seen.get(name);
    if (previous !== undefined) {
      throw fail(
        pointer,
        `values ${JSON.stringify(previous)} and ${JSON.stringify(value)} of ${type.name} both become the Swift case "${name}"`,
      );
    }
    seen.set(name, value);
    return { value, id: escapeIdentifier(name) };
  });
}

/** A closed set of constants (nothing refers to it): a plain String-backed enum. */
function renderClosedEnum(type: EnumType, fail: Fail): string[] {
  const cases = enumCases(type, fail);
  return [
    ...docComment(type.description, ""),
    `public enum ${type.name}: String, Codable, Sendable, Equatable, Hashable, CaseIterable {`,
    ...cases.map((c) => (c.id === c.value ? `${I1}case ${c.id}` : `${I1}case ${c.id} = ${stringLiteral(c.value)}`)),
    "}",
  ];
}

/** A string enum used in messages: unknown values decode into a fallback case and encode back. */
function renderOpenEnum(type: EnumType, fail: Fail): string[] {
  const cases = enumCases(type, fail);
  const fallback = fallbackCaseName(cases.map((c) => c.id));
  const out: string[] = [
    ...docComment(type.description, ""),
    `public enum ${type.name}: RawRepresentable, ${CONFORMANCES}, CaseIterable {`,
    ...cases.map((c) => `${I1}case ${c.id}`),
    `${I1}/// A value this version does not know, kept as it came.`,
    `${I1}case ${fallback}(String)`,
    "",
    `${I1}public static let allCases: [${type.name}] = [${cases.map((c) => `.${c.id}`).join(", ")}]`,
    "",
    `${I1}public init(rawValue: String) {`,
    `${I2}switch rawValue {`,
    ...cases.map((c) => `${I2}case ${stringLiteral(c.value)}: self = .${c.id}`),
    `${I2}default: self = .${fallback}(rawValue)`,
    `${I2}}`,
    `${I1}}`,
    "",
    `${I1}public var rawValue: String {`,
    `${I2}switch self {`,
    ...cases.map((c) => `${I2}case .${c.id}: return ${stringLiteral(c.value)}`),
    `${I2}case .${fallback}(let value): return value`,
    `${I2}}`,
    `${I1}}`,
    "",
    `${I1}public init(from decoder: any Decoder) throws {`,
    `${I2}self.init(rawValue: try decoder.singleValueContainer().decode(String.self))`,
    `${I1}}`,
    "",
    `${I1}public func encode(to encoder: any Encoder) throws {`,
    `${I2}var container = encoder.singleValueContainer()`,
    `${I2}try container.encode(self.rawValue)`,
    `${I1}}`,
    "",
    `${I1}/// Equal when the wire values are equal (\`.${fallback}(${stringLiteral(cases[0]?.value ?? "x")})\` equals the known case).`,
    `${I1}public static func == (lhs: ${type.name}, rhs: ${type.name}) -> Bool {`,
    `${I2}lhs.rawValue == rhs.rawValue`,
    `${I1}}`,
    "",
    `${I1}public func hash(into hasher: inout Hasher) {`,
    `${I2}hasher.combine(self.rawValue)`,
    `${I1}}`,
    "}",
  ];
  return out;
}
