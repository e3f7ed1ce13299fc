// Members of an organization (spec tag "Members"). Invited teammates join as admin; only an owner
// removes members, and never the last owner.
import { memberKey } from "../core/store.js";
import { route } from "../core/route.js";
import { iso, wireTime } from "../policy/wire-time.js";
import { conflict, noContent, notFound } from "../core/errors.js";

export const memberRoutes = [
  route({
    operationId: "listMembers",
    handle: ({ env, org, json }) => {
      const members = env.store.memberships
        .group("organization", org.organizationId)
        .sort((a, b) => a.joined_at.localeCompare(b.joined_at))
        .map((m) => {
          const user = env.store.users.get(m.user_id)!;
          return {
            user_id: user.user_id,
            email: user.email,
            name: user.name,
            role: m.role,
            is_active: user.is_active,
            joined_at: wireTime(env, m.joined_at),
          };
        });
      return json({ members, total: members.length });
    },
  }),
  route({
    operationId: "createMemberInvitation",
    handle: async ({ env, org, caller, body, json }) => {
      const { email } = body;
      const organizationId = org.organizationId;
      const sameEmail = (v: string) => v.toLowerCase() === email.toLowerCase();
      const user = env.store.users.findFirst((q) => q.where({ email: sameEmail }));
      if (user && env.store.memberships.get(memberKey(organizationId, user.user_id))) {
        throw conflict(`${email} is already a member of this organization`);
      }
      if (
        env.store.invitations.findFirst((q) =>
          q.where({ organization_id: organizationId, email: sameEmail, status: "pending" }),
        )
      ) {
        throw conflict(`${email} has already been invited`);
      }
      const now = iso(env.now());
      if (user)
        await env.store.memberships.create({
          organization_id: organizationId,
          user_id: user.user_id,
          role: "admin",
          joined_at: now,
        });
      const invitation = await env.store.invitations.create({
        invitation_id: crypto.randomUUID(),
        organization_id: organizationId,
        email,
        role: "admin",
        status: user ? "accepted" : "pending",
        invited_by: caller.user.user_id,
        created_at: now,
      });
      return json({ ...invitation, created_at: wireTime(env, invitation.created_at) }, 201);
    },
  }),
  route({
    operationId: "deleteMember",
    find: ({ env, org, params }) => {
      const membership = env.store.memberships.get(memberKey(org.organizationId, params.user_id));
      if (!membership) throw notFound("Member not found");
      return membership;
    },
    handle: ({ env, org }, membership) => {
      const owners = env.store.memberships.group("organization", org.organizationId).filter((m) => m.role === "owner");
      if (membership.role === "owner" && owners.length === 1) throw conflict("The last owner cannot be removed");
      env.store.memberships.delete(membership);
      return noContent();
    },
  }),
];
