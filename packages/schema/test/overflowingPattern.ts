// A pattern V8's backtracking engine cannot run to the end on a long string, and such a string, for
// the tests of every package that reads patterns (the validators here, the model, the conformance run).
// The engine keeps a place for each repetition it may undo on a stack of its own (64 MB on Node 20),
// and `^((a)|(b))*$` fills it on 2,097,144 "a"s: RangeError "Maximum call stack size exceeded".
import { expect } from "vitest";

export const OVERFLOWING_PATTERN = "^((a)|(b))*$";

/**
 * A string of "a"s V8 cannot run OVERFLOWING_PATTERN to the end on: the first power of two from 2^16
 * that overflows, found at test time (so the tests hold on an engine of another stack size), not a
 * file of megabytes. Throws where none up to 2^26 does.
 */
export function overflowingString(): string {
  const regex = new RegExp(OVERFLOWING_PATTERN, "u");
  for (let length = 1 << 16; length <= 1 << 26; length *= 2) {
    const value = "a".repeat(length);
    try {
      regex.test(value);
    } catch (error) {
      expect(error).toBeInstanceOf(RangeError);
      return value;
    }
  }
  throw new Error(`${OVERFLOWING_PATTERN} ran to the end on every string tried: no string overflows this engine`);
}
