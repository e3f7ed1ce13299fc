// A route is data: the operation it implements, who may call it, an optional lookup that answers
// 404 before the body is validated, and the handler. buildHandlers turns routes into msw handlers.
import type { MockEnv } from "./env.js";
import type { ApiKeyRow, UserRow } from "./store.js";
import type { Role } from "./wire.js";

export interface Principal {
  user: UserRow;
  authMethod: "jwt" | "api_key";
  apiKey: ApiKeyRow | null;
}

export type Access =
  /** Mock control routes: no authentication. */
  | { kind: "control" }
  /** User-scoped: no organization header. */
  | { kind: "user"; jwtOnly?: boolean; allowInactive?: boolean }
  /** Org-scoped (X-Organization-ID): owner or admin; `ownerOnly` refuses admins too. */
  | { kind: "org"; ownerOnly?: boolean };

export interface RouteContext {
  env: MockEnv;
  request: Request;
  url: URL;
  /** Path parameters, validated against the spec. */
  params: Record<string, string>;
  /** Query parameters, validated and coerced to their schema types (absent ones are missing). */
  query: Record<string, unknown>;
  /** The JSON (or form) body, validated against the spec. */
  body: unknown;
  /** The authenticated caller (routes other than control ones). */
  caller: Principal;
  /** The organization of X-Organization-ID and the caller's role in it (org routes). */
  org: { organizationId: string; role: Role };
}

export interface Route<Found = undefined> {
  operationId: string;
  access: Access;
  /** Answer 400s as RFC 6749 §5.2 errors ({error, error_description}), as a token endpoint does. */
  oauthErrors?: boolean;
  /**
   * The route wraps any failure after authorization (body validation included) as a 500 whose
   * detail starts with this prefix, as the docs describe test-temporary. Not in strict mode.
   */
  failureWrapper?: string;
  /** Looks up the resource the path names; throw notFound(...) for a 404 before body validation. */
  find?: (ctx: RouteContext) => Found;
  handle: (ctx: RouteContext, found: Found) => Response | Promise<Response>;
}

/** Keeps a route's `find` and `handle` types tied together. */
export function route<Found = undefined>(r: Route<Found>): Route<unknown> {
  return r as Route<unknown>;
}
