// Progress of a long build on the terminal: one line redrawn in place (articles done, articles/s,
// ETA), at most ten times a second, and nothing at all when output is not a terminal (logs and
// pipes stay clean). The final summary line is formatted here too. Used by commands/build.ts.

/** What the progress line shows. */
export interface ProgressState {
  done: number;
  failed: number;
  /** Number of articles expected; null when unknown (standard input). */
  total: number | null;
  elapsedMs: number;
}

/** The progress line: "[=====>     ] 420/840 articles  95.3/s  ETA 4s  (2 failed)". */
export function formatProgress(s: ProgressState, width = 24): string {
  const rate = s.elapsedMs > 0 ? (s.done * 1000) / s.elapsedMs : 0;
  const parts: string[] = [];
  if (s.total !== null && s.total > 0) {
    const frac = Math.min(1, s.done / s.total);
    const filled = Math.round(frac * width);
    parts.push(`[${'='.repeat(Math.max(0, filled - 1))}${filled ? (frac >= 1 ? '=' : '>') : ''}${' '.repeat(width - filled)}]`);
    parts.push(`${s.done}/${s.total} articles`);
  } else parts.push(`${s.done} articles`);
  parts.push(`${rate.toFixed(1)}/s`);
  if (s.total !== null && rate > 0 && s.done < s.total) parts.push(`ETA ${formatSeconds((s.total - s.done) / rate)}`);
  if (s.failed) parts.push(`(${s.failed} failed)`);
  return parts.join('  ');
}

/** "4s", "2m05s", "1h02m". */
export function formatSeconds(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/** Options of Progress. */
export interface ProgressOptions {
  /** Where the line goes (standard error). */
  write: (text: string) => void;
  /** Draw at all: true on a terminal. When false every method is a no-op. */
  enabled: boolean;
  total: number | null;
  /** Clock in ms; injectable for tests. */
  now?: () => number;
  /** Minimum ms between redraws. Default 100. */
  interval?: number;
}

/** A redrawn progress line; call tick() per article, log() to print a message above it, end() once. */
export class Progress {
  private done = 0;
  private failed = 0;
  private lastDraw = -Infinity;
  private drawn = false;
  private readonly start: number;
  private readonly now: () => number;

  constructor(private readonly opts: ProgressOptions) {
    this.now = opts.now ?? (() => performance.now());
    this.start = this.now();
  }

  /** Counts one finished article (failed or not) and redraws when the interval has passed. */
  tick(failed = false): void {
    this.done++;
    if (failed) this.failed++;
    if (!this.opts.enabled) return;
    const t = this.now();
    if (t - this.lastDraw >= (this.opts.interval ?? 100)) this.draw(t);
  }

  /** Prints a line (a failure, a warning) without breaking the progress line. */
  log(line: string): void {
    if (this.opts.enabled && this.drawn) this.opts.write('\r\x1b[2K');
    this.opts.write(line.endsWith('\n') ? line : `${line}\n`);
    if (this.opts.enabled && this.drawn) this.draw(this.now());
  }

  /** Draws the final state and ends the line (or does nothing when disabled). */
  end(): void {
    if (!this.opts.enabled) return;
    this.draw(this.now());
    this.opts.write('\n');
    this.drawn = false;
  }

  private draw(t: number): void {
    this.lastDraw = t;
    this.drawn = true;
    this.opts.write(`\r\x1b[2K${formatProgress({ done: this.done, failed: this.failed, total: this.opts.total, elapsedMs: t - this.start })}`);
  }
}
