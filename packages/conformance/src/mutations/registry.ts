// Every way the run breaks a valid instance, one named entry each, with the `violation` kind it
// produces (the kinds of packages/schema/fixtures/README.md). A mutation lists the sites where it
// applies in one instance (from the positions the walker found); each site is an arbitrary of edits
// that make exactly one thing wrong there.
import fc from "fast-check";
import { notRenderedYet, stringEnumValues, type JsonType, type ObjectType } from "@clone/codegen";
import { brokenDateTime, codePointLength, integerBounds, unicodeString } from "../arbitraries/index.ts";
import { ruleApplies } from "../arbitraries/rules.ts";
import { isJsonObject, jsonEqual, type Edit, type JsonValue, type PathToken } from "../json.ts";
import type { Position, PositionWalker } from "./positions.ts";

export type Violation =
  | "missing-required"
  | "wrong-type"
  | "wrong-const"
  | "unknown-key"
  | "out-of-enum"
  | "unknown-tag"
  | "bound"
  | "format"
  | "pattern"
  | "conditional";

/** What one mutation does to one instance: the edits, and where a validator reports the problem. */
export interface Change {
  readonly edits: readonly Edit[];
  /** Path of the value (or missing or extra key) an issue about this change is reported at. */
  readonly issuePath: readonly PathToken[];
}

/** One place in an instance where a mutation applies; an arbitrary over the ways to break it there. */
export type Site = fc.Arbitrary<Change>;

export interface Mutation {
  readonly name: string;
  readonly violation: Violation;
  readonly description: string;
  sites(positions: readonly Position[], walker: PositionWalker): Site[];
}

/** Values of every JSON type, chosen to tempt coercion: "1" for a number, 0 for a boolean, "null". */
const VALUES_BY_TYPE: Readonly<Record<JsonType, readonly JsonValue[]>> = {
  null: [null],
  boolean: [true, false],
  integer: [0, 1, 7, -3],
  number: [1.5, -0.25],
  string: ["1", "true", "null", "", "text"],
  array: [[], [1], ["a"]],
  object: [{}, { key: 1 }],
};

function wrongValues(accepts: ReadonlySet<JsonType>): JsonValue[] {
  const accepted = (kind: JsonType) => accepts.has(kind) || (kind === "integer" && accepts.has("number"));
  return (Object.keys(VALUES_BY_TYPE) as JsonType[]).filter((kind) => !accepted(kind)).flatMap((kind) => VALUES_BY_TYPE[kind]);
}

const set = (path: readonly PathToken[], value: JsonValue): Edit => ({ path, value });
const remove = (path: readonly PathToken[]): Edit => ({ path, delete: true });
/** A site whose change sets one value at `path`, picked from `values`. */
const replaceAt = (path: readonly PathToken[], values: fc.Arbitrary<JsonValue>): Site =>
  values.map((value) => ({ edits: [set(path, value)], issuePath: path }));
const fixed = (issuePath: readonly PathToken[], edits: readonly Edit[]): Site => fc.constant({ edits, issuePath });

/** Objects in the instance, with their type. */
function objects(positions: readonly Position[]): (Position & { object: ObjectType; value: { [key: string]: JsonValue } })[] {
  return positions.filter((position): position is Position & { object: ObjectType; value: { [key: string]: JsonValue } } =>
    position.object !== undefined && isJsonObject(position.value),
  );
}

function wrongTypeSite(position: Position): Site[] {
  if (position.accepts === "any") return [];
  const candidates = wrongValues(position.accepts);
  return candidates.length === 0 ? [] : [replaceAt(position.path, fc.constantFrom(...candidates))];
}

const isRequiredNullable = (position: Position, walker: PositionWalker) =>
  position.property?.required === true && walker.resolve(position.property.owner.properties.find((p) => p.name === position.property!.name)!.type).kind === "nullable";

