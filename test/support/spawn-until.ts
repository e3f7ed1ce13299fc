// Starts a child process and waits, bounded, for a line of its output to match: how the tests
// start the standalone mock ("listening on <url>") and Prism ("Prism is listening on <url>").
// Output is always drained (a full pipe would stall the child) and kept for failure messages.
import { spawn, type ChildProcess } from "node:child_process";

export interface Started {
  child: ChildProcess;
  match: RegExpMatchArray;
  /** Everything the process printed so far (stdout and stderr). */
  output(): string;
}

export function spawnUntil(command: string, args: string[], pattern: RegExp, timeoutMs: number): Promise<Started> {
  const child = spawn(command, args, {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, FORCE_COLOR: "0", NO_COLOR: "1" },
  });
  let output = "";
  const tail = () => output.slice(-4000);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`${command} ${args.join(" ")} did not print ${pattern} within ${timeoutMs} ms:\n${tail()}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.length > 200_000) output = output.slice(-100_000);
      const match = output.match(pattern);
      if (match) {
        clearTimeout(timer);
        resolve({ child, match, output: tail });
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${command} exited (${code}) before printing ${pattern}:\n${tail()}`));
    });
  });
}

/** Stops a child by its pid: SIGTERM, then SIGKILL if it has not exited within `graceMs`. */
export async function stop(child: ChildProcess | undefined, graceMs = 5000): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
}
