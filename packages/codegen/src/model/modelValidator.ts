// The model's own verdict on a value: what JSON Schema says about it, read from the normalized model
// (the contract's semantics, types.ts), not from the document. gen judges by it the values a schema
// gives as annotations, its `default` and `examples` (annotationValues.ts). The conformance run's
// generators use it where they cannot construct a value directly (a value of `not: …`, the one variant
// of a `oneOf` that must match alone) and its position walker to tell which variant of a first-match
// union a value belongs to, and the run checks that AJV agrees with every instance it made.
//
// Numbers and strings are judged as AJV judges them: lengths in code points, patterns with the `u`
// flag, `multipleOf` by division, formats by @clone/schema's FORMAT_RULES. The options read the model
// as a runtime that differs from AJV reads it (the conformance run's limitations.ts). A pattern V8
// cannot run to the end on a string gives no verdict: the check throws PatternNotRun
// (@clone/schema/patterns), which its caller names (the conformance run does not judge that instance).
import { satisfiesFormat } from "@clone/schema/formats";
import { jsonEqual } from "@clone/schema/json-equal";
import { patternTest } from "@clone/schema/patterns";
import { codePointLength } from "../json/codePoints.ts";
import { isJsonObject } from "../json/jsonType.ts";
import type { JsonValue } from "../json/types.ts";
import { ecmaRegExp } from "../jsonSchema/pattern.ts";
import { decodesNoValue } from "./neverType.ts";
import { typeNamed } from "./schemaModel.ts";
import { passesAsOtherType, typelessFamilyOf } from "./typeless.ts";
import type { Assertion, NamedType, NumberConstraints, ObjectType, SchemaModel, TagVariant, TypeRef, UnionType } from "./types.ts";

type Check = (value: JsonValue) => boolean;

/** Where a pattern is used: a string's `pattern`, or an object's `patternProperties` key. */
export type PatternUse = "pattern" | "patternProperties";

export interface ModelValidatorOptions {
  /** How a pattern is compiled (default: as AJV does, ECMA-262 with the `u` flag). */
  readonly regex?: (pattern: string, use: PatternUse) => RegExp;
  /** Whether a number is a multiple of `multipleOf` (default: as AJV does, by float division). */
  readonly multipleOf?: (value: number, divisor: number) => boolean;
  /** Whether a value satisfies a `format` (default: the toolkit's rule, @clone/schema's satisfiesFormat). */
  readonly format?: (name: string, value: string | number) => boolean;
  /**
   * Read a schema that names no type as typed targets read it: only values of its keywords' type pass
   * (default: as JSON Schema reads it, a value of another type passes; the model's Typeless).
   */
  readonly typelessAsTyped?: boolean;
  /**
   * Read the model as the generated Swift decoder checks it: none of the rules swift-may-accept.json
   * lists is checked (bounds, patterns, formats, unknown keys, unknown enum values and tags, `not`,
   * `contains`, `propertyNames`, property counts, dependencies, allOf parts kept apart, if/then/else,
   * oneOf exclusivity); types, constants, required keys and requiredWhen are, and a place no value
   * decodes into (decodesNoValue) takes none.
   */
  readonly decoderOnly?: boolean;
  /**
   * With decoderOnly: read as the generated Swift's matchVariant (support.ts) tells which variant of a
   * first-match or key-presence union a value is, where the decoder alone would take it:
   * - a closed object refuses a key it does not declare, as its struct would drop it and the match
   *   asks the value to re-encode unchanged (package.json's `exports`: `{"module-sync": null}` is
   *   passed over by the closed map of `./` paths);
   * - a variant does not take (takesAsVariant) a value its own type keeps only as one this version
   *   does not know (`isUnknownToThisVersion`: a forward-compatible enum's unknown case, a tagged
   *   union's unknown tag), so a later variant takes it (Claude Code's ToolName, `anyOf
   *   [BuiltInToolName, MCP name]`: an MCP tool's name is the string, not an unknown built-in tool).
   */
  readonly asMatchVariant?: boolean;
  /**
   * Let a key named after a member of Object.prototype (`constructor`, `toString`, `__proto__`…) that
   * no pattern matches through an object closed to other keys, and past the schema for other keys of
   * an object with `patternProperties`, as AJV's `unevaluatedProperties` reads it where it keeps its
   * record of evaluated keys in a plain object (limitations.ts, "ajv-reads-inherited-keys-as-evaluated").
   */
  readonly inheritedKeysEvaluated?: boolean;
  /**
   * Read a schema's entry for the key `__proto__` in `properties` and in dependencies as absent, as
   * AJV does (limitations.ts, "ajv-skips-proto-entries"): its value is not checked, and it is an undeclared key.
   */
  readonly protoEntriesSkipped?: boolean;
  /**
   * Read a dependency's requirement of the empty key `""` (`dependentRequired`, `dependencies` lists)
   * as unchecked, as AJV checks it when it stops at the first error (limitations.ts, "ajv-skips-empty-key-dependency").
   */
  readonly emptyKeyDependenciesSkipped?: boolean;
  /**
   * Let an empty array pass a `contains` that needs one match (no more than one, no maximum), as AJV
   * may read it (limitations.ts, "ajv-passes-empty-arrays-after-a-match").
   */
  readonly emptyArraysPassContains?: boolean;
  /**
   * Which numbers an `integer` schema with these bounds takes (default: as AJV does, those
   * Number.isInteger calls whole). A runtime may read it otherwise: draft-04's integer as written, the
   * generated Swift's in 64 bits (the conformance run's runtimeNumbers.ts).
   */
  readonly integers?: (constraints: NumberConstraints, model: SchemaModel) => (value: number) => boolean;
}

