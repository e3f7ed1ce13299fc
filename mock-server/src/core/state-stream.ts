// GET /__mock/state as a stream: the snapshot (references to the records, taken under the store's
// lock; updates replace records rather than change them) is serialised a few records at a time as
// the reader asks, so a client that stops reading holds one chunk, not the whole dump.
import { utf8 } from "../policy/encoding.js";

const STATE_CHUNK_CHARS = 64 * 1024;

function* pieces(snapshot: Readonly<Record<string, readonly object[]>>): Generator<string> {
  yield "{";
  for (const [i, [table, rows]] of Object.entries(snapshot).entries()) {
    yield `${i ? "," : ""}${JSON.stringify(table)}:[`;
    for (const [j, row] of rows.entries()) yield `${j ? "," : ""}${JSON.stringify(row)}`;
    yield "]";
  }
  yield "}";
}

/** The snapshot as JSON, byte for byte what JSON.stringify would write, in chunks of about `chunkChars`. */
export function stateStream(
  snapshot: Readonly<Record<string, readonly object[]>>,
  chunkChars = STATE_CHUNK_CHARS,
): ReadableStream<Uint8Array> {
  const source = pieces(snapshot);
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        let text = "";
        let next = source.next();
        for (; !next.done; next = source.next()) {
          text += next.value;
          if (text.length >= chunkChars) break;
        }
        if (text) controller.enqueue(utf8(text));
        if (next.done) controller.close();
      },
      cancel() {
        source.return(undefined);
      },
    },
    { highWaterMark: 0 },
  );
}
