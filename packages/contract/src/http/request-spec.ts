// What a scenario asks the session to send: one request for one operation, and why.
import type { OperationId } from "../spec/wire-types.js";

export interface Principal {
  /** How the report names it: owner, admin, member, inactive, outsider, locked, jwt. */
  name: string;
  token: string;
}

/** Why a request was sent: valid data, deliberately invalid data, or an auth/authorization probe. */
export type Intent = "valid" | "invalid" | "probe";

export interface RequestSpec<Op extends OperationId = OperationId> {
  operationId: Op;
  /** The bearer; null sends no Authorization header. */
  principal: Principal | null;
  /** A raw Authorization header value (overrides `principal`). */
  authorization?: string;
  /** X-Organization-ID: undefined → the run's organization when the operation takes it; null → omitted. */
  org?: string | null;
  pathParams?: Record<string, string>;
  query?: Record<string, string | number | boolean | undefined>;
  /** The JSON body; `unknown`, not the spec's type: invalid requests send what the spec forbids on purpose. */
  body?: unknown;
  /** Sent verbatim as an application/json body (for malformed JSON). */
  rawBody?: string;
  intent: Intent;
}
