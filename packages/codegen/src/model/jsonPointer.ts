// RFC 6901 pointers inside one document (the `#…` part of a local `$ref`).
import { CodegenError } from "../errors.ts";
import type { JsonValue } from "../json/types.ts";

export function decodePointer(pointer: string, at: string): string[] {
  if (pointer === "") return [];
  if (!pointer.startsWith("/")) throw new CodegenError(at, `"#${pointer}" is not a JSON pointer`);
  return pointer
    .slice(1)
    .split("/")
    .map((token) => decodeURIComponent(token).replaceAll("~1", "/").replaceAll("~0", "~"));
}

export function resolvePointer(document: JsonValue, tokens: readonly string[]): JsonValue | undefined {
  let current: JsonValue | undefined = document;
  for (const token of tokens) {
    if (typeof current !== "object" || current === null) return undefined;
    current = Array.isArray(current) ? current[Number(token)] : current[token];
  }
  return current;
}
