// Which patterns a backtracking engine (Python's `re`, V8's, Swift's Regex) can take time exponential in
// a string's length on: backtracking.ts reads it from the pattern's shape. Each verdict is stated by
// hand; the slow ones were timed in Python's re on a near miss while writing this (`^(\w+\s?)*$`: a third
// of a second at 22 characters, doubling with each more), the others split a string one way only.
import { describe, expect, it } from "vitest";
import { repeatsNestedRepetition } from "../src/jsonSchema/backtracking.ts";

describe("repeatsNestedRepetition", () => {
  it.each([
    "^(a+)+$",
    "^(\\w+\\s?)*$", // the optional space leaves each iteration's end open
    "^([a-z]+(\\.[a-z]+)*)*$", // Avro's namespace: the outer group has no delimiter
    "^[\\/]+([^~]*(~[01])*){1,512}$", // a CloudFormation JSON pointer
    "^(\\.[a-z]+[a-z]+)+$", // a delimiter, but two variable items that match alike
    "^(\\.a*\\.?)+$", // the optional dot matches the delimiter
    "^(-?\\d+)+$", // the delimiter is optional
    "^(\\.(\\w|\\d))+$", // each iteration may take either alternative for a digit
    "^(.[a-z]+)+$", // `.` is no delimiter: [a-z] matches it too
    "^([a-z][a-z0-9]*)+$", // no delimiter: the first letter's class is the rest's too
    "cron\\((.*){1,5} (.*){1,5}\\)",
    "^(/([^/~]|~[01]|~0)*)*$", // `~0` is one token or another's (Python's re: 0.17 s at 41 characters, doubling with each two more)
    "^([^/~]|~[01]|~0)*$",
    "^(/(ab|a|b)*)*$", // tokens that start alike: `ab` is one token or two
    "^(/(a+|b)*)*$", // a token of variable length
    "^(\\.(a|b+b+))+$", // an alternative that splits its text many ways (Python's re: 1.4 s at 71 characters, 43 s at 85)
  ])("%s is slow", (pattern) => {
    expect(repeatsNestedRepetition(pattern)).toBe(true);
  });

  it.each([
    "every_([0-9]+[wdhms])+", // each iteration ends at its one letter
    "^(text|source)(\\.[\\w0-9-]+)+$", // each iteration begins at its dot
    "^[^.\\s]{1,32}(\\.[^.\\s/:*?\"<>|]{1,32}){1,255}$",
    "^([a-zA-Z]{2,3}|[iI]-[a-zA-Z]+)(-[a-zA-Z]{1,8})*$", // a language tag's subtags
    "^(,\\s*\\w+)*$", // a comma, then spaces and a word, which share no character
    "^(\\w+\\s)+$",
    "^((?!message|severity).)*$", // a lookahead's alternatives are never backtracked into
    "^(0|[1-9][0-9]{0,3})(\\.(0|[1-9][0-9]{0,3})){2}$", // a bounded group, twice
    "^(ab)+$",
    // A part's first letter, of one count, stands right after its dot, wherever the part's other
    // characters (which the letter's class shares) end (UI5 manifest's component names; Python's re
    // rejects a near miss of 200,000 characters in 30 ms).
    "^([a-zA-Z][a-zA-Z0-9]{0,39})(\\.[a-zA-Z][a-zA-Z0-9]{0,39})*$",
    "^([a-z_$][a-z0-9_$]{0,39}\\.)*([a-zA-Z_$][a-zA-Z0-9_$]{0,39})$", // and before its dot
    // A choice of tokens whose first characters differ, each of one length, splits a string one way,
    // as a class does (found by a sweep of AsyncAPI, whose runtime expressions repeat a JSON pointer's
    // segments; Python's re rejects a near miss of 200,000 characters in 50 ms).
    "^(/([^/~]|~[01])*)*$",
    "^\\$message\\.(header|payload)#(\\/(([^\\/~])|(~[01]))*)*",
    "^(?:-(?:ab|c)+)+$",
    // Not repeated itself, a choice told apart by its first character may have alternatives of any
    // length that split one way (found by a sweep of FHIR, whose oid pattern was warned of at ten
    // places; Python's re rejects a near miss of 300,000 characters in 16 ms).
    "^urn:oid:[0-2](\\.(0|[1-9][0-9]*))+$",
    "^(\\.(a|b+))+$",
  ])("%s splits a string one way", (pattern) => {
    expect(repeatsNestedRepetition(pattern)).toBe(false);
  });
});