/** The key AJV leaves out of `properties` and dependencies (against prototype pollution). */
const PROTO_KEY = "__proto__";

export class ModelValidator {
  private readonly byRef = new WeakMap<TypeRef, Check>();
  private readonly byName = new Map<string, Check>();
  private readonly patterns = new Map<string, RegExp>();
  private readonly compilePattern: (pattern: string, use: PatternUse) => RegExp;
  private readonly multipleOf: (value: number, divisor: number) => boolean;
  private readonly satisfiesFormat: (name: string, value: string | number) => boolean;
  private readonly typelessAsTyped: boolean;
  private readonly decoderOnly: boolean;
  private readonly asMatchVariant: boolean;
  private readonly inheritedKeysEvaluated: boolean;
  private readonly protoEntriesSkipped: boolean;
  private readonly emptyKeyDependenciesSkipped: boolean;
  private readonly emptyArraysPassContains: boolean;
  private readonly integers: ((constraints: NumberConstraints, model: SchemaModel) => (value: number) => boolean) | undefined;

  constructor(
    readonly model: SchemaModel,
    options: ModelValidatorOptions = {},
  ) {
    this.compilePattern = options.regex ?? ecmaRegExp;
    this.multipleOf = options.multipleOf ?? isMultipleOf;
    this.satisfiesFormat = options.format ?? satisfiesFormat;
    this.typelessAsTyped = options.typelessAsTyped ?? false;
    this.decoderOnly = options.decoderOnly ?? false;
    this.asMatchVariant = options.asMatchVariant ?? false;
    this.inheritedKeysEvaluated = options.inheritedKeysEvaluated ?? false;
    this.protoEntriesSkipped = options.protoEntriesSkipped ?? false;
    this.emptyKeyDependenciesSkipped = options.emptyKeyDependenciesSkipped ?? false;
    this.emptyArraysPassContains = options.emptyArraysPassContains ?? false;
    this.integers = options.integers;
  }

  /** Whether a dependency's requirement that `key` be present is checked. */
  private dependencyRequires(key: string): boolean {
    return !(this.emptyKeyDependenciesSkipped && key === "");
  }

  /** Whether an entry of `properties` or of a dependency keyword for `key` is read as absent. */
  private skipsEntry(key: string): boolean {
    return this.protoEntriesSkipped && key === PROTO_KEY;
  }

  validates(ref: TypeRef, value: JsonValue): boolean {
    return this.check(ref)(value);
  }

  /** Whether a union's variant of type `ref` takes `value` (as validates says, read as asMatchVariant asks). */
  takesAsVariant(ref: TypeRef, value: JsonValue): boolean {
    return this.validates(ref, value) && !(this.decoderOnly && this.asMatchVariant && this.isUnknownToItsType(ref, value));
  }

