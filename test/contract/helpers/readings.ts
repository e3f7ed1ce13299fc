// Servers that behave as the product docs allow but not as our mock does: each wraps the real
// mock's `handle` (like mutants.ts) and takes one reading of one numbered item of issue 8. The
// default profile must pass every one of them; a contract that failed one would fail a correct
// server on its first run.
import type { ContractOptions } from "../../../packages/contract/src/index.js";
import type { CreateMockOptions } from "../../../mock-server/src/index.js";
import { json, withBody, type Handle } from "./mutants.js";

export interface Reading {
  name: string;
  wrap(handle: Handle): Handle;
  mock?: CreateMockOptions;
  run?: Partial<ContractOptions>;
  /** The run reports findings as warnings (a TBD shape), not failures. */
  warns?: RegExp;
  /** A note the run must make about this reading. */
  notes?: RegExp;
}

type Json = Record<string, unknown>;

/** Rewrites every JSON answer's body. */
const rewriting =
  (rewrite: (body: unknown, request: Request, response: Response) => unknown) =>
  (handle: Handle): Handle =>
  async (request) => {
    const response = await handle(request);
    const body = await json(response);
    return body === undefined ? response : withBody(response, rewrite(body, request, response));
  };

/** Rewrites a request's JSON body before the mock sees it. */
const rewritingRequest =
  (match: (request: Request) => boolean, rewrite: (body: Json) => Json) =>
  (handle: Handle): Handle =>
  async (request) => {
    if (!match(request)) return handle(request);
    let body: Json;
    try {
      body = (await request.clone().json()) as Json;
    } catch {
      return handle(request);
    }
    const headers = new Headers(request.headers);
    headers.delete("content-length");
    return handle(new Request(request.url, { method: request.method, headers, body: JSON.stringify(rewrite(body)) }));
  };

/** Every `*_at` string of our own fields (not inside metadata or details), through `f`. */
function mapTimestamps(value: unknown, f: (s: string) => string, key = ""): unknown {
  if (key === "credentials_metadata" || key === "details") return value;
  if (Array.isArray(value)) return value.map((v) => mapTimestamps(v, f));
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapTimestamps(v, f, k)]));
  return typeof value === "string" && key.endsWith("_at") && /^\d{4}-\d{2}-\d{2}T/.test(value) ? f(value) : value;
}

const isCredentialDetail = (request: Request) =>
  request.method === "GET" && /^\/credentials\/[0-9a-f-]{36}$/.test(new URL(request.url).pathname);
const isAudit = (request: Request) => request.method === "GET" && /\/audit$/.test(new URL(request.url).pathname);

/** The label or masked secret: what the same detail request answers without include_masked. */
async function labelOf(handle: Handle, request: Request): Promise<unknown> {
  const url = new URL(request.url);
  url.searchParams.delete("include_masked");
  return ((await json(await handle(new Request(url, { headers: request.headers })))) as Json).auth_data_masked;
}

export const READINGS: Reading[] = [
  {
    name: "1. timestamps in RFC 3339 with an offset (+00:00), not the docs' zoneless form",
    wrap: rewriting((body) => mapTimestamps(body, (s) => `${s.replace(/Z$/, "")}+00:00`)),
    mock: { timestamps: "rfc3339" },
  },
  {
    name: "1. timestamps in RFC 3339 with Z (the strict mock's)",
    wrap: (handle) => handle,
    mock: { timestamps: "rfc3339" },
  },
  {
    name: "2, 3, 6. a server that refuses unknown body fields, a secret on PUT and an empty update with 400, and answers test-temporary's bad bodies 400 (the strict mock)",
    wrap: (handle) => handle,
    mock: { strict: true },
  },
  {
    name: "4. a server whose limiter is down: no X-RateLimit-* header anywhere, never a 429",
    wrap: (handle) => async (request) => {
      const response = await handle(request);
      const headers = new Headers(response.headers);
      for (const name of ["x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset"]) headers.delete(name);
      return new Response(response.body, { status: response.status, headers });
    },
    run: { rateLimit: true },
    notes: /carries no X-RateLimit-Limit: the 429 phase was skipped/,
  },
  {
    name: "7. the old shape: auth_summary (the label or masked secret) beside auth_data_masked, the per-field map or null",
    wrap: (handle) => async (request) => {
      const response = await handle(request);
      const detail = isCredentialDetail(request) ? ((await json(response)) as Json | undefined) : undefined;
      if (!detail || !("auth_data_masked" in detail)) return response;
      const masked = detail.auth_data_masked;
      if (typeof masked === "string")
        return withBody(response, { ...detail, auth_summary: masked, auth_data_masked: null });
      return withBody(response, { ...detail, auth_summary: await labelOf(handle, request), auth_data_masked: masked });
    },
  },
  {
    name: "7. auth_data_masked always the label or masked secret, the include_masked map beside it under another name",
    wrap: (handle) => async (request) => {
      const response = await handle(request);
      const detail = isCredentialDetail(request) ? ((await json(response)) as Json | undefined) : undefined;
      if (!detail || typeof detail.auth_data_masked !== "object" || detail.auth_data_masked === null) return response;
      return withBody(response, {
        ...detail,
        auth_data_masked: await labelOf(handle, request),
        masked_auth_data: detail.auth_data_masked,
      });
    },
  },
  {
    name: "8. audit and usage in another shape (items, action, timestamp; total_uses)",
    wrap: rewriting((body, request) => {
      const path = new URL(request.url).pathname;
      if (isAudit(request) && body && typeof body === "object" && Array.isArray((body as Json).events)) {
        const events = (body as { events: Json[] }).events.map(({ operation, occurred_at, ...rest }) => ({
          ...rest,
          action: operation,
          timestamp: occurred_at,
        }));
        return { items: events, count: (body as Json).total };
      }
      if (
        request.method === "GET" &&
        path.endsWith("/usage") &&
        body &&
        typeof body === "object" &&
        "usage_count" in body
      ) {
        const { usage_count, ...rest } = body as Json;
        return { ...rest, total_uses: usage_count };
      }
      return body;
    }),
    warns: /the docs mark this response's shape TBD/,
  },
  {
    name: "9. additive fields: every JSON object answered carries fields the spec does not list",
    wrap: rewriting((body) => {
      // Not inside user data (metadata, details), and a keyed map (the grouped list's integrations) grows in its values only.
      const grow = (value: unknown, key = ""): unknown => {
        if (Array.isArray(value)) return value.map((v) => grow(v));
        if (
          !value ||
          typeof value !== "object" ||
          ["credentials_metadata", "details", "auth_data_masked"].includes(key)
        )
          return value;
        const grown = Object.fromEntries(
          Object.entries(value).map(([k, v]) => [k, key === "integrations" ? grow(v) : grow(v, k)]),
        );
        return key === "integrations" ? grown : { ...grown, x_served_by: "edge-7" };
      };
      return grow(body);
    }),
  },
  {
    name: "10. API tokens created without an expiry get a default one (90 days)",
    wrap: rewritingRequest(
      (request) => request.method === "POST" && new URL(request.url).pathname === "/api-keys",
      (body) => ("expires_in_seconds" in body ? body : { ...body, expires_in_seconds: 90 * 86_400 }),
    ),
    notes: /gives a key created without expires_in_seconds a default expiry/,
  },
  {
    name: "11. a 401 without WWW-Authenticate",
    wrap: (handle) => async (request) => {
      const response = await handle(request);
      if (response.status !== 401) return response;
      const headers = new Headers(response.headers);
      headers.delete("www-authenticate");
      return new Response(response.body, { status: response.status, headers });
    },
  },
];
