import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import type { ServerResponse } from "node:http";
import { writeBody } from "./write-body.js";

/** A body of `count` chunks that counts how many were pulled from it, and whether it was cancelled. */
function countingBody(count: number, size = 16 * 1024) {
  const seen = { pulled: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (seen.pulled === count) return controller.close();
        seen.pulled++;
        controller.enqueue(new Uint8Array(size));
      },
      cancel() {
        seen.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { body, seen };
}

/** A socket that takes `highWaterMark` bytes and then nothing until `release()` (a client that stopped reading). */
function stalledSocket(highWaterMark: number) {
  const waiting: Array<() => void> = [];
  let written = 0;
  const sink = new Writable({
    highWaterMark,
    write(chunk: Buffer, _encoding, callback) {
      written += chunk.byteLength;
      waiting.push(callback);
    },
  });
  const release = () => {
    for (const callback of waiting.splice(0)) callback();
  };
  return { sink: sink as unknown as ServerResponse, release, written: () => written };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe("writeBody", () => {
  it("pulls no further chunk while the client is not reading, and goes on when it reads again", async () => {
    const { body, seen } = countingBody(100);
    const socket = stalledSocket(32 * 1024);
    let finished = false;
    const writing = writeBody(socket.sink, body).then(() => (finished = true));
    for (let i = 0; i < 20; i++) await tick();
    expect(seen.pulled).toBeLessThanOrEqual(3); // without backpressure: all 100 (1.6 MB) in memory
    for (let i = 0; i < 1000 && !finished; i++) {
      socket.release();
      await tick();
    }
    await writing;
    expect(seen.pulled).toBe(100);
    expect(socket.written()).toBe(100 * 16 * 1024);
  });
  it("cancels the body when the client goes away part-way", async () => {
    const { body, seen } = countingBody(100);
    const socket = stalledSocket(16 * 1024);
    const writing = writeBody(socket.sink, body);
    for (let i = 0; i < 5; i++) await tick();
    socket.sink.destroy();
    await writing;
    expect(seen.cancelled).toBe(true);
    expect(seen.pulled).toBeLessThanOrEqual(3);
  });
  it("ends an empty answer, and destroys the response when the body fails part-way", async () => {
    const empty = stalledSocket(1024);
    await writeBody(empty.sink, null);
    expect(empty.sink.writableEnded).toBe(true);
    const broken = stalledSocket(1024 * 1024);
    let n = 0;
    const failing = new ReadableStream<Uint8Array>({
      pull: (c) => (n++ ? c.error(new Error("boom")) : c.enqueue(new Uint8Array(10))),
    });
    await writeBody(broken.sink, failing);
    expect(broken.sink.destroyed).toBe(true);
  });
});
