// A pattern V8 cannot run to the end on a string (`^((a)|(b))*$` on some 2.1 million "a"s overflows its
// backtracking engine's stack: RangeError "Maximum call stack size exceeded"). A validator threw that
// RangeError out of `validate`, so a server validating hostile input got an exception, not a verdict.
// A validator now fails closed: the value is invalid, with an issue at the string saying the pattern
// could not be checked (ajv.ts, patternNotRunError).
import { Type } from "@sinclair/typebox";
import { describe, expect, it } from "vitest";
import { createValidator } from "@clone/schema";
import { OVERFLOWING_PATTERN, overflowingString } from "./overflowingPattern.ts";

const PATTERN = OVERFLOWING_PATTERN;
const LONG = overflowingString();
const NOT_CHECKED = `could not be checked against pattern "${PATTERN}": the regular expression engine could not run it to the end on this string of ${LONG.length} characters`;

describe("a validator given a string its pattern cannot be run to the end on", () => {
  it("answers invalid, never throws, with the issue at that string", () => {
    const validate = createValidator("Named", Type.Object({ tags: Type.Array(Type.String()), name: Type.String({ pattern: PATTERN }) }));
    const value = { tags: ["x"], name: LONG };
    expect(validate(value)).toBe(false);
    expect(validate.issues(value)).toEqual([{ pointer: "/name", message: NOT_CHECKED, keyword: "pattern" }]);
    // Strings it runs to the end on keep their verdicts and their words.
    expect(validate({ tags: [], name: "abba" })).toBe(true);
    expect(validate({ tags: [], name: "abc" })).toBe(false);
    expect(validate.messages({ tags: [], name: "abc" })).toEqual([`/name: must match pattern "${PATTERN}"`]);
  });

  it("names an object's key a patternProperties pattern could not be run on by the place of its value", () => {
    const validate = createValidator("Keyed", Type.Object({}, { patternProperties: { [PATTERN]: Type.Integer() } }));
    const value = { ab: 1, [LONG]: 2 };
    expect(validate(value)).toBe(false);
    expect(validate.issues(value).map(({ pointer, keyword }) => ({ pointer, keyword }))).toEqual([{ pointer: `/${LONG}`, keyword: "pattern" }]);
  });

  it("keeps each pattern of a schema its own (AJV keeps one compiled pattern per toString of the engine's answer)", () => {
    const validate = createValidator("Two", Type.Object({ a: Type.String({ pattern: "^a$" }), b: Type.String({ pattern: "^b$" }) }));
    expect([validate({ a: "a", b: "b" }), validate({ a: "b", b: "a" })]).toEqual([true, false]);
  });
});
