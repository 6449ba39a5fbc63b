// Tool inputs: what the model passes to each built-in tool, by tool name, per format version.
//
// Every input is an open object. The CLI adds parameters to its tools between releases (v2.1.x gave
// Read `pages` and Grep `context`), so a parameter we do not know yet is not an error; a known one
// with the wrong type, or a missing required one, is. Which input a `tool_use` block carries is decided
// by its `name` (see content.ts); the inputs themselves carry no tag.
import { Type, type TObject, type TProperties, type TSchema } from "@sinclair/typebox";
import { StringLiteralUnion } from "../primitives.ts";
import { AnyObject } from "./scalars.ts";

/** Known tool name → the schema of its input. The known-name enum is derived from the keys. */
export type ToolInputs = Readonly<Record<string, TObject>>;

/** A version's tools: their inputs, and the shapes inside those inputs that get names of their own. */
export interface ToolSet {
  readonly inputs: ToolInputs;
  readonly definitions: Readonly<Record<string, TSchema>>;
}

/** An input object: the given parameters typed, any others allowed. */
export function toolInput(properties: TProperties, description?: string): TObject {
  return Type.Object(properties, { additionalProperties: true, ...(description ? { description } : {}) });
}

/** The definition name of a tool's input: `Bash` → `BashInput`, `ListMcpResourcesTool` → `ListMcpResourcesInput`. */
export function toolInputDefinitionName(toolName: string): string {
  return `${toolName.replace(/Tool$/, "")}Input`;
}

/** MCP tools are named `mcp__<server>__<tool>`; their input is whatever the server's tool declares. */
export const McpToolInput = Type.Object({}, { additionalProperties: true, description: "Input of an MCP tool: any object" });

const Timeout = Type.Integer({ minimum: 0, maximum: 600000, description: "milliseconds" });

export const TodoItem = Type.Object(
  {
    content: Type.String({ minLength: 1 }),
    status: StringLiteralUnion(["pending", "in_progress", "completed"]),
    activeForm: Type.String({ minLength: 1 }),
  },
  { additionalProperties: true },
);

/** An AskUserQuestion question, over the option shape of its version. */
export function questionOf(option: TObject): TObject {
  return Type.Object(
    {
      question: Type.String(),
      header: Type.String({ maxLength: 12 }),
      options: Type.Array(option, { minItems: 2, maxItems: 4 }),
      multiSelect: Type.Boolean(),
    },
    { additionalProperties: true },
  );
}

export const QuestionOption = Type.Object({ label: Type.String(), description: Type.String() }, { additionalProperties: true });

const MultiEditEdit = Type.Object(
  { old_string: Type.String(), new_string: Type.String(), replace_all: Type.Optional(Type.Boolean()) },
  { additionalProperties: true },
);

const Question = questionOf(QuestionOption);

