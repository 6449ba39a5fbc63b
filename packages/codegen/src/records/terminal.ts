// Progress on a terminal: one status line on stderr, redrawn in place at most every 200 ms.

export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  return `${(bytes / 1024 / 1024 / 1024).toFixed(2)} GiB`;
}

export const formatCount = (value: number) => value.toLocaleString("en-US");

/** `[#########-----------]  45%` */
export function progressBar(fraction: number, width = 24): string {
  const clamped = Math.min(1, Math.max(0, fraction));
  const filled = Math.round(clamped * width);
  return `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${String(Math.floor(clamped * 100)).padStart(3)}%`;
}

export class StatusLine {
  private last = 0;
  private shown = false;

  constructor(private readonly stream: NodeJS.WriteStream) {}

  /** Only a terminal gets a status line; elsewhere undefined (nothing to redraw in a log). */
  static forStderr(enabled: boolean): StatusLine | undefined {
    return enabled && process.stderr.isTTY ? new StatusLine(process.stderr) : undefined;
  }

  /** Redraws with `render()` unless the last redraw was under 200 ms ago (`force` redraws anyway). */
  update(render: () => string, force = false): void {
    const now = performance.now();
    if (!force && now - this.last < 200) return;
    this.last = now;
    const columns = this.stream.columns || 120; // 0 when the terminal does not say
    this.stream.write(`\r\x1b[K${render().slice(0, Math.max(20, columns - 1))}`);
    this.shown = true;
  }

  clear(): void {
    if (!this.shown) return;
    this.stream.write("\r\x1b[K");
    this.shown = false;
  }
}
