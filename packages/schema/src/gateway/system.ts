// Small utility methods (seed 004's worked example of adding a method end to end).
import { Type, type Static } from "@sinclair/typebox";
import { NonEmptyString, StringLiteralUnion } from "../primitives.ts";

export const SystemEchoParamsSchema = Type.Object({ text: NonEmptyString }, { additionalProperties: false });

export const SystemEchoResultSchema = Type.Object(
  { ok: Type.Boolean(), text: NonEmptyString },
  { additionalProperties: false },
);

/** Machine-readable `ErrorShape.code` values a gateway sends. */
export const ErrorCodeSchema = StringLiteralUnion([
  "NOT_LINKED",
  "NOT_PAIRED",
  "AGENT_TIMEOUT",
  "INVALID_REQUEST",
  "UNAVAILABLE",
]);

export type SystemEchoParams = Static<typeof SystemEchoParamsSchema>;
export type SystemEchoResult = Static<typeof SystemEchoResultSchema>;
export type ErrorCode = Static<typeof ErrorCodeSchema>;
