// A backtracking matcher that counts its steps: the witness backtracking.test.ts holds the analysis
// (jsonSchema/backtracking.ts) to, written apart from it. It tries a pattern's choices in the order
// ECMAScript's engine does (alternatives left to right, quantifiers greedy, an iteration that matches
// nothing once the fewest count is reached refused), so its step count grows as V8's and Python's
// re's work does, without timing anything. It reads what the test's patterns use: characters,
// classes, escapes, `.`, groups (capturing, named or not), alternatives, quantifiers, `^` and `$`.

type Node =
  | { readonly kind: "character"; readonly matches: (character: string) => boolean }
  | { readonly kind: "start" | "end" }
  | { readonly kind: "sequence"; readonly items: readonly Node[] }
  | { readonly kind: "choice"; readonly alternatives: readonly Node[] }
  | { readonly kind: "repeat"; readonly body: Node; readonly least: number; readonly most: number };

/** Steps past this many end a count: the witness has seen enough growth. */
const MOST_STEPS = 5_000_000;

/** How many characters the matcher compared before `pattern` (read whole, from position 0) accepted or rejected `text` (MOST_STEPS at most). */
export function backtrackingSteps(pattern: string, text: string): number {
  const tree = parse(pattern);
  let steps = 0;
  const match = (node: Node, at: number, then: (at: number) => boolean): boolean => {
    switch (node.kind) {
      case "character":
        if (++steps >= MOST_STEPS) throw new StepsExhausted();
        return at < text.length && node.matches(text[at]!) && then(at + 1);
      case "start":
        return at === 0 && then(at);
      case "end":
        return at === text.length && then(at);
      case "sequence": {
        const from = (index: number, position: number): boolean => (index === node.items.length ? then(position) : match(node.items[index]!, position, (next) => from(index + 1, next)));
        return from(0, at);
      }
      case "choice":
        return node.alternatives.some((alternative) => match(alternative, at, then));
      case "repeat": {
        const iterate = (count: number, position: number): boolean => {
          const again = count < node.most && match(node.body, position, (next) => (next === position && count >= node.least ? false : iterate(count + 1, next)));
          return again || (count >= node.least && then(position));
        };
        return iterate(0, at);
      }
    }
  };
  try {
    match(tree, 0, () => true);
  } catch (error) {
    if (!(error instanceof StepsExhausted)) throw error;
  }
  return steps;
}

class StepsExhausted extends Error {}

function parse(pattern: string): Node {
  let i = 0;
  const alternatives = (): Node => {
    const found = [sequence()];
    while (pattern[i] === "|") {
      i++;
      found.push(sequence());
    }
    return found.length === 1 ? found[0]! : { kind: "choice", alternatives: found };
  };
  const sequence = (): Node => {
    const items: Node[] = [];
    while (i < pattern.length && pattern[i] !== "|" && pattern[i] !== ")") items.push(quantified(atom()));
    return { kind: "sequence", items };
  };
  const atom = (): Node => {
    const ch = pattern[i]!;
    if (ch === "^" || ch === "$") {
      i++;
      return { kind: ch === "^" ? "start" : "end" };
    }
    if (ch === "(") {
      const opening = /^\((?:\?:|\?<[A-Za-z_$][\w$]*>)?/.exec(pattern.slice(i))![0];
      i += opening.length;
      const body = alternatives();
      if (pattern[i] !== ")") throw new Error(`unclosed group in ${pattern}`);
      i++;
      return body;
    }
    const written = /^(?:\[(?:\\.|[^\]\\])*\]|\\.|.)/su.exec(pattern.slice(i))![0];
    i += written.length;
    const single = new RegExp(`^${written}$`, "u");
    return { kind: "character", matches: (character) => single.test(character) };
  };
  const quantified = (body: Node): Node => {
    const quantifier = /^(?:([*+?])|\{(\d+)(,(\d*))?\})/.exec(pattern.slice(i));
    if (quantifier === null) return body;
    i += quantifier[0].length;
    const [, symbol, least, comma, most] = quantifier;
    if (symbol !== undefined) return { kind: "repeat", body, least: symbol === "+" ? 1 : 0, most: symbol === "?" ? 1 : Infinity };
    return { kind: "repeat", body, least: Number(least), most: comma === undefined ? Number(least) : most === "" ? Infinity : Number(most) };
  };
  const tree = alternatives();
  if (i !== pattern.length) throw new Error(`unread ${pattern.slice(i)} in ${pattern}`);
  return tree;
}
