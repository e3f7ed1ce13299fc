// The named checks of a run. The names follow Schemathesis where one exists, so a reader who
// knows that tool knows what each one means; the last ones are the multi-tenant semantics no
// generic tool checks.
export const CHECKS = {
  not_a_server_error: "No request, valid or not, gets a 5xx, and every request is answered within the timeout.",
  status_code_conformance: "Every status is declared for its operation.",
  content_type_conformance:
    "Every body has the content type the spec declares for that status (and none is sent where none is declared).",
  response_schema_conformance: "Every body is valid against the schema declared for its operation and status.",
  response_headers_conformance:
    "Declared headers are present and valid: X-RateLimit-Limit/Remaining/Reset on authenticated responses, Retry-After on 429.",
  negative_data_rejection:
    'Invalid input (wrong types, missing or unknown fields, bad UUIDs, out-of-range limit/offset, malformed JSON, a body over 1 MiB, unknown integration, unsupported auth type, a secret in a PUT, a used OAuth2 state) gets 400 with a {"detail"} string, and the server\'s state is unchanged afterwards.',
  positive_data_acceptance: "Valid input generated from the schemas is accepted with the operation's success status.",
  ensure_resource_availability: "After a create, the created resource can be fetched and listed.",
  use_after_free: "After a delete, fetching (or using) the deleted resource is a 404 (a 401 for a revoked API key).",
  missing_auth: "A missing, malformed, unknown or tampered bearer token gets 401 on every operation.",
  missing_org_header: "A missing or malformed X-Organization-ID gets 400 on every org-scoped operation.",
  forbidden_principals:
    "The documented 403s: legacy member role, inactive user, non-member, API key locked to another organization, API key where a person's sign-in is required, admin on an owner-only action.",
  documented_effects:
    "The server does what the spec describes: pagination, order and filters of lists, the detected auth type, at most one default per integration, resolution precedence and usage counters, audit events, locked keys, 409s, unknown ids 404, a key that works until revoked, 429 past the limit.",
  tenant_isolation:
    "A record of one organization is invisible from another: every route answers 404, lists and audit filters do not show it, resolution does not pick it.",
  no_secret_leak:
    "No submitted secret (credential secret, client secret, bearer token) appears in any response body or header, and masked values follow the rule: 16+ characters → first 4 + *** + last 4, shorter → ***.",
};

export type CheckName = keyof typeof CHECKS;
const isCheckName = (name: string): name is CheckName => name in CHECKS;
export const CHECK_NAMES: CheckName[] = Object.keys(CHECKS).filter(isCheckName);
