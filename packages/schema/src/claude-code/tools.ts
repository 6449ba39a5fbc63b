// Tool inputs: what the model passes to each built-in tool, by tool name, per format version.
//
// Every input is an open object. The CLI adds parameters to its tools between releases (v2.1.x gave
// Read `pages` and Grep `context`), so a parameter we do not know yet is not an error; a known one
// with the wrong type, or a missing required one, is. Which input a `tool_use` block carries is decided
// by its `name` (see content.ts); the inputs themselves carry no tag.
import { Type, type TObject, type TProperties, type TSchema } from "@sinclair/typebox";
import { described, StringLiteralUnion } from "../primitives.ts";
import { AnyObject } from "./scalars.ts";

/** Known tool name → the schema of its input. The known-name enum is derived from the keys. */
export type ToolInputs = Readonly<Record<string, TObject>>;

/** A version's tools: their inputs, and the shapes inside those inputs that get names of their own. */
export interface ToolSet {
  readonly inputs: ToolInputs;
  readonly definitions: Readonly<Record<string, TSchema>>;
}

/** An input object: the given parameters typed, any others allowed. */
export function toolInput(properties: TProperties, description: string): TObject {
  return Type.Object(properties, { additionalProperties: true, description });
}

/** The definition name of a tool's input: `Bash` → `BashInput`, `ListMcpResourcesTool` → `ListMcpResourcesInput`. */
export function toolInputDefinitionName(toolName: string): string {
  return `${toolName.replace(/Tool$/, "")}Input`;
}

/** MCP tools are named `mcp__<server>__<tool>`; their input is whatever the server's tool declares. */
export const McpToolInput = Type.Object({}, { additionalProperties: true, description: "The input of an MCP tool: any object, as the MCP server declares it." });

const Timeout = Type.Integer({ minimum: 0, maximum: 600000, description: "How long to wait before giving up, in milliseconds (at most 10 minutes)." });

const filePath = (what: string) => Type.String({ description: `Absolute path of the ${what}.` });

export const TodoItem = Type.Object(
  {
    content: Type.String({ minLength: 1, description: "What is to be done, in the imperative, e.g. `Run the tests`." }),
    status: StringLiteralUnion(
      { pending: "Not started.", in_progress: "Being worked on now.", completed: "Done." },
      { description: "Where the item stands." },
    ),
    activeForm: Type.String({ minLength: 1, description: "The same in the present continuous, shown while it is in progress, e.g. `Running the tests`." }),
  },
  { additionalProperties: true, description: "One item of the model's todo list." },
);

/** An AskUserQuestion question, over the option shape of its version. */
export function questionOf(option: TObject): TObject {
  return Type.Object(
    {
      question: Type.String({ description: "The question, in full." }),
      header: Type.String({ maxLength: 12, description: "A short label for the question (at most 12 characters), shown as a chip." }),
      options: Type.Array(option, { minItems: 2, maxItems: 4, description: "The answers offered, 2 to 4 (the user may also write their own)." }),
      multiSelect: Type.Boolean({ description: "True when the user may pick several options." }),
    },
    { additionalProperties: true, description: "One question the model asks the user, with the answers it offers." },
  );
}

export const QuestionOption = Type.Object(
  {
    label: Type.String({ description: "The option's text, as the user sees it." }),
    description: Type.String({ description: "What choosing it means." }),
  },
  { additionalProperties: true, description: "One answer offered to a question." },
);

const oldString = Type.String({ description: "The exact text to replace." });
const newString = Type.String({ description: "The text to put in its place." });
const replaceAll = Type.Boolean({ description: "True to replace every occurrence; otherwise `old_string` must occur exactly once." });

const MultiEditEdit = Type.Object(
  { old_string: oldString, new_string: newString, replace_all: Type.Optional(replaceAll) },
  { additionalProperties: true, description: "One replacement of a MultiEdit call." },
);

const Question = questionOf(QuestionOption);

