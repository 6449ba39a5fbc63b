// A version of the Claude Code session format is a set of parts (versions.ts): its tools, content
// blocks, record fields, progress data. `sessionDefinitions` builds the same structure from any set of
// parts, so a later version is written as the earlier version's parts plus its changes.
import { Type, type TObject, type TProperties, type TSchema, type TString } from "@sinclair/typebox";
import {
  contentBlockOf,
  toolInputDefinitions,
  toolInputOf,
  toolNameOf,
  toolResultBlockOf,
  toolResultContentItemOf,
  toolUseBlockOf,
} from "./content.ts";
import { CliVersion, ModelId, Timestamp, Uuid } from "./scalars.ts";
import { McpToolInput, type ToolSet } from "./tools.ts";

export interface SessionFormat {
  /** The format's version: the CLI version the reverse-engineered schema it follows was named after. */
  readonly version: string;
  /** The oldest CLI version that writes this format; a newer format's first version ends it. */
  readonly firstCliVersion: string;
  readonly tools: ToolSet;
  /** The names MCP tools have: `mcp__<server>__<tool>`. */
  readonly mcpToolName: TString;
  /** Fields of a tool_use block besides `type`, `id`, `name` and `input`. */
  readonly toolUseFields: TProperties;
  /** The object items of a tool_result's content (strings are items too), told apart by `type`. */
  readonly toolResultItems: Readonly<Record<string, TObject>>;
  /** Content blocks besides `ToolUseBlock` and `ToolResultBlock`, which are built from the parts above. */
  readonly contentBlocks: Readonly<Record<string, TObject>>;
  /** Shapes the records use that get a definition name of their own (`UsageInfo`, `ProgressData`, …). */
  readonly namedShapes: Readonly<Record<string, TSchema>>;
  /** Fields every conversation record (user, assistant, system, progress) carries. */
  readonly envelope: TProperties;
  /** Records by definition name: the root union's variants, told apart by `type`. */
  readonly records: Readonly<Record<string, RecordSpec>>;
}

export interface RecordSpec {
  /** The record's `type` tag. */
  readonly type: string;
  readonly description: string;
  /** Whether it is a conversation record, carrying the format's envelope fields. */
  readonly conversation: boolean;
  /** The record's own fields, over the definitions built from the format's other parts. */
  readonly fields: (definitions: BuiltDefinitions) => TProperties;
}

/** The definitions built before the records, by name; `get` fails loudly on a name the format lacks. */
export class BuiltDefinitions {
  constructor(readonly all: Readonly<Record<string, TSchema>>) {}

  get(name: string): TSchema {
    const schema = this.all[name];
    if (schema === undefined) throw new Error(`Claude Code session format: no definition "${name}" for a record to use`);
    return schema;
  }
}

export const ROOT_DEFINITION = "ClaudeCodeRecord";
export const RECORD_TAG = "type";

/** Every definition of a format version, in document order; the last is the root union of records. */
export function sessionDefinitions(format: SessionFormat): Record<string, TSchema> {
  const inputs = format.tools.inputs;
  const ToolName = toolNameOf(inputs, format.mcpToolName);
  const ToolInput = toolInputOf(inputs);
  const ToolUseBlock = toolUseBlockOf(inputs, ToolName, ToolInput, format.toolUseFields);
  const ToolResultContentItem = toolResultContentItemOf(format.toolResultItems);
  const ToolResultBlock = toolResultBlockOf(ToolResultContentItem);
  const blocks = { ToolUseBlock, ToolResultBlock, ...format.contentBlocks };
  const ContentBlock = contentBlockOf(blocks);
  const UserMessageContent = Type.Union([Type.String(), Type.Array(ContentBlock)], {
    description: "A string (typed prompts, compaction summaries) or content blocks",
  });
  const built = new BuiltDefinitions({
    UUID: Uuid,
    ISO8601Timestamp: Timestamp,
    CLIVersion: CliVersion,
    ModelId,
    BuiltInToolName: ToolName.anyOf[0]!,
    MCPToolName: format.mcpToolName,
    ToolName,
    ...format.tools.definitions,
    ...toolInputDefinitions(inputs),
    MCPToolInput: McpToolInput,
    ToolInput,
    ...blocks,
    ...format.toolResultItems,
    ToolResultContentItem,
    ContentBlock,
    UserMessageContent,
    ...format.namedShapes,
  });
  const records = Object.fromEntries(
    Object.entries(format.records).map(([name, spec]) => [
      name,
      Type.Object(
        { type: Type.Literal(spec.type), ...(spec.conversation ? format.envelope : {}), ...spec.fields(built) },
        { additionalProperties: true, description: spec.description },
      ),
    ]),
  );
  return {
    ...built.all,
    ...records,
    [ROOT_DEFINITION]: Type.Union(Object.values(records), { discriminator: { propertyName: RECORD_TAG } }),
  };
}