/** CLI ≤ 2.0.x (format v2.0.76). */
const inputsV2_0_76 = {
  Bash: toolInput({
    command: Type.String(),
    description: Type.Optional(Type.String()),
    timeout: Type.Optional(Timeout),
    run_in_background: Type.Optional(Type.Boolean()),
    dangerouslyDisableSandbox: Type.Optional(Type.Boolean()),
  }),
  Read: toolInput({
    file_path: Type.String(),
    offset: Type.Optional(Type.Integer({ minimum: 0 })),
    limit: Type.Optional(Type.Integer({ minimum: 1 })),
  }),
  Write: toolInput({ file_path: Type.String(), content: Type.String() }),
  Edit: toolInput({
    file_path: Type.String(),
    old_string: Type.String(),
    new_string: Type.String(),
    replace_all: Type.Optional(Type.Boolean()),
  }),
  // Not in the reverse-engineered schema; CLI 1.0.x sessions use it.
  MultiEdit: toolInput({ file_path: Type.String(), edits: Type.Array(MultiEditEdit) }),
  Glob: toolInput({ pattern: Type.String(), path: Type.Optional(Type.String()) }),
  Grep: toolInput({
    pattern: Type.String(),
    path: Type.Optional(Type.String()),
    output_mode: Type.Optional(StringLiteralUnion(["content", "files_with_matches", "count"])),
    glob: Type.Optional(Type.String()),
    type: Type.Optional(Type.String()),
    head_limit: Type.Optional(Type.Integer({ minimum: 0 })),
    offset: Type.Optional(Type.Integer({ minimum: 0 })),
    multiline: Type.Optional(Type.Boolean()),
    "-A": Type.Optional(Type.Integer({ minimum: 0 })),
    "-B": Type.Optional(Type.Integer({ minimum: 0 })),
    "-C": Type.Optional(Type.Integer({ minimum: 0 })),
    "-i": Type.Optional(Type.Boolean()),
    "-n": Type.Optional(Type.Boolean()),
  }),
  WebSearch: toolInput({
    query: Type.String({ minLength: 2 }),
    allowed_domains: Type.Optional(Type.Array(Type.String())),
    blocked_domains: Type.Optional(Type.Array(Type.String())),
  }),
  WebFetch: toolInput({ url: Type.String({ format: "uri" }), prompt: Type.String() }),
  Task: toolInput({
    description: Type.String(),
    // Required in the reverse-engineered schema; a CLI 1.0.108 session has a Task call without it.
    prompt: Type.Optional(Type.String()),
    subagent_type: Type.String(),
    run_in_background: Type.Optional(Type.Boolean()),
    model: Type.Optional(StringLiteralUnion(["sonnet", "opus", "haiku"])),
    resume: Type.Optional(Type.String()),
  }),
  TodoWrite: toolInput({ todos: Type.Array(TodoItem) }),
  AskUserQuestion: toolInput({
    questions: Type.Array(Question, { minItems: 1, maxItems: 4 }),
    answers: Type.Optional(Type.Object({}, { additionalProperties: Type.String() })),
  }),
  NotebookEdit: toolInput({
    notebook_path: Type.String(),
    new_source: Type.String(),
    cell_id: Type.Optional(Type.String()),
    cell_type: Type.Optional(StringLiteralUnion(["code", "markdown"])),
    edit_mode: Type.Optional(StringLiteralUnion(["replace", "insert", "delete"])),
  }),
  EnterPlanMode: toolInput({}),
  ExitPlanMode: toolInput({ plan: Type.Optional(Type.String()) }),
  Skill: toolInput({ skill: Type.String(), args: Type.Optional(Type.String()) }),
  KillShell: toolInput({ shell_id: Type.String() }),
  // KillBash and BashOutput are the CLI 1.0.x names of KillShell and TaskOutput (for shells).
  KillBash: toolInput({ shell_id: Type.String() }),
  BashOutput: toolInput({ bash_id: Type.String(), filter: Type.Optional(Type.String()) }),
  TaskOutput: toolInput({
    task_id: Type.String(),
    block: Type.Optional(Type.Boolean()),
    timeout: Type.Optional(Timeout),
  }),
} satisfies ToolInputs;

export const toolsV2_0_76 = {
  inputs: inputsV2_0_76,
  definitions: { TodoItem, QuestionOption, Question },
} satisfies ToolSet;

// ---- v2.1.59 (CLI 2.1.2 and later): changed inputs, then new tools -------------------------------

const QuestionOptionV2_1_59 = Type.Object(
  { ...QuestionOption.properties, markdown: Type.Optional(Type.String({ description: "Preview shown when the option is focused" })) },
  { additionalProperties: true },
);

const QuestionV2_1_59 = questionOf(QuestionOptionV2_1_59);

const AllowedPrompt = Type.Object({ tool: StringLiteralUnion(["Bash"]), prompt: Type.String() }, { additionalProperties: true });

export const PermissionMode = StringLiteralUnion(["acceptEdits", "bypassPermissions", "default", "dontAsk", "plan"]);

const v2_0_76 = inputsV2_0_76;

