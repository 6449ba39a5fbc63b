// How deeply an input document may nest, checked once as each file is read, before anything walks
// it. Every step after (bundling, the model builder, each target) reads a schema by recursion, and a
// document nested a thousand levels (a few kilobytes of `{"items":` written by a program) ran
// JavaScript's stack out in the middle of the model: an internal error naming no place. The targets'
// own languages stop earlier still: Python refuses a module nesting more than 200 brackets, which an
// array of arrays that deep becomes in the DRF serializers. So the limit is stated where the input is
// read, and a document past it is refused with the place it goes past.
import { childPointer, CodegenError } from "../errors.ts";
import type { JsonValue } from "./types.ts";

/**
 * The most levels of objects and arrays a document may nest (the document itself is level 1). As
 * serde_json's default recursion limit: far beyond any public schema we have met (the deepest, AWS
 * SAM's and CMake's presets, nest 15 levels), and within what every target's output can be
 * compiled and imported at. (Not what every validator checks in time: AJV looks for a `$ref` below a
 * schema it inlines by walking each list of schemas twice at every level, so unions nested 25 deep
 * without a `$ref` take it minutes to compile.)
 */
export const MAX_NESTING_DEPTH = 128;

/** A value met by the walk: where it lies is spelled (from its parent's place) only for the one reported. */
interface Place {
  readonly value: JsonValue;
  readonly parent: Place | undefined;
  readonly token: string | number;
  readonly depth: number;
}

/**
 * The JSON pointer of the first value (in document order) that lies deeper than MAX_NESTING_DEPTH
 * levels of objects and arrays, or undefined when `document` nests no deeper. Walked with a stack
 * of its own, so a document of any depth is measured without recursion.
 */
export function placeTooDeep(document: JsonValue): string | undefined {
  const pending: Place[] = [{ value: document, parent: undefined, token: "", depth: 1 }];
  while (pending.length > 0) {
    const place = pending.pop()!;
    const { value, depth } = place;
    if (typeof value !== "object" || value === null) continue;
    if (depth > MAX_NESTING_DEPTH) return pointerOf(place);
    const tokens: readonly (string | number)[] = Array.isArray(value) ? value.map((_, index) => index) : Object.keys(value);
    // Pushed last first, so they are taken in document order.
    for (let index = tokens.length - 1; index >= 0; index--) {
      const token = tokens[index]!;
      const child = (value as { readonly [key: string]: JsonValue })[token]!;
      if (typeof child === "object" && child !== null) pending.push({ value: child, parent: place, token, depth: depth + 1 });
    }
  }
  return undefined;
}

function pointerOf(place: Place): string {
  const tokens: (string | number)[] = [];
  for (let at: Place | undefined = place; at?.parent !== undefined; at = at.parent) tokens.push(at.token);
  return childPointer("", ...tokens.reverse());
}

/** Refuses a document nested deeper than MAX_NESTING_DEPTH levels, naming where it first goes past. */
export function checkNestingDepth(document: JsonValue, location: string): void {
  const pointer = placeTooDeep(document);
  if (pointer === undefined) return;
  throw new CodegenError(pointer, `nested deeper than ${MAX_NESTING_DEPTH} levels of objects and arrays: clone-codegen reads documents nested up to ${MAX_NESTING_DEPTH} levels (the value here is level ${MAX_NESTING_DEPTH + 1})`, location);
}
