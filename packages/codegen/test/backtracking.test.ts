// Which patterns a backtracking engine (Python's `re`, V8's, Swift's Regex) can take time exponential in
// a string's length on: backtracking.ts reads it from the pattern's shape. Each verdict is stated by
// hand; the slow ones were timed in Python's re on a near miss while writing this (`^(\w+\s?)*$`: a third
// of a second at 22 characters, doubling with each more), the others split a string one way only.
import { describe, expect, it } from "vitest";
import { repeatsNestedRepetition } from "../src/jsonSchema/backtracking.ts";
import { backtrackingSteps } from "./helpers/backtrackingSteps.ts";

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

// Repetitions of a body that ends at a delimiter, and look-alikes that are ambiguous. A delimiter no
// other position of the body takes ends each iteration, so a string splits among iterations one way;
// the body must still take each of its strings one way (`[a-z]*[a-z]*\.` splits a label many ways, and
// `x(?:y?|z?)` matches `x` along two paths). Each verdict is held to a witness written apart from the
// analysis (helpers/backtrackingSteps.ts): the steps a backtracking matcher takes to reject a near miss,
// the pump repeated, then `tail`. Doubling the pumps from 7 to 14 multiplies the steps by about 2 for
// the safe ones (linear) and by about 2^7 for the slow ones; more than WITNESSED_EXPONENTIAL (a
// polynomial of degree 5 would reach it) is read as exponential.
const WITNESSED_EXPONENTIAL = 32;

/** The metrics of a CVSS 3.1 vector string, as FIRST's schema writes them. */
const CVSS_3_1_METRICS = "AV:[NALP]|AC:[LH]|PR:[NLH]|UI:[NR]|S:[UC]|[CIA]:[NLH]|E:[XUPFH]|RL:[XOTWU]|RC:[XURC]|[CIA]R:[XLMH]|MAV:[XNALP]|MAC:[XLH]|MPR:[XNLH]|MUI:[XNR]|MS:[XUC]|M[CIA]:[XNLH]";

describe("a repetition whose body ends at a delimiter", () => {
  it.each([
    // Minimal construct from octokit's GitHub webhook schemas (common/committer.schema.json's email
    // pattern): a hostname of labels, each ending at its dot, with hyphens inside but not at either
    // end. It was warned of as exponential, and the conformance harness cut its near misses to 4
    // characters. The dot ends every iteration and no class of the label takes it; a label's last
    // letter is the one before its dot, so the label has one path too.
    { pattern: "^(?:[a-z](?:[a-z-]*[a-z])?\\.)+$", pump: "ab-c.", tail: "ab-", slow: false },
    { pattern: "^(?:[a-z]+\\.)+$", pump: "ab.", tail: "ab", slow: false },
    { pattern: "^([0-9]+,)*[0-9]+$", pump: "12,", tail: "1x", slow: false },
    // CVSS 3.1's vector string (FIRST's cvss-v3.1.json, imported by the CVE record format,
    // CVEProject/cve-schema schema/imports/cvss): metrics ending at their slash, told apart by their
    // first two or three characters. Its body has 66 positions, more than the search took (64), so it
    // stayed slow, and gen warned of it at every CVSS score; Python's re rejects a near miss of 8,000
    // metrics in 7 ms.
    {
      pattern: `^((${CVSS_3_1_METRICS})/)*(${CVSS_3_1_METRICS})$`,
      pump: "AV:N/AC:L/MAV:X/CR:H/",
      tail: "Q",
      slow: false,
    },
    // Not slow either, though its alternatives begin alike: a `b` is taken only by `ab`, right after its `a`.
    { pattern: "^(a|ab)*c$", pump: "ab", tail: "", slow: false },
    // The delimiter is in the class too: `a.a.` is one iteration or two.
    { pattern: "^(?:[a-z.]+\\.)+$", pump: "a.", tail: "!", slow: true },
    // The delimiter is optional: a run of letters splits among iterations at will.
    { pattern: "^(?:[a-z]*\\.?)+$", pump: "a", tail: "!", slow: true },
    // A delimiter, but a label splits between two classes alike.
    { pattern: "^(?:[a-z]*[a-z]*\\.)+$", pump: "a.", tail: "!", slow: true },
    // No character between two iterations, and each `x` is followed by nothing two ways.
    { pattern: "^(?:x(?:y?|z?))+$", pump: "x", tail: "!", slow: true },
    { pattern: "^(a+)+$", pump: "a", tail: "!", slow: true },
    { pattern: "^(a|a)*$", pump: "a", tail: "!", slow: true },
    { pattern: "^(\\w+\\s?)*$", pump: "a", tail: "!", slow: true },
  ])("$pattern is slow: $slow", ({ pattern, pump, tail, slow }) => {
    const steps = (times: number) => backtrackingSteps(pattern, pump.repeat(times) + tail);
    expect(new RegExp(pattern).test(pump.repeat(14) + tail)).toBe(false);
    expect(steps(14) / steps(7) > WITNESSED_EXPONENTIAL).toBe(slow);
    expect(repeatsNestedRepetition(pattern)).toBe(slow);
  });
});
