// A type reference as the field instance that validates it, e.g. `_String(min_length=1)` or
// `ASerializer(required=False)`: one support.py field class per TypeRef kind, with the schema's
// constraints as keyword arguments.
import type { ArrayConstraints, NamedTypeRef, NumberConstraints, StringConstraints, TypeRef } from "../../model/types.ts";
import type { SerializerModuleContext } from "./moduleContext.ts";
import { classNameOf } from "./naming.ts";
import { arg, atom, call, kwarg, lambda, pyNumber, pyString, pyValue, tuple, type PyArg, type PyExpr } from "./pyexpr.ts";
import { translateAssertion } from "./translateAssertion.ts";
import { isCheckedFormat } from "./translateFormats.ts";

export interface FieldOptions {
  readonly required?: boolean;
  readonly allowNull?: boolean;
  /** The property's description, as DRF's `help_text` (which drf-spectacular puts in the OpenAPI document). */
  readonly helpText?: string;
}

// Expressions are immutable, so the arguments every field spells alike are made once.
const NOT_REQUIRED = kwarg("required", atom("False"));
const ALLOW_NULL = kwarg("allow_null", atom("True"));
const OTHER_TYPES_PASS = kwarg("other_types_pass", atom("True"));

export function translateField(ref: TypeRef, options: FieldOptions, context: SerializerModuleContext): PyExpr {
  const common = commonArgs(options);
  // A schema naming no type lets values of the other types through (model Typeless).
  if ("otherTypesPass" in ref && ref.otherTypesPass) common.push(OTHER_TYPES_PASS);
  switch (ref.kind) {
    case "string":
      return call("_String", [...stringArgs(ref.constraints), ...common]);
    case "integer":
      return call("_Integer", [...numberArgs(ref.constraints, context), ...common]);
    case "number":
      return call("_Number", [...numberArgs(ref.constraints, context), ...common]);
    case "boolean":
      return call("_Boolean", common);
    case "literal":
      return call("_Const", [arg(pyValue(ref.value, context.integerSpellings)), ...common]);
    case "null":
      // The constant null: `_Const(None)` with null allowed, since `_Strict` answers null itself.
      return call("_Const", [arg(pyValue(null)), ...commonArgs({ ...options, allowNull: true })]);
    case "array":
      return call("_List", [kwarg("child", translateField(ref.items, {}, context)), ...arrayArgs(ref.constraints), ...common]);
    case "tuple":
      return call("_Tuple", [
        kwarg("prefix", tuple(ref.prefixItems.map((item) => translateField(item, {}, context)))),
        ...(ref.rest === false ? [] : [kwarg("rest", translateField(ref.rest, {}, context))]),
        ...arrayArgs(ref.constraints),
        ...common,
      ]);
    case "constrained":
      return call("_Constrained", [
        arg(translateField(ref.type, {}, context)),
        kwarg("assertions", tuple(ref.assertions.map((assertion) => translateAssertion(assertion, context)))),
        ...common,
      ]);
    case "record":
      return call("_Record", [kwarg("child", translateField(ref.values, {}, context)), ...common]);
    case "unknown":
      // `_Unknown` accepts null by default, so only requiredness is passed on.
      return call("_Unknown", commonArgs({ ...options, allowNull: false }));
    case "nullable":
      return translateField(ref.type, { ...options, allowNull: true }, context);
    case "named":
      return namedField(ref, options, context);
  }
}

function namedField(ref: NamedTypeRef, options: FieldOptions, context: SerializerModuleContext): PyExpr {
  const type = context.typeNamed(ref.name);
  const instance = call(classNameOf(type), commonArgs(options));
  // A cycle: the class is written further down, so build the field on first use.
  return context.isDefined(type.name) ? instance : call("_Lazy", [arg(lambda(instance))]);
}

/** Keyword arguments every field class takes, after its own. */
function commonArgs(options: FieldOptions): PyArg[] {
  const args: PyArg[] = [];
  if (options.required === false) args.push(NOT_REQUIRED);
  if (options.allowNull) args.push(ALLOW_NULL);
  const helpText = options.helpText?.trim();
  if (helpText !== undefined && helpText !== "") args.push(kwarg("help_text", atom(pyString(helpText))));
  return args;
}

function stringArgs(constraints: StringConstraints): PyArg[] {
  const args: PyArg[] = [];
  if (constraints.minLength !== undefined) args.push(kwarg("min_length", atom(pyNumber(constraints.minLength))));
  if (constraints.maxLength !== undefined) args.push(kwarg("max_length", atom(pyNumber(constraints.maxLength))));
  // As the schema writes it: the field runs its Python translation from JSON_SCHEMA_PATTERNS (translatePatterns.ts).
  if (constraints.pattern !== undefined) args.push(kwarg("pattern", atom(pyString(constraints.pattern))));
  if (isCheckedFormat(constraints.format)) args.push(kwarg("format", atom(pyString(constraints.format))));
  return args;
}

function numberArgs(constraints: NumberConstraints, context: SerializerModuleContext): PyArg[] {
  const bounds: [string, number | undefined][] = [
    ["minimum", constraints.minimum],
    ["maximum", constraints.maximum],
    ["exclusive_minimum", constraints.exclusiveMinimum],
    ["exclusive_maximum", constraints.exclusiveMaximum],
    ["multiple_of", constraints.multipleOf],
  ];
  const args = bounds.flatMap(([name, value]) => (value === undefined ? [] : [kwarg(name, atom(pyNumber(value, context.integerSpellings)))]));
  if (isCheckedFormat(constraints.format)) args.push(kwarg("format", atom(pyString(constraints.format))));
  return args;
}

function arrayArgs(constraints: ArrayConstraints): PyArg[] {
  const args: PyArg[] = [];
  if (constraints.minItems !== undefined) args.push(kwarg("min_items", atom(pyNumber(constraints.minItems))));
  if (constraints.maxItems !== undefined) args.push(kwarg("max_items", atom(pyNumber(constraints.maxItems))));
  if (constraints.uniqueItems) args.push(kwarg("unique_items", atom("True")));
  return args;
}
