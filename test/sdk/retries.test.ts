// Retries, rate limits, timeouts and aborts with the mock's fault injection. Timers are fake:
// no test really waits, and the delays the SDK chose are read from its logger.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { InternalServerError, RateLimitError, TimeoutError, type LogEvent } from "../../packages/sdk/src/index.js";
import { DEMO, startMock, type MockEnv } from "./harness.js";

let env: MockEnv;
let events: LogEvent[];
const requests = () => events.filter((e) => e.type === "request").length;
const delays = () => events.flatMap((e) => (e.type === "retry" ? [e.delayMs] : []));
const client = (options = {}) => env.client({ logger: (e) => events.push(e), ...options });

beforeEach(async () => {
  env = await startMock();
  events = [];
  vi.spyOn(Math, "random").mockReturnValue(0); // no jitter: exact backoff
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const realSetTimeout = globalThis.setTimeout; // captured before the fake timers replace it

/**
 * Starts a call and lets fake time run until it settles. Fake time moves in 10 ms steps with a
 * real macrotask turn in between, so the mock's real async work (WebCrypto on the thread pool)
 * finishes long before a fake timeout could fire.
 */
async function settle<T>(call: PromiseLike<T>): Promise<{ value?: T; error?: unknown; elapsed: number }> {
  let done = false;
  const result = Promise.resolve(call)
    .then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    )
    .finally(() => (done = true));
  let elapsed = 0;
  for (; !done && elapsed < 600_000; elapsed += 10) {
    await new Promise((resolve) => realSetTimeout(resolve, 0));
    await vi.advanceTimersByTimeAsync(10);
  }
  return { ...(await result), elapsed };
}

describe("429", () => {
  it("waits Retry-After and retries, for a POST too", async () => {
    await env.armFault({ method: "POST", path: "/credentials", status: 429, retry_after: 2, count: 1 });
    const { value, elapsed } = await settle(
      client().credentials.create({ integrationName: "tavily", authData: { api_key: "tvly-retried" } }),
    );
    expect(value).toMatchObject({ integrationName: "tavily" });
    expect(delays()).toEqual([2000]);
    expect(elapsed).toBeGreaterThanOrEqual(2000);
    expect(requests()).toBe(2);
    // Created exactly once: the 429 never reached the handler.
    const { credentials } = (await settle(client().credentials.list({ integrationName: "tavily" }))).value as {
      credentials: unknown[];
    };
    expect(credentials).toHaveLength(2);
  });

  it("throws RateLimitError with the server's numbers once retries are used up", async () => {
    await env.armFault({ method: "GET", path: "/me", status: 429, retry_after: 1, count: 5 });
    const { error } = await settle(client({ maxRetries: 2 }).me.retrieve());
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ status: 429, retryAfter: 1 });
    expect((error as RateLimitError).limit).toBeTypeOf("number");
    expect(requests()).toBe(3);
    expect(delays()).toEqual([1000, 1000]);
  });

  it("throws RateLimitError at once when Retry-After exceeds maxRetryDelay", async () => {
    await env.armFault({ method: "GET", path: "/me", status: 429, retry_after: 120, count: 1 });
    const { error, elapsed } = await settle(client().me.retrieve());
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfter).toBe(120);
    expect(requests()).toBe(1);
    // What it proves: no 120 s wait. No retry was planned, and the fake clock stayed far below the
    // Retry-After (it moves 10 ms per real event-loop turn, so a slow proxy run moves it too).
    expect(delays()).toEqual([]);
    expect(elapsed).toBeLessThan(60_000);
  });

  it("respects a lower maxRetryDelay", async () => {
    await env.armFault({ method: "GET", path: "/me", status: 429, retry_after: 5, count: 1 });
    expect((await settle(client({ maxRetryDelay: 4_000 }).me.retrieve())).error).toBeInstanceOf(RateLimitError);
    expect(requests()).toBe(1);
  });
});

