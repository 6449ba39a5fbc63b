// Content blocks: what user and assistant messages are made of (Anthropic Messages API blocks), and
// the builders for the ones that depend on a version's tools.
import { Type, type TObject, type TProperties, type TSchema, type TString } from "@sinclair/typebox";
import { OpenStringEnum } from "../primitives.ts";
import { toolInputDefinitionName, McpToolInput, type ToolInputs } from "./tools.ts";
import { ToolUseId } from "./scalars.ts";

/** A closed content block tagged `type`: the API's blocks have no extra keys in session files. */
export function block<const T extends string>(type: T, properties: TProperties, description?: string): TObject {
  return Type.Object({ type: Type.Literal(type), ...properties }, { additionalProperties: false, ...(description ? { description } : {}) });
}

export const ImageSource = Type.Object(
  {
    type: Type.Literal("base64"),
    media_type: Type.Union([Type.Literal("image/png"), Type.Literal("image/jpeg"), Type.Literal("image/gif"), Type.Literal("image/webp")]),
    data: Type.String(),
  },
  { additionalProperties: true },
);

export const TextBlock = block("text", { text: Type.String() });
export const ThinkingBlock = block("thinking", { thinking: Type.String(), signature: Type.String() });
export const ImageBlock = block("image", { source: ImageSource });

/** How a tool was invoked; so far always `{"type": "direct"}`. */
export const ToolUseCaller = Type.Object({ type: Type.String() }, { additionalProperties: true });

// Items of a tool_result's content: strings, or these objects told apart by `type`.
export const ToolResultTextItem = Type.Object({ type: Type.Literal("text"), text: Type.String() }, { additionalProperties: true });
export const ToolResultImageItem = Type.Object({ type: Type.Literal("image"), source: ImageSource }, { additionalProperties: true });

// New in v2.1.59.
export const DocumentBlock = block(
  "document",
  {
    source: Type.Object(
      { type: Type.Literal("base64"), media_type: Type.Literal("application/pdf"), data: Type.String() },
      { additionalProperties: true },
    ),
  },
  "A PDF or other document, e.g. pasted into the prompt",
);
export const ToolReferenceBlock = block("tool_reference", { tool_name: Type.String() }, "A reference to a tool, as ToolSearch returns");

/** The tool-name enum: one of the version's known tools, or any name matching the MCP pattern. */
export function toolNameOf(inputs: ToolInputs, mcpToolName: TString) {
  return OpenStringEnum(Object.keys(inputs), mcpToolName);
}

/**
 * Every input a tool_use block may carry, with no tag: the known tools' inputs, then any object (MCP
 * tools). Which one applies is decided by the block's `name` (`inputRulesOf`), not by the input.
 */
export function toolInputOf(inputs: ToolInputs): TSchema {
  return Type.Union([...Object.values(inputs), McpToolInput], { description: "Tool input: which one is decided by the tool_use block's name" });
}

/** `name` picks the input: for each known tool, `if name is X then input is XInput`. */
function inputRulesOf(inputs: ToolInputs): object[] {
  return Object.entries(inputs).map(([name, input]) => ({
    if: { properties: { name: { const: name } }, required: ["name"] },
    then: { properties: { input } },
  }));
}

export function toolUseBlockOf(inputs: ToolInputs, toolName: TSchema, toolInput: TSchema, extraFields: TProperties): TObject {
  return Type.Object(
    { type: Type.Literal("tool_use"), id: ToolUseId, name: toolName, input: toolInput, ...extraFields },
    { additionalProperties: false, allOf: inputRulesOf(inputs) },
  );
}

/** A tool result's content item: a string, or one of the object items told apart by `type`. */
export function toolResultContentItemOf(items: Readonly<Record<string, TObject>>): TSchema {
  return Type.Union([Type.String(), Type.Union(Object.values(items), { discriminator: { propertyName: "type" } })]);
}

export function toolResultBlockOf(contentItem: TSchema): TObject {
  return block("tool_result", {
    tool_use_id: ToolUseId,
    content: Type.Union([Type.String(), Type.Array(contentItem)]),
    is_error: Type.Optional(Type.Boolean()),
  });
}

export function contentBlockOf(blocks: Readonly<Record<string, TObject>>): TSchema {
  return Type.Union(Object.values(blocks), { discriminator: { propertyName: "type" } });
}

/** The definition names tool inputs get, in the order of the known tools. */
export function toolInputDefinitions(inputs: ToolInputs): Record<string, TObject> {
  return Object.fromEntries(Object.entries(inputs).map(([name, input]) => [toolInputDefinitionName(name), input]));
}
