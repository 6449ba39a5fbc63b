// One model → one self-contained Python module of DRF serializers.
//
// Layout of the module: header, imports, the support section (support.py: strict fields that accept
// exactly what the JSON Schema accepts), constants, then one class per named type in dependency order
// (a type referred to before it is defined, i.e. in a cycle, is reached through `_Lazy`), then the
// tables of the root union.
//
// Names: object and union types become `<Name>Serializer`, enums `<Name>Field`; aliases have no class
// of their own (their field is spelled out where they are used). Property keys become class attributes
// when they are plain lowercase identifiers, and are set through `locals()` otherwise, so any key works.
import { readFileSync } from "node:fs";
import { CodegenError } from "../../errors.ts";
import { stableKey } from "../../json/stable.ts";
import type {
  EnumType,
  NamedType,
  ObjectType,
  Property,
  RequiredWhen,
  SchemaModel,
  TypeRef,
  UnionType,
} from "../../model/types.ts";
import { screamingSnakeCase } from "../../naming/words.ts";
import { arg, atom, call, dict, flat, kwarg, lambda, layout, pyNumber, pyString, pyValue, tuple, type PyArg, type PyExpr } from "./pyexpr.ts";
import type { DrfRuleName } from "./rules.ts";
import { sharedVariantFields, type SharedFields } from "./shared.ts";

export const SUPPORT_PY = readFileSync(new URL("./support.py", import.meta.url), "utf8");

const IMPORTS = [
  "import json",
  "import re",
  "from typing import ClassVar",
  "",
  "from rest_framework import serializers as _drf",
  "from rest_framework.fields import SkipField as _SkipField",
  "from rest_framework.fields import empty as _empty",
  "from rest_framework.settings import api_settings",
];

/** Class attributes the support classes use for configuration: a property may not be called so. */
const RESERVED_ATTRIBUTES = new Set(["_additional", "_required_when", "_variants", "_discriminator", "_values"]);

const PYTHON_KEYWORDS = new Set(
  "False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield".split(
    " ",
  ),
);

/** Formats the support section implements; any other `format` is an annotation (as in AJV's strict mode it would be an error). */
const KNOWN_FORMATS = new Set(["date-time"]);

export interface RenderOptions {
  /** Header comment lines (already including `# `). */
  readonly header: readonly string[];
  /** Name of the type → own-fields table; default `<ROOT>_PAYLOAD_FIELDS`. */
  readonly payloadFieldsName?: string;
  /** Rules switched off (rules.ts); empty except in the conformance suite's broken-generator test. */
  readonly disabledRules?: ReadonlySet<DrfRuleName>;
}

interface FieldOptions {
  readonly required?: boolean;
  readonly allowNull?: boolean;
}

export function renderModel(model: SchemaModel, options: RenderOptions): string {
  return new ModuleRenderer(model, options).render();
}

class ModuleRenderer {
  private readonly byName: Map<string, NamedType>;
  private readonly state = new Map<string, "visiting" | "done">();
  private readonly blocks: string[][] = [];
  private readonly root: UnionType | undefined;
  private readonly shared: SharedFields | undefined;
  private readonly baseName: string | undefined;
  private readonly baseVariants: Set<string>;
  private baseEmitted = false;

  constructor(
    private readonly model: SchemaModel,
    private readonly options: RenderOptions,
  ) {
    this.byName = new Map(model.types.map((type) => [type.name, type]));
    const root = model.root ? this.byName.get(model.root.name) : undefined;
    this.root = root?.kind === "union" ? root : undefined;
    this.shared = this.root ? sharedVariantFields(model, this.root) : undefined;
    if (this.shared && this.shared.variants.length < 2) this.shared = undefined;
    if (this.shared && this.shared.properties.length === 0) this.shared = undefined;
    this.baseVariants = new Set(this.shared?.variants.map((variant) => variant.name) ?? []);
    if (this.shared && this.root) {
      this.baseName = `${this.root.name}BaseSerializer`;
      if (this.byName.has(`${this.root.name}Base`)) {
        throw new CodegenError(
          this.root.pointer,
          `python-drf: the base serializer name ${this.baseName} collides with type ${this.root.name}Base`,
          model.source.origin,
        );
      }
    }
  }

