// A tiny fake server for unit tests: a fetch that answers from a function of (method, path),
// with the rate-limit headers a conforming server sends unless the answer says otherwise.
export interface FakeAnswer {
  status: number;
  body?: unknown;
  /** Extra headers; null removes one the fake would send by default. */
  headers?: Record<string, string | null>;
}

export type FakeRoutes = (method: string, path: string, request: Request) => FakeAnswer | Promise<FakeAnswer>;

const RATE_HEADERS = { "x-ratelimit-limit": "600", "x-ratelimit-remaining": "599", "x-ratelimit-reset": "1800000000" };

export function fakeFetch(routes: FakeRoutes, seen: Request[] = []): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    seen.push(request.clone());
    const url = new URL(request.url);
    const answer = await routes(request.method, url.pathname, request);
    const headers = new Headers({
      ...RATE_HEADERS,
      ...(answer.body === undefined ? {} : { "content-type": "application/json" }),
    });
    for (const [name, value] of Object.entries(answer.headers ?? {})) {
      if (value === null) headers.delete(name);
      else headers.set(name, value);
    }
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
      status: answer.status,
      headers,
    });
  };
}
