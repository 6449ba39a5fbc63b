// Objects: a `struct` with lowerCamel properties, CodingKeys to the wire names, a memberwise init and
// hand-written init(from:)/encode(to:). The synthesized Codable would treat null like a missing key,
// leave constants unchecked and drop undeclared keys, so coding is spelled out: strict about missing
// keys, null and constants, and keeping the undeclared keys of an open object. An object with no
// declared properties but open keys is only a dictionary, rendered as a `typealias`.
import { documentation } from "../../model/schemaModel.ts";
import type { ObjectType, Property, TypeRef } from "../../model/types.ts";
import { notRenderedYet } from "../notRenderedYet.ts";
import { type Fail, isTypealiasObject } from "./analyzeModel.ts";
import { ADDITIONAL_PROPERTIES_MEMBER, escapeIdentifier, initParameterName, memberName, stringLiteral } from "./naming.ts";
import { docComment, I1, I2, I3, I4, VALUE_TYPE_CONFORMANCES } from "./swiftSyntax.ts";
import { jsonValueExpression, literalExpression, scalarConstant, stripNullable, swiftType } from "./swiftTypes.ts";

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

/** A struct to declare: its properties, and the value type of its undeclared keys when it keeps them. */
interface SwiftStruct {
  readonly type: ObjectType;
  readonly properties: readonly SwiftProperty[];
  readonly extrasType: string | undefined;
}

const DECODE_METHODS: Record<SwiftProperty["decode"], string> = {
  required: "decode",
  nullable: "decodeNullable",
  optional: "decodeOptional",
  optionalNullable: "decodeOptionalNullable",
};

