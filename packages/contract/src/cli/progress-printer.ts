// Progress on stderr while a run goes (stdout carries only the report, so `--json` always
// parses): a line per phase as it starts and ends. On a TTY the current phase's line is updated
// in place as requests go out; elsewhere plain lines, with a "still running" line every 15 s of
// a long phase. Colour only on a TTY and never with NO_COLOR. Nothing is shown until discovery
// has succeeded: a run that cannot start says why in one line (the CLI's), not under progress.
import type { ProgressEvent } from "../options/contract-options.js";

export interface ProgressTarget {
  isTTY?: boolean;
  write(text: string): unknown;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}s`;
const HEARTBEAT_MS = 15_000;
const REDRAW_MS = 200;

export function progressPrinter(
  target: ProgressTarget,
  env: Record<string, string | undefined>,
  now: () => number = Date.now,
) {
  const tty = target.isTTY === true;
  const colour = tty && !("NO_COLOR" in env && env.NO_COLOR !== "");
  const bold = (s: string) => (colour ? `\u001b[1m${s}\u001b[22m` : s);
  const red = (s: string) => (colour ? `\u001b[31m${s}\u001b[39m` : s);
  const began = now();
  let phase: string | null = null;
  let held = "";
  let lastDrawn = 0;
  let lastHeartbeat = 0;
  const status = (requests: number, failures: number, elapsedMs: number) =>
    `requests ${requests}, failures ${failures > 0 ? red(String(failures)) : failures}, ${seconds(elapsedMs)}`;
  return {
    /** runContract's onProgress: a phase started or ended, or one of its requests was answered. */
    update(event: ProgressEvent): void {
      if (event.state === "request") {
        this.request(event.requests, event.failures);
        return;
      }
      const line = `modulex-contract: ${bold(event.phase)} ${event.state === "start" ? "…" : "done"} (${status(event.requests, event.failures, event.elapsedMs)})`;
      if (event.phase === "discovery") {
        if (event.state === "start") held = line;
        else target.write(`${held}\n${line}\n`);
        return;
      }
      if (event.state === "start") {
        phase = event.phase;
        lastHeartbeat = lastDrawn = now();
        target.write(tty ? `\r\u001b[2K${line}` : `${line}\n`);
      } else {
        phase = null;
        target.write(tty ? `\r\u001b[2K${line}\n` : `${line}\n`);
      }
    },
    /** A request was answered: redraw the phase's line on a TTY, or a heartbeat line now and then. */
    request(requests: number, failures: number): void {
      if (phase === null) return;
      const t = now();
      if (tty && t - lastDrawn >= REDRAW_MS) {
        lastDrawn = t;
        target.write(`\r\u001b[2Kmodulex-contract: ${bold(phase)} … (${status(requests, failures, t - began)})`);
      } else if (!tty && t - lastHeartbeat >= HEARTBEAT_MS) {
        lastHeartbeat = t;
        target.write(`modulex-contract: ${phase} still running (${status(requests, failures, t - began)})\n`);
      }
    },
  };
}
