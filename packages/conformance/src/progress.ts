// A run's progress lines. A suite of many schemas tells each round it judges; one schema of a
// thousand properties (MegaLinter's configuration) is minutes of drawing and judging with nothing else
// printed, so the run also tells the step it is on whenever it has been quiet a while.

/** How long a run may print nothing before it says what it is doing. */
export const QUIET_MILLIS = 20_000;

export interface Progress {
  /** Prints a progress line. */
  readonly say: (line: string) => void;
  /** Names what the run does next: printed only when nothing was for a while, and again while it lasts. */
  readonly step: (what: string) => void;
  readonly stop: () => void;
}

export interface ProgressOptions {
  readonly print?: (line: string) => void;
  readonly now?: () => number;
  readonly quietMillis?: number;
}

/**
 * Progress lines prefixed `conformance:` and suffixed with the seconds since the start. A step is told
 * when it starts after a quiet while, and by a timer while it lasts: a draw holds the thread, so it is
 * told at its start or once it ends; judging waits on the runtimes, so it is told as it goes.
 */
export function quietProgress({ print = console.log, now = () => performance.now(), quietMillis = QUIET_MILLIS }: ProgressOptions = {}): Progress {
  const started = now();
  let lastLine = started;
  let current: string | undefined;
  const say = (line: string) => {
    print(`conformance: ${line} (${Math.round((now() - started) / 1000)} s in)`);
    lastLine = now();
  };
  const quiet = () => now() - lastLine >= quietMillis;
  const timer = setInterval(() => {
    if (current !== undefined && quiet()) say(`still ${current}`);
  }, 1000);
  timer.unref();
  return {
    say,
    step: (what) => {
      current = what;
      if (quiet()) say(what);
    },
    stop: () => clearInterval(timer),
  };
}