describe("503", () => {
  it("retries a GET with exponential backoff", async () => {
    await env.armFault({ method: "GET", path: "/credentials/*", status: 503, count: 2 });
    const { value } = await settle(client().credentials.retrieve(DEMO.credentials.acmeSlack));
    expect(value).toMatchObject({ credentialId: DEMO.credentials.acmeSlack });
    expect(delays()).toEqual([500, 1000]);
    expect(requests()).toBe(3);
  });

  it("retries PUT and DELETE too (idempotent)", async () => {
    await env.armFault({ method: "PUT", path: "/credentials/*", status: 503, count: 1 });
    await env.armFault({ method: "DELETE", path: "/credentials/*", status: 500, count: 1 });
    const mx = client();
    expect(
      (await settle(mx.credentials.update(DEMO.credentials.acmeTavily, { displayName: "Tavily (retried)" }))).value,
    ).toMatchObject({ displayName: "Tavily (retried)" });
    expect((await settle(mx.credentials.delete(DEMO.credentials.acmeTavily))).error).toBeUndefined();
    expect(requests()).toBe(4);
  });

  it("never sends a POST twice", async () => {
    await env.armFault({ method: "POST", path: "/credentials", status: 503, count: 1 });
    const { error } = await settle(
      client().credentials.create({ integrationName: "tavily", authData: { api_key: "tvly-once" } }),
    );
    expect(error).toBeInstanceOf(InternalServerError);
    expect(requests()).toBe(1);
    expect(delays()).toEqual([]);
  });

  it("a counted outage is hidden by the retry; one armed until cleared (count null) reaches the caller, and clearing ends it", async () => {
    await env.armFault({ method: "GET", path: "/me", status: 503, count: 1 });
    expect((await settle(client().me.retrieve())).value).toMatchObject({ email: "owner@acme.test" });
    await env.armFault({ method: "GET", path: "/me", status: 503, count: null });
    expect((await settle(client({ maxRetries: 3 }).me.retrieve())).error).toBeInstanceOf(InternalServerError);
    expect((await settle(client({ maxRetries: 0 }).me.retrieve())).error).toBeInstanceOf(InternalServerError);
    await env.clearFaults();
    expect((await settle(client().me.retrieve())).value).toMatchObject({ email: "owner@acme.test" });
    expect(requests()).toBe(2 + 4 + 1 + 1);
  });

  it("gives up after maxRetries with InternalServerError", async () => {
    await env.armFault({ method: "GET", path: "/me", status: 503, count: 10 });
    expect((await settle(client({ maxRetries: 1 }).me.retrieve())).error).toBeInstanceOf(InternalServerError);
    expect(requests()).toBe(2);
  });
});

describe("abort and timeout", () => {
  it("an abort during a retry's sleep rejects at once with AbortError and sends nothing more", async () => {
    await env.armFault({ method: "GET", path: "/me", status: 429, retry_after: 30, count: 1 });
    const controller = new AbortController();
    const pending = client()
      .me.retrieve({ signal: controller.signal })
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    await vi.waitFor(() => expect(delays()).toEqual([30_000])); // the SDK is now sleeping 30 s
    const sleptSoFar = vi.getTimerCount();
    controller.abort();
    // Settles without any more fake time passing: the sleep ended on the abort.
    const error = (await pending) as Error;
    expect(error.name).toBe("AbortError");
    expect(error).toBeInstanceOf(DOMException);
    expect(sleptSoFar).toBeGreaterThan(0);
    // The abort cleared the SDK's sleep timer (over real HTTP the socket layer holds timers too).
    expect(vi.getTimerCount()).toBe(sleptSoFar - 1);
    expect(requests()).toBe(1);
  });

  it("a slow answer times out per attempt; a GET is retried and succeeds", async () => {
    await env.armFault({ method: "GET", path: "/me", status: 0, delay_ms: 10_000, count: 1 });
    const { value } = await settle(client({ timeout: 2_000 }).me.retrieve());
    expect(value).toMatchObject({ email: DEMO.users.owner.email });
    expect(events.find((e) => e.type === "retry")).toMatchObject({ error: "TimeoutError", status: undefined });
  });

  it("a POST that times out is not retried: TimeoutError", async () => {
    await env.armFault({ method: "POST", path: "/credentials/resolve", status: 0, delay_ms: 10_000, count: 1 });
    const { error } = await settle(client({ timeout: 2_000 }).credentials.resolve({ integrationName: "slack" }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(requests()).toBe(1);
  });
});