export const MUTATIONS: readonly Mutation[] = [
  {
    name: "drop-required-key",
    violation: "missing-required",
    description: "remove a key the object requires (required-nullable keys included)",
    sites: (positions) =>
      objects(positions).flatMap(({ path, value, object }) =>
        object.properties
          .filter((property) => property.required && Object.hasOwn(value, property.name))
          .map((property) => fixed([...path, property.name], [remove([...path, property.name])])),
      ),
  },
  {
    name: "required-nullable-wrong-type",
    violation: "wrong-type",
    description: "give a required key that may be null a value of neither its type nor null",
    sites: (positions, walker) => positions.filter((position) => isRequiredNullable(position, walker)).flatMap(wrongTypeSite),
  },
  {
    name: "wrong-json-type",
    violation: "wrong-type",
    description: "replace any typed value (the instance itself included) with a value of another JSON type, null included",
    sites: (positions, walker) => positions.filter((position) => !isRequiredNullable(position, walker)).flatMap(wrongTypeSite),
  },
  {
    name: "add-unknown-key",
    violation: "unknown-key",
    description: "add a key a closed object does not declare (often one a sibling variant declares)",
    sites: (positions, walker) =>
      objects(positions)
        .filter(({ object }) => object.additionalProperties === false)
        .map(({ path, value, object, taggedUnion }) => {
          const declared = new Set(object.properties.map((property) => property.name));
          const fromSiblings = (taggedUnion?.variants ?? [])
            .flatMap((variant) => {
              const ref = walker.resolve(variant.type);
              const type = ref.kind === "named" ? walker.named(ref.name) : undefined;
              return type?.kind === "object" ? type.properties.map((property) => property.name) : [];
            })
            .filter((name) => !declared.has(name));
          const key = fc
            .oneof(...(fromSiblings.length > 0 ? [fc.constantFrom(...fromSiblings)] : []), fc.constantFrom("extra", "__proto__", "constructor"), unicodeString({ maxLength: 8 }))
            .filter((name) => !declared.has(name) && !Object.hasOwn(value, name));
          return fc
            .tuple(key, fc.constantFrom<JsonValue>(null, 1, "x", true, {}, []))
            .map(([name, extra]): Change => ({ edits: [set([...path, name], extra)], issuePath: [...path, name] }));
        }),
  },
  {
    name: "out-of-enum-value",
    violation: "out-of-enum",
    description: "a string outside a closed set: another case, padding, or any other text",
    sites: (positions, walker) =>
      positions.flatMap((position) => {
        const type = position.ref.kind === "named" ? walker.named(position.ref.name) : undefined;
        // An open enum (`otherValues`) accepts values beyond its own: breaking it is another mutation's job.
        if (type?.kind !== "enum" || type.otherValues || typeof position.value !== "string") return [];
        const values = stringEnumValues(type) ?? notRenderedYet("conformance mutations", `an enum of ${type.valueType} values`);
        const allowed = new Set(values);
        const near = values.flatMap((value) => [value.toUpperCase(), value.toLowerCase(), ` ${value}`, `${value}\u0000`, `${value}x`]);
        const value = fc.oneof(fc.constantFrom(...near), unicodeString()).filter((candidate) => !allowed.has(candidate));
        return [replaceAt(position.path, value)];
      }),
  },
  {
    name: "unknown-discriminator-tag",
    violation: "unknown-tag",
    description: "a tagged union's tag naming no variant (the root union's, or a nested one's such as `kind`)",
    sites: (positions) =>
      objects(positions).flatMap(({ path, taggedUnion }) => {
        if (!taggedUnion) return [];
        const tags = new Set(
          taggedUnion.variants.map(({ tag }) => (typeof tag === "string" ? tag : notRenderedYet("conformance mutations", "a union tagged by a non-string constant"))),
        );
        const tagPath = [...path, taggedUnion.property];
        const near = [...tags].flatMap((tag) => [tag.toUpperCase(), `${tag}.v2`, `${tag} `]);
        const tag = fc.oneof(fc.constantFrom("unknown", "", ...near), unicodeString()).filter((candidate) => !tags.has(candidate));
        return [replaceAt(tagPath, tag)];
      }),
  },
  {
    name: "change-constant",
    violation: "wrong-const",
    description: "a constant field (not a union's tag) holding another value of the same JSON type",
    sites: (positions) =>
      positions.flatMap((position) => {
        if (position.ref.kind !== "literal" || position.isTag) return [];
        const constant = position.ref.value;
        const other: fc.Arbitrary<JsonValue> =
          typeof constant === "string"
            ? fc.oneof(fc.constantFrom(constant.toUpperCase(), `${constant} `, ""), unicodeString()).filter((text) => text !== constant)
            : typeof constant === "number"
              ? fc.integer().filter((number) => number !== constant)
              : typeof constant === "boolean"
                ? fc.constant(!constant)
                : fc.constant<JsonValue>(Array.isArray(constant) ? [...constant, null] : { ...constant, "\u0000extra": null }).filter((other) => !jsonEqual(other, constant));
        return [replaceAt(position.path, other)];
      }),
  },
  {
    name: "break-length-bound",
    violation: "bound",
    description: "a string shorter than minLength or longer than maxLength; an array with too few or too many items",
    sites: (positions) =>
      positions.flatMap((position): Site[] => {
        const { ref, path, value } = position;
        const sites: Site[] = [];
        if (ref.kind === "string" && typeof value === "string") {
          const { minLength, maxLength } = ref.constraints;
          if (minLength !== undefined && minLength > 0) {
            sites.push(replaceAt(path, unicodeString({ maxLength: minLength - 1 })));
          }
          if (maxLength !== undefined) {
            // Any length past the bound will do: a unit can hold several code points, so a tight upper
            // bound would have the generator discard most strings once maxLength is in the hundreds.
            const longer = unicodeString({ minLength: maxLength + 1, maxLength: 8 * (maxLength + 1) }).filter((text) => codePointLength(text) > maxLength);
            sites.push(replaceAt(path, longer));
          }
        }
        if (ref.kind === "array" && Array.isArray(value)) {
          const { minItems, maxItems } = ref.constraints;
          if (minItems !== undefined && minItems > 0) sites.push(fixed(path, [set(path, value.slice(0, minItems - 1))]));
          if (maxItems !== undefined && value.length > 0) {
            sites.push(fixed(path, [set(path, Array.from({ length: maxItems + 1 }, (_, i) => value[i % value.length]!))]));
          }
        }
        return sites;
      }),
  },
  {
    name: "break-number-bound",
    violation: "bound",
    description: "a number just past (or far past) minimum, maximum or an exclusive bound",
    sites: (positions) =>
      positions.flatMap((position): Site[] => {
        const { ref, path } = position;
        if ((ref.kind !== "integer" && ref.kind !== "number") || typeof position.value !== "number") return [];
        const c = ref.constraints;
        const below: number[] = [];
        const above: number[] = [];
        if (c.minimum !== undefined || c.exclusiveMinimum !== undefined) {
          const { min } = integerBounds(c);
          below.push(min - 1, min - 1000, -Number.MAX_SAFE_INTEGER);
        }
        if (c.maximum !== undefined || c.exclusiveMaximum !== undefined) {
          const { max } = integerBounds(c);
          above.push(max + 1, max + 1000, Number.MAX_SAFE_INTEGER);
        }
        const { min, max } = integerBounds(c);
        const outside = [...below.filter((n) => n < min), ...above.filter((n) => n > max)];
        return outside.length === 0 ? [] : [replaceAt(path, fc.constantFrom(...outside))];
      }),
  },
  {
    name: "break-date-time",
    violation: "format",
    description: "a date-time string with one thing wrong (no offset, space, hour 24, leap second, Feb 30, …)",
    sites: (positions) =>
      positions
        .filter((position) => position.ref.kind === "string" && position.ref.constraints.format === "date-time" && typeof position.value === "string")
        .map((position) => replaceAt(position.path, brokenDateTime)),
  },
  {
    name: "break-pattern",
    violation: "pattern",
    description: "a string the schema's pattern does not match",
    sites: (positions) =>
      positions.flatMap((position) => {
        const { ref, path } = position;
        if (ref.kind !== "string" || ref.constraints.pattern === undefined) return [];
        const regex = new RegExp(ref.constraints.pattern, "u");
        return [replaceAt(path, unicodeString().filter((text) => !regex.test(text)))];
      }),
  },
  {
    name: "break-required-when",
    violation: "conditional",
    description: "make a conditional rule apply and leave out what it requires (integration without source_detail)",
    sites: (positions) =>
      objects(positions).flatMap(({ path, value, object }) =>
        object.requiredWhen.map((rule) => {
          const edits: Edit[] = [];
          if (!ruleApplies(rule, value)) edits.push(set([...path, rule.property], rule.equals));
          for (const key of rule.require) edits.push(remove([...path, key]));
          return fixed([...path, rule.require[0]!], edits);
        }),
      ),
  },
];

export function findMutation(name: string): Mutation {
  const mutation = MUTATIONS.find((candidate) => candidate.name === name);
  if (!mutation) throw new Error(`no mutation named ${name}; known: ${MUTATIONS.map((m) => m.name).join(", ")}`);
  return mutation;
}
