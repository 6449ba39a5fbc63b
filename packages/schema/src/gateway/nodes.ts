// Node pairing: a device asks to pair, an operator approves or rejects, the node verifies its token.
import { Type, type Static } from "@sinclair/typebox";
import { described, NonEmptyString } from "../primitives.ts";

export const NodePairRequestParamsSchema = Type.Object(
  {
    nodeId: described(NonEmptyString, "The device's own stable id."),
    displayName: Type.Optional(described(NonEmptyString, "A name for people to recognize the device by, e.g. `Kitchen iPad`.")),
    platform: Type.Optional(described(NonEmptyString, "The device's operating system and version, e.g. `ios 18.2`.")),
    version: Type.Optional(described(NonEmptyString, "The version of the node software on the device.")),
    remoteIp: Type.Optional(described(NonEmptyString, "The IP address the device connects from.")),
  },
  { additionalProperties: false, description: "Params of `node.pair.request`: a device (a node) asks to be paired with this gateway; an operator then approves or rejects the request." },
);

export const NodePairListParamsSchema = Type.Object({}, { additionalProperties: false, description: "Params of `node.pair.list`: none (an empty object); lists pending pairing requests and paired nodes." });

export const NodePairApproveParamsSchema = Type.Object(
  { requestId: described(NonEmptyString, "The pairing request to approve, as `node.pair.list` names it.") },
  { additionalProperties: false, description: "Params of `node.pair.approve`: an operator accepts a pairing request, which gives the node its token." },
);

export const NodePairRejectParamsSchema = Type.Object(
  { requestId: described(NonEmptyString, "The pairing request to reject, as `node.pair.list` names it.") },
  { additionalProperties: false, description: "Params of `node.pair.reject`: an operator turns a pairing request down." },
);

export const NodePairVerifyParamsSchema = Type.Object(
  {
    nodeId: described(NonEmptyString, "The paired device's id."),
    token: described(NonEmptyString, "The token the device received when its pairing was approved."),
  },
  { additionalProperties: false, description: "Params of `node.pair.verify`: a paired device proves it holds a valid token." },
);

export type NodePairRequestParams = Static<typeof NodePairRequestParamsSchema>;
export type NodePairListParams = Static<typeof NodePairListParamsSchema>;
export type NodePairApproveParams = Static<typeof NodePairApproveParamsSchema>;
export type NodePairRejectParams = Static<typeof NodePairRejectParamsSchema>;
export type NodePairVerifyParams = Static<typeof NodePairVerifyParamsSchema>;