  render(): string {
    for (const type of this.model.types) this.emitType(type);
    const constants = this.model.constants.map((constant) => `${constant.name} = ${flat(pyValue(constant.value))}`);
    const parts: string[] = [[...this.options.header, "", ...IMPORTS, "", SUPPORT_PY.trimEnd()].join("\n")];
    const sectionTitle = [
      "# ---------------------------------------------------------------------------------------",
      `# ${this.model.name}`,
      "# ---------------------------------------------------------------------------------------",
    ];
    parts.push([...sectionTitle, ...(constants.length > 0 ? ["", ...constants] : [])].join("\n"));
    for (const block of this.blocks) parts.push(block.join("\n"));
    const tables = this.tables();
    if (tables.length > 0) parts.push(tables.join("\n"));
    return `${parts.join("\n\n\n")}\n`;
  }

  // -------------------------------------------------------------------------------------------------
  // Ordering

  private emitType(type: NamedType): void {
    if (this.state.has(type.name)) return;
    if (type.kind === "alias") {
      // No class of its own; its dependencies still come first.
      this.state.set(type.name, "visiting");
      for (const dependency of this.dependencies(type.type)) this.emitNamed(dependency);
      this.state.set(type.name, "done");
      return;
    }
    this.state.set(type.name, "visiting");
    if (type.kind === "object" && this.baseVariants.has(type.name)) this.emitBase();
    for (const dependency of this.typeDependencies(type)) this.emitNamed(dependency);
    this.blocks.push(this.renderType(type));
    this.state.set(type.name, "done");
  }

  private emitNamed(name: string): void {
    const type = this.byName.get(name);
    if (!type) throw new CodegenError("", `python-drf: reference to unknown type ${name}`, this.model.source.origin);
    this.emitType(type);
  }

  private emitBase(): void {
    if (this.baseEmitted || !this.shared || !this.baseName) return;
    this.baseEmitted = true;
    for (const property of this.shared.properties) for (const name of this.dependencies(property.type)) this.emitNamed(name);
    const lines = [
      `# The fields every ${this.root!.name} variant shares.`,
      `class ${this.baseName}(_StrictSerializer):`,
      ...this.objectBody(this.shared.properties, false, this.shared.requiredWhen),
    ];
    this.blocks.push(lines);
  }

  private typeDependencies(type: NamedType): string[] {
    switch (type.kind) {
      case "object": {
        const refs = type.properties.flatMap((property) => this.dependencies(property.type));
        if (type.additionalProperties !== false) refs.push(...this.dependencies(type.additionalProperties));
        return refs;
      }
      case "union":
        return type.variants.flatMap((variant) => this.dependencies(variant.type));
      case "enum":
        return [];
      case "alias":
        return this.dependencies(type.type);
    }
  }

  private dependencies(ref: TypeRef): string[] {
    switch (ref.kind) {
      case "array":
        return this.dependencies(ref.items);
      case "record":
        return this.dependencies(ref.values);
      case "nullable":
        return this.dependencies(ref.type);
      case "named":
        return [ref.name];
      default:
        return [];
    }
  }

  // -------------------------------------------------------------------------------------------------
  // Classes

  private renderType(type: Exclude<NamedType, { kind: "alias" }>): string[] {
    const comment = describe(type.description);
    switch (type.kind) {
      case "object":
        return [...comment, ...this.objectClass(type)];
      case "union":
        return [...comment, ...this.unionClass(type)];
      case "enum":
        return [...comment, ...enumClass(type)];
    }
  }

  private objectClass(type: ObjectType): string[] {
    const inherited = this.baseVariants.has(type.name) && this.shared ? this.shared : undefined;
    const inheritedNames = new Set(inherited?.properties.map((property) => property.name) ?? []);
    const own = type.properties.filter((property) => !inheritedNames.has(property.name));
    const ruleKey = (rule: RequiredWhen) => stableKey({ p: rule.property, e: rule.equals, r: rule.require });
    const inheritedRules = new Set((inherited?.requiredWhen ?? []).map(ruleKey));
    const rules = type.requiredWhen.filter((rule) => !inheritedRules.has(ruleKey(rule)));
    const base = inherited ? this.baseName! : "_StrictSerializer";
    return [`class ${serializerName(type.name)}(${base}):`, ...this.objectBody(own, type.additionalProperties, rules)];
  }

