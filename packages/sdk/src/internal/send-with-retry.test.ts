import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ConnectionError, TimeoutError } from "../core/errors.js";
import type { LogEvent } from "../core/options.js";
import { outgoing, sendWithRetry, type SendConfig } from "./send-with-retry.js";

const KEY = "mx_live_DemoOwnerKey0000000000000000000000000000";

/** A fetch that answers from a script, one entry per attempt, and records what it was sent. */
function scriptedFetch(script: Array<Response | Error | "hang">) {
  const sent: Request[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    sent.push(request);
    const next = script[sent.length - 1];
    if (next === undefined) throw new Error("script exhausted");
    if (next === "hang") return new Promise<Response>(() => {}); // ignores its signal on purpose
    if (next instanceof Error) throw next;
    return next;
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, sent };
}

const status = (code: number, headers: Record<string, string> = {}) =>
  new Response(code === 204 ? null : "{}", { status: code, headers });

function setup(script: Array<Response | Error | "hang">, overrides: Partial<SendConfig> = {}) {
  const { fetch, sent } = scriptedFetch(script);
  const events: LogEvent[] = [];
  const config: SendConfig = {
    token: async () => KEY,
    maxRetries: 2,
    maxRetryDelay: 60_000,
    timeout: 10_000,
    fetch,
    logger: (e) => events.push(e),
    ...overrides,
  };
  const delays = () => events.flatMap((e) => (e.type === "retry" ? [e.delayMs] : []));
  return { config, sent, events, delays };
}

const get = (init: RequestInit = {}) => new Request("https://api.test/credentials", init);

