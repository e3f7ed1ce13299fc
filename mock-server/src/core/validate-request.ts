// Request validation with the spec's own validators (openapi/lib/contract.ts): parameters and
// bodies are checked against the generated schemas, never against hand-copied ones.
import { check, coerceParameter, type OperationSpec, type ParameterSpec } from "@modulex/spec/contract";
import { badRequest } from "./errors.js";
import type { BodyRead, CoreRequest } from "./route.js";
import { errorMessage } from "../policy/error-message.js";

export const MAX_BODY_BYTES = 1_048_576;
/** Deeper JSON (free-form metadata) overflows the stack of the store's recursive copy and of JSON.stringify. */
const MAX_BODY_DEPTH = 32;

const fail = (problems: string[]) => {
  throw badRequest(problems.join("; "));
};

/** Validates the path parameters (400 with what is wrong). */
export function validatePath(operation: OperationSpec, params: Record<string, string>): Record<string, string> {
  const problems: string[] = [];
  for (const p of parametersIn(operation, "path"))
    problems.push(...check(p.validator, coerceParameter(params[p.name] ?? "", p.type), `path parameter ${p.name}`));
  if (problems.length) fail(problems);
  const canonical: Record<string, string> = {};
  for (const name in params) canonical[name] = canonicalUuid(params[name]!);
  return canonical;
}

/** An operation's path and query parameters, picked out once per operation rather than on every request. */
const byKind = new WeakMap<OperationSpec, Record<"path" | "query", ParameterSpec[]>>();
function parametersIn(operation: OperationSpec, kind: "path" | "query"): ParameterSpec[] {
  let kinds = byKind.get(operation);
  if (!kinds) {
    kinds = {
      path: operation.parameters.filter((p) => p.in === "path"),
      query: operation.parameters.filter((p) => p.in === "query"),
    };
    byKind.set(operation, kinds);
  }
  return kinds[kind];
}

// What the spec's `uuid` format admits (ajv-formats): an optional urn:uuid: prefix (RFC 9562 §4), any case.
const UUID = /^(?:urn:uuid:)?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/**
 * A UUID as ids are stored: lower case, without the `urn:uuid:` prefix (both are the same UUID,
 * RFC 9562), so every input the validators admit finds its record. Anything else is returned as is.
 */
export function canonicalUuid<T>(value: T): T {
  const match = typeof value === "string" ? UUID.exec(value) : null;
  return match ? (match[1]!.toLowerCase() as T) : value;
}

/** The media type of a Content-Type header (`application/json; charset=utf-8` → `application/json`); null when there is none. */
export function mediaTypeOf(contentType: string | null): string | null {
  const type = contentType?.split(";")[0]?.trim().toLowerCase();
  return type ? type : null;
}

/** Validates and coerces the declared query parameters; undeclared ones are ignored. */
export function validateQuery(operation: OperationSpec, url: URL): Record<string, unknown> {
  const query: Record<string, unknown> = {};
  const problems: string[] = [];
  // No query string, no URLSearchParams built to find that out (most requests).
  const search = url.search ? url.searchParams : null;
  for (const p of parametersIn(operation, "query")) {
    const values = search ? search.getAll(p.name) : [];
    if (!values.length) {
      if (p.required) problems.push(`query parameter ${p.name} is required`);
      continue;
    }
    if (values.length > 1) {
      problems.push(`query parameter ${p.name} was given ${values.length} times`);
      continue;
    }
    const value = coerceParameter(values[0]!, p.type);
    const found = check(p.validator, value, `query parameter ${p.name}`);
    if (found.length) problems.push(...found);
    else query[p.name] = canonicalUuid(value);
  }
  if (problems.length) fail(problems);
  return query;
}

/**
 * Reads a body up to MAX_BODY_BYTES without buffering more; null when there is none. A body
 * that is declared or turns out larger, or whose stream fails part-way (the HTTP transport errors
 * it once it runs past the cap), is `tooLarge`: the operation answers its declared 400.
 */
export async function readBody(request: CoreRequest): Promise<BodyRead> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) return { text: null, tooLarge: true };
  if (request.readBody) return request.readBody();
  if (!request.body) return { text: null, tooLarge: false };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch {
      return { text: null, tooLarge: true };
    }
    if (chunk.done) break;
    size += chunk.value.byteLength;
    if (size > MAX_BODY_BYTES) {
      // Not awaited: on a body msw has tee'd, cancel() settles only once every branch is cancelled.
      reader.cancel().catch(() => {});
      return { text: null, tooLarge: true };
    }
    chunks.push(chunk.value);
  }
  return bodyRead(chunks, size);
}

