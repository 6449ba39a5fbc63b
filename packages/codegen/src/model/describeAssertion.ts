// Validation-only rules (`Assertion`s on a `constrained` type) in words, for targets that carry them
// as documentation instead of enforcing them (Swift doc comments). One wording for every target.
import type { Assertion, NumberConstraints, StringConstraints, TypeRef } from "./types.ts";
import { refsInsideRef } from "./walk.ts";

/**
 * Every assertion a reference carries, at any depth inside it (array items, record values, a
 * tuple's items…) but without entering named types, which document their own. In the order written.
 */
export function assertionsIn(ref: TypeRef, checkedByType: (ref: TypeRef) => boolean = () => false): Assertion[] {
  // A place whose target type checks its rules itself (Swift's JSONAbsent, where no value passes) has none left to tell.
  if (checkedByType(ref)) return [];
  const own = ref.kind === "constrained" ? [...ref.assertions] : [];
  // A constrained type's assertion schemas are among its inner refs; their own assertions are part
  // of describing them, not rules on this value.
  const inner = ref.kind === "constrained" ? [ref.type] : refsInsideRef(ref);
  return [...own, ...inner.flatMap((innerRef) => assertionsIn(innerRef, checkedByType))];
}

/** One assertion as a sentence fragment: "must not be: a string of at most 3 characters". */
export function describeAssertion(assertion: Assertion, spellName: SpellName = plainName): string {
  switch (assertion.kind) {
    case "not":
      return `must not be ${describeTypeRef(assertion.type, spellName)}`;
    case "allOf":
      // A part that is only rules (the second `if`/`then` of an allOf, which cannot merge with the
      // first) is those rules, not "any value that …".
      if (assertion.type.kind === "constrained" && assertion.type.type.kind === "unknown") {
        return assertion.type.assertions.map((rule) => describeAssertion(rule, spellName)).join(", and ");
      }
      return `must also be ${describeTypeRef(assertion.type, spellName)}`;
    case "conditional": {
      const parts = [`if it is ${describeTypeRef(assertion.if, spellName)}`];
      if (assertion.then) parts.push(`then it must be ${describeTypeRef(assertion.then, spellName)}`);
      if (assertion.else) parts.push(`${assertion.then ? "else" : "if not,"} it must be ${describeTypeRef(assertion.else, spellName)}`);
      return parts.join(", ");
    }
    case "contains": {
      const count = assertion.max === undefined ? `at least ${assertion.min}` : `${assertion.min} to ${assertion.max}`;
      return `must contain ${count} item(s) that are ${describeTypeRef(assertion.type, spellName)}`;
    }
    case "propertyNames":
      return `every key must be ${describeTypeRef(assertion.type, spellName)}`;
    case "propertyCount":
      return `must have ${counted(assertion.min, assertion.max, "property", "properties")}`;
    case "dependentRequired":
      return `when ${JSON.stringify(assertion.property)} is present, so must be ${assertion.require.map((key) => JSON.stringify(key)).join(", ")}`;
    case "dependentSchema":
      return `when ${JSON.stringify(assertion.property)} is present, the object must be ${describeTypeRef(assertion.type, spellName)}`;
  }
}

/** How a named type is written: its name, or (the docs) a link to it. */
export type SpellName = (name: string) => string;
const plainName: SpellName = (name) => name;

/** A type reference in a few words: "a string matching /^x-/", "an array of Tag", "null". */
export function describeTypeRef(ref: TypeRef, spellName: SpellName = plainName): string {
  switch (ref.kind) {
    case "string":
      return withConstraints("a string", stringConstraints(ref.constraints));
    case "integer":
    case "number":
      return withConstraints(ref.kind === "integer" ? "an integer" : "a number", numberConstraints(ref.constraints));
    case "boolean":
      return "a boolean";
    case "null":
      return "null";
    case "literal":
      return JSON.stringify(ref.value);
    case "array":
      return `an array of ${describeItems(ref.items, spellName)}`;
    case "tuple": {
      const items = ref.prefixItems.map((item) => describeTypeRef(item, spellName));
      if (ref.rest !== false) items.push(`then ${describeTypeRef(ref.rest, spellName)}…`);
      return `an array [${items.join(", ")}]`;
    }
    case "record":
      return `an object of ${describeTypeRef(ref.values, spellName)} values`;
    case "unknown":
      return "any value";
    case "nullable":
      return `${describeTypeRef(ref.type, spellName)} or null`;
    case "constrained":
      return `${describeTypeRef(ref.type, spellName)} that ${ref.assertions.map((assertion) => describeAssertion(assertion, spellName)).join(" and ")}`;
    case "named":
      return spellName(ref.name);
  }
}

/** An array's items in a few words, in the plural where the words are a noun: "strings of at least 1 character", "Tag". */
function describeItems(ref: TypeRef, spellName: SpellName): string {
  switch (ref.kind) {
    case "string":
      return withConstraints("strings", stringConstraints(ref.constraints));
    case "integer":
    case "number":
      return withConstraints(ref.kind === "integer" ? "integers" : "numbers", numberConstraints(ref.constraints));
    case "boolean":
      return "booleans";
    case "array":
      return `arrays of ${describeItems(ref.items, spellName)}`;
    case "unknown":
      return "any values";
    default:
      return describeTypeRef(ref, spellName);
  }
}

/** A count and its noun: "at least 1 character", "exactly 2 properties", "0 to 1 items". */
function counted(min: number | undefined, max: number | undefined, singular: string, plural: string): string {
  const one = (min === 1 && (max === undefined || max === 1)) || (min === undefined && max === 1);
  return `${range(min, max)} ${one ? singular : plural}`;
}

function withConstraints(noun: string, constraints: string[]): string {
  return constraints.length === 0 ? noun : `${noun} ${constraints.join(", ")}`;
}

function range(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return min === max ? `exactly ${min}` : `${min} to ${max}`;
  return min !== undefined ? `at least ${min}` : `at most ${max}`;
}

function stringConstraints(c: StringConstraints): string[] {
  const out: string[] = [];
  if (c.minLength !== undefined || c.maxLength !== undefined) out.push(`of ${counted(c.minLength, c.maxLength, "character", "characters")}`);
  if (c.pattern !== undefined) out.push(`matching /${c.pattern}/`);
  if (c.format !== undefined) out.push(`in format ${c.format}`);
  return out;
}

function numberConstraints(c: NumberConstraints): string[] {
  const out: string[] = [];
  if (c.minimum !== undefined) out.push(`≥ ${c.minimum}`);
  if (c.exclusiveMinimum !== undefined) out.push(`> ${c.exclusiveMinimum}`);
  if (c.maximum !== undefined) out.push(`≤ ${c.maximum}`);
  if (c.exclusiveMaximum !== undefined) out.push(`< ${c.exclusiveMaximum}`);
  if (c.multipleOf !== undefined) out.push(`a multiple of ${c.multipleOf}`);
  if (c.format !== undefined) out.push(`in format ${c.format}`);
  return out;
}
