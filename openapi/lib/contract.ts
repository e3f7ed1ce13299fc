// Runtime access to the generated operation index and validators: match a request to its
// operation, validate parameters and bodies, and check a response against the spec.
// Shared by the mock (request validation), the tests and the contract runner (response checks).
import operationIndex from "../generated/operations.json" with { type: "json" };
import { validators } from "../generated/validators.js";
import type { ValidateFunction, ValidationError } from "../generated/validator-types.js";

export { parseTimestamp } from "./timestamp.js";

export interface ParameterSpec {
  name: string;
  in: "query" | "header" | "path" | "cookie";
  required: boolean;
  validator: string;
  type?: string | string[];
}
export interface ResponseSpec {
  contentType: string | null;
  validator: string | null;
  headers: Record<string, { required: boolean; validator: string; type?: string | string[] }>;
  /** The docs call this body's shape unverified (`x-modulex-tbd`): a deviation is a warning, not a failure. */
  tbd?: true;
  /** A 5xx the docs describe as the route's answer (`x-modulex-documented-failure`), not a server error. */
  documentedFailure?: true;
}
/**
 * Who may call an operation (the spec's security, X-Organization-ID and `x-modulex-access`):
 * `public` needs no authentication (the mock's control routes), `user` any signed-in caller,
 * `org` an owner or admin of the organization named by X-Organization-ID.
 */
export interface AccessRule {
  kind: "public" | "user" | "org";
  /** A person's sign-in (JWT) only: an API key gets 403. */
  jwtOnly: boolean;
  /** Owners only: an admin gets 403. */
  ownerOnly: boolean;
  /** An inactive account is answered (elsewhere it gets 403). */
  allowInactive: boolean;
}
export interface OperationSpec {
  spec: "modulex" | "control";
  method: string;
  path: string;
  tag: string | null;
  deprecated: boolean;
  secured: boolean;
  /** Takes X-Organization-ID. */
  orgScoped: boolean;
  access: AccessRule;
  parameters: ParameterSpec[];
  /** `fields`: the body's own top-level fields; others are ignored by the server (the body is read raw). */
  requestBody: { required: boolean; contentType: string; validator: string; fields: string[] } | null;
  responses: Record<string, ResponseSpec>;
}

export const OPERATIONS = operationIndex as unknown as Record<string, OperationSpec>;
export type OperationId = keyof typeof OPERATIONS & string;

const compiled = Object.entries(OPERATIONS).map(([operationId, op]) => {
  const names: string[] = [];
  const source = op.path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\\\{(\w+)\\\}/g, (_m, name: string) => {
    names.push(name);
    return "([^/]+)";
  });
  // Literal segments beat templated ones (`/credentials/resolve` before `/credentials/{id}`).
  const literalSegments = op.path.split("/").filter((s) => s && !s.startsWith("{")).length;
  return { operationId, op, re: new RegExp(`^${source}$`), names, literalSegments };
});
compiled.sort((a, b) => b.literalSegments - a.literalSegments);

export interface OperationMatch {
  operationId: string;
  operation: OperationSpec;
  pathParams: Record<string, string>;
}

/** The operation a method and path belong to; `allowed` lists the methods the path does have. */
export function matchOperation(
  method: string,
  pathname: string,
  spec: OperationSpec["spec"] | "any" = "any",
): { match: OperationMatch | null; allowed: string[] } {
  const allowed: string[] = [];
  let pathMatched = false;
  for (const { operationId, op, re, names } of compiled) {
    if (spec !== "any" && op.spec !== spec) continue;
    const m = re.exec(pathname);
    if (!m) continue;
    pathMatched = true;
    if (op.method !== method.toUpperCase()) {
      allowed.push(op.method);
      continue;
    }
    const pathParams: Record<string, string> = {};
    names.forEach((n, i) => {
      pathParams[n] = safeDecode(m[i + 1] ?? "");
    });
    return { match: { operationId, operation: op, pathParams }, allowed };
  }
  return { match: null, allowed: pathMatched ? [...new Set(allowed)] : [] };
}

/** A path segment decoded; a malformed escape (`%ZZ`) stays as sent rather than throwing. */
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function validator(name: string): ValidateFunction {
  const v = (validators as Record<string, ValidateFunction>)[name];
  if (!v) throw new Error(`no generated validator ${name}; run npm run generate`);
  return v;
}

