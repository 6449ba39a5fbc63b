// What the CLI says about breaking and the baseline before either runs: kept apart from the modules
// that do the work, so that every other command starts without loading the witness search.
export { LEVELS, ROLES } from "./rules.ts";

export const BASELINE_COMMAND = "pnpm protocol:baseline";

export const BREAKING_HELP = `
Compares two versions of a schema definition by definition and proves every difference in accepted
values with a witness: a JSON value AJV accepts under one version and rejects under the other.
Roles: a producer's change breaks when the new version accepts a value the old one rejects (consumers
still on the old schema reject what it sends); a consumer's change breaks in the other direction.
Every rule: see README "Breaking changes".

Examples:
  clone-codegen breaking --against old.schema.json --input new.schema.json
  clone-codegen breaking --against HEAD~1 Gateway --role consumer
  clone-codegen breaking --against main:dist/protocol.schema.json --input dist/protocol.schema.json --format json

Exit codes: 0 nothing at or above --fail-on, 1 findings at that level, 2 usage or input error.`;
