// The request pipeline every route runs through, in the documented order: request id → armed
// fault → 401 → rate limit (429, fail-open) → 400 org header / 403 → 400 path → 404 → 400 query
// and body → handler. Routing is one precompiled router matched from the root of the path.
// Reads run side by side; writes run alone (ReadWriteLock), so no request sees half a change; a
// request that is refused has changed nothing. Control routes take only their declared media type
// (415). HEAD is answered wherever GET is, without the body (RFC 9110 §9.3.2).
import type { OperationSpec } from "@modulex/spec/contract";
import type { MockEnv } from "./env.js";
import { memberKey } from "./store.js";
import { iso } from "../policy/wire-time.js";
import type { AnyRoute, CoreRequest, Principal, RouteContext } from "./route.js";
import { compileRouter } from "./router.js";
import { authenticate } from "./authenticate.js";
import { authorize } from "./authorize.js";
import { canonicalUuid, mediaTypeOf, readBody, validateBody, validatePath, validateQuery } from "./validate-request.js";
import {
  ApiError,
  errorAnswer,
  jsonAnswer,
  rateLimitHeaders,
  rateLimitedAnswer,
  routeNotFound,
  withoutBody,
} from "./errors.js";
import { faultAnswer } from "./fault-answer.js";
import { appendHeader, type Answer } from "./answer.js";
import { untouchedDecision, type RateDecision } from "../policy/rate-limiter.js";

/**
 * Answers one request by its path (already relative to the API's root) with the mock's routes;
 * `url` is the request's URL as its caller parsed it (not parsed again here).
 */
export type RequestHandlerFn = (request: CoreRequest, url: URL, pathname: string) => Promise<Answer>;

/** GET operations that change state (they take the write lock). */
const WRITING_GETS = new Set(["mockOAuthAuthorize"]);

/**
 * The mock's request handler over `routes`: unknown paths are a 404, known paths with another
 * method a 405 with Allow.
 */
export function createRequestHandler(
  routes: ReadonlyArray<AnyRoute>,
  env: MockEnv,
): { handle: RequestHandlerFn; isApiPath(method: string, pathname: string): boolean } {
  const router = compileRouter(routes);
  const lookup = (method: string, pathname: string) => router.match(method === "HEAD" ? "GET" : method, pathname);
  return {
    async handle(request, url, pathname) {
      const { found, allowed } = lookup(request.method, pathname);
      const response = found
        ? await run(found.route, found.op, request, url, found.params, env)
        : routeNotFound(request.method, pathname, allowed);
      return request.method === "HEAD" ? withoutBody(response) : response;
    },
    isApiPath(method, pathname) {
      const { found, allowed } = lookup(method, pathname);
      return found !== null || allowed.length > 0;
    },
  };
}

const requestIdPattern = /^[\x21-\x7e]{1,128}$/;

async function run(
  route: AnyRoute,
  op: OperationSpec,
  request: CoreRequest,
  url: URL,
  params: Record<string, string>,
  env: MockEnv,
): Promise<Answer> {
  const incoming = request.headers.get("x-request-id");
  const requestId = incoming && requestIdPattern.test(incoming) ? incoming : crypto.randomUUID();
  let rate: RateDecision | null = null;
  let response: Answer;
  try {
    const fault =
      op.access.kind === "public" && !op.path.startsWith("/__mock/oauth/")
        ? null
        : env.faults.take(op.method, url.pathname);
    if (fault?.delay_ms) await env.sleep(fault.delay_ms);
    if (fault?.status) {
      response = faultAnswer(fault, env);
    } else {
      // Read the body before taking the lock: a slow upload must not hold up other requests.
      const raw = op.requestBody ? await readBody(request) : { text: null, tooLarge: false };
      const contentType = request.headers.get("content-type");
      if (op.access.kind === "public") refuseOtherMediaTypes(op, request.method, contentType, raw.text);
      const writes = op.method !== "GET" || WRITING_GETS.has(route.operationId);
      response = await (writes ? env.lock.write.bind(env.lock) : env.lock.read.bind(env.lock))(async () => {
        if (op.access.kind === "public") {
          const ctx = context(env, request, url, {
            params: validatePath(op, params),
            query: validateQuery(op, url),
            body: validateBody(op, raw, env.strict, contentType).value,
          });
          return route.handle(ctx, route.find?.(ctx));
        }
        const caller = await authenticate(request, env);
        rate = limit(env, caller, op.orgScoped ? request.headers.get("x-organization-id") : null);
        if (rate?.limited) return rateLimitedAnswer(rate);
        const org = authorize(op, caller, request, env);
        const answer = async () => {
          // The lookup (404) runs before the query and the body are validated (400).
          const path = validatePath(op, params);
          const found = route.find?.(
            context(env, request, url, { params: path, query: {}, body: undefined }, caller, org),
          );
          const query = validateQuery(op, url);
          const body = validateBody(op, raw, env.strict, contentType);
          const ctx = context(env, request, url, { params: path, query, body: body.value }, caller, org);
          let result = await route.handle(ctx, found);
          if (body.readAs)
            result = withWarning(
              result,
              `read the body as ${body.readAs.declared} although its Content-Type is ${body.readAs.sent ?? "missing"}`,
            );
          if (body.ignored.length)
            result = withWarning(result, `ignored unknown body fields: ${body.ignored.join(", ")}`);
          return result;
        };
        // The docs: test-temporary "wraps any failure as 500 (Failed to test credential: ...)", once
        // the org header and the bearer have passed. Strict mode keeps the 400s.
        const result =
          route.failureWrapper && !env.strict ? await wrapFailures(route.failureWrapper, answer) : await answer();
        if (result.status < 400 && caller.apiKey && lastUseIsStale(caller.apiKey.last_used_at, env.now())) {
          await env.store.api_keys.update(caller.apiKey, {
            data: (k) => {
              k.last_used_at = iso(env.now());
            },
          });
          if (!writes) env.changed();
        }
        return result;
      });
      if (writes) env.changed();
    }
  } catch (error) {
    if (!(error instanceof ApiError)) {
      env.onError(error, route.operationId);
      response = errorAnswer(500, "Internal server error");
    } else if (route.oauthErrors && error.status === 400)
      response = jsonAnswer({ error: "invalid_request", error_description: error.detail }, 400);
    else response = errorAnswer(error.status, error.detail);
  }
  return withHeaders(response, requestId, rate);
}

