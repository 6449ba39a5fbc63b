// Objects: a `struct` with lowerCamel properties, CodingKeys to the wire names, a memberwise init and
// hand-written init(from:)/encode(to:). The synthesized Codable would treat null like a missing key,
// leave constants unchecked and drop undeclared keys, so coding is spelled out: strict about missing
// keys, null and constants, and keeping the keys the schema allows beyond its properties (one typed
// map per pattern, then one for the rest). An object with no declared properties or patterns but
// open keys is only a dictionary, rendered as a `typealias`. A struct adopts the protocols of its
// `allOf` bases (analyzeModel.ts), and a property that closes a cycle of structs is boxed.
import type { IntegerSpellings } from "../../json/integerSpellings.ts";
import { descriptionWithParts, documentationWithDeprecation } from "../../model/schemaModel.ts";
import type { ObjectType, PatternProperty, Property, SchemaModel, TypeRef } from "../../model/types.ts";
import { adoptedProtocols, rendersAsTypealias } from "./analyzeModel.ts";
import type { SwiftContext } from "./context.ts";
import { swiftKeyPatternSource } from "./keyPattern.ts";
import { escapeIdentifier, initParameterName, stringLiteral, typeIdentifier } from "./naming.ts";
import { structMembers } from "./structMembers.ts";
import { docComment, documentedRules, typeDocComment, I1, I2, valueTypeConformances } from "./swiftSyntax.ts";
import { constantExpression, declaredPropertyType, jsonValueExpression, pinnedConstant, propertyValue, swiftType } from "./swiftTypes.ts";
import { ecmaRegExp } from "../../jsonSchema/pattern.ts";
import { foundationPatternFor } from "./foundationPattern.ts";

interface SwiftProperty {
  readonly property: Property;
  /** Unescaped Swift name. */
  readonly name: string;
  /** As written in declarations and after `self.` / `.`. */
  readonly id: string;
  /** Declared type, including `?` when the value may be absent or null (`??` when both). */
  readonly type: string;
  /** The type of a present, non-null value: what the coding methods are given. */
  readonly valueType: string;
  /** A required constant (or null): stored `let` with its value, not an init parameter. */
  readonly constant?: string;
  /** An optional or nullable constant: checked after decoding when present. */
  readonly check?: string;
  /** The checked constant's own type lets null in (a `$ref` to `enum: ["x", null]`): one optional level more to see through. */
  readonly checkOrNull?: true;
  readonly decode: "required" | "nullable" | "optional" | "optionalNullable";
  /** Stored in an `Indirect` box: the property closes a cycle of structs. */
  readonly boxed: boolean;
}

/** A map of extra keys: those matching a pattern, or (pattern undefined) all others. */
interface ExtraKeys {
  readonly member: string;
  readonly valueType: string;
  readonly pattern?: PatternProperty;
}

/** A struct to declare. */
interface SwiftStruct {
  readonly type: ObjectType;
  readonly properties: readonly SwiftProperty[];
  readonly patterns: readonly ExtraKeys[];
  readonly additional: ExtraKeys | undefined;
}

const DECODE_METHODS: Record<SwiftProperty["decode"], string> = {
  required: "decode",
  nullable: "decodeNullable",
  optional: "decodeOptional",
  optionalNullable: "decodeOptionalNullable",
};

const ENCODE_METHODS: Record<Exclude<SwiftProperty["decode"], "required">, string> = {
  nullable: "encodeNullable",
  optional: "encodeIfPresent",
  optionalNullable: "encodeOptionalNullable",
};

