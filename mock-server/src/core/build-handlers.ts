// The request pipeline every route runs through, in the documented order: request id → armed
// fault → 401 → rate limit (429, fail-open) → 400 org header / 403 → 400 path → 404 → 400 query
// and body → handler. Writes are serialised (store.exclusive) so concurrent requests never see
// half a change; a request that is refused has changed nothing. Control routes take only their
// declared media type (415). HEAD is answered wherever GET is, without the body (RFC 9110 §9.3.2).
import { getResponse, http, matchRequestUrl, type HttpHandler, type RequestHandler } from "msw";
import { OPERATIONS, type OperationSpec } from "@modulex/spec/contract";
import { iso, type MockEnv } from "./env.js";
import type { Principal, Route, RouteContext } from "./route.js";
import { authenticate } from "./authenticate.js";
import { authorize } from "./authorize.js";
import { canonicalUuid, mediaTypeOf, readBody, validateBody, validatePath, validateQuery } from "./validate-request.js";
import { ApiError, errorResponse, jsonResponse, rateLimitHeaders, rateLimitedResponse, routeNotFound, withoutBody } from "./errors.js";
import { faultResponse } from "./fault-response.js";
import { untouchedDecision, type RateDecision } from "../policy/rate-limiter.js";
import { repairPercentEncoding } from "../policy/repair-percent-encoding.js";

const METHODS = { GET: http.get, POST: http.post, PUT: http.put, DELETE: http.delete, PATCH: http.patch } as const;

/** The spec path as an msw pattern: `/credentials/{id}` → `*\/credentials/:id` (any origin) or `<baseUrl>/credentials/:id`. */
const mswPath = (path: string, baseUrl?: string) => `${baseUrl ? baseUrl.replace(/\/+$/, "") : "*"}${path.replace(/\{(\w+)\}/g, ":$1")}`;

/** Literal paths before templated ones, so `/credentials/resolve` never reaches `/credentials/:id`. */
const literalSegments = (path: string) => path.split("/").filter((s) => s && !s.startsWith("{")).length;

export function buildHandlers(routes: Array<Route<unknown>>, env: MockEnv, baseUrl?: string): RequestHandler[] {
  const handlers = [...routes]
    .map((r) => ({ r, op: OPERATIONS[r.operationId] ?? missing(r.operationId) }))
    .sort((a, b) => literalSegments(b.op.path) - literalSegments(a.op.path))
    .flatMap(({ r, op }) => {
      const method = METHODS[op.method as keyof typeof METHODS] ?? missing(`${op.method} ${op.path}`);
      const path = mswPath(op.path, baseUrl);
      const handler = method(path, ({ request, params }) => run(r, op, request, params as Record<string, string>, env));
      if (op.method !== "GET") return [handler];
      return [handler, http.head(path, async ({ request, params }) => withoutBody(await run(r, op, request, params as Record<string, string>, env)))];
    });
  return [malformedPathGuard(handlers), ...handlers];
}

/**
 * msw decodes path parameters while matching and throws on a bad escape (`/credentials/%ZZ`),
 * which would be a 500. This handler goes first: it answers such a request as the same request
 * with the bad segments repaired, so the route refuses the parameter with its usual 400 (after
 * 401/403, like any other), or 405 on a known path; a path none of the routes matches is left alone.
 */
function malformedPathGuard(handlers: HttpHandler[]): RequestHandler {
  const isMalformed = (url: URL) => repairPercentEncoding(url.pathname) !== url.pathname;
  return http.all(({ request }) => isMalformed(new URL(request.url)), async ({ request }) => {
    const url = new URL(request.url);
    url.pathname = repairPercentEncoding(url.pathname);
    const body = request.body ? request.clone().body : null;
    const repaired = new Request(url, { method: request.method, headers: request.headers, body, signal: request.signal, duplex: "half" } as RequestInit);
    const response = await getResponse(handlers, repaired);
    if (response) return response;
    const allowed = handlers.filter((h) => matchRequestUrl(url, h.info.path as string).matches).map((h) => String(h.info.method));
    return allowed.length ? routeNotFound(request.method, url.pathname, [...new Set(allowed)]) : undefined;
  });
}

function missing(what: string): never {
  throw new Error(`mock route for an operation the spec does not have: ${what}`);
}

const requestIdPattern = /^[\x21-\x7e]{1,128}$/;