/**
 * The control routes need no auth, so they take no body a web page could send without a CORS
 * preflight (text/plain, forms): only their declared media type (application/json; the token
 * endpoint, form-encoded), or none. 415 otherwise, before anything runs.
 */
function refuseOtherMediaTypes(
  op: OperationSpec,
  method: string,
  contentType: string | null,
  body: string | null,
): void {
  if (method === "GET" || method === "HEAD") return;
  const declared = op.requestBody?.contentType ?? "application/json";
  const sent = mediaTypeOf(contentType);
  if (sent === declared || (sent === null && !body)) return;
  throw new ApiError(415, `Content-Type ${sent ?? "(none)"} is not accepted here: send ${declared}`);
}

/** What validatePath, validateQuery and validateBody return: checked against the route's operation, untyped. */
interface ValidatedInput {
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
}

function context(
  env: MockEnv,
  request: CoreRequest,
  url: URL,
  input: ValidatedInput,
  caller?: Principal,
  org?: RouteContext["org"] | null,
): RouteContext {
  // The one place input gets the spec's types: it has just been validated against this route's
  // own operation, whose types RouteContext<Id> states. A control route has no caller or org.
  const { params, query, body } = input;
  const ctx = { env, request, url, params, query, body, json: jsonAnswer } as RouteContext;
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
  if (orgId && env.store.memberships.get(memberKey(orgId, caller.user.user_id))) {
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

/**
 * An API key's last_used_at is kept to the second (docs/decisions/065): a key used again within a
 * second of its recorded use keeps it, so a burst of reads writes nothing.
 */
const LAST_USE_RESOLUTION_MS = 1000;
function lastUseIsStale(lastUsedAt: string | null, now: number): boolean {
  return lastUsedAt === null || now - Date.parse(lastUsedAt) >= LAST_USE_RESOLUTION_MS;
}

/** Runs `answer`; a 4xx it throws becomes the route's documented 500 wrapper (`<prefix><detail>`). */
async function wrapFailures(prefix: string, answer: () => Promise<Answer>): Promise<Answer> {
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
function withWarning(response: Answer, text: string): Answer {
  const safe = text
    .replace(/[^\x20-\x7e]/g, "?")
    .replace(/["\\]/g, "'")
    .slice(0, 300);
  appendHeader(response, "Warning", `299 modulex-mock "${safe}"`);
  return response;
}

/** Every answer's X-Request-ID, a 401's challenge, and the rate-limit headers the route left unset. */
function withHeaders(response: Answer, requestId: string, rate: RateDecision | null): Answer {
  const { headers } = response;
  headers["x-request-id"] = requestId;
  if (response.status === 401) headers["www-authenticate"] = "Bearer"; // RFC 9110 §11.6.1
  if (response.status !== 401 && response.status < 500 && rate) {
    const limits = rateLimitHeaders(rate, false);
    for (const name in limits) headers[name] ??= limits[name]!;
  }
  return response;
}
