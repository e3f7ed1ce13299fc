// What the core answers: a status, headers and a body, as plain data. Adapters put it on the
// wire: the HTTP server writes it to node:http as it is (no Fetch Response or Headers built and
// read back for every request: about a seventh of a GET by id's cost, profiled); mock.handle and
// the msw handlers make it one Response (`toResponse`).

export interface Answer {
  status: number;
  /**
   * Header names in lower case (as node:http and Headers give them out); a repeated header is
   * one value joined with ", " (`appendHeader`), as Headers.get answers it.
   */
  headers: Record<string, string>;
  /** A body known as text (every JSON answer): written in one call. */
  text: string | null;
  /** A streamed body (GET /__mock/state), written at the pace the client reads it. */
  stream: ReadableStream<Uint8Array> | null;
}

/** An answer with `text` (or no body) and these headers (names in any case). */
export function answer(status: number, headers?: Record<string, string>, text: string | null = null): Answer {
  return { status, headers: headers ? lowerCased(headers) : {}, text, stream: null };
}

/** An answer whose body is read from `stream` as the client takes it. */
export function streamAnswer(stream: ReadableStream<Uint8Array>, headers: Record<string, string>): Answer {
  return { status: 200, headers: lowerCased(headers), text: null, stream };
}

/** Adds a value to a header, after any it already has (", "-joined, as Headers.append). */
export function appendHeader(answer: Answer, name: string, value: string): void {
  const key = name.toLowerCase();
  const had = answer.headers[key];
  answer.headers[key] = had === undefined ? value : `${had}, ${value}`;
}

/** The answer as a Fetch Response, for whoever is handed one (mock.handle, msw). */
export function toResponse({ status, headers, text, stream }: Answer): Response {
  return new Response(text ?? stream, { status, headers });
}

function lowerCased(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name in headers) out[name.toLowerCase()] = headers[name]!;
  return out;
}
