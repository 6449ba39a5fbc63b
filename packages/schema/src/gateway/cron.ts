// Scheduled jobs: a schedule (at / every / cron), a payload to run, and the job's run state.
import { Type, type Static } from "@sinclair/typebox";
import { described, NonEmptyString, StringLiteralUnion } from "../primitives.ts";

const EpochMs = (what: string) => Type.Integer({ minimum: 0, description: `${what}, in milliseconds since the Unix epoch.` });

const CronScheduleSchema = Type.Union(
  [
    Type.Object(
      { kind: Type.Literal("at", { description: "Always `at`: a one-off run." }), atMs: EpochMs("When the job runs") },
      { additionalProperties: false, description: "Run once, at a given moment." },
    ),
    Type.Object(
      {
        kind: Type.Literal("every", { description: "Always `every`: a run at a fixed interval." }),
        everyMs: Type.Integer({ minimum: 1, description: "Milliseconds between two runs." }),
        anchorMs: Type.Optional(EpochMs("A moment the runs are aligned to (runs happen at anchor + n × everyMs); the job's creation when absent")),
      },
      { additionalProperties: false, description: "Run repeatedly, at a fixed interval." },
    ),
    Type.Object(
      {
        kind: Type.Literal("cron", { description: "Always `cron`: runs on a cron expression." }),
        expr: described(NonEmptyString, "A five-field cron expression, e.g. `0 9 * * 1-5` (09:00 on weekdays)."),
        tz: Type.Optional(Type.String({ description: "The IANA time zone the expression is read in, e.g. `Europe/Berlin`; the gateway's own when absent." })),
      },
      { additionalProperties: false, description: "Run whenever a cron expression matches." },
    ),
  ],
  { description: "When a job runs: once (`at`), at a fixed interval (`every`) or on a cron expression (`cron`), told apart by `kind`." },
);

const CronPayloadSchema = Type.Union(
  [
    Type.Object(
      {
        kind: Type.Literal("systemEvent", { description: "Always `systemEvent`." }),
        text: described(NonEmptyString, "The text of the system event."),
      },
      { additionalProperties: false, description: "Hand the agent a system event (as `wake` does)." },
    ),
    Type.Object(
      {
        kind: Type.Literal("agentTurn", { description: "Always `agentTurn`." }),
        message: described(NonEmptyString, "The prompt for the agent turn."),
        thinking: Type.Optional(Type.String({ description: "How much the agent should reason, e.g. `low`, `high`." })),
        timeoutSeconds: Type.Optional(Type.Integer({ minimum: 1, description: "Seconds the turn may take before it is stopped." })),
        deliver: Type.Optional(Type.Boolean({ description: "True to deliver the agent's reply through `channel`." })),
        channel: Type.Optional(
          StringLiteralUnion(
            { last: "The channel the user last wrote from.", whatsapp: "WhatsApp.", telegram: "Telegram." },
            { description: "The messaging channel that delivers the reply." },
          ),
        ),
        to: Type.Optional(Type.String({ description: "The recipient of the reply, in the channel's address form." })),
        bestEffortDeliver: Type.Optional(Type.Boolean({ description: "True to count the run as a success even when delivering the reply fails." })),
      },
      { additionalProperties: false, description: "Run one agent turn on a prompt, and optionally deliver the reply." },
    ),
  ],
  { description: "What a job does when it runs, told apart by `kind`: a system event or an agent turn." },
);

const CronSessionTargetSchema = StringLiteralUnion(
  { main: "The agent's main session, with its history.", isolated: "A fresh session of its own for each run." },
  { description: "Which agent session the job runs in." },
);
const CronWakeModeSchema = StringLiteralUnion(
  { "next-heartbeat": "At the agent's next scheduled heartbeat.", now: "At once, waking the agent." },
  { description: "When the agent picks up a due run." },
);
const CronRunStatusSchema = StringLiteralUnion(
  { ok: "The run finished successfully.", error: "The run failed.", skipped: "The run was not performed (e.g. the job was disabled)." },
  { description: "How a run ended." },
);

const CronIsolationSchema = Type.Object(
  {
    postToMain: Type.Optional(Type.Boolean({ description: "True to post a summary of each isolated run into the main session." })),
    postToMainPrefix: Type.Optional(Type.String({ description: "Text put before that summary, e.g. `[cron]`." })),
  },
  { additionalProperties: false, description: "Settings for a job whose `sessionTarget` is `isolated`." },
);

const CronJobStateSchema = Type.Object(
  {
    nextRunAtMs: Type.Optional(EpochMs("When the job runs next")),
    runningAtMs: Type.Optional(EpochMs("When the run now in progress started; absent when none is")),
    lastRunAtMs: Type.Optional(EpochMs("When the last run started")),
    lastStatus: Type.Optional(described(CronRunStatusSchema, "How the last run ended.")),
    lastError: Type.Optional(Type.String({ description: "The last run's error message, when it failed." })),
    lastDurationMs: Type.Optional(Type.Integer({ minimum: 0, description: "How long the last run took, in milliseconds." })),
  },
  { additionalProperties: false, description: "What the gateway knows of a job's runs, kept by the gateway (never set by clients)." },
);

