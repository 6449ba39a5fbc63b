// The names of the two cases the model splits a conditional into (normalizeSchema's splitConditional).
//
// Without names of their own, the cases were named after their JSON type, numbered: Arazzo's success
// action, `allOf: [{if: {properties: {type: {const: goto}}}, then: {oneOf: […]}}]`, was
// `.object(SuccessActionObjectObject)` (the `if` holds) and `.object2(…Object2)` (it fails). Where the
// `if` tests one thing of one key (singleTestOf), the case where it holds is named as a union names a
// variant by what tells it apart: a tested constant as a tag's value names its variant (`goto`), a
// tested key as a key-presence case is named (`k`); the case where it fails as the model names its
// catch-all variant, `other` (KEYLESS_VARIANT_NAME). Any other test (a pattern, several keys) keeps
// the type's names: nothing in it reads as a name.
//
// A tested string names its case before the keys it requires (OpenAPI 3.1's security scheme whose
// `type` is `apiKey`: `apiKey`, not `nameIn` after the keys its `then` requires). The other names stand
// in only for a JSON type's: a key-presence union already names a case requiring the tested key after
// it, and the case where the test fails after the keys it alone requires (OpenAPI 3.1's request body
// or reference, `if: {required: [$ref]}`: `content`, which `other` said less of).
import type { JsonValue } from "../json/types.ts";
import { KEYLESS_VARIANT_NAME, variantNameFromValue } from "../naming/typeNames.ts";
import { singleTestOf } from "./casesOfTestedKey.ts";

/** A case's name, and whether it names the case before the keys it requires (CaseName.beforeKeys). */
export interface CaseName {
  readonly name: string;
  /** A tested string's name, which names the case before a key-presence union's name from its keys. */
  readonly beforeKeys: boolean;
}

export interface ConditionalCaseNames {
  /** The case where the `if` holds. */
  readonly holds: CaseName;
  /** The case where it fails. */
  readonly fails: CaseName;
}

export function conditionalCaseNames(condition: JsonValue | undefined, validating: ReadonlySet<string>): ConditionalCaseNames | undefined {
  const test = singleTestOf(condition, validating);
  if (test === undefined) return undefined;
  const { value } = test;
  const holds = value === undefined ? variantNameFromValue(test.key) : typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? variantNameFromValue(value) : undefined;
  // A constant `other` (or `Other`) would name both cases alike.
  if (holds === undefined || holds === KEYLESS_VARIANT_NAME) return undefined;
  // A number or a boolean says little as a name (`v1`, `true`), as a tag's value does: the keys say more.
  return { holds: { name: holds, beforeKeys: typeof value === "string" }, fails: { name: KEYLESS_VARIANT_NAME, beforeKeys: false } };
}
