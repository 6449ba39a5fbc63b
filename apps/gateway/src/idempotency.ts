// Methods with side effects carry an `idempotencyKey`: the first request with a key performs the effect,
// and every later one with the same key and the same params gets the same answer without performing it
// again, on any connection (a client that lost its connection retries on a new one). The same key with
// different params is refused: silently answering for other params would hide a client bug.
import { GatewayError } from "./errors.ts";

interface Entry {
  readonly fingerprint: string;
  readonly outcome: Promise<unknown>;
}

export class IdempotencyCache {
  private readonly entries = new Map<string, Entry>();

  /** `capacity` bounds memory: the oldest keys are forgotten first. */
  constructor(private readonly capacity: number) {}

  get size(): number {
    return this.entries.size;
  }

  /**
   * Runs `perform` once per (method, key); replays its outcome for the same params. A failed outcome
   * is forgotten, so a retry after an error performs the effect.
   */
  run<T>(method: string, key: string, params: unknown, perform: () => Promise<T>): Promise<T> {
    const slot = `${method}\u0000${key}`;
    const fingerprint = canonicalJson(params);
    const existing = this.entries.get(slot);
    if (existing !== undefined) {
      if (existing.fingerprint !== fingerprint) {
        return Promise.reject(
          new GatewayError(
            "INVALID_REQUEST",
            `/params/idempotencyKey: ${JSON.stringify(key)} was already used for a ${method} request with different params; use a new key for a new request`,
            { idempotencyKey: key },
          ),
        );
      }
      return existing.outcome as Promise<T>;
    }
    const outcome = perform();
    this.entries.set(slot, { fingerprint, outcome });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    outcome.catch(() => {
      if (this.entries.get(slot)?.outcome === outcome) this.entries.delete(slot);
    });
    return outcome;
  }
}

/** JSON with object keys sorted, so params that differ only in key order count as the same. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    typeof item === "object" && item !== null && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}
