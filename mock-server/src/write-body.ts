// Writes a Fetch body to a node:http response at the pace the client reads it (docs/decisions/053):
// a chunk is pulled only once the socket has taken the last one ('drain'), and the body is cancelled
// when the client goes away, so a client that never reads holds at most a chunk or two in memory.
import type { ServerResponse } from "node:http";

type Sink = Pick<ServerResponse, "write" | "end" | "destroy" | "once" | "off" | "destroyed" | "writableFinished">;

export async function writeBody(res: Sink, body: ReadableStream<Uint8Array> | null): Promise<void> {
  if (!body) {
    res.end();
    return;
  }
  const reader = body.getReader();
  const gone = () => void reader.cancel().catch(() => {});
  res.once("close", gone);
  try {
    for (let chunk = await reader.read(); !chunk.done && !res.destroyed; chunk = await reader.read()) {
      if (!res.write(chunk.value)) await drained(res);
    }
    res.end();
  } catch {
    res.destroy(); // the body failed part-way: the client must not take a cut-off answer for a whole one
  } finally {
    res.off("close", gone);
  }
}

/** Resolves when the socket can take more, or is gone. */
function drained(res: Sink): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off("drain", done);
      res.off("close", done);
      resolve();
    };
    res.once("drain", done);
    res.once("close", done);
  });
}
