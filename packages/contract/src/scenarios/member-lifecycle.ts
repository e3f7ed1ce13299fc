// Members: an invited person with an account joins at once as admin, is listed, cannot be
// removed by an admin, is removed by the owner and then is gone (404); inviting a member
// again and removing the last owner are 409s.
import { bodyAs } from "../spec/body-as.js";
import { expectStatus } from "./expect-status.js";
import { expectThat } from "./expect-that.js";
import { UNUSED_UUID } from "../generate/probe-request.js";
import { roleIn } from "./role-in.js";
import type { RunContext } from "../run-context.js";
import type { Schema, Untrusted } from "../spec/wire-types.js";

export async function memberLifecycle(ctx: RunContext): Promise<void> {
  const { session, principals, options } = ctx;
  const owner = principals.owner;
  const membersOf = async (): Promise<Array<Untrusted<Schema<"Member">>>> => {
    const list = await session.send({ operationId: "listMembers", principal: owner, intent: "valid" });
    return bodyAs(list, 200)?.members ?? [];
  };

  const me = ctx.identities.get("owner");
  if (me) {
    const again = await session.send({
      operationId: "createMemberInvitation",
      principal: owner,
      body: { email: me.email },
      intent: "probe",
    });
    expectStatus(ctx, "documented_effects", again, 409, "inviting someone who is already a member");
  }
  const unknown = await session.send({
    operationId: "deleteMember",
    principal: owner,
    pathParams: { user_id: UNUSED_UUID },
    intent: "probe",
  });
  expectStatus(ctx, "documented_effects", unknown, 404, "removing a user who is not a member");

  const outsider = ctx.identities.get("outsider");
  if (!outsider) {
    // Without --outsider-key (named in the Notes, optional-inputs.ts) or with no identity for it.
    if (principals.outsider)
      ctx.notes.push(
        "--outsider-key's identity is unknown: adding and removing a member (deleteMember 204) is not checked",
      );
  } else if (roleIn(outsider, options.org) !== null) {
    ctx.notes.push(
      "--outsider-key's user is a member of --org: adding and removing a member (deleteMember 204) is not checked",
    );
  } else {
    const invited = await session.send({
      operationId: "createMemberInvitation",
      principal: owner,
      body: { email: outsider.email },
      intent: "valid",
    });
    if (expectStatus(ctx, "positive_data_acceptance", invited, 201, "inviting a person who has an account")) {
      const inv = bodyAs(invited, 201);
      expectThat(
        ctx,
        "documented_effects",
        invited,
        inv?.status === "accepted" && inv.role === "admin"
          ? null
          : `an existing account's invitation is ${inv?.status} as ${inv?.role}, expected accepted as admin`,
      );
      const listed = (await membersOf()).some((m) => m.user_id === outsider.userId);
      ctx.results.verdict(
        "ensure_resource_availability",
        "listMembers",
        listed ? null : "an accepted invitee is not listed as a member",
      );
      const twice = await session.send({
        operationId: "createMemberInvitation",
        principal: owner,
        body: { email: outsider.email },
        intent: "probe",
      });
      expectStatus(ctx, "documented_effects", twice, 409, "inviting the same person twice");
      const target = { pathParams: { user_id: outsider.userId } };
      if (principals.admin) {
        const byAdmin = await session.send({
          operationId: "deleteMember",
          principal: principals.admin,
          ...target,
          intent: "probe",
        });
        expectStatus(ctx, "forbidden_principals", byAdmin, 403, "an admin removing a member (owner-only)");
      }
      const removed = await session.send({ operationId: "deleteMember", principal: owner, ...target, intent: "valid" });
      if (expectStatus(ctx, "positive_data_acceptance", removed, 204, "the owner removing a member")) {
        const again = await session.send({ operationId: "deleteMember", principal: owner, ...target, intent: "probe" });
        expectStatus(ctx, "use_after_free", again, 404, "removing a removed member again");
        const gone = !(await membersOf()).some((m) => m.user_id === outsider.userId);
        ctx.results.verdict("use_after_free", "listMembers", gone ? null : "a removed member is still listed");
      }
    }
  }

  const owners = (await membersOf()).filter((m) => m.role === "owner");
  if (me && owners.length === 1 && owners[0]?.user_id === me.userId) {
    const last = await session.send({
      operationId: "deleteMember",
      principal: owner,
      pathParams: { user_id: me.userId },
      intent: "probe",
    });
    expectStatus(ctx, "documented_effects", last, 409, "removing the last owner");
  } else {
    ctx.notes.push("--org has more than one owner: the last-owner 409 is not checked (the run never removes an owner)");
  }
}
