// Model-based tests of the mock's state (fast-check fc.commands): random sequences of create,
// update, delete, set-default, resolve, list and test across Acme and Globex and the owner
// (API key and sign-in), admin, legacy member, inactive and outsider principals, each step
// checked against the reference model, the invariants checked after every step. A failure
// prints the shrunk sequence. Fixed seed and bounded runs: the same sequences every time.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { COMMANDS } from "./model/commands.js";
import { createReal, resetReal, type Real } from "./model/real-system.js";

const SEED = 20260701;

async function modelRun(real: Real, numRuns: number, maxCommands: number): Promise<void> {
  await fc.assert(
    fc.asyncProperty(fc.commands(COMMANDS, { maxCommands, size: "medium" }), async (commands) => {
      const model = await resetReal(real);
      await fc.asyncModelRun(() => Promise.resolve({ model, real }), commands);
    }),
    { seed: SEED, numRuns, endOnFailure: false },
  );
}

describe("the mock's state follows the reference model", () => {
  test("random command sequences across two organizations and five principals", async () => {
    await modelRun(await createReal(), 60, 30);
  }, 240_000);

  type Wrap = Parameters<typeof createReal>[0];
  type Listing = {
    integrations?: Record<string, { credentials: Array<{ credential_id: string; is_default: boolean }> }>;
  };

  /** After a set-default, the previous default still shows as default in lists. */
  const staleDefault: Wrap = (handle) => {
    const stale = new Set<string>();
    return async (request) => {
      const url = new URL(request.url);
      if (url.pathname === "/__mock/reset") stale.clear();
      if (url.pathname.endsWith("/set-default")) {
        const list = await handle(new Request(new URL("/credentials?limit=500", url), { headers: request.headers }));
        if (list.status === 200)
          for (const g of Object.values(((await list.json()) as Listing).integrations ?? {}))
            for (const c of g.credentials) if (c.is_default) stale.add(c.credential_id);
      }
      const response = await handle(request);
      if (request.method !== "GET" || url.pathname !== "/credentials" || response.status !== 200 || stale.size === 0)
        return response;
      const body = (await response.json()) as Listing;
      for (const g of Object.values(body.integrations ?? {}))
        for (const c of g.credentials) if (stale.has(c.credential_id)) c.is_default = true;
      return new Response(JSON.stringify(body), { status: 200, headers: response.headers });
    };
  };

  /** The audit log loses the CREDENTIAL_DEACTIVATED events. */
  const forgetfulAudit: Wrap = (handle) => async (request) => {
    const response = await handle(request);
    if (new URL(request.url).pathname !== "/audit" || response.status !== 200) return response;
    const body = (await response.json()) as { events: Array<{ operation: string }>; total: number };
    const events = body.events.filter((e) => e.operation !== "CREDENTIAL_DEACTIVATED");
    return new Response(JSON.stringify({ ...body, events, total: body.total - (body.events.length - events.length) }), {
      status: 200,
      headers: response.headers,
    });
  };

  test.each([
    ["set-default keeps the old default", staleDefault, /defaults of \w+ in \w+/],
    ["the audit log drops CREDENTIAL_DEACTIVATED", forgetfulAudit, /audit events/],
  ] as const)(
    "a broken mock is caught and its sequence shrinks: %s",
    async (_name, wrap, message) => {
      const failure = await modelRun(await createReal(wrap), 60, 30).then(
        () => null,
        (error: unknown) => `${String(error)}\n${String((error as { cause?: unknown }).cause ?? "")}`,
      );
      expect(failure).not.toBeNull();
      expect(failure).toMatch(message);
      expect(failure).toMatch(/Counterexample: \[/);
      // The shrunk sequence, as a reader debugging the mock would see it.
      console.log(failure);
    },
    240_000,
  );
});
