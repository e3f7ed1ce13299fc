import { describe, expect, it } from "vitest";
import { answer, appendHeader, streamAnswer, toResponse } from "./answer.js";
import { jsonAnswer, withoutBody } from "./errors.js";

describe("the core's answers (plain data the adapters put on the wire)", () => {
  it("keeps header names in lower case, whatever case they were given in", () => {
    expect(answer(302, { Location: "https://x.test/cb", "Cache-Control": "no-store" }).headers).toEqual({
      location: "https://x.test/cb",
      "cache-control": "no-store",
    });
  });
  it("joins a repeated header with ', ', as Headers.append does", () => {
    const a = answer(200, { Warning: '299 modulex-mock "one"' });
    appendHeader(a, "warning", '299 modulex-mock "two"');
    expect(a.headers.warning).toBe('299 modulex-mock "one", 299 modulex-mock "two"');
    expect(toResponse(a).headers.get("Warning")).toBe(
      new Headers([
        ["warning", '299 modulex-mock "one"'],
        ["warning", '299 modulex-mock "two"'],
      ]).get("warning"),
    );
  });
  it("becomes one Response with the same status, headers and JSON text (mock.handle, msw)", async () => {
    const response = toResponse(jsonAnswer({ a: 1 }, 201, { "X-Test": "yes" }));
    expect(response.status).toBe(201);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(response.headers.get("x-test")).toBe("yes");
    expect(await response.json()).toEqual({ a: 1 });
  });
  it("streams a stream body, and a HEAD's copy has no body and cancels the stream", async () => {
    let cancelled = false;
    const stream = new ReadableStream<Uint8Array>({
      pull: (c) => c.enqueue(new TextEncoder().encode("[1]")),
      cancel: () => {
        cancelled = true;
      },
    });
    const streamed = streamAnswer(stream, { "Content-Type": "application/json" });
    const head = withoutBody(streamed);
    expect(head.text).toBeNull();
    expect(head.stream).toBeNull();
    expect(head.headers).toEqual({ "content-type": "application/json" });
    expect(toResponse(head).body).toBeNull();
    await new Promise((r) => setTimeout(r, 0));
    expect(cancelled).toBe(true);
  });
});
