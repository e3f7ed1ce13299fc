// One fetch, bounded in time.
import { readResponse, type ResponseLike } from "@modulex/spec/contract";

export type Fetched = { response: ResponseLike } | { timedOut: true } | { error: unknown };

/**
 * The response, read; `timedOut` when none came within `timeoutMs`; `error` when the fetch
 * failed (connection refused, unknown host, TLS...). Races a timer rather than trusting the
 * fetch to honour the abort signal (an in-process handler may not).
 */
export async function fetchWithin(fetcher: typeof fetch, request: Request, timeoutMs: number): Promise<Fetched> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<{ timedOut: true }>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve({ timedOut: true });
    }, timeoutMs);
  });
  try {
    const answered = (async () => ({
      response: await readResponse(await fetcher(new Request(request, { signal: controller.signal }))),
    }))();
    const settled = answered.catch((error: unknown) => ({ error }));
    return await Promise.race([settled, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
