import { check, type OperationSpec } from "@modulex/spec/contract";
import type { MockEnv } from "./env.js";
import { memberKey } from "./store.js";
import type { CoreRequest, Principal, RouteContext } from "./route.js";
import { badRequest, forbidden } from "./errors.js";
import { canonicalUuid } from "./validate-request.js";

/**
 * The checks after authentication, in the documented order: for org routes a missing or invalid
 * X-Organization-ID (400) first, then every 403 (inactive user, API key where a sign-in is
 * required, key locked to another organization, not a member, retired `member` role, owner-only).
 */
export function authorize(
  operation: OperationSpec,
  caller: Principal,
  request: CoreRequest,
  env: MockEnv,
): RouteContext["org"] | null {
  const { access } = operation;
  if (access.kind === "public") return null;
  if (access.kind === "user") {
    if (!caller.user.is_active && !access.allowInactive) throw forbidden("User account is inactive");
    if (access.jwtOnly && caller.authMethod !== "jwt")
      throw forbidden("This route requires a person's sign-in (JWT); an API key cannot use it");
    return null;
  }
  const header = operation.parameters.find((p) => p.in === "header" && p.name === "X-Organization-ID")!;
  const raw = request.headers.get("x-organization-id");
  if (raw === null || raw === "") throw badRequest("X-Organization-ID header is required");
  if (check(header.validator, raw, "X-Organization-ID").length) throw badRequest("X-Organization-ID must be a UUID");
  // Any case, with or without urn:uuid: (what the validator admits); ids are stored canonical.
  const organizationId = canonicalUuid(raw);

  if (!caller.user.is_active) throw forbidden("User account is inactive");
  if (caller.apiKey?.organization_id && caller.apiKey.organization_id !== organizationId) {
    throw forbidden("This API key is locked to another organization");
  }
  const membership = env.store.memberships.get(memberKey(organizationId, caller.user.user_id));
  if (!membership) throw forbidden("Not a member of this organization");
  if (membership.role === "member")
    throw forbidden("The member role is retired; this route requires the owner or admin role");
  if (access.ownerOnly && membership.role !== "owner") throw forbidden("Only an owner of the organization can do this");
  return { organizationId, role: membership.role };
}
