// The schema-mutation registry of the property test: named edits of one schema inside a JSON Schema
// document, each the kind of change a real release makes (a key made required, an enum value dropped,
// a bound moved, a variant removed …). A mutation applies at a site (a schema the document holds) when
// its `applies` says so; `apply` edits a copy of that schema in place.
import type { JsonValue } from "../../src/json/types.ts";

type Schema = { [key: string]: JsonValue };

export interface SchemaMutation {
  readonly name: string;
  applies(schema: Schema): boolean;
  apply(schema: Schema): void;
}

const isObject = (value: JsonValue | undefined): value is Schema => typeof value === "object" && value !== null && !Array.isArray(value);
const propertiesOf = (schema: Schema): Schema | undefined => (isObject(schema.properties) ? schema.properties : undefined);
const requiredOf = (schema: Schema): string[] => (Array.isArray(schema.required) ? (schema.required as string[]) : []);
const isString = (schema: Schema) => schema.type === "string" && schema.enum === undefined && schema.const === undefined;
const isNumber = (schema: Schema) => schema.type === "integer" || schema.type === "number";

export const SCHEMA_MUTATIONS: readonly SchemaMutation[] = [
  {
    name: "require-optional-key",
    applies: (s) => Object.keys(propertiesOf(s) ?? {}).some((key) => !requiredOf(s).includes(key)),
    apply: (s) => {
      s.required = [...requiredOf(s), Object.keys(propertiesOf(s)!).find((key) => !requiredOf(s).includes(key))!];
    },
  },
  {
    name: "make-required-key-optional",
    applies: (s) => requiredOf(s).length > 0 && propertiesOf(s) !== undefined,
    apply: (s) => {
      s.required = requiredOf(s).slice(0, -1);
    },
  },
  {
    name: "remove-key",
    applies: (s) => Object.keys(propertiesOf(s) ?? {}).length > 1,
    apply: (s) => {
      const key = Object.keys(propertiesOf(s)!).at(-1)!;
      delete propertiesOf(s)![key];
      s.required = requiredOf(s).filter((name) => name !== key);
    },
  },
  {
    name: "add-optional-key",
    applies: (s) => propertiesOf(s) !== undefined,
    apply: (s) => {
      propertiesOf(s)!.added_key = { type: "string" };
    },
  },
  {
    name: "close-object",
    applies: (s) => propertiesOf(s) !== undefined && s.additionalProperties === undefined,
    apply: (s) => {
      s.additionalProperties = false;
    },
  },
  {
    name: "open-object",
    applies: (s) => s.additionalProperties === false,
    apply: (s) => {
      delete s.additionalProperties;
    },
  },
  {
    name: "raise-min-length",
    applies: isString,
    apply: (s) => {
      s.minLength = (typeof s.minLength === "number" ? s.minLength : 0) + 3;
    },
  },
  {
    name: "add-max-length",
    applies: (s) => isString(s) && s.maxLength === undefined,
    apply: (s) => {
      s.maxLength = (typeof s.minLength === "number" ? s.minLength : 0) + 2;
    },
  },
  {
    name: "add-pattern",
    applies: (s) => isString(s) && s.pattern === undefined && s.format === undefined,
    apply: (s) => {
      s.pattern = "^[a-m]";
    },
  },
  {
    name: "drop-enum-value",
    applies: (s) => Array.isArray(s.enum) && s.enum.length > 1,
    apply: (s) => {
      s.enum = (s.enum as JsonValue[]).slice(0, -1);
    },
  },
  {
    name: "add-enum-value",
    applies: (s) => Array.isArray(s.enum),
    apply: (s) => {
      s.enum = [...(s.enum as JsonValue[]), "zz-added"];
    },
  },
  {
    name: "allow-null",
    applies: (s) => typeof s.type === "string" && s.type !== "null",
    apply: (s) => {
      s.type = [s.type as string, "null"];
    },
  },
  {
    name: "string-to-integer",
    applies: isString,
    apply: (s) => {
      for (const keyword of ["minLength", "maxLength", "pattern", "format"]) delete s[keyword];
      s.type = "integer";
    },
  },
  {
    name: "raise-minimum",
    applies: isNumber,
    apply: (s) => {
      s.minimum = (typeof s.minimum === "number" ? s.minimum : 0) + 5;
    },
  },
  {
    name: "integer-to-number",
    applies: (s) => s.type === "integer",
    apply: (s) => {
      s.type = "number";
    },
  },
  {
    name: "drop-variant",
    applies: (s) => (Array.isArray(s.oneOf) && s.oneOf.length > 1) || (Array.isArray(s.anyOf) && s.anyOf.length > 1),
    apply: (s) => {
      const keyword = Array.isArray(s.oneOf) && s.oneOf.length > 1 ? "oneOf" : "anyOf";
      s[keyword] = (s[keyword] as JsonValue[]).slice(0, -1);
    },
  },
];

/** Every schema a document holds, by JSON pointer: definitions, properties, items, variants, conditionals. */
export function schemaSites(document: Schema): { pointer: string; schema: Schema }[] {
  const sites: { pointer: string; schema: Schema }[] = [];
  const visit = (schema: JsonValue | undefined, pointer: string) => {
    if (!isObject(schema)) return;
    sites.push({ pointer, schema });
    for (const keyword of ["properties", "definitions", "$defs", "patternProperties"]) {
      const map = schema[keyword];
      if (isObject(map)) for (const [name, child] of Object.entries(map)) visit(child, `${pointer}/${keyword}/${name.replaceAll("~", "~0").replaceAll("/", "~1")}`);
    }
    for (const keyword of ["oneOf", "anyOf", "allOf"]) {
      const list = schema[keyword];
      if (Array.isArray(list)) list.forEach((child, index) => visit(child, `${pointer}/${keyword}/${index}`));
    }
    for (const keyword of ["items", "additionalProperties", "not", "if", "then", "else"]) visit(schema[keyword], `${pointer}/${keyword}`);
  };
  visit(document, "");
  return sites;
}