export function translateObject(type: ObjectType, ctx: SwiftContext): string[] {
  const { analysis } = ctx;
  const doc = typeDocComment(ctx.model.source, type, documentationWithDeprecation(type));
  if (rendersAsTypealias(type, analysis)) {
    return [...doc, `public typealias ${typeIdentifier(type.name)} = [String: ${swiftType(type.additionalProperties as TypeRef, ctx.model, "element")}]`];
  }
  const members = structMembers(type);
  const struct: SwiftStruct = {
    type,
    properties: swiftProperties(type, ctx),
    patterns: type.patternProperties.map((pattern, index) => ({ member: members.patterns[index]!, valueType: swiftType(pattern.type, ctx.model, "element"), pattern })),
    additional:
      type.additionalProperties === false || members.additional === undefined
        ? undefined
        : { member: members.additional, valueType: swiftType(type.additionalProperties, ctx.model, "element") },
  };
  const conformances = [valueTypeConformances(), ...adoptedProtocols(type, analysis)].join(", ");
  // Each part appends its lines to the one list of the declaration.
  const out = [...doc, `public struct ${typeIdentifier(type.name)}: ${conformances} {`];
  storedProperties(struct, ctx, out);
  out.push("");
  memberwiseInit(struct, out);
  codingKeys(struct, out);
  out.push("");
  decodeInitializer(struct, ctx.model.source.integerSpellings, out);
  out.push("");
  encodeMethod(struct, out);
  out.push("}");
  return out;
}

/** Whether the struct reads keys outside its CodingKeys: pattern or other undeclared keys. */
function keepsExtraKeys(struct: SwiftStruct): boolean {
  return struct.patterns.length > 0 || struct.additional !== undefined;
}

function swiftProperties(type: ObjectType, ctx: SwiftContext): SwiftProperty[] {
  const names = structMembers(type).properties;
  const boxed = ctx.analysis.boxedProperties.get(type.name);
  return type.properties.map((property) => describeProperty(property, ctx.model, names.get(property.name)!, boxed?.has(property.name) ?? false));
}

/**
 * A JSON null and an absent key are different on the wire, so `decode` records which of the two a
 * property allows: either one alone is `nil` in Swift, and a property allowing both is a double
 * optional (declaredPropertyType) that keeps them apart. A constant property keeps its value in the declaration;
 * a property that may only be null is a constant too (`JSONNull()`). Every property is described by
 * an object of the same keys (those that do not apply are undefined).
 */
function describeProperty(property: Property, model: SchemaModel, name: string, boxed: boolean): SwiftProperty {
  const { inner, nullable } = propertyValue(property.type);
  const type = declaredPropertyType(property, model);
  const valueType = swiftType(inner, model);
  const decode = property.required ? (nullable ? "nullable" : "required") : nullable ? "optionalNullable" : "optional";
  let constant: string | undefined;
  let check: string | undefined;
  let checkOrNull: true | undefined;
  if (inner.kind === "null") {
    if (decode === "required") constant = "JSONNull()";
  } else {
    // Inline (`const`) or through a definition that is one constant (`$ref`): checked the same way.
    const pinned = pinnedConstant(model, inner);
    if (pinned !== undefined) {
      const expression = constantExpression(pinned.constant, model.source.integerSpellings);
      // Null inside the definition: its type (`String?`) holds null already, so the constant is a check on a non-null value.
      if (pinned.orNull) {
        check = expression;
        checkOrNull = true;
      } else if (decode === "required") constant = expression;
      else check = expression;
    }
  }
  return { property, name, id: escapeIdentifier(name), type, valueType, constant, check, checkOrNull, decode, boxed };
}

function storedProperties(struct: SwiftStruct, ctx: SwiftContext, out: string[]): void {
  for (const p of struct.properties) {
    out.push(...docComment(documentedRules(documentationWithDeprecation(p.property, p.property.type), p.property.type, ctx), I1));
    if (p.constant !== undefined) out.push(`${I1}public let ${p.id}: ${p.type} = ${p.constant}`);
    else out.push(`${I1}${p.boxed ? "@Indirect " : ""}public var ${p.id}: ${p.type}`);
  }
  struct.patterns.forEach((extra, index) => {
    const pattern = extra.pattern!;
    // A key several patterns match is one value: held by the first map, checked against each type.
    const overlap = index === 0 ? "" : "; a key an earlier pattern matches too is held in that pattern's map, checked against this type as well";
    const held = `Keys matching \`${pattern.pattern}\` (and not declared above${overlap}), kept as they came.`;
    // What the schema says of the values follows, a paragraph of its own (it may be several lines).
    const said = descriptionWithParts(pattern.description, pattern.type);
    out.push(...docComment(documentedRules(said === undefined ? held : `${held}\n\n${said}`, pattern.type, ctx), I1));
    out.push(`${I1}public var ${escapeIdentifier(extra.member)}: [String: ${extra.valueType}]`);
  });
  if (struct.additional) {
    const what = struct.patterns.length > 0 ? "Keys the schema neither declares nor matches by a pattern" : "Keys the schema does not declare";
    out.push(`${I1}/// ${what}, kept as they came.`);
    out.push(`${I1}public var ${escapeIdentifier(struct.additional.member)}: [String: ${struct.additional.valueType}]`);
  }
}

