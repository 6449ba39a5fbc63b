// Where imported events go: standard output as JSONL, or the recording server's ingest endpoint in
// batches (POST /api/recording/events, `{"events": [...]}`, bearer token).
import { once } from "node:events";
import type { ImportedEvent } from "./claude-code.ts";
import type { EventSink } from "./run.ts";

/** One event per line, waiting for the stream to drain when it is full. */
export class JsonLinesSink implements EventSink {
  constructor(private readonly stream: NodeJS.WritableStream) {}

  async write(event: ImportedEvent): Promise<void> {
    if (!this.stream.write(`${JSON.stringify(event)}\n`)) await once(this.stream, "drain");
  }

  async end(): Promise<void> {}
}

/** The server said no (400 invalid, 409 conflict, 413 too large, …): the data is the problem. */
export class RejectedError extends Error {
  override readonly name = "RejectedError";
}

/** The server could not be reached, or refused the token: the command line is the problem. */
export class UnreachableError extends Error {
  override readonly name = "UnreachableError";
}

export const INGEST_PATH = "/api/recording/events";

/** The ingest URL: `--post` names it, or only the server (then the standard path is used). */
export function ingestUrl(post: string): URL {
  let url: URL;
  try {
    url = new URL(post);
  } catch {
    throw new UnreachableError(`--post ${post}: not a URL (e.g. http://127.0.0.1:8000)`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new UnreachableError(`--post ${post}: only http and https URLs`);
  if (url.pathname === "/" || url.pathname === "") url.pathname = INGEST_PATH;
  return url;
}

export interface ServerSinkOptions {
  readonly url: URL;
  readonly token: string;
  /** Events per request (the server takes at most CLONE_INGEST_MAX_EVENTS, default 1000). */
  readonly batchSize: number;
  /** Body bytes per request, kept under the server's CLONE_INGEST_MAX_BODY_BYTES (default 8 MiB). */
  readonly maxBatchBytes: number;
  /** After each accepted batch. */
  readonly onBatch?: (accepted: { readonly stored: number; readonly duplicates: number }) => void;
}

const RETRIES = 3;
const RETRY_STATUSES = new Set([429, 502, 503, 504]);

/**
 * Sends events in batches, each all-or-nothing on the server. A batch is retried on a network error or
 * a busy server: a batch sent twice stores nothing twice (events are keyed by id, and an id sent
 * again with the same body is a duplicate, not an error).
 */
export class RecordingServerSink implements EventSink {
  stored = 0;
  duplicates = 0;
  private batch: string[] = [];
  private batchBytes = 0;

  constructor(private readonly options: ServerSinkOptions) {}

  async write(event: ImportedEvent): Promise<void> {
    const json = JSON.stringify(event);
    const bytes = Buffer.byteLength(json) + 1;
    if (this.batch.length > 0 && (this.batch.length >= this.options.batchSize || this.batchBytes + bytes > this.options.maxBatchBytes)) await this.flush();
    this.batch.push(json);
    this.batchBytes += bytes;
  }

  async end(): Promise<void> {
    if (this.batch.length > 0) await this.flush();
  }

  private async flush(): Promise<void> {
    const body = `{"events":[${this.batch.join(",")}]}`;
    const count = this.batch.length;
    this.batch = [];
    this.batchBytes = 0;
    const response = await this.send(body);
    const text = await response.text();
    if (response.status === 401 || response.status === 403) throw new UnreachableError(`${this.options.url.href}: ${response.status} (is --token right?)`);
    if (response.status !== 200 && response.status !== 201) {
      throw new RejectedError(`${this.options.url.href}: ${response.status} for a batch of ${count} events: ${text.slice(0, 2000)}`);
    }
    const answer = JSON.parse(text) as { stored?: unknown[]; duplicates?: unknown[] };
    const accepted = { stored: answer.stored?.length ?? 0, duplicates: answer.duplicates?.length ?? 0 };
    this.stored += accepted.stored;
    this.duplicates += accepted.duplicates;
    this.options.onBatch?.(accepted);
  }

  private async send(body: string): Promise<Response> {
    let lastError: unknown;
    for (let attempt = 0; attempt <= RETRIES; attempt++) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 250 * 2 ** attempt));
      try {
        const response = await fetch(this.options.url, {
          method: "POST",
          headers: { Authorization: `Bearer ${this.options.token}`, "Content-Type": "application/json" },
          body,
        });
        if (!RETRY_STATUSES.has(response.status) || attempt === RETRIES) return response;
        lastError = new Error(`${response.status}`);
        await response.body?.cancel();
      } catch (error) {
        lastError = error;
      }
    }
    const reason = lastError instanceof Error ? ((lastError.cause as Error | undefined)?.message ?? lastError.message) : String(lastError);
    throw new UnreachableError(`${this.options.url.href}: ${reason} (after ${RETRIES + 1} attempts)`);
  }
}
