// A compiled validator for every definition of every schema family, named `validate<Definition>`.
import type { Static, TSchema } from "@sinclair/typebox";
import { CloneEventDefinitions } from "../events.ts";
import { schemaFamilies } from "../families.ts";
import { GatewayProtocolSchemas } from "../gateway/index.ts";
import { createValidator, type Validator } from "./ajv.ts";

type ValidatorsFor<T extends Record<string, TSchema>> = {
  [K in keyof T & string as `validate${K}`]: Validator<Static<T[K]>>;
};

export function validatorsFor<T extends Record<string, TSchema>>(schemas: T): ValidatorsFor<T> {
  return Object.fromEntries(
    Object.entries(schemas).map(([name, schema]) => [`validate${name}`, createValidator(name, schema)]),
  ) as ValidatorsFor<T>;
}

// Each family's validators come from its definitions, so a new definition or event type needs no edit
// here; only the root unions are also exported by name, as most code needs just those.
export const gatewayValidators = validatorsFor(GatewayProtocolSchemas);
export const cloneEventValidators = validatorsFor(CloneEventDefinitions);

/** Every validator, typed: `validators.validateConnectParams(value)` narrows `value` to `ConnectParams`. */
export const validators = { ...gatewayValidators, ...cloneEventValidators };

export const { validateCloneEvent } = cloneEventValidators;
export const { validateGatewayFrame } = gatewayValidators;

/**
 * Every validator by definition name, for tools that pick one at run time (fixtures, CLIs): every
 * definition of every family in `schemaFamilies`, so a new family has its validators here untyped
 * before anyone adds a typed object for it above.
 */
export const validatorsByName: Readonly<Record<string, Validator<unknown>>> = Object.fromEntries(
  schemaFamilies.flatMap((family) =>
    Object.entries(family.definitions).map(([name, schema]) => [
      name,
      (validators as Record<string, Validator<unknown>>)[`validate${name}`] ?? createValidator(name, schema),
    ]),
  ),
);
