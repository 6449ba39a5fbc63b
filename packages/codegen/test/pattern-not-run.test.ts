// A pattern V8 cannot run to the end on a string: its backtracking engine keeps a place for each
// repetition it may undo on a stack of its own, and `^((a)|(b))*$` fills it on some 2.1 million "a"s
// (Node 20), where the test throws RangeError "Maximum call stack size exceeded". The model's reading
// threw that RangeError out of validatesNamed, and the conformance run's recorded mode died with a stack
// trace. It now throws PatternNotRun, naming the pattern and the string's length, which a caller
// reports as no verdict (never a miss: a `not` of the pattern does not turn it into a pass).
import { PatternNotRun } from "@clone/schema/patterns";
import { describe, expect, it } from "vitest";
import { ModelValidator, modelWarnings } from "../src/index.ts";
import { modelOf } from "./helpers/model.ts";
import { OVERFLOWING_PATTERN, overflowingString } from "../../schema/test/overflowingPattern.ts";

const PATTERN = OVERFLOWING_PATTERN;
const LONG = overflowingString();
const draft07 = (schema: object) => ({ $schema: "http://json-schema.org/draft-07/schema#", ...schema });

describe("a pattern the engine cannot run to the end on a string", () => {
  it("is no verdict of the model's: PatternNotRun names the pattern and the string's length", () => {
    const validator = new ModelValidator(modelOf(draft07({ type: "string", pattern: PATTERN }), "Letters"));
    expect(() => validator.validatesNamed("Letters", LONG)).toThrow(PatternNotRun);
    expect(() => validator.validatesNamed("Letters", LONG)).toThrow(`the pattern "${PATTERN}" could not be run to the end on a string of ${LONG.length} characters`);
    // Strings it runs to the end on keep their verdicts.
    expect([validator.validatesNamed("Letters", "abba"), validator.validatesNamed("Letters", "abc")]).toEqual([true, false]);
  });

  it("is no verdict under a not either, nor for an object's key a patternProperties pattern is run on", () => {
    const negated = new ModelValidator(modelOf(draft07({ type: "string", not: { pattern: PATTERN } }), "NotLetters"));
    expect(() => negated.validatesNamed("NotLetters", LONG)).toThrow(PatternNotRun);
    expect(negated.validatesNamed("NotLetters", "abc")).toBe(true);
    const keyed = new ModelValidator(modelOf(draft07({ type: "object", patternProperties: { [PATTERN]: { type: "integer" } } }), "Keyed"));
    expect(() => keyed.validatesNamed("Keyed", { [LONG]: 1 })).toThrow(PatternNotRun);
    expect([keyed.validatesNamed("Keyed", { ab: 1 }), keyed.validatesNamed("Keyed", { ab: "1" })]).toEqual([true, false]);
  });
});

describe("an example of a schema, a string its pattern cannot be run to the end on", () => {
  it("is warned of as not checked, at its pointer, where gen stopped with an error", () => {
    const model = modelOf(draft07({ definitions: { Letters: { type: "string", pattern: PATTERN, examples: ["abba", LONG, "abc"] } } }), "Examples");
    const warnings = modelWarnings(model).filter(({ pointer }) => pointer.startsWith("/definitions/Letters/examples"));
    expect(warnings.map(({ pointer }) => pointer)).toEqual(["/definitions/Letters/examples/1", "/definitions/Letters/examples/2"]);
    expect(warnings[0]!.reason).toContain(`could not be checked against its own schema: the pattern "${PATTERN}" could not be run to the end on a string of ${LONG.length} characters`);
    expect(warnings[1]!.reason).toContain("does not satisfy its own schema");
  });
});