export const CronJobSchema = Type.Object(
  {
    id: described(NonEmptyString, "The job's id, given by the gateway when the job was added."),
    name: Type.Optional(Type.String({ description: "A name for people, e.g. `morning briefing`." })),
    enabled: Type.Boolean({ description: "False when the job is paused: it keeps its schedule but does not run." }),
    createdAtMs: EpochMs("When the job was added"),
    updatedAtMs: EpochMs("When the job was last changed"),
    schedule: CronScheduleSchema,
    sessionTarget: CronSessionTargetSchema,
    wakeMode: CronWakeModeSchema,
    payload: CronPayloadSchema,
    isolation: Type.Optional(CronIsolationSchema),
    state: CronJobStateSchema,
  },
  { additionalProperties: false, description: "A scheduled job: when it runs, what it does and how its runs went. Returned by `cron.add` and `cron.update`." },
);

export const CronListParamsSchema = Type.Object(
  { includeDisabled: Type.Optional(Type.Boolean({ description: "True to list paused jobs too; only enabled jobs when absent." })) },
  { additionalProperties: false, description: "Params of `cron.list`: list the scheduled jobs." },
);

export const CronStatusParamsSchema = Type.Object({}, { additionalProperties: false, description: "Params of `cron.status`: none (an empty object); reports the scheduler's state." });

export const CronAddParamsSchema = Type.Object(
  {
    name: Type.Optional(Type.String({ description: "A name for people, e.g. `morning briefing`." })),
    enabled: Type.Optional(Type.Boolean({ description: "False to add the job paused; enabled when absent." })),
    schedule: CronScheduleSchema,
    sessionTarget: CronSessionTargetSchema,
    wakeMode: CronWakeModeSchema,
    payload: CronPayloadSchema,
    isolation: Type.Optional(CronIsolationSchema),
  },
  { additionalProperties: false, description: "Params of `cron.add`: schedule a new job. The gateway answers the `CronJob` it created." },
);

export const CronUpdateParamsSchema = Type.Object(
  {
    id: described(NonEmptyString, "The job to change."),
    patch: Type.Partial(CronAddParamsSchema, { description: "The fields to change, each as in `cron.add`; fields left out keep their value." }),
  },
  { additionalProperties: false, description: "Params of `cron.update`: change some fields of a job. The gateway answers the updated `CronJob`." },
);

export const CronRemoveParamsSchema = Type.Object(
  { id: described(NonEmptyString, "The job to delete.") },
  { additionalProperties: false, description: "Params of `cron.remove`: delete a job." },
);

export const CronRunParamsSchema = Type.Object(
  {
    id: described(NonEmptyString, "The job to run."),
    mode: Type.Optional(
      StringLiteralUnion(
        { due: "Run only if the job is due (the default).", force: "Run now whether or not it is due." },
        { description: "Whether to run the job only when due." },
      ),
    ),
  },
  { additionalProperties: false, description: "Params of `cron.run`: run a job now." },
);

export const CronRunsParamsSchema = Type.Object(
  {
    id: Type.Optional(described(NonEmptyString, "Only this job's runs; every job's when absent.")),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 5000, description: "At most this many entries, newest first." })),
  },
  { additionalProperties: false, description: "Params of `cron.runs`: read the run log." },
);

export const CronRunLogEntrySchema = Type.Object(
  {
    ts: EpochMs("When the entry was written"),
    jobId: described(NonEmptyString, "The job that ran."),
    action: Type.Literal("finished", { description: "What happened; always `finished` (a run ended)." }),
    status: Type.Optional(CronRunStatusSchema),
    error: Type.Optional(Type.String({ description: "The run's error message, when it failed." })),
    runAtMs: Type.Optional(EpochMs("When the run started")),
    durationMs: Type.Optional(Type.Integer({ minimum: 0, description: "How long the run took, in milliseconds." })),
    nextRunAtMs: Type.Optional(EpochMs("When the job runs next")),
  },
  { additionalProperties: false, description: "One entry of the cron run log, as `cron.runs` returns them: a run of a job ended." },
);

export type CronJob = Static<typeof CronJobSchema>;
export type CronListParams = Static<typeof CronListParamsSchema>;
export type CronStatusParams = Static<typeof CronStatusParamsSchema>;
export type CronAddParams = Static<typeof CronAddParamsSchema>;
export type CronUpdateParams = Static<typeof CronUpdateParamsSchema>;
export type CronRemoveParams = Static<typeof CronRemoveParamsSchema>;
export type CronRunParams = Static<typeof CronRunParamsSchema>;
export type CronRunsParams = Static<typeof CronRunsParamsSchema>;
export type CronRunLogEntry = Static<typeof CronRunLogEntrySchema>;
