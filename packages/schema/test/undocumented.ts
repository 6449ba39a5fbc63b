// Where a schema family lacks documentation: every definition, every property, every value of a set of
// constants (an enum), and every schema that becomes a named type of its own in the outputs (an object
// with fields, a union, an enum) must carry a `description`. Read from the family's JSON Schema, so it sees exactly what codegen reads.
import type { TSchema } from "@sinclair/typebox";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = { [key: string]: Json };

function isSchema(value: Json | undefined): value is Schema {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const escape = (token: string) => token.replaceAll("~", "~0").replaceAll("/", "~1");

/** A schema a typed output names: an object with fields (or closed), or a union of two or more non-null members. */
function becomesNamedType(schema: Schema): boolean {
  const fields = isSchema(schema.properties) && Object.keys(schema.properties).length > 0;
  if (schema.type === "object" && (fields || schema.additionalProperties === false)) return true;
  const members = schema.anyOf ?? schema.oneOf;
  return Array.isArray(members) && members.filter((member) => !(isSchema(member) && member.type === "null")).length > 1;
}

function hasDescription(schema: Schema): boolean {
  return typeof schema.description === "string" && schema.description.trim().length > 0;
}

/**
 * JSON pointers (into the family's document, `#/definitions/…`) of every place that needs a
 * description and has none, in document order.
 */
export function undocumentedPlaces(definitions: Readonly<Record<string, TSchema>>): string[] {
  const missing: string[] = [];
  const visit = (schema: Json | undefined, pointer: string, mustDescribe: boolean): void => {
    if (!isSchema(schema)) return;
    if ((mustDescribe || becomesNamedType(schema)) && !hasDescription(schema)) missing.push(pointer);
    if (isSchema(schema.properties)) {
      for (const [name, property] of Object.entries(schema.properties)) visit(property, `${pointer}/properties/${escape(name)}`, true);
    }
    for (const keyword of ["items", "additionalProperties", "not"] as const) visit(schema[keyword], `${pointer}/${keyword}`, false);
    for (const keyword of ["anyOf", "oneOf"] as const) {
      const members = schema[keyword];
      // A closed set of constants (an enum): each value says what it means.
      const valuesMustSay = Array.isArray(members) && members.length > 1 && members.every((member) => isSchema(member) && "const" in member);
      if (Array.isArray(members)) members.forEach((member, index) => visit(member, `${pointer}/${keyword}/${index}`, valuesMustSay));
    }
    // `if`/`then`/`allOf` parts restate fields already declared (and described) in `properties`.
  };
  for (const [name, schema] of Object.entries(JSON.parse(JSON.stringify(definitions)) as Record<string, Json>)) visit(schema, `#/definitions/${escape(name)}`, true);
  return missing;
}
