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

/**
 * The JSON pointer of the first value (in document order) that lies deeper than MAX_NESTING_DEPTH
 * levels of objects and arrays, or undefined when `document` nests no deeper. Walked with a stack
 * of its own, so a document of any depth is measured without recursion; every input is measured, so
 * the pointers are spelled only once a document is known to go past.
 */
export function placeTooDeep(document: JsonValue): string | undefined {
  return nestsTooDeep(document) ? firstPlaceTooDeep(document) : undefined;
}

function nestsTooDeep(document: JsonValue): boolean {
  const values: JsonValue[] = [document];
  const depths: number[] = [1];
  while (values.length > 0) {
    const value = values.pop()!;
    const depth = depths.pop()!;
    if (typeof value !== "object" || value === null) continue;
    if (depth > MAX_NESTING_DEPTH) return true;
    const children = Array.isArray(value) ? value : Object.values(value);
    for (const child of children) {
      if (typeof child !== "object" || child === null) continue;
      values.push(child);
      depths.push(depth + 1);
    }
  }
  return false;
}

function firstPlaceTooDeep(document: JsonValue): string | undefined {
  const pending: { value: JsonValue; pointer: string; depth: number }[] = [{ value: document, pointer: "", depth: 1 }];
  while (pending.length > 0) {
    const { value, pointer, depth } = pending.pop()!;
    if (typeof value !== "object" || value === null) continue;
    if (depth > MAX_NESTING_DEPTH) return pointer;
    const children: [string | number, JsonValue][] = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value);
    // Pushed last first, so they are taken in document order.
    for (let index = children.length - 1; index >= 0; index--) {
      const [token, child] = children[index]!;
      if (typeof child === "object" && child !== null) pending.push({ value: child, pointer: childPointer(pointer, token), depth: depth + 1 });
    }
  }
  return undefined;
}

/** Refuses a document nested deeper than MAX_NESTING_DEPTH levels, naming where it first goes past. */
export function checkNestingDepth(document: JsonValue, location: string): void {
  const pointer = placeTooDeep(document);
  if (pointer === undefined) return;
  throw new CodegenError(pointer, `nested deeper than ${MAX_NESTING_DEPTH} levels of objects and arrays: clone-codegen reads documents nested up to ${MAX_NESTING_DEPTH} levels (the value here is level ${MAX_NESTING_DEPTH + 1})`, location);
}