/** CLI ≤ 2.0.x (format v2.0.76). */
const inputsV2_0_76 = {
  Bash: toolInput(
    {
      command: Type.String({ description: "The shell command to run." }),
      description: Type.Optional(Type.String({ description: "What the command does, in a few words, shown to the user." })),
      timeout: Type.Optional(Timeout),
      run_in_background: Type.Optional(Type.Boolean({ description: "True to run it as a background task (its output is read later with TaskOutput)." })),
      dangerouslyDisableSandbox: Type.Optional(Type.Boolean({ description: "True to run it outside the CLI's sandbox." })),
    },
    "Input of Bash: run a shell command.",
  ),
  Read: toolInput(
    {
      file_path: filePath("file to read"),
      offset: Type.Optional(Type.Integer({ minimum: 0, description: "The line to start reading at." })),
      limit: Type.Optional(Type.Integer({ minimum: 1, description: "How many lines to read." })),
    },
    "Input of Read: read a file (text, image, PDF or notebook).",
  ),
  Write: toolInput({ file_path: filePath("file to write"), content: Type.String({ description: "The file's whole new content." }) }, "Input of Write: create or overwrite a file."),
  Edit: toolInput(
    { file_path: filePath("file to edit"), old_string: oldString, new_string: newString, replace_all: Type.Optional(replaceAll) },
    "Input of Edit: replace text in a file.",
  ),
  // Not in the reverse-engineered schema; CLI 1.0.x sessions use it.
  MultiEdit: toolInput(
    { file_path: filePath("file to edit"), edits: Type.Array(MultiEditEdit, { description: "The replacements, applied in order." }) },
    "Input of MultiEdit (CLI 1.0.x): several replacements in one file.",
  ),
  Glob: toolInput(
    {
      pattern: Type.String({ description: "The glob to match file paths against, e.g. `src/**/*.ts`." }),
      path: Type.Optional(Type.String({ description: "The directory to search; the working directory when absent." })),
    },
    "Input of Glob: find files by name pattern.",
  ),
  Grep: toolInput(
    {
      pattern: Type.String({ description: "The regular expression to search for (ripgrep syntax)." }),
      path: Type.Optional(Type.String({ description: "The file or directory to search; the working directory when absent." })),
      output_mode: Type.Optional(
        StringLiteralUnion(
          { content: "The matching lines.", files_with_matches: "Only the paths of the files that match (the default).", count: "The number of matches per file." },
          { description: "What to return." },
        ),
      ),
      glob: Type.Optional(Type.String({ description: "Only search files whose path matches this glob, e.g. `*.ts`." })),
      type: Type.Optional(Type.String({ description: "Only search files of this ripgrep type, e.g. `js`, `py`." })),
      head_limit: Type.Optional(Type.Integer({ minimum: 0, description: "Return at most this many lines or entries." })),
      offset: Type.Optional(Type.Integer({ minimum: 0, description: "Skip this many lines or entries first." })),
      multiline: Type.Optional(Type.Boolean({ description: "True to let the pattern span lines." })),
      "-A": Type.Optional(Type.Integer({ minimum: 0, description: "Lines to show after each match." })),
      "-B": Type.Optional(Type.Integer({ minimum: 0, description: "Lines to show before each match." })),
      "-C": Type.Optional(Type.Integer({ minimum: 0, description: "Lines to show before and after each match." })),
      "-i": Type.Optional(Type.Boolean({ description: "True to ignore case." })),
      "-n": Type.Optional(Type.Boolean({ description: "True to show line numbers." })),
    },
    "Input of Grep: search file contents with a regular expression.",
  ),
  WebSearch: toolInput(
    {
      query: Type.String({ minLength: 2, description: "The search query." }),
      allowed_domains: Type.Optional(Type.Array(Type.String(), { description: "Only return results from these domains." })),
      blocked_domains: Type.Optional(Type.Array(Type.String(), { description: "Never return results from these domains." })),
    },
    "Input of WebSearch: search the web.",
  ),
  WebFetch: toolInput(
    {
      url: Type.String({ format: "uri", description: "The page to fetch." }),
      prompt: Type.String({ description: "What to extract from the page." }),
    },
    "Input of WebFetch: fetch a web page and have a model read it.",
  ),
  Task: toolInput(
    {
      description: Type.String({ description: "The task in a few words, shown to the user." }),
      // Required in the reverse-engineered schema; a CLI 1.0.108 session has a Task call without it.
      prompt: Type.Optional(Type.String({ description: "The subagent's instructions, in full." })),
      subagent_type: Type.String({ description: "Which kind of subagent runs it, e.g. `general-purpose`, `Explore`, `Plan`." }),
      run_in_background: Type.Optional(Type.Boolean({ description: "True to let the subagent run in the background." })),
      model: Type.Optional(
        StringLiteralUnion({ sonnet: "Claude Sonnet.", opus: "Claude Opus.", haiku: "Claude Haiku." }, { description: "The model the subagent uses, instead of the default." }),
      ),
      resume: Type.Optional(Type.String({ description: "The id of an earlier subagent to continue." })),
    },
    "Input of Task: hand a task to a subagent.",
  ),
  TodoWrite: toolInput({ todos: Type.Array(TodoItem, { description: "The whole todo list, as it stands now." }) }, "Input of TodoWrite: replace the model's todo list."),
  AskUserQuestion: toolInput(
    {
      questions: Type.Array(Question, { minItems: 1, maxItems: 4, description: "The questions, 1 to 4." }),
      answers: Type.Optional(Type.Object({}, { additionalProperties: Type.String(), description: "The user's answers, by question text." })),
    },
    "Input of AskUserQuestion: ask the user questions with offered answers.",
  ),
  NotebookEdit: toolInput(
    {
      notebook_path: filePath("Jupyter notebook"),
      new_source: Type.String({ description: "The cell's new source." }),
      cell_id: Type.Optional(Type.String({ description: "The cell to change (or to insert after)." })),
      cell_type: Type.Optional(StringLiteralUnion({ code: "A code cell.", markdown: "A Markdown cell." }, { description: "The cell's type." })),
      edit_mode: Type.Optional(
        StringLiteralUnion(
          { replace: "Replace the cell's source (the default).", insert: "Insert a new cell.", delete: "Delete the cell." },
          { description: "What to do with the cell." },
        ),
      ),
    },
    "Input of NotebookEdit: change a cell of a Jupyter notebook.",
  ),
  EnterPlanMode: toolInput({}, "Input of EnterPlanMode (none): switch to plan mode, where the model plans before changing anything."),
  ExitPlanMode: toolInput({ plan: Type.Optional(Type.String({ description: "The plan, in Markdown, for the user to approve." })) }, "Input of ExitPlanMode: present the plan and leave plan mode."),
  Skill: toolInput(
    { skill: Type.String({ description: "The skill to run, by name." }), args: Type.Optional(Type.String({ description: "Arguments for the skill." })) },
    "Input of Skill: run one of the user's skills.",
  ),
  KillShell: toolInput({ shell_id: Type.String({ description: "The background shell to stop." }) }, "Input of KillShell: stop a background shell."),
  // KillBash and BashOutput are the CLI 1.0.x names of KillShell and TaskOutput (for shells).
  KillBash: toolInput({ shell_id: Type.String({ description: "The background shell to stop." }) }, "Input of KillBash (CLI 1.0.x; later KillShell): stop a background shell."),
  BashOutput: toolInput(
    {
      bash_id: Type.String({ description: "The background shell to read." }),
      filter: Type.Optional(Type.String({ description: "Only return lines matching this regular expression." })),
    },
    "Input of BashOutput (CLI 1.0.x; later TaskOutput): read a background shell's new output.",
  ),
  TaskOutput: toolInput(
    {
      task_id: Type.String({ description: "The background task to read." }),
      block: Type.Optional(Type.Boolean({ description: "True to wait for the task to finish." })),
      timeout: Type.Optional(Timeout),
    },
    "Input of TaskOutput: read a background task's output.",
  ),
} satisfies ToolInputs;

