// RFC 6901 JSON pointers, written once for every TypeScript package (validators, codegen, conformance).
// Python's copy is `json_pointer` / `json_pointer_token` in the python-drf support code, Swift's is
// `JSONPointer` in the Swift support code; all three are held to packages/schema/rules/json-pointer.json.

/** One reference token as a pointer spells it: `~` → `~0`, then `/` → `~1`. */
export function escapePointerToken(token: string | number): string {
  const text = String(token);
  return text.includes("~") || text.includes("/") ? text.replaceAll("~", "~0").replaceAll("/", "~1") : text;
}

/** The reference token a pointer's segment spells: `~1` → `/`, then `~0` → `~` (so `~01` is `~1`). */
export function unescapePointerToken(segment: string): string {
  return segment.includes("~") ? segment.replaceAll("~1", "/").replaceAll("~0", "~") : segment;
}

/** The pointer to the value at `tokens` (`[]` is `""`, the whole document). */
export function jsonPointer(tokens: readonly (string | number)[]): string {
  let out = "";
  for (const token of tokens) out += `/${escapePointerToken(token)}`;
  return out;
}

/** `pointer` with `tokens` appended. */
export function childPointer(pointer: string, ...tokens: readonly (string | number)[]): string {
  return pointer + jsonPointer(tokens);
}

/** The reference tokens of `pointer`, or undefined when it is not a pointer (non-empty without a leading `/`). */
export function pointerTokens(pointer: string): string[] | undefined {
  if (pointer === "") return [];
  if (!pointer.startsWith("/")) return undefined;
  return pointer.slice(1).split("/").map(unescapePointerToken);
}
