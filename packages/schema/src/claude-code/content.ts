// Content blocks: what user and assistant messages are made of (Anthropic Messages API blocks), and
// the builders for the ones that depend on a version's tools.
import { Type, type TObject, type TProperties, type TSchema, type TString } from "@sinclair/typebox";
import { described, OpenStringEnum, StringLiteralUnion } from "../primitives.ts";
import { toolInputDefinitionName, McpToolInput, type ToolInputs } from "./tools.ts";
import { ToolUseId } from "./scalars.ts";

/** A closed content block tagged `type`: the API's blocks have no extra keys in session files. */
export function block<const T extends string>(type: T, properties: TProperties, description: string): TObject {
  return Type.Object({ type: blockTag(type), ...properties }, { additionalProperties: false, description });
}

/** The `type` tag of a content block or item, as every output documents it. */
function blockTag<const T extends string>(type: T) {
  return Type.Literal(type, { description: `Always \`${type}\`.` });
}

export const ImageSource = Type.Object(
  {
    type: Type.Literal("base64", { description: "Always `base64`: the image is inline." }),
    media_type: StringLiteralUnion(
      { "image/png": "A PNG image.", "image/jpeg": "A JPEG image.", "image/gif": "A GIF image.", "image/webp": "A WebP image." },
      { description: "The image's format, as a MIME type." },
    ),
    data: Type.String({ description: "The image's bytes, base64-encoded." }),
  },
  { additionalProperties: true, description: "An image's bytes, inline." },
);

export const TextBlock = block("text", { text: Type.String({ description: "The text, in Markdown as the model wrote it (or as the user typed it)." }) }, "Text written by the model or the user.");
export const ThinkingBlock = block(
  "thinking",
  {
    thinking: Type.String({ description: "The model's reasoning, in words (empty when the API redacted it)." }),
    signature: Type.String({ description: "The API's signature over the reasoning (base64), which lets it be sent back unchanged in later turns." }),
  },
  "The model's reasoning before its answer (extended thinking).",
);
export const ImageBlock = block("image", { source: described(ImageSource, "The image.") }, "An image, e.g. pasted into the prompt or read by a tool.");

/** How a tool was invoked; so far always `{"type": "direct"}`. */
export const ToolUseCaller = Type.Object(
  { type: Type.String({ description: "The way the tool was called; so far always `direct`." }) },
  { additionalProperties: true, description: "How a tool was invoked: so far always `{\"type\": \"direct\"}`." },
);

// Items of a tool_result's content: strings, or these objects told apart by `type`.
export const ToolResultTextItem = Type.Object(
  { type: blockTag("text"), text: Type.String({ description: "The text the tool returned." }) },
  { additionalProperties: true, description: "Text in a tool's result." },
);
export const ToolResultImageItem = Type.Object(
  { type: blockTag("image"), source: described(ImageSource, "The image.") },
  { additionalProperties: true, description: "An image in a tool's result (e.g. a screenshot, or an image file Read opened)." },
);

// New in v2.1.59.
export const DocumentBlock = block(
  "document",
  {
    source: Type.Object(
      {
        type: Type.Literal("base64", { description: "Always `base64`: the document is inline." }),
        media_type: Type.Literal("application/pdf", { description: "The document's format; so far always PDF." }),
        data: Type.String({ description: "The document's bytes, base64-encoded." }),
      },
      { additionalProperties: true, description: "The document's bytes, inline." },
    ),
  },
  "A PDF or other document, e.g. pasted into the prompt.",
);
export const ToolReferenceBlock = block(
  "tool_reference",
  { tool_name: Type.String({ description: "The tool referred to, by name." }) },
  "A reference to a tool, as ToolSearch returns: the tool becomes available to the model.",
);

/** What a built-in tool does, from its input's description ("Input of Bash: run a shell command."). */
function toolMeaning(name: string, input: TSchema): string {
  const description = typeof input.description === "string" ? input.description : "";
  const purpose = description.replace(new RegExp(`^Input of ${name}: `), "");
  return purpose === "" ? `The built-in tool \`${name}\`.` : `The built-in tool \`${name}\`: ${purpose}`;
}

/** The tool-name enum: one of the version's known tools, or any name matching the MCP pattern. */
export function toolNameOf(inputs: ToolInputs, mcpToolName: TString) {
  return OpenStringEnum(Object.fromEntries(Object.entries(inputs).map(([name, input]) => [name, toolMeaning(name, input)])), mcpToolName, {
    description: "A tool's name: one of the CLI's built-in tools, or an MCP tool (`mcp__<server>__<tool>`).",
    knownDescription: "The name of one of the CLI's built-in tools.",
  });
}

/**
 * Every input a tool_use block may carry, with no tag: the known tools' inputs, then any object (MCP
 * tools). Which one applies is decided by the block's `name` (`inputRulesOf`), not by the input.
 */
export function toolInputOf(inputs: ToolInputs): TSchema {
  return Type.Union([...Object.values(inputs), McpToolInput], { description: "A tool call's arguments: the input of the tool the block's `name` names (each tool's input is an open object; an MCP tool's is any object)." });
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
    {
      type: blockTag("tool_use"),
      id: described(ToolUseId, "The call's id; the `tool_result` block that answers it carries the same id as `tool_use_id`."),
      name: described(toolName, "The tool called: it decides which input `input` is."),
      input: described(toolInput, "The call's arguments, of the input of the tool `name` names."),
      ...extraFields,
    },
    { additionalProperties: false, allOf: inputRulesOf(inputs), description: "The model calls a tool: the tool's name and its arguments. A user record answers it with a `tool_result` block." },
  );
}

/** A tool result's content item: a string, or one of the object items told apart by `type`. */
export function toolResultContentItemOf(items: Readonly<Record<string, TObject>>): TSchema {
  return Type.Union(
    [
      Type.String({ description: "Text the tool returned." }),
      Type.Union(Object.values(items), { discriminator: { propertyName: "type" }, description: "An item of a tool's result other than a string, told apart by `type`." }),
    ],
    { description: "One item of a tool's result: a string, or an object told apart by `type`." },
  );
}

export function toolResultBlockOf(contentItem: TSchema): TObject {
  return block(
    "tool_result",
    {
      tool_use_id: described(ToolUseId, "The `tool_use` block this answers, by its `id`."),
      content: Type.Union([Type.String(), Type.Array(contentItem)], { description: "What the tool returned: a string, or a list of items (text, images, tool references)." }),
      is_error: Type.Optional(Type.Boolean({ description: "True when the tool failed (or the user refused the call); `content` then says why." })),
    },
    "A tool's result, sent back to the model in a user record.",
  );
}

export function contentBlockOf(blocks: Readonly<Record<string, TObject>>): TSchema {
  return Type.Union(Object.values(blocks), { discriminator: { propertyName: "type" }, description: "One block of a message's content (as the Anthropic Messages API has them), told apart by `type`." });
}

/** The definition names tool inputs get, in the order of the known tools. */
export function toolInputDefinitions(inputs: ToolInputs): Record<string, TObject> {
  return Object.fromEntries(Object.entries(inputs).map(([name, input]) => [toolInputDefinitionName(name), input]));
}
