// Text from a schema (a description, a key in a documented rule) inside a generated comment or
// docstring: split at every line break a source file has (CR LF, a lone CR, LF), so that no part of it
// lands outside the comment. Swift ends a `///` line at a lone CR as at LF.

/** The text's lines, trailing spaces dropped, the text trimmed first. */
export function commentLines(text: string): string[] {
  const trimmed = text.trim();
  // Most descriptions are one line: already trimmed at both ends.
  if (!LINE_BREAK.test(trimmed)) return [trimmed];
  return trimmed.split(/\r\n|\r|\n/).map((line) => line.trimEnd());
}

const LINE_BREAK = /[\r\n]/;