/** Human-readable messages for ajv errors, prefixed with where the value came from. */
export function describeErrors(errors: ValidationError[] | null | undefined, where: string): string[] {
  return (errors ?? [])
    .filter((e) => !["oneOf", "anyOf", "if"].includes(e.keyword) || (errors ?? []).length === 1)
    .map((e) => {
      const path = e.instancePath ? `${where}${e.instancePath.replace(/\//g, ".")}` : where;
      if (e.keyword === "additionalProperties")
        return `${path}: unknown field '${String(e.params.additionalProperty)}'`;
      if (e.keyword === "required") return `${path}: missing required field '${String(e.params.missingProperty)}'`;
      if (e.keyword === "enum")
        return `${path} must be one of ${(e.params.allowedValues as unknown[]).map(String).join(", ")}`;
      return `${path} ${e.message ?? "is invalid"}`;
    });
}

/** Validates `value` against a generated validator; returns the problems (empty when valid). */
export function check(validatorName: string, value: unknown, where: string): string[] {
  const v = validator(validatorName);
  return v(value) ? [] : describeErrors(v.errors, where);
}

/** Turns a string from a query or header into the type its schema wants, when it cleanly can. */
export function coerceParameter(raw: string, type: string | string[] | undefined): unknown {
  const types = Array.isArray(type) ? type : [type];
  if (types.includes("integer") || types.includes("number")) {
    if (/^-?\d+(\.\d+)?$/.test(raw.trim())) return Number(raw);
  }
  if (types.includes("boolean")) {
    if (raw === "true") return true;
    if (raw === "false") return false;
  }
  return raw;
}

export interface ResponseLike {
  status: number;
  headers: Headers;
  /** Parsed JSON body, or undefined when there was none. */
  body: unknown;
  /** The raw text of the body (to catch bodies that are not JSON). */
  text?: string;
}

/** One way a response breaks the spec, with the aspect it concerns (so reports can group them). */
export interface ResponseProblem {
  kind: "status" | "content_type" | "body" | "header";
  message: string;
}

/**
 * Every way a response breaks the spec for `operationId`: an undeclared status, a missing or
 * wrong content type, a body that fails its schema, a required header that is missing or
 * invalid. Empty when the response conforms.
 */
export function responseViolations(operationId: string, res: ResponseLike): string[] {
  return responseProblems(operationId, res).map((p) => p.message);
}

/** `responseViolations`, with each problem tagged by the aspect of the response it concerns. */
export function responseProblems(operationId: string, res: ResponseLike): ResponseProblem[] {
  const op = OPERATIONS[operationId];
  if (!op) return [{ kind: "status", message: `unknown operation ${operationId}` }];
  const declared =
    op.responses[String(res.status)] ?? op.responses[`${String(res.status)[0]}XX`] ?? op.responses.default;
  if (!declared) {
    const message = `${operationId}: status ${res.status} is not declared (declared: ${Object.keys(op.responses).join(", ")})`;
    return [{ kind: "status", message }];
  }
  const problems: ResponseProblem[] = [];
  const contentType = res.headers.get("content-type");
  if (declared.contentType) {
    if (!contentType?.toLowerCase().startsWith(declared.contentType)) {
      const message = `${operationId} ${res.status}: content-type '${contentType ?? "(none)"}' is not ${declared.contentType}`;
      problems.push({ kind: "content_type", message });
    } else if (declared.validator) {
      if (res.body === undefined) {
        const message = `${operationId} ${res.status}: body is not valid JSON: ${JSON.stringify((res.text ?? "").slice(0, 80))}`;
        problems.push({ kind: "body", message });
      } else {
        for (const message of check(declared.validator, res.body, `${operationId} ${res.status} body`))
          problems.push({ kind: "body", message });
      }
    }
  } else if (res.text) {
    problems.push({
      kind: "body",
      message: `${operationId} ${res.status}: a body was sent where the spec declares none`,
    });
  }
  for (const [name, h] of Object.entries(declared.headers)) {
    const raw = res.headers.get(name);
    if (raw === null) {
      if (h.required)
        problems.push({ kind: "header", message: `${operationId} ${res.status}: required header ${name} is missing` });
      continue;
    }
    for (const message of check(
      h.validator,
      coerceParameter(raw, h.type),
      `${operationId} ${res.status} header ${name}`,
    )) {
      problems.push({ kind: "header", message });
    }
  }
  return problems;
}

/** Reads a fetch Response into a ResponseLike without consuming the caller's copy. */
export async function readResponse(response: Response): Promise<ResponseLike> {
  const text = await response.clone().text();
  let body: unknown;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
  }
  return { status: response.status, headers: response.headers, body, text };
}