const inputsV2_1_59 = {
  ...v2_0_76,
  Bash: toolInput({ ...v2_0_76.Bash.properties, timeout: Type.Optional(Type.Number({ minimum: 0, maximum: 600000 })) }),
  Read: toolInput({ ...v2_0_76.Read.properties, pages: Type.Optional(Type.String({ description: "Page range of a PDF, e.g. 1-5" })) }),
  Grep: toolInput({ ...v2_0_76.Grep.properties, context: Type.Optional(Type.Integer({ minimum: 0, description: "alias of -C" })) }),
  Task: toolInput({
    ...v2_0_76.Task.properties,
    name: Type.Optional(Type.String()),
    team_name: Type.Optional(Type.String()),
    mode: Type.Optional(PermissionMode),
    max_turns: Type.Optional(Type.Integer({ exclusiveMinimum: 0, maximum: 9007199254740991 })),
    isolation: Type.Optional(StringLiteralUnion(["worktree"])),
  }),
  AskUserQuestion: toolInput({
    ...v2_0_76.AskUserQuestion.properties,
    questions: Type.Array(QuestionV2_1_59, { minItems: 1, maxItems: 4 }),
    annotations: Type.Optional(
      Type.Object({}, { additionalProperties: Type.Object({ markdown: Type.Optional(Type.String()), notes: Type.Optional(Type.String()) }, { additionalProperties: true }) }),
    ),
    metadata: Type.Optional(Type.Object({ source: Type.Optional(Type.String()) }, { additionalProperties: true })),
  }),
  ExitPlanMode: toolInput({ ...v2_0_76.ExitPlanMode.properties, allowedPrompts: Type.Optional(Type.Array(AllowedPrompt)) }),
  TaskOutput: toolInput({
    task_id: Type.String(),
    block: Type.Boolean(),
    timeout: Type.Number({ minimum: 0, maximum: 600000, default: 30000 }),
  }),
  TaskStop: toolInput({ task_id: Type.Optional(Type.String()), shell_id: Type.Optional(Type.String({ description: "deprecated: task_id" })) }),
  ToolSearch: toolInput({ query: Type.String(), max_results: Type.Number({ minimum: 1, default: 5 }) }),
  SendMessage: toolInput({
    type: StringLiteralUnion(["message", "broadcast", "shutdown_request", "shutdown_response", "plan_approval_response"]),
    recipient: Type.Optional(Type.String()),
    content: Type.Optional(Type.String()),
    summary: Type.Optional(Type.String()),
    request_id: Type.Optional(Type.String()),
    approve: Type.Optional(Type.Boolean()),
  }),
  TaskCreate: toolInput({
    subject: Type.String(),
    description: Type.String(),
    activeForm: Type.Optional(Type.String()),
    metadata: Type.Optional(AnyObject),
  }),
  TaskUpdate: toolInput({
    taskId: Type.String(),
    status: Type.Optional(StringLiteralUnion(["pending", "in_progress", "completed", "deleted"])),
    subject: Type.Optional(Type.String()),
    description: Type.Optional(Type.String()),
    activeForm: Type.Optional(Type.String()),
    owner: Type.Optional(Type.String()),
    metadata: Type.Optional(AnyObject),
    addBlocks: Type.Optional(Type.Array(Type.String())),
    addBlockedBy: Type.Optional(Type.Array(Type.String())),
  }),
  TaskList: toolInput({}),
  TaskGet: toolInput({ taskId: Type.String() }),
  TeamCreate: toolInput({ team_name: Type.String(), description: Type.Optional(Type.String()), agent_type: Type.Optional(Type.String()) }),
  TeamDelete: toolInput({}),
  EnterWorktree: toolInput({ name: Type.Optional(Type.String()) }),
  ListMcpResourcesTool: toolInput({ server: Type.Optional(Type.String()) }),
  ReadMcpResourceTool: toolInput({ server: Type.String(), uri: Type.String() }),
} satisfies ToolInputs;

export const toolsV2_1_59 = {
  inputs: inputsV2_1_59,
  definitions: { ...toolsV2_0_76.definitions, QuestionOption: QuestionOptionV2_1_59, Question: QuestionV2_1_59, AllowedPrompt, PermissionMode },
} satisfies ToolSet;
