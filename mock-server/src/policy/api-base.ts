// Where the API lives under a base URL (an origin and a path prefix), and a request's path
// relative to it: what the msw adapter and mock.handle route by.
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
