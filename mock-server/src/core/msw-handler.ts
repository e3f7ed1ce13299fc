// msw is the adapter, not the router: one handler whose predicate asks the mock's own router, so
// setupServer and setupWorker answer only the API's paths under the base URL, and let every
// other request (another origin, a path the API does not have) through untouched.
// `msw/core/http` rather than the `msw` root: the root also loads msw's WebSocket support, whose
// BroadcastChannel keeps Deno from exiting.
import { http } from "msw/core/http";
import type { RequestHandler } from "msw";
import type { RequestHandlerFn } from "./handle-request.js";
import { withBody } from "./json-text.js";

/** Where the API lives: an origin and a path prefix ("" at the root). */
export interface ApiBase {
  origin: string;
  prefix: string;
}

/** `https://gateway.example/modulex/` → { origin: "https://gateway.example", prefix: "/modulex" }. */
export function parseApiBase(baseUrl: string): ApiBase {
  const url = URL.canParse(baseUrl) ? new URL(baseUrl) : null;
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:"))
    throw new Error(`baseUrl must be an http(s) URL (got ${baseUrl})`);
  if (url.search || url.hash) throw new Error(`baseUrl must not have a query or fragment (got ${baseUrl})`);
  return { origin: url.origin, prefix: url.pathname.replace(/\/+$/, "") };
}

/** The request's path relative to the API's root, or null when the request is not under `base`. */
export function apiPath(url: URL, base: ApiBase): string | null {
  if (url.origin !== base.origin) return null;
  if (!base.prefix) return url.pathname;
  if (url.pathname === base.prefix) return "/";
  return url.pathname.startsWith(`${base.prefix}/`) ? url.pathname.slice(base.prefix.length) : null;
}

/** The msw handlers of a mock: requests under `base` to a path the API has. */
export function mswHandlers(
  handle: RequestHandlerFn,
  isApiPath: (method: string, pathname: string) => boolean,
  base: ApiBase,
): RequestHandler[] {
  const ours = (request: Request) => {
    const path = apiPath(new URL(request.url), base);
    return path !== null && isApiPath(request.method, path);
  };
  return [
    http.all(
      ({ request }) => ours(request),
      async ({ request }) => withBody(await handle(request, apiPath(new URL(request.url), base)!)),
    ),
  ];
}
