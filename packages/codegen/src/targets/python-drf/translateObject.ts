// An object type → a `_StrictSerializer` subclass: one field attribute per property, plus the class
// attributes support.py reads (`_additional` for extra keys, `_patterns` for keys matching a pattern,
// `_required_when` for conditional requirements). A variant of the root union inherits the shared part from the base serializer
// (baseSerializer.ts) and declares only the rest.
import type { IntegerSpellings } from "../../json/integerSpellings.ts";
import { CodegenError } from "../../errors.ts";
import { documentation } from "../../model/schemaModel.ts";
import type { ObjectType, PatternProperty, Property, RequiredWhen } from "../../model/types.ts";
import { ownFields, type BaseSerializer } from "./baseSerializer.ts";
import { classBody, typeDocstring } from "./comments.ts";
import type { SerializerModuleContext } from "./moduleContext.ts";
import { attributeTarget, isReservedAttribute, serializerName } from "./naming.ts";
import { arg, atom, call, layout, pyString, pyValue, tuple } from "./pyexpr.ts";
import { pythonPattern } from "./pythonPattern.ts";
import { translateField } from "./translateField.ts";

export function translateObject(type: ObjectType, base: BaseSerializer | undefined, context: SerializerModuleContext): string[] {
  // Bases need no class of their own yet: their properties are already among the object's.
  const own = ownFields(type, base);
  const superclass = own.inherits ? own.inherits.className : "_StrictSerializer";
  return [
    `class ${serializerName(type.name)}(${superclass}):`,
    ...translateObjectBody(typeDocstring(type), own.properties, type.additionalProperties, own.requiredWhen, context, type.patternProperties, type.otherTypesPass === true),
  ];
}

/** The indented class body, under its docstring. */
export function translateObjectBody(
  docstring: string,
  properties: readonly Property[],
  additional: ObjectType["additionalProperties"],
  requiredWhen: readonly RequiredWhen[],
  context: SerializerModuleContext,
  patternProperties: readonly PatternProperty[] = [],
  otherTypesPass = false,
): string[] {
  const lines: string[] = [];
  // The schema names no type: a value that is not an object passes it (ObjectType.otherTypesPass).
  if (otherTypesPass) lines.push("    other_types_pass = True");
  if (additional === false && context.disabledRules.has("reject-unknown-keys")) {
    lines.push("    _additional = True  # rule reject-unknown-keys switched off");
  }
  if (additional !== false) {
    const value = additional.kind === "unknown" ? atom("True") : call("_Values", [arg(translateField(additional, {}, context))]);
    lines.push(...layout("_additional = ", value, "", 4));
  }
  if (patternProperties.length > 0) lines.push(...layout("_patterns = ", tuple(patternProperties.map((entry) => translatePattern(entry, context))), "", 4));
  if (requiredWhen.length > 0) lines.push(...layout("_required_when = ", requiredWhenTable(requiredWhen, context.integerSpellings), "", 4));
  for (const property of properties) lines.push(...propertyLines(property, context));
  return classBody(docstring, lines);
}

/** `_Pattern(regex, field)`: the ECMAScript pattern spelled for Python's `re` (pythonPattern.ts). */
function translatePattern(entry: PatternProperty, context: SerializerModuleContext) {
  return call("_Pattern", [arg(atom(pyString(pythonPattern(entry.pattern)))), arg(translateField(entry.type, {}, context))]);
}

/** `(property, equals, required keys, message)` per rule, as `_StrictSerializer` checks them. */
function requiredWhenTable(rules: readonly RequiredWhen[], spellings: IntegerSpellings) {
  return tuple(
    rules.map((rule) =>
      tuple([
        atom(pyString(rule.property)),
        pyValue(rule.equals, spellings),
        tuple(rule.require.map((name) => atom(pyString(name)))),
        atom(pyString(`required when ${rule.property} is ${JSON.stringify(rule.equals)}`)),
      ]),
    ),
  );
}

function propertyLines(property: Property, context: SerializerModuleContext): string[] {
  if (isReservedAttribute(property.name)) {
    throw new CodegenError(property.pointer, `python-drf: a property may not be called ${property.name}`, context.location);
  }
  const description = documentation(property);
  const field = translateField(property.type, { required: property.required, ...(description === undefined ? {} : { helpText: description }) }, context);
  return layout(`${attributeTarget(property.name)} = `, field, "", 4);
}
