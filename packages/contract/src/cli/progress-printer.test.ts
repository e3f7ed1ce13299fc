import { describe, expect, test } from "vitest";
import { progressPrinter } from "./progress-printer.js";

function sink(isTTY: boolean) {
  const out: string[] = [];
  return { out, target: { isTTY, write: (text: string) => void out.push(text) } };
}
const event = (phase: string, state: "start" | "end" | "request", requests: number, failures = 0, elapsedMs = 0) => ({
  phase,
  state,
  requests,
  failures,
  elapsedMs,
});

describe("progressPrinter", () => {
  test("not a TTY: one plain line per phase start and end, a heartbeat every 15 s of a long phase, no escape codes", () => {
    let t = 0;
    const { out, target } = sink(false);
    const p = progressPrinter(target, {}, () => t);
    p.update(event("generated requests", "start", 10));
    for (let i = 0; i < 40; i++) {
      t += 1000;
      p.update(event("generated requests", "request", 11 + i, 1));
    }
    p.update(event("generated requests", "end", 50, 1, 40_000));
    expect(out).toEqual([
      "modulex-contract: generated requests … (requests 10, failures 0, 0.0s)\n",
      "modulex-contract: generated requests still running (requests 25, failures 1, 15.0s)\n",
      "modulex-contract: generated requests still running (requests 40, failures 1, 30.0s)\n",
      "modulex-contract: generated requests done (requests 50, failures 1, 40.0s)\n",
    ]);
  });
  test("a TTY: the phase's line is redrawn in place, ends with a newline, and failures are red", () => {
    let t = 0;
    const { out, target } = sink(true);
    const p = progressPrinter(target, {}, () => t);
    p.update(event("members", "start", 0));
    t += 500;
    p.update(event("members", "request", 3, 1));
    p.update(event("members", "end", 5, 1, 600));
    expect(out.every((line) => line.startsWith("\r\u001b[2K"))).toBe(true);
    expect(out.at(-1)!.endsWith("\n")).toBe(true);
    expect(out.slice(0, -1).some((line) => line.endsWith("\n"))).toBe(false);
    expect(out[1]).toContain("\u001b[31m1\u001b[39m");
  });
  test("NO_COLOR keeps a TTY free of colour (the in-place redraw stays)", () => {
    const { out, target } = sink(true);
    const p = progressPrinter(target, { NO_COLOR: "1" }, () => 0);
    p.update(event("members", "start", 0));
    p.update(event("members", "end", 5, 2));
    // biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escapes start with ESC.
    expect(out.join("")).not.toMatch(/\u001b\[(1|22|31|39)m/);
    expect(out[1]).toContain("failures 2");
  });
  test("discovery shows once it succeeded: a run that cannot start prints no progress at all", () => {
    const failed = sink(false);
    const p = progressPrinter(failed.target, {}, () => 0);
    p.update(event("discovery", "start", 0));
    p.update(event("discovery", "request", 1));
    expect(failed.out).toEqual([]);
    const ok = sink(false);
    const q = progressPrinter(ok.target, {}, () => 0);
    q.update(event("discovery", "start", 0));
    q.update(event("discovery", "end", 5, 0, 100));
    expect(ok.out).toEqual([
      "modulex-contract: discovery … (requests 0, failures 0, 0.0s)\nmodulex-contract: discovery done (requests 5, failures 0, 0.1s)\n",
    ]);
  });
});