  /**
   * Whether `value` is one a forward-compatible Swift type keeps in its unknown case: an enum without
   * other values (every enum a union refers to is generated open, support.ts' UnknownValueFallback)
   * that does not list it, or a tagged union whose tag it has and the union does not list.
   */
  private isUnknownToItsType(ref: TypeRef, value: JsonValue): boolean {
    let current = ref;
    while (current.kind === "named") {
      const type = typeNamed(this.model, current.name);
      if (type.kind === "alias") {
        current = type.type;
        continue;
      }
      if (type.kind === "enum") return type.otherValues === undefined && !type.values.some((known) => jsonEqual(known, value));
      if (type.kind === "union" && type.rule === "tag") return isJsonObject(value) && Object.hasOwn(value, type.property) && !type.variants.some((variant) => jsonEqual(variant.tag, value[type.property]!));
      return false;
    }
    return false;
  }

  /**
   * Each variant's check, read as the union's decoder tries it. Swift decodes a first-match union by
   * matchVariant on each variant in turn, which passes over one that would keep the value only as
   * unknown (takesAsVariant), and refuses the value when every variant does: Vega-Lite's `TimeUnit`,
   * `anyOf` of unions of open enums, takes no "binnedyear", so `anyOf [TimeUnit, BinnedTimeUnit]`
   * is the binned one's. A tag, JSON-type or key-presence union decodes its variant directly, which
   * keeps an unknown value in that variant's unknown case.
   */
  private variantChecks(union: UnionType): Check[] {
    const checks = union.variants.map((variant) => this.check(variant.type));
    if (!(this.decoderOnly && this.asMatchVariant && union.rule === "firstMatch")) return checks;
    return union.variants.map((variant, i) => (value) => checks[i]!(value) && !this.isUnknownToItsType(variant.type, value));
  }

  validatesNamed(name: string, value: JsonValue): boolean {
    return this.named(name)(value);
  }

  /** The union's variants `value` validates against, in union order. */
  matchingVariants(union: UnionType, value: JsonValue): UnionType["variants"][number][] {
    return union.variants.filter((variant) => this.validates(variant.type, value));
  }

  /** The pattern compiled as this validator reads patterns used as `use`. */
  regex(pattern: string, use: PatternUse = "pattern"): RegExp {
    const key = `${use} ${pattern}`;
    let regex = this.patterns.get(key);
    if (!regex) {
      regex = this.compilePattern(pattern, use);
      this.patterns.set(key, regex);
    }
    return regex;
  }

  /** Whether a string matches the pattern used as `use`; PatternNotRun where the engine cannot run it to the end on that string. */
  private matcher(pattern: string, use: PatternUse): (value: string) => boolean {
    const regex = this.regex(pattern, use);
    return (value) => patternTest(pattern, regex, value);
  }

  private check(ref: TypeRef): Check {
    let check = this.byRef.get(ref);
    if (!check) {
      // Read as a decoder, a place no value decodes into (Swift's JSONAbsent) refuses every value, though
      // the rules that leave it none are not checked: so the variant holding it takes no value there.
      check = this.decoderOnly && decodesNoValue(ref) ? () => false : this.withOtherTypes(ref, this.compile(ref));
      this.byRef.set(ref, check);
    }
    return check;
  }

  /** `own` letting values of the other JSON types through where the schema names no type (model Typeless). */
  private withOtherTypes(ref: TypeRef, own: Check): Check {
    return typelessFamilyOf(ref) !== undefined && !this.typelessAsTyped ? (value) => passesAsOtherType(ref, value) || own(value) : own;
  }

  /** A named type's check, built on first use and reachable before it is built (recursion). */
  private named(name: string): Check {
    let check = this.byName.get(name);
    if (!check) {
      let built: Check | undefined;
      this.byName.set(name, (value) => (built ??= this.compileNamed(typeNamed(this.model, name)))(value));
      check = this.byName.get(name)!;
    }
    return check;
  }