function extraKeys(struct: SwiftStruct): ExtraKeys[] {
  return [...struct.patterns, ...(struct.additional ? [struct.additional] : [])];
}

function memberwiseInit(struct: SwiftStruct, out: string[]): void {
  const settable = struct.properties.filter((p) => p.constant === undefined);
  const params = settable.map((p) => {
    const parameter = initParameterName(p.name);
    const label = parameter === p.id ? p.id : `${p.id} ${parameter}`;
    return `${label}: ${p.type}${p.property.required ? "" : " = nil"}`;
  });
  for (const extra of extraKeys(struct)) params.push(`${escapeIdentifier(extra.member)}: [String: ${extra.valueType}] = [:]`);
  if (params.length === 0) {
    out.push(`${I1}public init() {}`);
    return;
  }
  out.push(`${I1}public init(`);
  params.forEach((param, i) => out.push(`${I2}${param}${i < params.length - 1 ? "," : ""}`));
  out.push(`${I1}) {`);
  for (const p of settable) out.push(`${I2}self.${p.id} = ${initParameterName(p.name)}`);
  for (const extra of extraKeys(struct)) out.push(`${I2}self.${escapeIdentifier(extra.member)} = ${escapeIdentifier(extra.member)}`);
  out.push(`${I1}}`);
}

/** CodingKeys for the declared properties and, when other keys are kept, the declared key set and the patterns. */
function codingKeys(struct: SwiftStruct, out: string[]): void {
  const { type, properties } = struct;
  if (properties.length > 0) {
    out.push("", `${I1}enum CodingKeys: String, CodingKey {`);
    for (const p of properties) {
      out.push(p.name === p.property.name ? `${I2}case ${p.id}` : `${I2}case ${p.id} = ${stringLiteral(p.property.name)}`);
    }
    out.push(`${I1}}`);
  }
  if (keepsExtraKeys(struct)) {
    const declaredKeys = properties.length > 0 ? `[${type.properties.map((p) => stringLiteral(p.name)).join(", ")}]` : "[]";
    out.push("", `${I1}private static let declaredKeys: Set<String> = ${declaredKeys}`);
  }
  if (struct.patterns.length > 0) {
    out.push(`${I1}private static let keyPatterns: [KeyPattern] = [${struct.patterns.map((extra) => keyPatternExpression(extra.pattern!.pattern)).join(", ")}]`);
  }
}

/**
 * A KeyPattern of `pattern`: in Swift's Regex spelling (keyPattern.ts), and in ICU's where Swift's
 * Regex cannot read it (foundationPattern.ts).
 */
function keyPatternExpression(pattern: string): string {
  const source = stringLiteral(swiftKeyPatternSource(pattern));
  const foundation = foundationPatternFor(pattern);
  return foundation === undefined ? `KeyPattern(${source})` : `KeyPattern(${source}, foundation: ${stringLiteral(foundation)})`;
}

/**
 * A declared key a pattern matches too must hold a value of the pattern's type as well (JSON Schema
 * applies both), which the property's own type does not say: the value is decoded as that type too,
 * as a check. Which declared keys a pattern matches is known here, by ECMA-262 as JSON Schema means.
 */
function declaredKeysPatternsClaim(struct: SwiftStruct, out: string[]): void {
  for (const extra of struct.patterns) {
    if (extra.valueType === "JSONValue") continue;
    let regex: RegExp;
    try {
      regex = ecmaRegExp(extra.pattern!.pattern);
    } catch {
      continue;
    }
    for (const property of struct.type.properties) {
      if (!regex.test(property.name)) continue;
      const key = `AnyCodingKey(${stringLiteral(property.name)})`;
      out.push(`if anyContainer.contains(${key}) { _ = try anyContainer.decode(${extra.valueType}.self, forKey: ${key}) }`);
    }
  }
}

