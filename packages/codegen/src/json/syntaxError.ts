// Where a JSON text stops being JSON (RFC 8259). JSON.parse says what went wrong, but Node 20's V8
// names the offset for some mistakes only ("Unexpected token '}', "{"a": }" is not valid JSON" has
// none): this reader finds it, so an error can name the line and column. It runs only after
// JSON.parse has failed, so it is written for clarity, not speed.
import { JSON_NUMBER_SOURCE } from "./jsonNumber.ts";

const WHITESPACE = new Set([" ", "\t", "\n", "\r"]);
const ESCAPES = new Set(['"', "\\", "/", "b", "f", "n", "r", "t"]);
const NUMBER = new RegExp(JSON_NUMBER_SOURCE, "y");
const HEX4 = /[0-9a-fA-F]{4}/y;

/** The offset of the first character that cannot continue `text` as one JSON value, or undefined when it is JSON. */
export function syntaxErrorOffset(text: string): number | undefined {
  let at = 0;
  const stop = (): never => {
    throw new SyntaxStop(at);
  };
  const skipWhitespace = () => {
    while (at < text.length && WHITESPACE.has(text[at]!)) at++;
  };
  const expect = (char: string) => {
    if (text[at] !== char) stop();
    at++;
  };
  const string = () => {
    expect('"');
    for (;;) {
      if (at >= text.length) stop();
      const char = text[at]!;
      if (char === '"') return void at++;
      if (char.charCodeAt(0) < 0x20) stop();
      if (char === "\\") {
        at++;
        if (text[at] === "u") {
          at++;
          HEX4.lastIndex = at;
          if (!HEX4.test(text)) stop();
          at += 4;
          continue;
        }
        if (!ESCAPES.has(text[at] ?? "")) stop();
      }
      at++;
    }
  };
  const members = <T>(close: string, member: () => T) => {
    at++;
    skipWhitespace();
    if (text[at] === close) return void at++;
    for (;;) {
      member();
      skipWhitespace();
      if (text[at] === ",") {
        at++;
        continue;
      }
      expect(close);
      return;
    }
  };
  const value = (): void => {
    skipWhitespace();
    const char = text[at];
    if (char === "{") {
      return members("}", () => {
        skipWhitespace();
        string();
        skipWhitespace();
        expect(":");
        value();
      });
    }
    if (char === "[") return members("]", value);
    if (char === '"') return string();
    for (const literal of ["true", "false", "null"]) {
      if (text.startsWith(literal, at)) return void (at += literal.length);
    }
    NUMBER.lastIndex = at;
    if (!NUMBER.test(text)) stop();
    at = NUMBER.lastIndex;
  };
  try {
    value();
    skipWhitespace();
    return at < text.length ? at : undefined;
  } catch (error) {
    if (error instanceof SyntaxStop) return error.offset;
    throw error;
  }
}

class SyntaxStop {
  constructor(readonly offset: number) {}
}

/** "line L, column C" of an offset, both counted from 1 (a column counts UTF-16 code units). */
export function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - before.lastIndexOf("\n");
  return `line ${line}, column ${column}`;
}
