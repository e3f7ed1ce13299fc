import { describe, expect, it } from "vitest";
import { ReadWriteLock } from "./read-write-lock.js";

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("ReadWriteLock", () => {
  it("runs reads side by side", async () => {
    const lock = new ReadWriteLock();
    let active = 0;
    let most = 0;
    const read = () =>
      lock.read(async () => {
        most = Math.max(most, ++active);
        await tick();
        active--;
      });
    await Promise.all([read(), read(), read()]);
    expect(most).toBe(3);
  });
  it("runs a write alone, after the reads before it and before the reads after it", async () => {
    const lock = new ReadWriteLock();
    const log: string[] = [];
    const step = (name: string) => async () => {
      log.push(`${name}:start`);
      await tick();
      log.push(`${name}:end`);
    };
    await Promise.all([lock.read(step("r1")), lock.write(step("w")), lock.read(step("r2")), lock.write(step("w2"))]);
    expect(log).toEqual(["r1:start", "r1:end", "w:start", "w:end", "r2:start", "r2:end", "w2:start", "w2:end"]);
  });
  it("goes on after a failed write", async () => {
    const lock = new ReadWriteLock();
    await expect(
      lock.write(async () => {
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(await lock.read(() => 1)).toBe(1);
  });
});