beforeEach(() => {
  vi.useFakeTimers();
  vi.spyOn(Math, "random").mockReturnValue(0); // no jitter: exact delays
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("sendWithRetry", () => {
  it("waits exactly Retry-After on 429, then retries (even a POST)", async () => {
    const { config, sent, delays } = setup([status(429, { "retry-after": "2" }), status(201)]);
    let settled = false;
    const pending = sendWithRetry(get({ method: "POST", body: '{"a":1}' }), config).finally(() => (settled = true));
    await vi.advanceTimersByTimeAsync(1999);
    expect(settled).toBe(false);
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect((await pending).status).toBe(201);
    expect(delays()).toEqual([2000]);
    expect(await Promise.all(sent.map((r) => r.text()))).toEqual(['{"a":1}', '{"a":1}']);
  });

  it("returns the 429 at once when the server asks for longer than maxRetryDelay", async () => {
    const { config, sent } = setup([status(429, { "retry-after": "61" })]);
    const response = await sendWithRetry(get(), config);
    expect(response.status).toBe(429);
    expect(sent).toHaveLength(1);
  });

  it("retries a GET on 503 with backoff, but sends a POST only once", async () => {
    const getRun = setup([status(503), status(503), status(200)]);
    const pending = sendWithRetry(get(), getRun.config);
    await vi.runAllTimersAsync();
    expect((await pending).status).toBe(200);
    expect(getRun.delays()).toEqual([500, 1000]);

    const postRun = setup([status(503), status(200)]);
    expect((await sendWithRetry(get({ method: "POST", body: "{}" }), postRun.config)).status).toBe(503);
    expect(postRun.sent).toHaveLength(1);
  });

  it("gives up after maxRetries and returns the last response", async () => {
    const { config, sent } = setup([status(500), status(502), status(504), status(200)]);
    const pending = sendWithRetry(get({ method: "DELETE" }), config);
    await vi.runAllTimersAsync();
    expect((await pending).status).toBe(504);
    expect(sent).toHaveLength(3);
  });

  it("turns network failures into ConnectionError (retried for GET only) and surfaces other errors untouched", async () => {
    const network = new TypeError("fetch failed");
    const getRun = setup([network, network, network]);
    const pending = sendWithRetry(get(), getRun.config).catch((e) => e);
    await vi.runAllTimersAsync();
    const error = await pending;
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.cause).toBe(network);
    expect(getRun.sent).toHaveLength(3);

    const postRun = setup([network]);
    await expect(sendWithRetry(get({ method: "POST", body: "{}" }), postRun.config)).rejects.toBeInstanceOf(
      ConnectionError,
    );
    expect(postRun.sent).toHaveLength(1);

    const bug = new RangeError("bug in a custom fetch");
    const bugRun = setup([bug]);
    await expect(sendWithRetry(get(), bugRun.config)).rejects.toBe(bug);
    expect(bugRun.sent).toHaveLength(1);
  });

  it("times out an attempt that hangs, and retries it when idempotent", async () => {
    const { config, sent } = setup(["hang", status(200)], { timeout: 5_000 });
    const pending = sendWithRetry(get(), config);
    await vi.advanceTimersByTimeAsync(5_000 + 500);
    expect((await pending).status).toBe(200);
    expect(sent).toHaveLength(2);

    const post = setup(["hang"], { timeout: 5_000 });
    const failing = sendWithRetry(get({ method: "POST", body: "{}" }), post.config).catch((e) => e);
    await vi.advanceTimersByTimeAsync(5_000);
    const error = await failing;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.message).toBe("Request timed out after 5000 ms");
  });

  it("treats a timeout or a wait past setTimeout's 32-bit limit as the longest one, not as 1 ms", async () => {
    const slow = setup(["hang"], { timeout: 2 ** 31, maxRetries: 0 });
    let settled = false;
    void sendWithRetry(get(), slow.config)
      .catch(() => undefined)
      .finally(() => (settled = true));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(settled).toBe(false);

    const patient = setup([status(429, { "retry-after": "2200000" }), status(200)], { maxRetryDelay: 2 ** 32 });
    void sendWithRetry(get(), patient.config);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(patient.sent).toHaveLength(1);
  });

  it("ends a retry's sleep at once when the caller aborts, with the platform's AbortError", async () => {
    const { config, sent } = setup([status(429, { "retry-after": "30" }), status(200)]);
    const controller = new AbortController();
    const pending = sendWithRetry(get({ signal: controller.signal }), config).catch((e) => e);
    await vi.advanceTimersByTimeAsync(1_000);
    controller.abort();
    const error = await pending;
    expect(error).toBeInstanceOf(DOMException);
    expect(error.name).toBe("AbortError");
    expect(sent).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0); // the sleep's timer is gone too
  });

  it("ends a hanging attempt when the caller aborts, even if the inner fetch ignores its signal", async () => {
    const { config } = setup(["hang"]);
    const controller = new AbortController();
    const pending = sendWithRetry(get({ signal: controller.signal }), config).catch((e) => e);
    await vi.advanceTimersByTimeAsync(10);
    controller.abort(new DOMException("user left", "AbortError"));
    const error = await pending;
    expect(error.name).toBe("AbortError");
    expect(error.message).toBe("user left");
  });

  it("asks the token provider before every attempt and logs nothing secret", async () => {
    const tokens = ["h.p.one", "h.p.two"];
    const { config, sent, events } = setup([status(503), status(200, { "x-request-id": "req_1" })], {
      token: async () => tokens.shift()!,
    });
    const pending = sendWithRetry(get(), config);
    await vi.runAllTimersAsync();
    await pending;
    expect(sent.map((r) => r.headers.get("authorization"))).toEqual(["Bearer h.p.one", "Bearer h.p.two"]);
    expect(events.map((e) => e.type)).toEqual(["request", "response", "retry", "request", "response"]);
    expect(events[4]).toMatchObject({ status: 200, requestId: "req_1", attempt: 2 });
    expect(JSON.stringify(events)).not.toMatch(/h\.p\.|Bearer|authorization/i);
  });

  describe("each attempt", () => {
    /** A fetch that keeps the very objects it is handed. */
    function keepingFetch(script: Array<Response | "hang">) {
      const handed: Array<{ input: RequestInfo | URL; init: RequestInit; signal: AbortSignal | undefined }> = [];
      const fetch = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
        handed.push({ input, init, signal: init.signal ?? undefined });
        const next = script[handed.length - 1];
        return next === "hang" || next === undefined ? new Promise<Response>(() => {}) : next;
      });
      return { fetch: fetch as unknown as typeof globalThis.fetch, handed };
    }

    it("of raw's Request is fetch(request, init): what else it carries goes too, the token and a signal of its own in init", async () => {
      const { fetch, handed } = keepingFetch([status(503), status(200)]);
      const request = get({ credentials: "include", cache: "no-store" });
      const { config } = setup([], { fetch });
      const pending = sendWithRetry(request, config);
      await vi.runAllTimersAsync();
      expect((await pending).status).toBe(200);
      expect(handed.map((h) => h.input)).toEqual([request, request]);
      const sent = handed.map((h) => new Request(h.input, h.init));
      expect(sent.map((r) => [r.url, r.credentials, r.cache])).toEqual([
        ["https://api.test/credentials", "include", "no-store"],
        ["https://api.test/credentials", "include", "no-store"],
      ]);
      expect(handed.map((h) => new Headers(h.init.headers).get("authorization"))).toEqual([
        `Bearer ${KEY}`,
        `Bearer ${KEY}`,
      ]);
      expect(handed.every((h) => h.signal instanceof AbortSignal && h.signal !== request.signal)).toBe(true);
      expect(handed[0]!.signal).not.toBe(handed[1]!.signal);
    });

    it("of an SDK method's request (outgoing) sends its body as it was serialized, on a retry too", async () => {
      const { fetch, handed } = keepingFetch([status(503), status(201)]);
      const headers = new Headers({ "Content-Type": "application/json" });
      const request = outgoing("https://api.test/credentials", { method: "PUT", headers, body: '{"a":1}' });
      const { config } = setup([], { fetch });
      const pending = sendWithRetry(request, config);
      await vi.runAllTimersAsync();
      expect((await pending).status).toBe(201);
      expect(handed.map((h) => [h.init.method, h.init.body])).toEqual([
        ["PUT", '{"a":1}'],
        ["PUT", '{"a":1}'],
      ]);
      expect(new Headers(handed[1]!.init.headers).get("content-type")).toBe("application/json");
    });

    it("aborts the attempt's signal when it times out, then retries", async () => {
      const { fetch, handed } = keepingFetch(["hang", status(200)]);
      const { config, events } = setup([], { fetch, timeout: 1_000 });
      const pending = sendWithRetry(get(), config);
      await vi.runAllTimersAsync();
      expect((await pending).status).toBe(200);
      expect(handed[0]!.signal!.aborted).toBe(true);
      expect(handed[0]!.signal!.reason).toBeInstanceOf(TimeoutError);
      expect(events.find((e) => e.type === "retry")).toMatchObject({ error: "TimeoutError" });
    });

    it("aborts the attempt's signal when the caller's aborts", async () => {
      const { fetch, handed } = keepingFetch(["hang"]);
      const caller = new AbortController();
      const { config } = setup([], { fetch });
      const pending = sendWithRetry(get({ signal: caller.signal }), config).catch((e) => e);
      await vi.advanceTimersByTimeAsync(10);
      caller.abort(new DOMException("user left", "AbortError"));
      expect((await pending).message).toBe("user left");
      expect(handed[0]!.signal!.aborted).toBe(true);
    });
  });
});