async function run(route: Route<unknown>, op: OperationSpec, request: Request, params: Record<string, string>, env: MockEnv): Promise<Response> {
  const incoming = request.headers.get("x-request-id");
  const requestId = incoming && requestIdPattern.test(incoming) ? incoming : crypto.randomUUID();
  const url = new URL(request.url);
  let rate: RateDecision | null = null;
  let response: Response;
  try {
    const fault = route.access.kind === "control" && !op.path.startsWith("/__mock/oauth/") ? null : env.faults.take(op.method, url.pathname);
    if (fault?.delay_ms) await env.sleep(fault.delay_ms);
    if (fault?.status) {
      response = faultResponse(fault, env);
    } else {
      // Read the body before taking the lock: a slow upload must not hold up other requests.
      const raw = op.requestBody ? await readBody(request) : { text: null, tooLarge: false };
      const contentType = request.headers.get("content-type");
      if (route.access.kind === "control") refuseOtherMediaTypes(op, request.method, contentType, raw.text);
      response = await env.store.exclusive(async () => {
        if (route.access.kind === "control") {
          const ctx = context(env, request, url, validatePath(op, params), validateQuery(op, url), validateBody(op, raw, env.strict, contentType).value);
          return route.handle(ctx, route.find?.(ctx));
        }
        const caller = await authenticate(request, env);
        rate = limit(env, caller, route.access.kind === "org" ? request.headers.get("x-organization-id") : null);
        if (rate?.limited) return rateLimitedResponse(rate);
        const org = authorize(route.access, op, caller, request, env);
        const answer = async () => {
          const ctx = context(env, request, url, validatePath(op, params), {}, undefined, caller, org);
          const found = route.find?.(ctx);
          ctx.query = validateQuery(op, url);
          const body = validateBody(op, raw, env.strict, contentType);
          ctx.body = body.value;
          let result = await route.handle(ctx, found);
          if (body.readAs) result = withWarning(result, `read the body as ${body.readAs.declared} although its Content-Type is ${body.readAs.sent ?? "missing"}`);
          if (body.ignored.length) result = withWarning(result, `ignored unknown body fields: ${body.ignored.join(", ")}`);
          return result;
        };
        // The docs: test-temporary "wraps any failure as 500 (Failed to test credential: ...)", once
        // the org header and the bearer have passed. Strict mode keeps the 400s.
        const result = route.failureWrapper && !env.strict ? await wrapFailures(route.failureWrapper, answer) : await answer();
        if (result.status < 400 && caller.apiKey) {
          const keyId = caller.apiKey.api_key_id;
          await env.store.api_keys.update((q) => q.where({ api_key_id: keyId }), { data: (k) => void (k.last_used_at = iso(env.now())) });
        }
        return result;
      });
    }
  } catch (error) {
    if (!(error instanceof ApiError)) {
      env.onError(error, route.operationId);
      response = errorResponse(500, "Internal server error");
    }
    else if (route.oauthErrors && error.status === 400) response = jsonResponse({ error: "invalid_request", error_description: error.detail }, 400);
    else response = errorResponse(error.status, error.detail);
  }
  return withHeaders(response, requestId, rate);
}

/**
 * The control routes need no auth, so they take no body a web page could send without a CORS
 * preflight (text/plain, forms): only their declared media type (application/json; the token
 * endpoint, form-encoded), or none. 415 otherwise, before anything runs.
 */
function refuseOtherMediaTypes(op: OperationSpec, method: string, contentType: string | null, body: string | null): void {
  if (method === "GET" || method === "HEAD") return;
  const declared = op.requestBody?.contentType ?? "application/json";
  const sent = mediaTypeOf(contentType);
  if (sent === declared || (sent === null && !body)) return;
  throw new ApiError(415, `Content-Type ${sent ?? "(none)"} is not accepted here: send ${declared}`);
}

function context(
  env: MockEnv, request: Request, url: URL, params: Record<string, string>, query: Record<string, unknown>, body: unknown,
  caller?: RouteContext["caller"], org?: RouteContext["org"] | null,
): RouteContext {
  const ctx = { env, request, url, params, query, body } as RouteContext;
  if (caller) ctx.caller = caller;
  if (org) ctx.org = org;
  return ctx;
}

/**
 * Per key, per user and, on org routes, per organization (the docs' "org-class api rate limit").
 * The organization's bucket is only charged for its members, so an outsider naming an organization
 * cannot use up its limit. If the limiter itself fails, the request goes through (fail-open).
 */
function limit(env: MockEnv, caller: Principal, orgHeader: string | null): RateDecision {
  const buckets = [{ id: `user:${caller.user.user_id}`, limit: env.limits.perUser }];
  if (caller.apiKey) buckets.unshift({ id: `key:${caller.apiKey.api_key_id}`, limit: env.limits.perKey });
  const orgId = orgHeader === null ? null : canonicalUuid(orgHeader).toLowerCase();
  if (orgId && env.store.memberships.findFirst((q) => q.where({ organization_id: orgId, user_id: caller.user.user_id }))) {
    buckets.push({ id: `org:${orgId}`, limit: env.limits.perOrg });
  }
  const now = env.now();
  try {
    return env.limiter.hit(buckets, now);
  } catch {
    // The headers are still required: report the tightest configured limit as untouched.
    return untouchedDecision(Math.min(...buckets.map((b) => b.limit)), now);
  }
}

/** Runs `answer`; a 4xx it throws becomes the route's documented 500 wrapper (`<prefix><detail>`). */
async function wrapFailures(prefix: string, answer: () => Promise<Response>): Promise<Response> {
  try {
    return await answer();
  } catch (error) {
    if (error instanceof ApiError && error.status < 500) throw new ApiError(500, `${prefix}${error.detail}`);
    throw error;
  }
}

/**
 * Tells the developer what the mock did without breaking the call, in an RFC 9111 `Warning`
 * header (code 299, "miscellaneous persistent warning"). Field names are user input: only
 * printable ASCII goes into the header, and at most 300 characters of it.
 */
function withWarning(response: Response, text: string): Response {
  const safe = text.replace(/[^\x20-\x7e]/g, "?").replace(/["\\]/g, "'").slice(0, 300);
  const headers = new Headers(response.headers);
  headers.append("Warning", `299 modulex-mock "${safe}"`);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

function withHeaders(response: Response, requestId: string, rate: RateDecision | null): Response {
  const headers = new Headers(response.headers);
  headers.set("X-Request-ID", requestId);
  if (response.status === 401) headers.set("WWW-Authenticate", "Bearer"); // RFC 9110 §11.6.1
  if (response.status !== 401 && response.status < 500 && rate) {
    for (const [k, v] of rateLimitHeaders({ ...rate, limited: false })) if (!headers.has(k)) headers.set(k, v);
  }
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
