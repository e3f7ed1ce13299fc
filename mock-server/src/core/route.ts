// A route is data: the operation it implements, an optional lookup that answers 404 before the
// body is validated, and the handler. Who may call it is the spec's (the operation index's
// `access`), not the route's. Routes are typed by their literal operationId, the way openapi-fetch
// types a call by `paths`: `params`, `query` and `body` have the spec's types for that operation.
import type { operations as ControlOperations } from "@modulex/spec/control-types";
import type { operations as PublicOperations } from "@modulex/spec/types";
import type { MockEnv } from "./env.js";
import type { ApiKeyRow, UserRow } from "./store.js";
import type { Role } from "../model/wire.js";
import type { Answer } from "./answer.js";

type Operations = PublicOperations & ControlOperations;
/** An operation the mock can answer: one of the public spec or of the mock's control spec. */
export type RouteId = keyof Operations & string;

type Part<Op, K extends string> = Op extends { parameters: { [P in K]?: infer T } }
  ? [T] extends [never]
    ? Record<string, never>
    : NonNullable<T>
  : never;
type JsonBody<Op> = Op extends { requestBody?: { content: infer C } } ? C[keyof C] : undefined;

/** The operation's path parameters, by the names of its path template. */
type PathParams<Id extends RouteId> = Part<Operations[Id], "path">;
/** The operation's query parameters: present ones validated and coerced to their schema types. */
type QueryParams<Id extends RouteId> = Part<Operations[Id], "query">;
/** The operation's request body as its schema types it (undefined for one without a body). */
type RequestBody<Id extends RouteId> = JsonBody<Operations[Id]>;

type Responses<Id extends RouteId> = Operations[Id]["responses"];
type JsonOf<R> = R extends { content: { "application/json": infer B } } ? B : never;
/** The statuses the operation answers with a JSON body. */
type ReplyStatus<Id extends RouteId> = {
  [S in keyof Responses<Id>]: [JsonOf<Responses<Id>[S]>] extends [never] ? never : S;
}[keyof Responses<Id>] &
  number;
/** The JSON body the spec declares for the operation answering `S`. */
type ReplyBody<Id extends RouteId, S extends ReplyStatus<Id>> = JsonOf<Responses<Id>[S]>;

export interface Principal {
  user: UserRow;
  authMethod: "jwt" | "api_key";
  apiKey: ApiKeyRow | null;
}

/**
 * What the pipeline reads of a request: a Fetch `Request` is one (mock.handle, msw); the
 * standalone server passes a lighter one over node:http's request, without building a Fetch
 * Request, its Headers and its AbortSignal for every request it answers.
 */
/** A body as the pipeline reads it: its text (null when empty), or too large to be read. */
export interface BodyRead {
  text: string | null;
  tooLarge: boolean;
}

export interface CoreRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: { get(name: string): string | null };
  readonly body: ReadableStream<Uint8Array> | null;
  /** The whole body read at most to MAX_BODY_BYTES, when the transport reads it itself (node:http); else `body` is read. */
  readonly readBody?: () => Promise<BodyRead>;
}

export interface RouteContext<Id extends RouteId = RouteId> {
  env: MockEnv;
  request: CoreRequest;
  url: URL;
  /** Path parameters, validated against the spec. */
  params: PathParams<Id>;
  /** Query parameters, validated and coerced to their schema types (absent ones are missing). */
  query: QueryParams<Id>;
  /** The JSON (or form) body, validated against the spec. */
  body: RequestBody<Id>;
  /** The authenticated caller (routes other than control ones). */
  caller: Principal;
  /** The organization of X-Organization-ID and the caller's role in it (org routes). */
  org: { organizationId: string; role: Role };
  /** A JSON answer (200 unless `status` says otherwise) whose body has the spec's type for that status. */
  json<S extends ReplyStatus<Id> = 200 & ReplyStatus<Id>>(
    body: ReplyBody<Id, S>,
    status?: S,
    headers?: Record<string, string>,
  ): Answer;
}

export interface Route<Id extends RouteId = RouteId, Found = undefined> {
  operationId: Id;
  /** Answer 400s as RFC 6749 §5.2 errors ({error, error_description}), as a token endpoint does. */
  oauthErrors?: boolean;
  /**
   * The route wraps any failure after authorization (body validation included) as a 500 whose
   * detail starts with this prefix, as the docs describe test-temporary. Not in strict mode.
   */
  failureWrapper?: string;
  /** Looks up the resource the path names; throw notFound(...) for a 404 before body validation. */
  find?: (ctx: RouteContext<Id>) => Found;
  handle: (ctx: RouteContext<Id>, found: Found) => Answer | Promise<Answer>;
}

/** A route of any operation, as the router holds it. */
export type AnyRoute = Route<RouteId, unknown>;

/** Ties a route's `find`, `handle` and context types to its operation. */
export function route<Id extends RouteId, Found = undefined>(r: Route<Id, Found>): AnyRoute {
  // The pipeline hands each route the context it validated against that route's own operation
  // (router.ts matches by operationId), which is what Route<Id> states; a list of routes of
  // different operations can only be held under the common type.
  return r as unknown as AnyRoute;
}
