// A tool measured in a V8 isolate of its own (a worker thread), as it would run in a process of its
// own: its heap, its garbage collections and its JIT state are never shaped by the tool it is
// compared with. Run in one shared isolate, each tool's runs paid for the other's heap (quicktype's
// small-file runs took 2–3× as long beside clone-codegen as alone), and forcing a collection before
// each call to even that out distorted both. Calls are made one at a time, so the two isolates never
// run at once.
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";

export interface IsolatedCall<T> {
  /** Wall time of the call inside the isolate, in milliseconds. */
  readonly wall: number;
  /** CPU time of the process during the call (process.cpuUsage; the other isolate is idle then). */
  readonly cpu: number;
  readonly value: T;
}

type Reply =
  | { id: number; wall: number; cpu: number; value: unknown }
  | { id: number; error: string };

export class Isolate<
  Tools extends Record<string, (...args: never[]) => unknown>,
> {
  private readonly worker: Worker;
  private readonly ready: Promise<void>;
  private nextId = 0;
  private readonly pending = new Map<number, (reply: Reply) => void>();

  /** `module`: a module URL (import.meta.resolve-able) whose exports are the tools to call. */
  constructor(module: URL) {
    this.worker = new Worker(
      fileURLToPath(new URL("./isolateWorker.mjs", import.meta.url)),
      { workerData: { module: module.href } },
    );
    this.ready = new Promise((resolve, reject) => {
      this.worker.once("error", reject);
      this.worker.on("message", (message: { ready: true } | Reply) => {
        if ("ready" in message) return resolve();
        const settle = this.pending.get(message.id);
        this.pending.delete(message.id);
        settle?.(message);
      });
    });
  }

  async call<Name extends keyof Tools & string>(
    name: Name,
    ...args: Parameters<Tools[Name]>
  ): Promise<IsolatedCall<Awaited<ReturnType<Tools[Name]>>>> {
    await this.ready;
    const id = this.nextId++;
    const reply = await new Promise<Reply>((resolve) => {
      this.pending.set(id, resolve);
      this.worker.postMessage({ id, name, args });
    });
    if ("error" in reply)
      throw new Error(`${name} (in its isolate): ${reply.error}`);
    return reply as IsolatedCall<Awaited<ReturnType<Tools[Name]>>>;
  }

  close(): Promise<number> {
    return this.worker.terminate();
  }
}