/**
 * The stored values past which `init(from:)` decodes with one throw site (decodeWithOneThrowSite).
 * Each `try` after some stored properties are set must destroy those on its error path, so Swift's
 * code for an initializer of n throwing steps grows with n²: oxlint's rule map of 887 properties did
 * not build in 13 minutes.
 */
export const ONE_THROW_SITE_FROM = 64;

/** What decoding a struct reads: its containers, then each stored value's decoding expression and the checks after them. */
interface DecodedValue {
  readonly member: string;
  readonly decode: string;
  readonly boxed?: boolean;
}

interface DecodingSteps {
  readonly containers: readonly string[];
  /** Each stored value: the member it is kept in, the throwing expression that decodes it, and whether it is @Indirect. */
  readonly values: readonly DecodedValue[];
  /** Throwing statements that check what was decoded, in order, each after the values it reads (`after`: how many). */
  readonly checks: readonly { readonly after: number; readonly lines: readonly string[] }[];
}

function decodingSteps(struct: SwiftStruct, spellings: IntegerSpellings): DecodingSteps {
  const { type, properties } = struct;
  // Keys outside CodingKeys (undeclared ones, or those a requiredWhen rule names) need a container
  // that reads any key. With no properties at all, one still makes decoding refuse a non-object.
  const needsAnyKeys = keepsExtraKeys(struct) || type.requiredWhen.length > 0;
  const containers: string[] = [];
  if (properties.length > 0) containers.push(`let container = try decoder.container(keyedBy: CodingKeys.self)`);
  if (needsAnyKeys || properties.length === 0) containers.push(`let ${needsAnyKeys ? "anyContainer" : "_"} = try decoder.container(keyedBy: AnyCodingKey.self)`);
  const values: DecodedValue[] = [];
  const checks: { after: number; lines: string[] }[] = [];
  for (const p of properties) {
    const key = `.${p.id}`;
    if (p.constant !== undefined) {
      checks.push({ after: values.length, lines: [`try container.decodeConstant(${p.constant}, forKey: ${key})`] });
      continue;
    }
    values.push({ member: p.id, decode: `try container.${DECODE_METHODS[p.decode]}(${p.valueType}.self, forKey: ${key})`, boxed: p.boxed });
    if (p.check !== undefined) {
      // The declared type's optional levels: one per way of being nil (absent, null outside, null
      // inside the definition). `if let` takes one off; `?? nil` flattens each other one, so a null
      // is never compared with the constant.
      const optionalLevels = { required: 0, nullable: 1, optional: 1, optionalNullable: 2 }[p.decode] + (p.checkOrNull ? 1 : 0);
      const present = optionalLevels <= 1 ? `self.${p.id}` : optionalLevels === 2 ? `self.${p.id} ?? nil` : `(self.${p.id} ?? nil) ?? nil`;
      checks.push({
        after: values.length,
        lines: [
          `if let value = ${present}, !isSameWireValue(value, ${p.check}) {`,
          `${I1}throw DecodingError.dataCorruptedError(`,
          `${I2}forKey: ${key}, in: container, debugDescription: "expected constant \\(${p.check}), found \\(value)")`,
          `}`,
        ],
      });
    }
  }
  const claims: string[] = [];
  declaredKeysPatternsClaim(struct, claims);
  for (const rule of type.requiredWhen) {
    claims.push(`try anyContainer.requireKeys([${rule.require.map(stringLiteral).join(", ")}], when: ${stringLiteral(rule.property)}, equals: ${jsonValueExpression(rule.equals, spellings)})`);
  }
  if (claims.length > 0) checks.push({ after: values.length, lines: claims });
  struct.patterns.forEach((extra, index) => {
    const earlier = index === 0 ? "" : `, earlier: Self.keyPatterns[..<${index}]`;
    values.push({ member: escapeIdentifier(extra.member), decode: `try anyContainer.decodePatternProperties(${extra.valueType}.self, matching: Self.keyPatterns[${index}], declared: Self.declaredKeys${earlier})` });
  });
  if (struct.additional) {
    const patterns = struct.patterns.length > 0 ? ", patterns: Self.keyPatterns" : "";
    values.push({ member: escapeIdentifier(struct.additional.member), decode: `try anyContainer.decodeAdditionalProperties(${struct.additional.valueType}.self, declared: Self.declaredKeys${patterns})` });
  }
  return { containers, values, checks };
}