  private compile(ref: TypeRef): Check {
    switch (ref.kind) {
      case "string": {
        if (this.decoderOnly) return (value) => typeof value === "string";
        const { minLength, maxLength, pattern, format } = ref.constraints;
        const matches = pattern === undefined ? undefined : this.matcher(pattern, "pattern");
        return (value) => {
          if (typeof value !== "string") return false;
          if (minLength !== undefined || maxLength !== undefined) {
            const length = codePointLength(value);
            if ((minLength !== undefined && length < minLength) || (maxLength !== undefined && length > maxLength)) return false;
          }
          return (matches === undefined || matches(value)) && (format === undefined || this.satisfiesFormat(format, value));
        };
      }
      case "integer":
      case "number": {
        const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, format } = ref.constraints;
        const integer = ref.kind === "integer";
        const isInteger = integer && this.integers !== undefined ? this.integers(ref.constraints, this.model) : Number.isInteger;
        if (this.decoderOnly) return (value) => typeof value === "number" && (!integer || isInteger(value));
        return (value) =>
          typeof value === "number" &&
          (!integer || isInteger(value)) &&
          (minimum === undefined || value >= minimum) &&
          (maximum === undefined || value <= maximum) &&
          (exclusiveMinimum === undefined || value > exclusiveMinimum) &&
          (exclusiveMaximum === undefined || value < exclusiveMaximum) &&
          (multipleOf === undefined || this.multipleOf(value, multipleOf)) &&
          (format === undefined || this.satisfiesFormat(format, value));
      }
      case "boolean":
        return (value) => typeof value === "boolean";
      case "null":
        return (value) => value === null;
      case "literal": {
        const constant = ref.value;
        return (value) => jsonEqual(value, constant);
      }
      case "array": {
        const items = this.check(ref.items);
        const bounds = this.decoderOnly ? () => true : arrayBounds(ref.constraints);
        return (value) => Array.isArray(value) && bounds(value) && value.every(items);
      }
      case "tuple": {
        const prefix = ref.prefixItems.map((item) => this.check(item));
        const rest = ref.rest === false ? undefined : this.check(ref.rest);
        const bounds = this.decoderOnly ? () => true : arrayBounds(ref.constraints);
        return (value) =>
          Array.isArray(value) &&
          bounds(value) &&
          (rest !== undefined || value.length <= prefix.length) &&
          value.every((item, index) => (index < prefix.length ? prefix[index]! : rest!)(item));
      }
      case "record": {
        const values = this.check(ref.values);
        return (value) => isJsonObject(value) && Object.values(value).every(values);
      }
      case "unknown":
        return () => true;
      case "nullable": {
        const inner = this.check(ref.type);
        return (value) => value === null || inner(value);
      }
      case "constrained": {
        const inner = this.check(ref.type);
        if (this.decoderOnly) return inner;
        const assertions = ref.assertions.map((assertion) => this.assertion(assertion));
        return (value) => inner(value) && assertions.every((holds) => holds(value));
      }
      case "named":
        return this.named(ref.name);
    }
  }

  private compileNamed(type: NamedType): Check {
    switch (type.kind) {
      case "object":
        return this.object(type);
      case "union": {
        const variants = this.variantChecks(type);
        if (this.decoderOnly && type.rule === "tag") {
          // A tag no variant has decodes into the union's unknown case.
          const { property } = type;
          const tags = type.variants.map((variant) => variant.tag);
          return (value) => variants.some((variant) => variant(value)) || (isJsonObject(value) && Object.hasOwn(value, property) && !tags.some((tag) => jsonEqual(tag, value[property]!)));
        }
        if (type.rule === "tag") return this.byTag(type.property, type.variants, variants);
        if (type.keyword === "anyOf" || this.decoderOnly) return (value) => variants.some((variant) => variant(value));
        return (value) => {
          let matches = 0;
          for (const variant of variants) if (variant(value) && ++matches > 1) return false;
          return matches === 1;
        };
      }
      case "enum": {
        // A value the enum does not know, of its type, decodes into its unknown case.
        if (this.decoderOnly) return (value) => (type.valueType === "integer" ? Number.isInteger(value) : typeof value === (type.valueType === "number" ? "number" : type.valueType));
        const other = type.otherValues ? this.check(type.otherValues) : undefined;
        return (value) => type.values.some((known) => jsonEqual(known, value)) || (other !== undefined && other(value));
      }
      case "alias":
        return this.check(type.type);
    }
  }

  /**
   * A tagged union checks the variant its tag selects. A variant's type is the schemas that list its
   * tag, and a schema listing several tags (an enum) is the type of each of their variants: counting
   * the variants a value matches would find that one schema once per tag it lists, and `oneOf` would
   * refuse what it accepts. The schemas listing other tags refuse the value, so only the selected
   * variant can match.
   */
  private byTag(property: string, variants: readonly TagVariant[], checks: readonly Check[]): Check {
    return (value) => {
      if (!isJsonObject(value) || !Object.hasOwn(value, property)) return false;
      const selected = variants.findIndex((variant) => jsonEqual(variant.tag, value[property]!));
      return selected >= 0 && checks[selected]!(value);
    };
  }

  private object(type: ObjectType): Check {
    // A skipped entry leaves its key's value unchecked and the key undeclared; `required` still holds.
    const properties = type.properties.map((property) => ({ name: property.name, required: property.required, check: this.skipsEntry(property.name) ? () => true : this.check(property.type) }));
    const declared = new Set(type.properties.map((property) => property.name).filter((name) => !this.skipsEntry(name)));
    const patterns = type.patternProperties.map((entry) => ({ matches: this.matcher(entry.pattern, "patternProperties"), check: this.check(entry.type) }));
    const additional = this.decoderOnly && !(this.asMatchVariant && type.additionalProperties === false) ? () => true : type.additionalProperties === false ? false : this.check(type.additionalProperties);
    const otherTypesPass = type.otherTypesPass === true && !this.typelessAsTyped;
    return (value) => {
      if (!isJsonObject(value)) return otherTypesPass;
      for (const property of properties) {
        if (!Object.hasOwn(value, property.name)) {
          if (property.required) return false;
        } else if (!property.check(value[property.name]!)) return false;
      }
      for (const [key, item] of Object.entries(value)) {
        let matched = false;
        for (const pattern of patterns) {
          if (!pattern.matches(key)) continue;
          matched = true;
          if (!pattern.check(item)) return false;
        }
        if (matched || declared.has(key)) continue;
        if (this.inheritedKeysEvaluated && key in Object.prototype && (additional === false || patterns.length > 0)) continue;
        if (additional === false || !additional(item)) return false;
      }
      return type.requiredWhen.every(
        (rule) => !(Object.hasOwn(value, rule.property) && jsonEqual(value[rule.property], rule.equals)) || rule.require.every((key) => Object.hasOwn(value, key)),
      );
    };
  }

  private assertion(assertion: Assertion): Check {
    switch (assertion.kind) {
      case "not": {
        const inner = this.check(assertion.type);
        return (value) => !inner(value);
      }
      case "allOf":
        return this.check(assertion.type);
      case "conditional": {
        const condition = this.check(assertion.if);
        const then = assertion.then ? this.check(assertion.then) : undefined;
        const otherwise = assertion.else ? this.check(assertion.else) : undefined;
        return (value) => {
          const branch = condition(value) ? then : otherwise;
          return branch === undefined || branch(value);
        };
      }
      case "contains": {
        const inner = this.check(assertion.type);
        const { min, max } = assertion;
        const emptyPasses = this.emptyArraysPassContains && min === 1 && max === undefined;
        return (value) => {
          if (!Array.isArray(value) || (emptyPasses && value.length === 0)) return true;
          const count = value.filter(inner).length;
          return count >= min && (max === undefined || count <= max);
        };
      }
      case "propertyNames": {
        const inner = this.check(assertion.type);
        return (value) => !isJsonObject(value) || Object.keys(value).every((key) => inner(key));
      }
      case "propertyCount": {
        const { min, max } = assertion;
        return (value) => {
          if (!isJsonObject(value)) return true;
          const count = Object.keys(value).length;
          return (min === undefined || count >= min) && (max === undefined || count <= max);
        };
      }
      case "dependentRequired": {
        const { property, require } = assertion;
        if (this.skipsEntry(property)) return () => true;
        return (value) => !isJsonObject(value) || !Object.hasOwn(value, property) || require.every((key) => !this.dependencyRequires(key) || Object.hasOwn(value, key));
      }
      case "dependentSchema": {
        const inner = this.check(assertion.type);
        const { property } = assertion;
        if (this.skipsEntry(property)) return () => true;
        return (value) => !isJsonObject(value) || !Object.hasOwn(value, property) || inner(value);
      }
    }
  }
}

/** AJV's `multipleOf` (without `multipleOfPrecision`): the quotient is an integer as parseInt reads it. */
export function isMultipleOf(value: number, divisor: number): boolean {
  const quotient = value / divisor;
  return quotient === Number.parseInt(String(quotient), 10);
}

function arrayBounds({ minItems, maxItems, uniqueItems }: { minItems?: number; maxItems?: number; uniqueItems?: boolean }) {
  return (value: readonly JsonValue[]): boolean => {
    if ((minItems !== undefined && value.length < minItems) || (maxItems !== undefined && value.length > maxItems)) return false;
    if (!uniqueItems) return true;
    for (let j = 0; j < value.length; j++) for (let i = 0; i < j; i++) if (jsonEqual(value[i], value[j])) return false;
    return true;
  };
}