/** A whole body's chunks (`size` bytes in all) as text, as every transport decodes it: UTF-8, a BOM dropped, a bad byte replaced. */
export function bodyRead(chunks: Uint8Array[], size: number): BodyRead {
  if (!size) return { text: null, tooLarge: false };
  let bytes = chunks[0]!;
  if (chunks.length > 1) {
    bytes = new Uint8Array(size);
    let offset = 0;
    for (const c of chunks) {
      bytes.set(c, offset);
      offset += c.byteLength;
    }
  }
  return { text: new TextDecoder("utf-8", { fatal: false }).decode(bytes), tooLarge: false };
}

export interface ValidBody {
  value: unknown;
  /** Unknown top-level fields that were dropped (default mode). */
  ignored: string[];
  /** The media type the body was read as although it was sent under another (or none): API routes, default mode. */
  readAs: { declared: string; sent: string | null } | null;
}

/**
 * Parses (JSON or form, as the operation declares) and validates a body read by readBody. The
 * body is read raw, as the real server reads it: top-level fields the operation does not know
 * are dropped and named in `ignored`, and a body sent under another Content-Type is read as the
 * declared one and named in `readAs` (strict: a 400 for either). Control routes stay closed: the
 * pipeline answers their other media types with 415 before this runs.
 */
export function validateBody(
  operation: OperationSpec,
  raw: { text: string | null; tooLarge: boolean },
  strict = false,
  contentType: string | null = null,
): ValidBody {
  const spec = operation.requestBody;
  const none: ValidBody = { value: undefined, ignored: [], readAs: null };
  if (!spec) return none;
  if (raw.tooLarge) fail([`request body is too large (the limit is ${MAX_BODY_BYTES} bytes)`]);
  if (raw.text === null || raw.text.trim() === "") {
    if (spec.required) fail([`request body is required (${spec.contentType})`]);
    return none;
  }
  const sent = mediaTypeOf(contentType);
  const readAs = sent === spec.contentType ? null : { declared: spec.contentType, sent };
  if (readAs && strict) fail([`body: Content-Type must be ${spec.contentType} (got ${sent ?? "none"})`]);
  let body: unknown;
  if (spec.contentType === "application/x-www-form-urlencoded") {
    body = Object.fromEntries(new URLSearchParams(raw.text));
  } else {
    try {
      body = JSON.parse(raw.text);
    } catch (error) {
      // The parser's message quotes the input, which may hold a secret: keep only the position.
      const position = /position (\d+)/.exec(errorMessage(error))?.[1];
      fail([`request body is not valid JSON${position ? ` (at position ${position})` : ""}`]);
    }
  }
  if (depthOf(body) > MAX_BODY_DEPTH)
    fail([`request body nests arrays and objects deeper than ${MAX_BODY_DEPTH} levels`]);
  const unknown =
    operation.spec === "modulex" && isRecord(body) ? Object.keys(body).filter((k) => !spec.fields.includes(k)) : [];
  if (unknown.length && strict)
    fail(
      unknown.map(
        (k) =>
          `body: unknown field '${k}'${k === "auth_data" ? " (secrets are not updatable here: to change a secret, rotate)" : ""}`,
      ),
    );
  const known = unknown.length
    ? // Only a JSON object has unknown fields to drop (validateBody found some).
      Object.fromEntries(Object.entries(body as object).filter(([k]) => spec.fields.includes(k)))
    : body;
  const problems = check(spec.validator, known, "body");
  if (problems.length) fail(problems);
  return { value: lowerIdFields(known), ignored: unknown, readAs };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The body's own id fields (`organization_id`, `credential_id`, ...) as every id is stored
 * (canonicalUuid); nested values (metadata, auth_data) are user data and stay exactly as sent.
 */
function lowerIdFields(body: unknown): unknown {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return body;
  return Object.fromEntries(
    Object.entries(body).map(([key, value]) => [key, key.endsWith("_id") ? canonicalUuid(value) : value]),
  );
}

/** How many arrays and objects deep a parsed JSON value goes; iterative, as the value may be too deep to recurse into. */
function depthOf(value: unknown): number {
  let deepest = 0;
  const pending: Array<[unknown, number]> = [[value, 0]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [item, depth] = next;
    if (typeof item !== "object" || item === null) continue;
    deepest = Math.max(deepest, depth + 1);
    for (const child of Object.values(item)) pending.push([child, depth + 1]);
  }
  return deepest;
}
