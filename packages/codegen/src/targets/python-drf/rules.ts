// Rules of the python-drf target that can be switched off by name. They exist for one purpose: the
// conformance suite's deliberately broken generator test (packages/conformance/test/
// broken-generator.test.ts) renders serializers with a rule off and proves the differential run
// notices. No config in this repository switches a rule off, and none should.
import { CodegenError } from "../../errors.ts";

export const DRF_RULES = {
  "reject-unknown-keys": "a closed object (`additionalProperties: false`) rejects keys it does not declare",
} as const;

export type DrfRuleName = keyof typeof DRF_RULES;

/** The `disabledRules` option, checked: every entry must name a rule. */
export function disabledRuleSet(names: unknown): ReadonlySet<DrfRuleName> {
  if (names === undefined) return new Set();
  if (!Array.isArray(names) || !names.every((name): name is DrfRuleName => typeof name === "string" && Object.hasOwn(DRF_RULES, name))) {
    throw new CodegenError("", `disabledRules must list rule names among ${Object.keys(DRF_RULES).join(", ")}`, "python-drf");
  }
  return new Set(names);
}
