// One model → one self-contained Python module of DRF serializers: header, imports, the support
// section (support.py: strict fields that accept exactly what the JSON Schema accepts), constants, one
// class per named type, then the root union's tables. The translate*.ts modules spell each class;
// this one decides their order and assembles the file.
//
// Order: Python builds a class's field instances while it runs the class body, so a class must stand
// below every class its fields instantiate. Types are written depth-first, dependencies first; a type
// reached again while it is still being written (a cycle) cannot come first, so that reference is
// built lazily (`_Lazy`, see translateField.ts). An alias's class builds its field only when first
// used, and the root union's base serializer is written just before its first variant.
import { readFileSync } from "node:fs";
import type { IntegerSpellings } from "../../json/integerSpellings.ts";
import { typeNamed } from "../../model/schemaModel.ts";
import type { NamedType, SchemaModel, SourceDocument, TypeRef, UnionType } from "../../model/types.ts";
import { refsInsideRef, refsOfType } from "../../model/walk.ts";
import { findBaseSerializer, isBaseVariant, type BaseSerializer } from "./baseSerializer.ts";
import type { SerializerModuleContext } from "./moduleContext.ts";
import { flat, pyValue } from "./pyexpr.ts";
import type { DrfRuleName } from "./rules.ts";
import { stringRulesOf } from "./stringRules.ts";
import { translateAlias } from "./translateAlias.ts";
import { translateBaseSerializer } from "./translateBaseSerializer.ts";
import { translateEnum } from "./translateEnum.ts";
import { translateFormats } from "./translateFormats.ts";
import { translateObject } from "./translateObject.ts";
import { translatePatterns } from "./translatePatterns.ts";
import { translateRootTables } from "./translateRootTables.ts";
import { translateUnion } from "./translateUnion.ts";

const SUPPORT_PY = readFileSync(new URL("./support.py", import.meta.url), "utf8");

const IMPORTS = [
  "import json",
  "import re",
  "",
  "from rest_framework import serializers as _drf",
  "from rest_framework.fields import SkipField as _SkipField",
  "from rest_framework.fields import empty as _empty",
  "from rest_framework.settings import api_settings",
];

/** What follows the header of every module: the imports and the support section (support.py), joined once per process. */
const IMPORTS_AND_SUPPORT = [...IMPORTS, "", SUPPORT_PY.trimEnd()].join("\n");

const SECTION_RULE = "# ---------------------------------------------------------------------------------------";

export interface RenderOptions {
  /** Header comment lines (already including `# `). */
  readonly header: readonly string[];
  /** Name of the type → own-fields table; default `<ROOT>_PAYLOAD_FIELDS`. */
  readonly payloadFieldsName?: string;
  /** Rules switched off (rules.ts); empty except in the conformance suite's broken-generator test. */
  readonly disabledRules?: ReadonlySet<DrfRuleName>;
}

export function renderModel(model: SchemaModel, options: RenderOptions): string {
  const root = rootUnion(model);
  const base = root ? findBaseSerializer(model, root) : undefined;
  const classes = new ClassWriter(model, base, options.disabledRules ?? new Set());
  for (const type of model.types) classes.write(type);

  const rules = stringRulesOf(model);
  const constants = model.constants.map((constant) => `${constant.name} = ${flat(pyValue(constant.value, model.source.integerSpellings))}`);
  const parts: (readonly string[])[] = [
    [...options.header, "", IMPORTS_AND_SUPPORT],
    translateFormats(rules.formats),
    [SECTION_RULE, `# ${model.name}`, SECTION_RULE, ...(constants.length > 0 ? ["", ...constants] : [])],
    translatePatterns(rules.patterns),
    ...classes.blocks,
  ];
  const tables = root ? translateRootTables(root, base, options.payloadFieldsName, classes) : [];
  if (tables.length > 0) parts.push(tables);
  return `${linesOfParts(parts).join("\n")}\n`;
}