export const toolsV2_0_76 = {
  inputs: inputsV2_0_76,
  definitions: { TodoItem, QuestionOption, Question },
} satisfies ToolSet;

// ---- v2.1.59 (CLI 2.1.2 and later): changed inputs, then new tools -------------------------------

const QuestionOptionV2_1_59 = Type.Object(
  { ...QuestionOption.properties, markdown: Type.Optional(Type.String({ description: "A preview shown while the option is focused." })) },
  { additionalProperties: true, description: QuestionOption.description },
);

const QuestionV2_1_59 = questionOf(QuestionOptionV2_1_59);

const AllowedPrompt = Type.Object(
  {
    tool: StringLiteralUnion({ Bash: "The Bash tool." }, { description: "The tool the permission is for." }),
    prompt: Type.String({ description: "The action allowed, in words, e.g. `run the test suite`." }),
  },
  { additionalProperties: true, description: "A permission the plan needs, described in words." },
);

export const PermissionMode = StringLiteralUnion(
  {
    acceptEdits: "File edits are accepted without asking.",
    bypassPermissions: "Nothing is asked.",
    default: "The user is asked before each sensitive action.",
    dontAsk: "Actions not already allowed are refused without asking.",
    plan: "Plan mode: the model only reads and plans.",
  },
  { description: "How the CLI asks the user for permission." },
);

