// Identity: GET /me, GET /organizations, POST /organizations (spec tag "Identity").
import { route } from "../core/route.js";
import { iso, wireTime } from "../policy/wire-time.js";
import type { MockEnv } from "../core/env.js";

/** The caller's memberships; an API key locked to one organization sees only that one. */
function membershipsOf(env: MockEnv, userId: string, lockedTo: string | null | undefined) {
  return env.store.memberships
    .group("user", userId)
    .filter((m) => !lockedTo || m.organization_id === lockedTo)
    .map((m) => ({
      membership: m,
      organization: env.store.organizations.get(m.organization_id)!,
    }))
    .sort((a, b) => a.organization.name.localeCompare(b.organization.name));
}

export const identityRoutes = [
  route({
    operationId: "getMe",
    handle: ({ env, caller, json }) =>
      json({
        user_id: caller.user.user_id,
        email: caller.user.email,
        name: caller.user.name,
        is_active: caller.user.is_active,
        auth_method: caller.authMethod,
        api_key_id: caller.apiKey?.api_key_id ?? null,
        memberships: membershipsOf(env, caller.user.user_id, caller.apiKey?.organization_id).map(
          ({ membership, organization }) => ({
            organization_id: organization.organization_id,
            organization_name: organization.name,
            role: membership.role,
          }),
        ),
      }),
  }),
  route({
    operationId: "listOrganizations",
    handle: ({ env, caller, json }) => {
      const organizations = membershipsOf(env, caller.user.user_id, caller.apiKey?.organization_id).map(
        ({ membership, organization }) => ({
          organization_id: organization.organization_id,
          name: organization.name,
          role: membership.role,
          created_at: wireTime(env, organization.created_at),
        }),
      );
      return json({ organizations, total: organizations.length });
    },
  }),
  route({
    operationId: "createOrganization",
    handle: async ({ env, caller, body, json }) => {
      const { name } = body;
      const created = iso(env.now());
      const organization = await env.store.organizations.create({
        organization_id: crypto.randomUUID(),
        name,
        created_at: created,
      });
      await env.store.memberships.create({
        organization_id: organization.organization_id,
        user_id: caller.user.user_id,
        role: "owner",
        joined_at: created,
      });
      return json(
        { organization_id: organization.organization_id, name, role: "owner", created_at: wireTime(env, created) },
        201,
      );
    },
  }),
];
