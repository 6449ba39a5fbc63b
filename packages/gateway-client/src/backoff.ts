// How long to wait before reconnect attempt n: exponential from `initialDelayMs`, capped at
// `maxDelayMs`, with a random spread of ±jitter so that many clients dropped at once do not return in
// the same millisecond.
export interface BackoffOptions {
  readonly initialDelayMs: number;
  readonly maxDelayMs: number;
  readonly factor: number;
  /** Fraction of the delay drawn at random either way, 0 for none. */
  readonly jitter: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { initialDelayMs: 250, maxDelayMs: 10_000, factor: 2, jitter: 0.2 };

/** Delay before attempt `attempt` (0 for the first retry). */
export function backoffDelay(attempt: number, options: BackoffOptions, random: () => number = Math.random): number {
  const base = Math.min(options.maxDelayMs, options.initialDelayMs * options.factor ** attempt);
  const spread = base * options.jitter * (2 * random() - 1);
  return Math.max(0, Math.round(Math.min(options.maxDelayMs, base + spread)));
}
