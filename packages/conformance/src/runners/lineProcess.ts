// A long-lived child process spoken to in newline-delimited JSON, many requests in flight at once:
// each request carries an `id`, each answer line names it. Writes respect back-pressure while answers
// are read concurrently, so a batch of thousands of lines never deadlocks on full pipes.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { createInterface } from "node:readline";

/** A request field written as this JSON text, as is: an instance whose integers a double does not hold, as its source wrote them. */
export class RawJson {
  constructor(readonly text: string) {}
}

/** A request's line: its fields as JSON, a RawJson field as its text. */
function requestLine(id: number, request: Record<string, unknown>): string {
  const fields = Object.entries({ id, ...request }).map(([key, value]: [string, unknown]) => `${JSON.stringify(key)}:${value instanceof RawJson ? value.text : JSON.stringify(value)}`);
  return `{${fields.join(",")}}\n`;
}

export interface Answer {
  readonly id: number;
  readonly [key: string]: unknown;
}

export class LineProcess {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly pending = new Map<number, (answer: Answer) => void>();
  private readonly rejecters = new Map<number, (error: Error) => void>();
  private queue: string[] = [];
  /** Batches are written one after another, so only one writer ever waits for "drain". */
  private writing: Promise<void> = Promise.resolve();
  private nextId = 1;
  private failure: Error | undefined;
  private stderrTail = "";

  /**
   * `options.notes`: the prefix of the child's stderr lines that are notes for the person running it
   * (what it builds, and how), and where they go; the rest of stderr is kept for a failure's message.
   */
  constructor(
    readonly label: string,
    command: string,
    args: readonly string[],
    options: { cwd: string; notes?: { readonly prefix: string; readonly print: (line: string) => void } },
  ) {
    this.child = spawn(command, args, { cwd: options.cwd, stdio: ["pipe", "pipe", "pipe"] });
    this.child.stderr.on("data", (chunk: Buffer) => {
      this.stderrTail = (this.stderrTail + chunk.toString("utf8")).slice(-4000);
    });
    const notes = options.notes;
    if (notes !== undefined) createInterface({ input: this.child.stderr, crlfDelay: Infinity }).on("line", (line) => line.startsWith(notes.prefix) && notes.print(line));
    createInterface({ input: this.child.stdout, crlfDelay: Infinity }).on("line", (line) => this.receive(line));
    this.child.on("error", (error) => this.fail(new Error(`${label}: ${error.message}`)));
    // "close", not "exit": at "exit" the child's last answer lines may still be unread on stdout.
    this.child.on("close", (code, signal) => {
      if (this.pending.size > 0 || code !== 0) this.fail(new Error(`${label} exited (${signal ?? code}) with ${this.pending.size} answers outstanding\n${this.stderrTail}`));
    });
    this.child.stdin.on("error", (error) => this.fail(new Error(`${label}: stdin: ${error.message}\n${this.stderrTail}`)));
  }

  /** Sends every request (an `id` is added to each) and resolves with the answers in the same order. */
  async requestAll(requests: readonly Record<string, unknown>[]): Promise<Answer[]> {
    if (this.failure) throw this.failure;
    const answers = requests.map(
      (request) =>
        new Promise<Answer>((resolve, reject) => {
          const id = this.nextId++;
          this.pending.set(id, resolve);
          this.rejecters.set(id, reject);
          this.queue.push(requestLine(id, request));
        }),
    );
    const lines = this.queue;
    this.queue = [];
    this.writing = this.writing.then(() => this.write(lines));
    // Awaited together: when the child ends mid-batch, the writing and every answer reject, and each
    // rejection has this call to go to (awaiting the writing alone left the answers' unhandled).
    const [, answered] = await Promise.all([this.writing, Promise.all(answers)]);
    return answered;
  }

  private async write(lines: readonly string[]): Promise<void> {
    // Chunks of a few hundred lines: fewer syscalls than one write per line, and back-pressure holds.
    for (let start = 0; start < lines.length; start += 256) {
      if (this.failure) throw this.failure;
      const ok = this.child.stdin.write(lines.slice(start, start + 256).join(""));
      if (!ok) await this.drained();
    }
  }

  /**
   * Until stdin drains, or closes: a child that ends without reading never drains, and the write
   * loop then stops on the failure. Whichever comes, the other's listener goes (left, they pile up
   * over the batches of a run).
   */
  private drained(): Promise<void> {
    const stdin = this.child.stdin;
    return new Promise<void>((resolve) => {
      const done = () => {
        stdin.off("drain", done);
        stdin.off("close", done);
        resolve();
      };
      stdin.once("drain", done).once("close", done);
    });
  }

  private receive(line: string): void {
    let answer: Answer;
    try {
      answer = JSON.parse(line) as Answer;
    } catch {
      return this.fail(new Error(`${this.label} wrote a line that is not JSON: ${line.slice(0, 200)}`));
    }
    if (typeof answer.id !== "number") return; // a greeting such as {"ready": true}
    const resolve = this.pending.get(answer.id);
    this.pending.delete(answer.id);
    this.rejecters.delete(answer.id);
    resolve?.(answer);
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const reject of this.rejecters.values()) reject(this.failure);
    this.pending.clear();
    this.rejecters.clear();
  }

  /** Closes stdin (the child's signal to exit) and waits for it to end. */
  async close(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once("exit", () => resolve()));
    this.child.stdin.end();
    await exited;
  }
}