/**
 * The parts' lines in one list, two blank lines between parts (a part with no lines is one empty
 * line), so that the module is joined once rather than part by part and then again.
 */
function linesOfParts(parts: readonly (readonly string[])[]): string[] {
  const lines: string[] = [];
  parts.forEach((part, index) => {
    if (index > 0) lines.push("", "");
    if (part.length === 0) lines.push("");
    for (const line of part) lines.push(line);
  });
  return lines;
}

function rootUnion(model: SchemaModel): UnionType | undefined {
  const root = model.root ? typeNamed(model, model.root.name) : undefined;
  return root?.kind === "union" ? root : undefined;
}

/** Writes the classes in dependency order, and tells the translators which ones are written so far. */
class ClassWriter implements SerializerModuleContext {
  /** One list of lines per class, in the order written. */
  readonly blocks: string[][] = [];
  readonly location: string;
  readonly source: SourceDocument;
  readonly integerSpellings: IntegerSpellings;
  private readonly progress = new Map<string, "writing" | "written">();
  private baseWritten = false;

  constructor(
    private readonly model: SchemaModel,
    private readonly base: BaseSerializer | undefined,
    readonly disabledRules: ReadonlySet<DrfRuleName>,
  ) {
    this.location = model.source.location;
    this.source = model.source;
    this.integerSpellings = model.source.integerSpellings;
  }

  typeNamed(name: string): NamedType {
    return typeNamed(this.model, name);
  }

  isDefined(name: string): boolean {
    return this.progress.get(name) === "written";
  }

  /**
   * The type's class, after every class it depends on that is not already being written. The walk
   * keeps its own stack of types being written (each with the steps left before its class), not
   * JavaScript's: a chain of types each referring to the next is as deep as it is long, and 20,000 of
   * them (a schema a program writes) ran the call stack out.
   */
  write(type: NamedType): void {
    const writing: { type: NamedType; steps: Iterator<WriteStep> }[] = [];
    const enter = (entered: NamedType) => {
      if (this.progress.has(entered.name)) return;
      this.progress.set(entered.name, "writing");
      writing.push({ type: entered, steps: this.stepsBefore(entered) });
    };
    enter(type);
    while (writing.length > 0) {
      const top = writing[writing.length - 1]!;
      const step = top.steps.next();
      if (step.done) {
        writing.pop();
        this.blocks.push(this.translate(top.type));
        this.progress.set(top.type.name, "written");
      } else if (step.value.kind === "dependency") enter(this.typeNamed(step.value.name));
      else this.blocks.push(translateBaseSerializer(this.base!, this));
    }
  }

  /**
   * What comes before the type's class: the shared base serializer (with its dependencies) before
   * the first of its variants, then the class of every type the type refers to, in order.
   */
  private *stepsBefore(type: NamedType): Generator<WriteStep> {
    if (type.kind === "object" && isBaseVariant(this.base, type.name) && !this.baseWritten && this.base) {
      this.baseWritten = true;
      for (const property of this.base.shared.properties) yield* namedTypesIn(property.type);
      yield { kind: "base" };
    }
    for (const { ref } of refsOfType(type)) yield* namedTypesIn(ref);
  }

  private translate(type: NamedType): string[] {
    switch (type.kind) {
      case "object":
        return translateObject(type, this.base, this);
      case "union":
        return translateUnion(type, this);
      case "enum":
        return translateEnum(type, this);
      case "alias":
        return translateAlias(type, this);
    }
  }
}

/** A step of writing a class: a type it depends on first, or the shared base serializer. */
type WriteStep = { readonly kind: "dependency"; readonly name: string } | { readonly kind: "base" };

/** Every type the reference names, at any depth inside it (without entering those types), in order. */
function* namedTypesIn(ref: TypeRef): Generator<WriteStep> {
  if (ref.kind === "named") yield { kind: "dependency", name: ref.name };
  else for (const inner of refsInsideRef(ref)) yield* namedTypesIn(inner);
}