  private objectBody(
    properties: readonly Property[],
    additional: ObjectType["additionalProperties"],
    rules: readonly RequiredWhen[],
  ): string[] {
    const lines: string[] = [];
    if (additional === false && this.options.disabledRules?.has("reject-unknown-keys")) {
      lines.push("    _additional = True  # rule reject-unknown-keys switched off");
    }
    if (additional !== false) {
      const value = additional.kind === "unknown" ? atom("True") : call("_Values", [arg(this.field(additional, {}))]);
      lines.push(...layout("_additional = ", value, "", 4));
    }
    if (rules.length > 0) {
      const value = tuple(
        rules.map((rule) =>
          tuple([
            atom(pyString(rule.property)),
            pyValue(rule.equals),
            tuple(rule.require.map((name) => atom(pyString(name)))),
            atom(pyString(`required when ${rule.property} is ${JSON.stringify(rule.equals)}`)),
          ]),
        ),
      );
      lines.push(...layout("_required_when = ", value, "", 4));
    }
    for (const property of properties) {
      if (RESERVED_ATTRIBUTES.has(property.name)) {
        throw new CodegenError(property.pointer, `python-drf: a property may not be called ${property.name}`, this.model.source.origin);
      }
      const expr = this.field(property.type, { required: property.required });
      lines.push(...describe(property.description, 4));
      const target = isPlainAttribute(property.name) ? `${property.name} = ` : `locals()[${pyString(property.name)}] = `;
      lines.push(...layout(target, expr, "", 4));
    }
    if (lines.length === 0) lines.push("    pass");
    return lines;
  }

  private unionClass(type: UnionType): string[] {
    const name = serializerName(type.name);
    const d = type.discriminator;
    const entries = type.variants.map((variant): [PyExpr, PyExpr] => {
      const key = d.kind === "property" ? variant.tag! : d.kind === "jsonType" ? variant.jsonType! : variant.requiredKey!;
      return [atom(pyString(key)), this.field(variant.type, {})];
    });
    const lines: string[] = [];
    if (d.kind === "property") {
      lines.push(`class ${name}(_TaggedUnion):`, ...layout("_discriminator = ", atom(pyString(d.property)), "", 4));
    } else if (d.kind === "jsonType") {
      lines.push(`class ${name}(_JsonTypeUnion):`);
    } else {
      lines.push(`class ${name}(_RequiredKeyUnion):`);
    }
    lines.push(...layout("_variants: ClassVar[dict] = ", dict(entries), "", 4));
    return lines;
  }

  // -------------------------------------------------------------------------------------------------
  // Field expressions

  private field(ref: TypeRef, options: FieldOptions, seenAliases: readonly string[] = []): PyExpr {
    const common: PyArg[] = [];
    if (options.required === false) common.push(kwarg("required", atom("False")));
    if (options.allowNull) common.push(kwarg("allow_null", atom("True")));
    switch (ref.kind) {
      case "string": {
        const c = ref.constraints;
        const args: PyArg[] = [];
        if (c.minLength !== undefined) args.push(kwarg("min_length", atom(pyNumber(c.minLength))));
        if (c.maxLength !== undefined) args.push(kwarg("max_length", atom(pyNumber(c.maxLength))));
        if (c.pattern !== undefined) args.push(kwarg("pattern", atom(pyString(pythonPattern(c.pattern)))));
        if (c.format !== undefined && KNOWN_FORMATS.has(c.format)) args.push(kwarg("format", atom(pyString(c.format))));
        return call("_String", [...args, ...common]);
      }
      case "integer":
      case "number": {
        const c = ref.constraints;
        const args: PyArg[] = [];
        const num = (name: string, value: number | undefined) => {
          if (value !== undefined) args.push(kwarg(name, atom(pyNumber(value))));
        };
        num("minimum", c.minimum);
        num("maximum", c.maximum);
        num("exclusive_minimum", c.exclusiveMinimum);
        num("exclusive_maximum", c.exclusiveMaximum);
        num("multiple_of", c.multipleOf);
        return call(ref.kind === "integer" ? "_Integer" : "_Number", [...args, ...common]);
      }
      case "boolean":
        return call("_Boolean", common);
      case "literal":
        return call("_Const", [arg(pyValue(ref.value)), ...common]);
      case "array": {
        const c = ref.constraints;
        const args: PyArg[] = [kwarg("child", this.field(ref.items, {}, seenAliases))];
        if (c.minItems !== undefined) args.push(kwarg("min_items", atom(pyNumber(c.minItems))));
        if (c.maxItems !== undefined) args.push(kwarg("max_items", atom(pyNumber(c.maxItems))));
        if (c.uniqueItems) args.push(kwarg("unique_items", atom("True")));
        return call("_List", [...args, ...common]);
      }
      case "record":
        return call("_Record", [kwarg("child", this.field(ref.values, {}, seenAliases)), ...common]);
      case "unknown":
        return call("_Unknown", options.required === false ? [kwarg("required", atom("False"))] : []);
      case "nullable":
        return this.field(ref.type, { ...options, allowNull: true }, seenAliases);
      case "named": {
        const type = this.byName.get(ref.name);
        if (!type) throw new CodegenError("", `python-drf: reference to unknown type ${ref.name}`, this.model.source.origin);
        if (type.kind === "alias") {
          if (seenAliases.includes(type.name)) {
            throw new CodegenError(type.pointer, `python-drf: alias ${type.name} refers to itself`, this.model.source.origin);
          }
          return this.field(type.type, options, [...seenAliases, type.name]);
        }
        const expr = call(classNameOf(type)!, common);
        // Defined later (a cycle): build it on first use.
        return this.state.get(type.name) === "done" ? expr : call("_Lazy", [arg(lambda(expr))]);
      }
    }
  }