function decodeInitializer(struct: SwiftStruct, spellings: IntegerSpellings, out: string[]): void {
  const steps = decodingSteps(struct, spellings);
  out.push(`${I1}public init(from decoder: any Decoder) throws {`, ...steps.containers.map((line) => `${I2}${line}`));
  if (steps.values.length > ONE_THROW_SITE_FROM) decodeWithOneThrowSite(steps, out);
  else decodeInOrder(steps, out);
  out.push(`${I1}}`);
}

/** Each value set as it is decoded, each check right after the values it reads: the layout a reader expects. */
function decodeInOrder({ values, checks }: DecodingSteps, out: string[]): void {
  const checksAfter = (count: number) => {
    for (const check of checks) if (check.after === count) out.push(...check.lines.map((line) => `${I2}${line}`));
  };
  checksAfter(0);
  values.forEach((value, index) => {
    out.push(`${I2}self.${value.member} = ${value.decode}`);
    checksAfter(index + 1);
  });
}

/**
 * Every value decoded into a local without throwing (the first error kept), one `throw`, then every
 * stored property set and the checks run on the whole value: each step's code is of constant size,
 * where a `try` between stored properties being set costs one cleanup per property already set.
 */
function decodeWithOneThrowSite({ values, checks }: DecodingSteps, out: string[]): void {
  out.push(`${I2}var failure: (any Error)? = nil`);
  values.forEach((value, index) => out.push(`${I2}let value${index} = keepingFirstError(&failure) { ${boxedWhenIndirect(value)} }`));
  out.push(`${I2}if let failure { throw failure }`);
  values.forEach((value, index) => out.push(`${I2}self.${value.boxed ? wrapperStorage(value.member) : value.member} = value${index}!`));
  for (const check of checks) out.push(...check.lines.map((line) => `${I2}${line}`));
}

/**
 * An @Indirect value is boxed inside its step, so its local holds one pointer: every local lives
 * until the last step, and a struct whose properties refer to itself would otherwise hold a whole
 * copy of itself per such property on the stack (Renovate's config: 2.4 MB for one level, so a
 * config nested three deep overflowed the main thread's stack).
 */
function boxedWhenIndirect(value: DecodedValue): string {
  return value.boxed ? `Indirect(wrappedValue: ${value.decode})` : value.decode;
}

/** The stored box behind an @Indirect property (`_name`, also for a name spelled in backticks). */
function wrapperStorage(member: string): string {
  return `_${member.replace(/`/g, "")}`;
}

function encodeMethod(struct: SwiftStruct, out: string[]): void {
  const { properties } = struct;
  out.push(`${I1}public func encode(to encoder: any Encoder) throws {`);
  if (properties.length > 0) out.push(`${I2}var container = encoder.container(keyedBy: CodingKeys.self)`);
  for (const p of properties) {
    const key = `.${p.id}`;
    if (p.decode === "required") out.push(`${I2}try container.encode(self.${p.id}, forKey: ${key})`);
    else out.push(`${I2}try container.${ENCODE_METHODS[p.decode]}(self.${p.id}, forKey: ${key})`);
  }
  if (keepsExtraKeys(struct)) {
    out.push(`${I2}var anyContainer = encoder.container(keyedBy: AnyCodingKey.self)`);
    if (struct.patterns.length === 0) {
      out.push(`${I2}try anyContainer.encodeAdditionalProperties(self.${escapeIdentifier(struct.additional!.member)}, declared: Self.declaredKeys)`);
    } else {
      // A key matching several patterns sits in several maps; it is written once, from the first.
      out.push(`${I2}var written = Self.declaredKeys`);
      for (const extra of struct.patterns) out.push(`${I2}try anyContainer.encodePatternProperties(self.${escapeIdentifier(extra.member)}, written: &written)`);
      if (struct.additional) out.push(`${I2}try anyContainer.encodeAdditionalProperties(self.${escapeIdentifier(struct.additional.member)}, declared: written)`);
    }
  } else if (properties.length === 0) {
    // Requesting a keyed container is what makes an empty struct encode as `{}` rather than nothing.
    out.push(`${I2}_ = encoder.container(keyedBy: AnyCodingKey.self)`);
  }
  out.push(`${I1}}`);
}
