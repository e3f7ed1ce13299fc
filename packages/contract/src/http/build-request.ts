// A RequestSpec made into the HTTP request to send, with how reports show it.
import { curlCommand } from "./curl-command.js";
import { operationSpec } from "../spec/operation-spec.js";
import type { RequestSpec } from "./request-spec.js";
import { takesOrg } from "../spec/takes-org.js";

export interface BuiltRequest {
  request: Request;
  method: string;
  url: URL;
  /** `METHOD /path?query`, for reports. */
  target: string;
  /** The request as a `curl` command, secrets as the environment variables that hold them. */
  curl: string;
  /** The X-Organization-ID sent, or null. */
  org: string | null;
}

export interface RequestDefaults {
  baseUrl: string;
  /** The run's organization: sent to org-scoped operations unless the spec says otherwise. */
  org: string;
  /** Masks the secrets in a raw Authorization header for the curl command. */
  redact: (text: string) => string;
}

export function buildRequest(spec: RequestSpec, { baseUrl, org: runOrg, redact }: RequestDefaults): BuiltRequest {
  const { method, path: template } = operationSpec(spec.operationId);
  const path = template.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const value = spec.pathParams?.[name];
    if (value === undefined) throw new Error(`${spec.operationId}: path parameter ${name} is missing`);
    return encodeURIComponent(value);
  });
  const url = new URL(baseUrl.replace(/\/+$/, "") + path);
  for (const [name, value] of Object.entries(spec.query ?? {}))
    if (value !== undefined) url.searchParams.set(name, String(value));

  const headers = new Headers({ accept: "application/json" });
  const authorization = spec.authorization ?? (spec.principal ? `Bearer ${spec.principal.token}` : undefined);
  if (authorization !== undefined) headers.set("authorization", authorization);
  const org = spec.org === undefined ? (takesOrg(spec.operationId) ? runOrg : null) : spec.org;
  if (org !== null) headers.set("x-organization-id", org);
  const body = spec.rawBody ?? (spec.body === undefined ? undefined : JSON.stringify(spec.body));
  if (body !== undefined) headers.set("content-type", "application/json");

  const shown: Record<string, string> = {};
  headers.forEach((value, name) => {
    if (name !== "authorization") shown[name] = value;
  });
  const curl = curlCommand({
    method,
    url: url.toString(),
    headers: shown,
    principal: spec.principal?.name ?? null,
    body,
    ...(spec.authorization !== undefined ? { rawAuthorization: redact(spec.authorization) } : {}),
  });
  return {
    request: new Request(url, { method, headers, body }),
    method,
    url,
    target: `${method} ${url.pathname}${url.search}`,
    curl,
    org,
  };
}
