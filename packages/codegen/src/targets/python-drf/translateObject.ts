// An object type → a `_StrictSerializer` subclass: one field attribute per property, and the rules
// support.py reads beside them (extra keys, keys matching a pattern, conditional requirements) in an
// `@_object_rules(...)` decorator. A variant of the root union inherits the shared part from the base
// serializer (baseSerializer.ts) and declares only the rest.
import type { IntegerSpellings } from "../../json/integerSpellings.ts";
import { documentationWithDeprecation } from "../../model/schemaModel.ts";
import type { ObjectType, PatternProperty, Property, RequiredWhen } from "../../model/types.ts";
import { ownFields, type BaseSerializer } from "./baseSerializer.ts";
import { classBody, typeDocstring } from "./comments.ts";
import type { SerializerModuleContext } from "./moduleContext.ts";
import { attributeTarget, classNamespace, serializerName } from "./naming.ts";
import { arg, atom, call, kwarg, layout, pyString, pyValue, tuple, type PyArg } from "./pyexpr.ts";
import { pythonPattern } from "./pythonPattern.ts";
import { translateField } from "./translateField.ts";

export function translateObject(type: ObjectType, base: BaseSerializer | undefined, context: SerializerModuleContext): string[] {
  // Bases need no class of their own yet: their properties are already among the object's.
  const own = ownFields(type, base);
  const superclass = own.inherits ? own.inherits.className : "_StrictSerializer";
  const rules: ObjectRules = { additional: type.additionalProperties, requiredWhen: own.requiredWhen, patternProperties: type.patternProperties, otherTypesPass: type.otherTypesPass === true };
  return translateObjectClass(serializerName(type.name), superclass, typeDocstring(type, context.source), own.properties, rules, context);
}

/** What support.py's `_StrictSerializer` checks beside the fields: `_object_rules`' arguments. */
export interface ObjectRules {
  readonly additional: ObjectType["additionalProperties"];
  readonly requiredWhen: readonly RequiredWhen[];
  readonly patternProperties: readonly PatternProperty[];
  /** The schema names no type: a value that is not an object passes it (ObjectType.otherTypesPass). */
  readonly otherTypesPass: boolean;
}

/**
 * The class: its rules in an `@_object_rules(...)` decorator, and a body of fields alone. The rules
 * are set on the class after DRF's metaclass has taken the fields out of its body, so a property may
 * have any name: one called `_additional` or `other_types_pass`, assigned in the body, would replace
 * the rule of that name there.
 */
export function translateObjectClass(
  className: string,
  superclass: string,
  docstring: string,
  properties: readonly Property[],
  rules: ObjectRules,
  context: SerializerModuleContext,
): string[] {
  const namespace = classNamespace(properties.map((property) => property.name));
  const fields = properties.flatMap((property) => propertyLines(property, namespace, context));
  return [...rulesDecorator(rules, context), `class ${className}(${superclass}):`, ...classBody(docstring, fields)];
}

function rulesDecorator(rules: ObjectRules, context: SerializerModuleContext): string[] {
  const args: PyArg[] = [];
  let comment = "";
  if (rules.otherTypesPass) args.push(kwarg("other_types_pass", atom("True")));
  if (rules.additional === false && context.disabledRules.has("reject-unknown-keys")) {
    args.push(kwarg("additional", atom("True")));
    comment = "  # rule reject-unknown-keys switched off";
  }
  if (rules.additional !== false) {
    args.push(kwarg("additional", rules.additional.kind === "unknown" ? atom("True") : call("_Values", [arg(translateField(rules.additional, {}, context))])));
  }
  if (rules.patternProperties.length > 0) args.push(kwarg("patterns", tuple(rules.patternProperties.map((entry) => translatePattern(entry, context)))));
  if (rules.requiredWhen.length > 0) args.push(kwarg("required_when", requiredWhenTable(rules.requiredWhen, context.integerSpellings)));
  return args.length === 0 ? [] : layout("@", call("_object_rules", args), comment, 0);
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

function propertyLines(property: Property, namespace: string, context: SerializerModuleContext): string[] {
  const description = documentationWithDeprecation(property, property.type);
  const field = translateField(property.type, { required: property.required, ...(description === undefined ? {} : { helpText: description }) }, context);
  return layout(`${attributeTarget(property.name, namespace)} = `, field, "", 4);
}