const v2_0_76 = inputsV2_0_76;

const inputsV2_1_59 = {
  ...v2_0_76,
  Bash: toolInput(
    { ...v2_0_76.Bash.properties, timeout: Type.Optional(Type.Number({ minimum: 0, maximum: 600000, description: "How long to wait before giving up, in milliseconds (at most 10 minutes; may be fractional)." })) },
    v2_0_76.Bash.description!,
  ),
  Read: toolInput({ ...v2_0_76.Read.properties, pages: Type.Optional(Type.String({ description: "The pages of a PDF to read, e.g. `1-5`." })) }, v2_0_76.Read.description!),
  Grep: toolInput({ ...v2_0_76.Grep.properties, context: Type.Optional(Type.Integer({ minimum: 0, description: "Lines to show before and after each match (the same as `-C`)." })) }, v2_0_76.Grep.description!),
  Task: toolInput(
    {
      ...v2_0_76.Task.properties,
      name: Type.Optional(Type.String({ description: "A name for the subagent, as a team member (with `team_name`)." })),
      team_name: Type.Optional(Type.String({ description: "The team the subagent joins (made by TeamCreate)." })),
      mode: Type.Optional(described(PermissionMode, "The permission mode the subagent runs in.")),
      max_turns: Type.Optional(Type.Integer({ exclusiveMinimum: 0, maximum: 9007199254740991, description: "At most this many turns before the subagent stops." })),
      isolation: Type.Optional(StringLiteralUnion({ worktree: "In a temporary git worktree of its own." }, { description: "Where the subagent works." })),
    },
    v2_0_76.Task.description!,
  ),
  AskUserQuestion: toolInput(
    {
      ...v2_0_76.AskUserQuestion.properties,
      questions: Type.Array(QuestionV2_1_59, { minItems: 1, maxItems: 4, description: "The questions, 1 to 4." }),
      annotations: Type.Optional(
        Type.Object(
          {},
          {
            additionalProperties: Type.Object(
              {
                markdown: Type.Optional(Type.String({ description: "The preview of the option the user chose." })),
                notes: Type.Optional(Type.String({ description: "Notes the user added to the choice." })),
              },
              { additionalProperties: true, description: "What the user added to one answer." },
            ),
            description: "What the user added to their answers, by question text.",
          },
        ),
      ),
      metadata: Type.Optional(
        Type.Object(
          { source: Type.Optional(Type.String({ description: "What asked, e.g. `remember`." })) },
          { additionalProperties: true, description: "Where the questions came from, for the CLI's statistics." },
        ),
      ),
    },
    v2_0_76.AskUserQuestion.description!,
  ),
  ExitPlanMode: toolInput(
    { ...v2_0_76.ExitPlanMode.properties, allowedPrompts: Type.Optional(Type.Array(AllowedPrompt, { description: "Permissions the plan needs, for the user to grant with it." })) },
    v2_0_76.ExitPlanMode.description!,
  ),
  TaskOutput: toolInput(
    {
      task_id: Type.String({ description: "The background task to read." }),
      block: Type.Boolean({ description: "True to wait for the task to finish." }),
      timeout: Type.Number({ minimum: 0, maximum: 600000, default: 30000, description: "How long to wait, in milliseconds (at most 10 minutes)." }),
    },
    v2_0_76.TaskOutput.description!,
  ),
  TaskStop: toolInput(
    {
      task_id: Type.Optional(Type.String({ description: "The background task to stop." })),
      shell_id: Type.Optional(Type.String({ description: "The background shell to stop (deprecated: use `task_id`)." })),
    },
    "Input of TaskStop: stop a background task.",
  ),
  ToolSearch: toolInput(
    {
      query: Type.String({ description: "Keywords to search for, or `select:<tool name>` for one tool by name." }),
      max_results: Type.Number({ minimum: 1, default: 5, description: "At most this many tools." }),
    },
    "Input of ToolSearch: find tools that are not loaded yet and make them available.",
  ),
  SendMessage: toolInput(
    {
      type: StringLiteralUnion(
        {
          message: "A message to one team member.",
          broadcast: "A message to every team member.",
          shutdown_request: "Ask a team member to stop.",
          shutdown_response: "Answer a shutdown request.",
          plan_approval_response: "Approve or reject a team member's plan.",
        },
        { description: "What kind of message." },
      ),
      recipient: Type.Optional(Type.String({ description: "The team member it is for, by name (message, shutdown_request, plan_approval_response)." })),
      content: Type.Optional(Type.String({ description: "The message, reason or feedback." })),
      summary: Type.Optional(Type.String({ description: "A 5-to-10-word summary shown as a preview (message, broadcast)." })),
      request_id: Type.Optional(Type.String({ description: "The request answered (shutdown_response, plan_approval_response)." })),
      approve: Type.Optional(Type.Boolean({ description: "True to approve (shutdown_response, plan_approval_response)." })),
    },
    "Input of SendMessage: message other agents of a team.",
  ),
  TaskCreate: toolInput(
    {
      subject: Type.String({ description: "The task's title, in the imperative." }),
      description: Type.String({ description: "What is to be done, with its context and when it counts as done." }),
      activeForm: Type.Optional(Type.String({ description: "The title in the present continuous, shown while it is in progress." })),
      metadata: Type.Optional(described(AnyObject, "Any data to keep with the task.")),
    },
    "Input of TaskCreate: add a task to the team's task list.",
  ),
  TaskUpdate: toolInput(
    {
      taskId: Type.String({ description: "The task to change." }),
      status: Type.Optional(
        StringLiteralUnion(
          { pending: "Not started.", in_progress: "Being worked on.", completed: "Done.", deleted: "Removed from the list." },
          { description: "The task's new status." },
        ),
      ),
      subject: Type.Optional(Type.String({ description: "The task's new title." })),
      description: Type.Optional(Type.String({ description: "The task's new description." })),
      activeForm: Type.Optional(Type.String({ description: "The new title in the present continuous." })),
      owner: Type.Optional(Type.String({ description: "The team member to assign it to, by name." })),
      metadata: Type.Optional(described(AnyObject, "Data to merge into the task's.")),
      addBlocks: Type.Optional(Type.Array(Type.String(), { description: "Tasks this one blocks, by id." })),
      addBlockedBy: Type.Optional(Type.Array(Type.String(), { description: "Tasks that block this one, by id." })),
    },
    "Input of TaskUpdate: change a task of the team's task list.",
  ),
  TaskList: toolInput({}, "Input of TaskList (none): list the team's tasks."),
  TaskGet: toolInput({ taskId: Type.String({ description: "The task to read." }) }, "Input of TaskGet: read one task."),
  TeamCreate: toolInput(
    {
      team_name: Type.String({ description: "The new team's name, as an identifier." }),
      description: Type.Optional(Type.String({ description: "What the team is for." })),
      agent_type: Type.Optional(Type.String({ description: "The calling agent's role in the team." })),
    },
    "Input of TeamCreate: make a team of agents.",
  ),
  TeamDelete: toolInput({}, "Input of TeamDelete (none): end the current team."),
  EnterWorktree: toolInput({ name: Type.Optional(Type.String({ description: "A name for the worktree." })) }, "Input of EnterWorktree: continue the session in a new git worktree."),
  ListMcpResourcesTool: toolInput({ server: Type.Optional(Type.String({ description: "Only this MCP server's resources." })) }, "Input of ListMcpResourcesTool: list the resources of the MCP servers."),
  ReadMcpResourceTool: toolInput(
    { server: Type.String({ description: "The MCP server, by name." }), uri: Type.String({ description: "The resource's URI." }) },
    "Input of ReadMcpResourceTool: read a resource of an MCP server.",
  ),
} satisfies ToolInputs;

export const toolsV2_1_59 = {
  inputs: inputsV2_1_59,
  definitions: { ...toolsV2_0_76.definitions, QuestionOption: QuestionOptionV2_1_59, Question: QuestionV2_1_59, AllowedPrompt, PermissionMode },
} satisfies ToolSet;
