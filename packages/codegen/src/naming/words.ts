// Word splitting and case conversion: every generated name in every language is spelled from these.
//
// A name is first split into words at separators (anything not a letter or digit) and at case
// boundaries ("minProtocol" → min|Protocol, "HTTPServer" → HTTP|Server, "v2Api" → v|2|Api), so that
// converting never loses a boundary the author wrote (the anchor generator's `minprotocol` bug).

const wordsOf = new Map<string, readonly string[]>();
const pascalOf = new Map<string, string>();

/**
 * Forgets every name split and spelled so far (the caches above live as long as the process, which
 * for `gen` is one run): for a benchmark that times runs as a new process would make them.
 */
export function forgetNameSpellings(): void {
  wordsOf.clear();
  pascalOf.clear();
}

export function splitWords(name: string): string[] {
  return [...wordsOfName(name)];
}

/** The words of `name`, split once per name (every generator splits the same few names over and over). */
function wordsOfName(name: string): readonly string[] {
  let words = wordsOf.get(name);
  if (words === undefined) wordsOf.set(name, (words = scanWords(name)));
  return words;
}

const isUpper = (code: number): boolean => code >= 0x41 && code <= 0x5a;
const isLower = (code: number): boolean => code >= 0x61 && code <= 0x7a;
const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

/** Whether `name` has a lone "s" at `at`, no lowercase letter after it: what follows capitals in "URLs" (not "HTTPServer"'s "e"). */
function isPluralS(name: string, at: number): boolean {
  return name.charCodeAt(at) === 0x73 && !(at + 1 < name.length && isLower(name.charCodeAt(at + 1)));
}

/**
 * The words of `name`, scanned in one pass (names are split for every property of every object, so
 * this runs often): anything but an ASCII letter or digit separates; within a run of letters and
 * digits a word is two or more capitals and a lone "s" (an acronym's plural: "URLs", "IDs"), a run
 * of capitals not followed by a lowercase letter ("HTTP" in "HTTPServer"), an optional capital and
 * lowercase letters ("Server"), or digits and the lowercase letters after
 * them ("2" in "v2Api", "2nd"). (The regular expression this spells is in words.test.ts.)
 */
function scanWords(name: string): string[] {
  const words: string[] = [];
  let i = 0;
  while (i < name.length) {
    const code = name.charCodeAt(i);
    let end = i + 1;
    if (isUpper(code)) {
      while (end < name.length && isUpper(name.charCodeAt(end))) end++;
      const lowerAfter = end < name.length && isLower(name.charCodeAt(end));
      if (lowerAfter && end - i > 1 && isPluralS(name, end)) end++; // an acronym's plural: "URLs", "IDs|List"
      else if (lowerAfter && end - i > 1) end--; // the last capital starts the next word: "HTTP|Server"
      else if (lowerAfter) while (end < name.length && isLower(name.charCodeAt(end))) end++;
    } else if (isLower(code)) {
      while (end < name.length && isLower(name.charCodeAt(end))) end++;
    } else if (isDigit(code)) {
      while (end < name.length && isDigit(name.charCodeAt(end))) end++;
      while (end < name.length && isLower(name.charCodeAt(end))) end++;
    } else {
      i = end; // a separator
      continue;
    }
    words.push(name.slice(i, end));
    i = end;
  }
  return words;
}

function capitalize(word: string): string {
  // A word is ASCII letters and digits (scanWords): one already capitalized, as most are, stays the string it is.
  let spelled = !isLower(word.charCodeAt(0));
  for (let i = 1; spelled && i < word.length; i++) spelled = !isUpper(word.charCodeAt(i));
  return spelled ? word : word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/** "session_id" → "SessionId", "hello-ok" → "HelloOk", "CronJob" → "CronJob". */
export function pascalCase(name: string): string {
  // Asked for every property of every object (the name its inline type would get): spelled once.
  let pascal = pascalOf.get(name);
  if (pascal === undefined) {
    pascal = "";
    for (const word of wordsOfName(name)) pascal += capitalize(word);
    pascalOf.set(name, pascal);
  }
  return pascal;
}

/** "session_id" → "sessionId", "minProtocol" → "minProtocol", "URL" → "url". */
export function camelCase(name: string): string {
  const pascal = pascalCase(name);
  return pascal.charAt(0).toLowerCase() + pascal.slice(1);
}

/** "minProtocol" → "min_protocol", "session.started" → "session_started". */
export function snakeCase(name: string): string {
  return wordsOfName(name)
    .map((word) => word.toLowerCase())
    .join("_");
}

/** "PROTOCOL_VERSION", "CloneEvent" → "CLONE_EVENT". */
export function screamingSnakeCase(name: string): string {
  return snakeCase(name).toUpperCase();
}

/**
 * The words of the symbols a name with no letters or digits is spelled by: a value or key of symbols
 * alone (a comparison operator's "<=", "--", "*") has nothing else to be named by. Each is the word
 * its reader says; a symbol not listed is spelled by its code point ("→" is "u2192").
 */
const SYMBOL_WORDS: Readonly<Record<string, string>> = {
  "+": "plus",
  "-": "minus",
  "*": "asterisk",
  "/": "slash",
  "\\": "backslash",
  "%": "percent",
  "^": "caret",
  "=": "equals",
  "<": "less than",
  ">": "greater than",
  "!": "not",
  "?": "question",
  "~": "tilde",
  "&": "ampersand",
  "|": "pipe",
  "@": "at",
  "#": "hash",
  $: "dollar",
  ".": "dot",
  ",": "comma",
  ":": "colon",
  ";": "semicolon",
  "_": "underscore",
  "'": "apostrophe",
  '"': "quote",
  "`": "backtick",
  "(": "open paren",
  ")": "close paren",
  "[": "open bracket",
  "]": "close bracket",
  "{": "open brace",
  "}": "close brace",
  " ": "space",
};

/** The words `name`'s characters are read as, one a symbol (SYMBOL_WORDS): "<=" is "less than equals". */
export function symbolWords(name: string): string {
  return Array.from(name, (char) => SYMBOL_WORDS[char] ?? `u${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`).join(" ");
}
