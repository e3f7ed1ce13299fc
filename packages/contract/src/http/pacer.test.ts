import { describe, expect, it } from "vitest";
import { Pacer } from "./pacer.js";

function clock() {
  let t = 0;
  const slept: number[] = [];
  return {
    now: () => t,
    sleep: async (ms: number) => {
      slept.push(ms);
      t += ms;
    },
    slept,
  };
}

describe("Pacer", () => {
  it("spaces starts by 1000/rate ms on its clock", async () => {
    const c = clock();
    const pacer = new Pacer({ ratePerSecond: 4, concurrency: 10, now: c.now, sleep: c.sleep });
    for (let i = 0; i < 3; i++) {
      await pacer.acquire();
      pacer.release();
    }
    expect(c.slept).toEqual([250, 250]);
  });
  it("lets no more than --concurrency in at once, and the next in when one is released", async () => {
    const c = clock();
    const pacer = new Pacer({ ratePerSecond: null, concurrency: 2, now: c.now, sleep: c.sleep });
    await pacer.acquire();
    await pacer.acquire();
    let third = false;
    const waiting = pacer.acquire().then(() => (third = true));
    await Promise.resolve();
    expect(third).toBe(false);
    pacer.release();
    await waiting;
    expect(third).toBe(true);
    expect(c.slept).toEqual([]);
  });
});
