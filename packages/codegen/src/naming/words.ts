// Word splitting and case conversion: every generated name in every language is spelled from these.
//
// A name is first split into words at separators (anything not a letter or digit) and at case
// boundaries ("minProtocol" → min|Protocol, "HTTPServer" → HTTP|Server, "v2Api" → v2|Api), so that
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
  // Every generator splits the same few names over and over: each is split once.
  let words = wordsOf.get(name);
  if (words === undefined) {
    words = name
      .split(/[^A-Za-z0-9]+/)
      .flatMap((chunk) => chunk.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+[a-z]*/g) ?? [])
      .filter((word) => word.length > 0);
    wordsOf.set(name, words);
  }
  return [...words];
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/** "session_id" → "SessionId", "hello-ok" → "HelloOk", "CronJob" → "CronJob". */
export function pascalCase(name: string): string {
  // Asked for every property of every object (the name its inline type would get): spelled once.
  let pascal = pascalOf.get(name);
  if (pascal === undefined) pascalOf.set(name, (pascal = splitWords(name).map(capitalize).join("")));
  return pascal;
}

/** "session_id" → "sessionId", "minProtocol" → "minProtocol", "URL" → "url". */
export function camelCase(name: string): string {
  const pascal = pascalCase(name);
  return pascal.charAt(0).toLowerCase() + pascal.slice(1);
}

/** "minProtocol" → "min_protocol", "session.started" → "session_started". */
export function snakeCase(name: string): string {
  return splitWords(name)
    .map((word) => word.toLowerCase())
    .join("_");
}

/** "PROTOCOL_VERSION", "CloneEvent" → "CLONE_EVENT". */
export function screamingSnakeCase(name: string): string {
  return snakeCase(name).toUpperCase();
}
