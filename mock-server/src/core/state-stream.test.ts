import { describe, expect, it } from "vitest";
import { stateStream } from "./state-stream.js";

async function readAll(stream: ReadableStream<Uint8Array>): Promise<{ text: string; chunks: number }> {
  let text = "";
  let chunks = 0;
  const decoder = new TextDecoder();
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) {
    text += decoder.decode(chunk, { stream: true });
    chunks++;
  }
  return { text, chunks };
}

describe("stateStream", () => {
  it("writes exactly what JSON.stringify writes, in chunks", async () => {
    const snapshot = {
      organizations: [{ organization_id: "o", name: "Acme \u00e9\u{1F600}" }],
      users: [],
      api_keys: Array.from({ length: 300 }, (_, i) => ({ key_hash: `h${i}`.padEnd(64, "0"), n: i })),
    };
    const { text, chunks } = await readAll(stateStream(snapshot, 1024));
    expect(text).toBe(JSON.stringify(snapshot));
    expect(chunks).toBeGreaterThan(10);
    expect((await readAll(stateStream({}))).text).toBe("{}");
  });
  it("serialises records only as the reader asks for them", async () => {
    let serialised = 0;
    const rows = Array.from({ length: 10_000 }, (_, i) => ({
      toJSON: () => {
        serialised++;
        return { i, pad: "x".repeat(100) };
      },
    }));
    const reader = stateStream({ audit_events: rows }, 4096).getReader();
    await reader.read();
    expect(serialised).toBeLessThan(100);
    await reader.cancel();
    expect(serialised).toBeLessThan(100);
  });
});