export function translateObject(type: ObjectType, fail: Fail): string[] {
  // Bases need no spelling of their own yet: their properties are already among the object's.
  if (type.patternProperties.length > 0) return notRenderedYet("swift", "patternProperties (typed extra-key maps)");
  const doc = docComment(documentation(type), "");
  if (isTypealiasObject(type)) {
    return [...doc, `public typealias ${type.name} = [String: ${swiftType(type.additionalProperties as TypeRef)}]`];
  }
  const struct: SwiftStruct = {
    type,
    properties: swiftProperties(type, fail),
    extrasType: type.additionalProperties === false ? undefined : swiftType(type.additionalProperties),
  };
  return [
    ...doc,
    `public struct ${type.name}: ${VALUE_TYPE_CONFORMANCES} {`,
    ...storedProperties(struct),
    "",
    ...memberwiseInit(struct),
    ...codingKeys(struct),
    "",
    ...decodeInitializer(struct),
    "",
    ...encodeMethod(struct),
    "}",
  ];
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

/**
 * A JSON null and an absent key are different on the wire, so `decode` records which of the two a
 * property allows; both are `nil` in Swift. A constant property keeps its value in the declaration.
 */
function describeProperty(property: Property): Omit<SwiftProperty, "name" | "id"> {
  const inner = stripNullable(property.type);
  const nullable = property.type.kind === "nullable" && inner.kind !== "unknown";
  const base = inner.kind === "unknown" ? "JSONValue" : swiftType(inner);
  const optional = !property.required || nullable;
  const type = optional ? `${base}?` : base;
  const decode = property.required ? (nullable ? "nullable" : "required") : nullable ? "optionalNullable" : "optional";
  if (inner.kind === "literal") {
    const literal = literalExpression(scalarConstant(inner));
    if (decode === "required") return { property, type, constant: literal, decode };
    return { property, type, check: literal, decode };
  }
  return { property, type, decode };
}

function storedProperties({ properties, extrasType }: SwiftStruct): string[] {
  const out: string[] = [];
  for (const p of properties) {
    out.push(...docComment(documentation(p.property), I1));
    out.push(p.constant !== undefined ? `${I1}public let ${p.id}: ${p.type} = ${p.constant}` : `${I1}public var ${p.id}: ${p.type}`);
  }
  if (extrasType) {
    out.push(`${I1}/// Keys the schema does not declare, kept as they came.`);
    out.push(`${I1}public var ${ADDITIONAL_PROPERTIES_MEMBER}: [String: ${extrasType}]`);
  }
  return out;
}

function memberwiseInit({ properties, extrasType }: SwiftStruct): string[] {
  const settable = properties.filter((p) => p.constant === undefined);
  const params = settable.map((p) => {
    const parameter = initParameterName(p.name);
    const label = parameter === p.id ? p.id : `${p.id} ${parameter}`;
    return `${label}: ${p.type}${p.property.required ? "" : " = nil"}`;
  });
  if (extrasType) params.push(`${ADDITIONAL_PROPERTIES_MEMBER}: [String: ${extrasType}] = [:]`);
  if (params.length === 0) return [`${I1}public init() {}`];
  const out = [`${I1}public init(`, ...params.map((param, i) => `${I2}${param}${i < params.length - 1 ? "," : ""}`), `${I1}) {`];
  for (const p of settable) out.push(`${I2}self.${p.id} = ${initParameterName(p.name)}`);
  if (extrasType) out.push(`${I2}self.${ADDITIONAL_PROPERTIES_MEMBER} = ${ADDITIONAL_PROPERTIES_MEMBER}`);
  out.push(`${I1}}`);
  return out;
}

/** CodingKeys for the declared properties and, for an open object, the set of keys they cover. */
function codingKeys({ type, properties, extrasType }: SwiftStruct): string[] {
  const out: string[] = [];
  if (properties.length > 0) {
    out.push("", `${I1}enum CodingKeys: String, CodingKey {`);
    for (const p of properties) {
      out.push(p.name === p.property.name ? `${I2}case ${p.id}` : `${I2}case ${p.id} = ${stringLiteral(p.property.name)}`);
    }
    out.push(`${I1}}`);
  }
  if (extrasType) {
    const declaredKeys = properties.length > 0 ? `[${type.properties.map((p) => stringLiteral(p.name)).join(", ")}]` : "[]";
    out.push("", `${I1}private static let declaredKeys: Set<String> = ${declaredKeys}`);
  }
  return out;
}

function decodeInitializer({ type, properties, extrasType }: SwiftStruct): string[] {
  // Keys outside CodingKeys (undeclared ones, or those a requiredWhen rule names) need a container
  // that reads any key. With no properties at all, one still makes decoding refuse a non-object.
  const needsAnyKeys = extrasType !== undefined || type.requiredWhen.length > 0;
  const out = [`${I1}public init(from decoder: any Decoder) throws {`];
  if (properties.length > 0) out.push(`${I2}let container = try decoder.container(keyedBy: CodingKeys.self)`);
  if (needsAnyKeys || properties.length === 0) {
    out.push(`${I2}let ${needsAnyKeys ? "anyContainer" : "_"} = try decoder.container(keyedBy: AnyCodingKey.self)`);
  }
  for (const p of properties) {
    const key = `.${p.id}`;
    if (p.constant !== undefined) {
      out.push(`${I2}try container.decodeConstant(${p.constant}, forKey: ${key})`);
      continue;
    }
    const base = p.type.endsWith("?") ? p.type.slice(0, -1) : p.type;
    out.push(`${I2}self.${p.id} = try container.${DECODE_METHODS[p.decode]}(${base}.self, forKey: ${key})`);
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
  return out;
}

function encodeMethod({ properties, extrasType }: SwiftStruct): string[] {
  const out = [`${I1}public func encode(to encoder: any Encoder) throws {`];
  if (properties.length > 0) out.push(`${I2}var container = encoder.container(keyedBy: CodingKeys.self)`);
  for (const p of properties) {
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
  } else if (properties.length === 0) {
    // Requesting a keyed container is what makes an empty struct encode as `{}` rather than nothing.
    out.push(`${I2}_ = encoder.container(keyedBy: AnyCodingKey.self)`);
  }
  out.push(`${I1}}`);
  return out;
}
