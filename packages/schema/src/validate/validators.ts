// A compiled validator for every exported schema, named `validate<Definition>`.
import type { Static, TSchema } from "@sinclair/typebox";
import { CloneEventSchema, CloneEventVariants } from "../events.ts";
import { GatewayProtocolSchemas } from "../gateway/index.ts";
import { createValidator, type Validator } from "./ajv.ts";

type ValidatorsFor<T extends Record<string, TSchema>> = {
  [K in keyof T & string as `validate${K}`]: Validator<Static<T[K]>>;
};

function validatorsFor<T extends Record<string, TSchema>>(schemas: T): ValidatorsFor<T> {
  return Object.fromEntries(
    Object.entries(schemas).map(([name, schema]) => [`validate${name}`, createValidator(name, schema)]),
  ) as ValidatorsFor<T>;
}

export const gatewayValidators = validatorsFor(GatewayProtocolSchemas);
export const cloneEventValidators = validatorsFor({ ...CloneEventVariants, CloneEvent: CloneEventSchema });

export const {
  validateCloneEvent,
  validateSessionStartedEvent,
  validateSessionStoppedEvent,
  validateAppFocusedEvent,
  validateCaptureFrameEvent,
  validateAgentPromptEvent,
  validateAgentResponseEvent,
} = cloneEventValidators;

export const {
  validateConnectParams,
  validateHelloOk,
  validateRequestFrame,
  validateResponseFrame,
  validateEventFrame,
  validateGatewayFrame,
  validatePresenceEntry,
  validateStateVersion,
  validateSnapshot,
  validateErrorShape,
  validateAgentEvent,
  validateSendParams,
  validateAgentParams,
  validateWakeParams,
  validateNodePairRequestParams,
  validateNodePairListParams,
  validateNodePairApproveParams,
  validateNodePairRejectParams,
  validateNodePairVerifyParams,
  validateCronJob,
  validateCronListParams,
  validateCronStatusParams,
  validateCronAddParams,
  validateCronUpdateParams,
  validateCronRemoveParams,
  validateCronRunParams,
  validateCronRunsParams,
  validateCronRunLogEntry,
  validateChatHistoryParams,
  validateChatSendParams,
  validateChatEvent,
  validateTickEvent,
  validateShutdownEvent,
  validateSystemEchoParams,
  validateSystemEchoResult,
  validateErrorCode,
} = gatewayValidators;

/** Every validator by definition name, for tools that pick one at run time (fixtures, CLIs). */
export const validatorsByName: Readonly<Record<string, Validator<unknown>>> = Object.fromEntries(
  [...Object.values(gatewayValidators), ...Object.values(cloneEventValidators)].map((v) => [v.schemaName, v]),
);