  // -------------------------------------------------------------------------------------------------
  // Root tables

  private tables(): string[] {
    const root = this.root;
    if (!root || root.discriminator.kind !== "property") return [];
    const prefix = screamingSnakeCase(root.name);
    const lines: string[] = [];
    const serializers = root.variants
      .filter((variant) => variant.type.kind === "named" && this.byName.get(variant.type.name)?.kind === "object")
      .map((variant): [PyExpr, PyExpr] => [atom(pyString(variant.tag!)), atom(serializerName((variant.type as { name: string }).name))]);
    lines.push(`# ${root.name} variant serializers by \`${root.discriminator.property}\`.`);
    lines.push(...layout(`${prefix}_SERIALIZERS = `, dict(serializers), "", 0));
    lines.push("");
    lines.push(...layout(`${prefix}_TYPES = `, tuple(root.variants.map((variant) => atom(pyString(variant.tag!)))), "", 0));
    const shared = new Set(this.shared?.properties.map((property) => property.name) ?? []);
    const payload = root.variants.map((variant): [PyExpr, PyExpr] => {
      const type = variant.type.kind === "named" ? this.byName.get(variant.type.name) : undefined;
      const own =
        type?.kind === "object"
          ? type.properties
              .map((property) => property.name)
              .filter((name) => !shared.has(name) && name !== (root.discriminator as { property: string }).property)
          : [];
      return [atom(pyString(variant.tag!)), tuple(own.map((name) => atom(pyString(name))))];
    });
    const payloadName = this.options.payloadFieldsName ?? `${prefix}_PAYLOAD_FIELDS`;
    lines.push("");
    lines.push(`# Each ${root.name} type's own fields (beyond the shared ones and \`${root.discriminator.property}\`).`);
    lines.push(...layout(`${payloadName} = `, dict(payload), "", 0));
    return lines;
  }
}

function enumClass(type: EnumType): string[] {
  return [
    `class ${enumFieldName(type.name)}(_Choice):`,
    ...layout("_values = ", tuple(type.values.map((value) => atom(pyString(value)))), "", 4),
  ];
}

/** The class a named type renders to: `<Name>Serializer` (object, union), `<Name>Field` (enum); none for an alias. */
export function classNameOf(type: NamedType): string | undefined {
  if (type.kind === "alias") return undefined;
  return type.kind === "enum" ? enumFieldName(type.name) : serializerName(type.name);
}

export function serializerName(typeName: string): string {
  return `${typeName}Serializer`;
}

export function enumFieldName(typeName: string): string {
  return `${typeName}Field`;
}

function isPlainAttribute(name: string): boolean {
  return /^[a-z][A-Za-z0-9_]*$/.test(name) && !PYTHON_KEYWORDS.has(name);
}

function describe(description: string | undefined, indent = 0): string[] {
  if (!description) return [];
  const pad = " ".repeat(indent);
  return description
    .trim()
    .split(/\r?\n/)
    .map((line) => line.trimEnd())
    .map((line) => (line === "" ? `${pad}#` : `${pad}# ${line}`));
}

/**
 * An ECMAScript `pattern` (as AJV runs it, with the `u` flag) as a Python `re` pattern with the same
 * meaning for the patterns schemas use: `$` is the end of the string (Python's `$` also matches before
 * a final newline), named groups are spelled `(?P<…>`. Compiled with re.ASCII, so `\d` and `\w` are
 * ASCII as in JavaScript.
 */
export function pythonPattern(pattern: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === "\\") {
      out += ch + (pattern[i + 1] ?? "");
      i++;
    } else if (inClass) {
      if (ch === "]") inClass = false;
      out += ch;
    } else if (ch === "[") {
      inClass = true;
      out += ch;
      if (pattern[i + 1] === "^") {
        out += "^";
        i++;
      }
      if (pattern[i + 1] === "]") {
        out += "\\]";
        i++;
      }
    } else if (ch === "$") {
      out += "\\Z";
    } else if (ch === "(" && pattern.startsWith("(?<", i) && pattern[i + 3] !== "=" && pattern[i + 3] !== "!") {
      out += "(?P<";
      i += 2;
    } else {
      out += ch;
    }
  }
  return out;
}
