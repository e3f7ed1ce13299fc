// The mock's one router: every route's spec path compiled once into segments, matched from the
// root of the path (no prefix wildcard), so `/v1/me` or `/members/invitations/me` is not `/me`.
// Cost per request is independent of the data: a lookup by segment count, then a few candidates.
import { OPERATIONS, type OperationSpec } from "@modulex/spec/contract";
import type { AnyRoute } from "./route.js";

interface RouteMatch {
  route: AnyRoute;
  op: OperationSpec;
  /** Path parameters, percent-decoded (a malformed escape reads as U+FFFD, which the route's validation refuses). */
  params: Record<string, string>;
}

export interface Router {
  /** The route for this method and path, or, for a known path and another method, the methods it takes (405). */
  match(method: string, pathname: string): { found: RouteMatch | null; allowed: string[] };
}

interface Compiled {
  route: AnyRoute;
  op: OperationSpec;
  /** A literal segment, or null where a parameter goes. */
  segments: Array<string | null>;
  names: string[];
  literals: number;
}

/** Compiles the routes; throws for a route whose operation the spec does not have. */
export function compileRouter(routes: ReadonlyArray<AnyRoute>): Router {
  const bySize = new Map<number, Compiled[]>();
  for (const route of routes) {
    const op = OPERATIONS[route.operationId];
    if (!op) throw new Error(`mock route for an operation the spec does not have: ${route.operationId}`);
    const parts = op.path.split("/").slice(1);
    const names: string[] = [];
    const segments = parts.map((p) => {
      const param = /^\{(\w+)\}$/.exec(p);
      if (!param) return p;
      names.push(param[1]!);
      return null;
    });
    const compiled = { route, op, segments, names, literals: segments.filter((s) => s !== null).length };
    bySize.set(segments.length, [...(bySize.get(segments.length) ?? []), compiled]);
  }
  // Literal paths before templated ones, so `/credentials/resolve` never reaches `/credentials/{id}`.
  for (const list of bySize.values()) list.sort((a, b) => b.literals - a.literals);

  return {
    match(method, pathname) {
      const parts = splitPath(pathname);
      const allowed: string[] = [];
      if (!parts) return { found: null, allowed };
      // A path and method that match win over a more literal path with another method, as a
      // server that tries its routes in order answers (`GET /credentials/resolve` is a bad id).
      for (const c of bySize.get(parts.length) ?? []) {
        if (!sameShape(c.segments, parts)) continue;
        if (c.op.method === method)
          return { found: { route: c.route, op: c.op, params: paramsOf(c, parts) }, allowed: [] };
        allowed.push(c.op.method);
      }
      return { found: null, allowed: [...new Set(allowed)] };
    },
  };
}

/** `/credentials/abc/` → ["credentials", "abc"]; null for an empty segment (`//`) or a relative path. */
function splitPath(pathname: string): string[] | null {
  if (!pathname.startsWith("/")) return null;
  // One trailing slash is the same path (as msw and most servers read it).
  const trimmed = pathname.length > 1 && pathname.endsWith("/") ? pathname.slice(1, -1) : pathname.slice(1);
  const parts = trimmed.split("/");
  return parts.some((p) => p === "") ? null : parts;
}

function sameShape(segments: Array<string | null>, parts: string[]): boolean {
  for (let i = 0; i < segments.length; i++) if (segments[i] !== null && segments[i] !== parts[i]) return false;
  return true;
}

function paramsOf(c: Compiled, parts: string[]): Record<string, string> {
  const params: Record<string, string> = {};
  let n = 0;
  c.segments.forEach((s, i) => {
    if (s === null) params[c.names[n++]!] = decodeSegment(parts[i]!);
  });
  return params;
}

/** A path segment decoded; a malformed escape (`%ZZ`, a cut-off UTF-8 sequence) reads as U+FFFD, as a lenient server decoder reads it. */
function decodeSegment(segment: string): string {
  if (!segment.includes("%")) return segment;
  try {
    return decodeURIComponent(segment);
  } catch {
    return "\uFFFD";
  }
}
