// The 429 phase must not depend on where the rate-limit window stands: when a new window begins
// part way through (the minute turns), the runner spends it too instead of reporting the
// operations it then sees answered normally as failures. The clock is the mock's, moved on once.
import { describe, expect, test } from "vitest";
import { createMock, DEMO } from "../../mock-server/src/index.js";
import { runContract } from "../../packages/contract/src/index.js";
import { demoRunOptions } from "./helpers/demo-run-options.js";
import { unexpectedFailures } from "./helpers/known-mock-findings.js";

describe("the rate-limit phase", () => {
  test("still sees every operation's 429 when the window resets part way through", async () => {
    let clock = Date.parse("2026-06-01T00:00:00Z");
    const mock = await createMock({ now: () => clock });
    let throttledProbes = 0;
    let moved = false;
    const report = await runContract(
      demoRunOptions("http://mock.test", await mock.signIn(DEMO.users.owner.email), {
        fetch: async (input, init) => {
          const request = new Request(input, init);
          const isMe = new URL(request.url).pathname === "/me";
          const response = await mock.handle(request);
          // A few probes into the phase, the minute turns.
          if (response.status === 429 && !isMe && ++throttledProbes === 3 && !moved) {
            moved = true;
            clock += 60_000;
          }
          return response;
        },
      }),
    );
    expect(moved).toBe(true);
    expect(report.fatal).toBeNull();
    expect(unexpectedFailures(report.failures)).toEqual([]);
  }, 120_000);
});
