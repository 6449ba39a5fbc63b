// A string's length as JSON Schema counts it, for every reader that checks or draws `minLength` and
// `maxLength` (the model's validator, the conformance run's generators).

/** Length as JSON Schema counts it (`minLength`/`maxLength`): Unicode code points. */
export function codePointLength(value: string): number {
  let length = 0;
  for (const _ of value) length += 1;
  return length;
}
