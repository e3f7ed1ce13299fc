// Members: invitations join as admin (at once for existing users, else pending), duplicates are
// 409, only owners remove members, the last owner stays (409), a non-member is a 404.
import { beforeEach, describe, expect, it } from "vitest";
import { asOwner, DEMO, harness, START, type Harness, wireTime } from "./support.js";

let h: Harness;
beforeEach(async () => {
  h = await harness();
});

const invite = (email: string, who = asOwner as { auth: string; org: string }) =>
  h.call("POST", "/members/invitations", { ...who, body: { email } });
const members = async (org: string = DEMO.orgs.acme) =>
  (await h.call("GET", "/members", { auth: DEMO.keys.owner, org })).body;

describe("members", () => {
  it("lists the organization's members with role and active flag", async () => {
    const list = await members();
    expect(list.total).toBe(4);
    expect(
      list.members.map(
        (m: { email: string; role: string; is_active: boolean }) => `${m.email}:${m.role}:${m.is_active}`,
      ),
    ).toEqual(
      expect.arrayContaining([
        "owner@acme.test:owner:true",
        "admin@acme.test:admin:true",
        "member@acme.test:member:true",
        "inactive@acme.test:admin:false",
      ]),
    );
  });
  it("an existing user joins at once as admin (accepted)", async () => {
    const r = await invite("OWNER@globex.test", { auth: DEMO.keys.admin, org: DEMO.orgs.acme });
    expect(r).toMatchObject({
      status: 201,
      body: {
        role: "admin",
        status: "accepted",
        invited_by: DEMO.users.admin.userId,
        organization_id: DEMO.orgs.acme,
        created_at: wireTime(START),
      },
    });
    expect((await members()).members).toContainEqual(
      expect.objectContaining({ user_id: DEMO.users.outsider.userId, role: "admin" }),
    );
    expect((await h.call("GET", "/credentials", { auth: DEMO.keys.outsider, org: DEMO.orgs.acme })).status).toBe(200);
  });
  it("someone without an account stays pending", async () => {
    expect((await invite("new@acme.test")).body).toMatchObject({ status: "pending", email: "new@acme.test" });
    expect((await members()).total).toBe(4);
  });
  it("inviting a member or someone already invited is a 409", async () => {
    expect(await invite("admin@acme.test")).toMatchObject({
      status: 409,
      body: { detail: "admin@acme.test is already a member of this organization" },
    });
    await invite("new@acme.test");
    expect(await invite("NEW@acme.test")).toMatchObject({
      status: 409,
      body: { detail: expect.stringMatching(/already been invited/) },
    });
  });
  it("an owner removes a member (204); a non-member is a 404", async () => {
    expect((await h.call("DELETE", `/members/${DEMO.users.member.userId}`, asOwner)).status).toBe(204);
    expect((await members()).total).toBe(3);
    expect(await h.call("DELETE", `/members/${DEMO.users.member.userId}`, asOwner)).toMatchObject({
      status: 404,
      body: { detail: "Member not found" },
    });
    expect((await h.call("DELETE", `/members/${DEMO.users.outsider.userId}`, asOwner)).status).toBe(404);
    expect((await h.call("DELETE", "/members/not-a-uuid", asOwner)).status).toBe(400);
  });
  it("the last owner cannot be removed (409), not even by themselves", async () => {
    const r = await h.call("DELETE", `/members/${DEMO.users.outsider.userId}`, {
      auth: DEMO.keys.outsider,
      org: DEMO.orgs.globex,
    });
    expect(r).toMatchObject({ status: 409, body: { detail: "The last owner cannot be removed" } });
    const self = await h.call("DELETE", `/members/${DEMO.users.owner.userId}`, asOwner);
    expect(self.status).toBe(409);
  });
  it("with a second owner, an owner can be removed", async () => {
    const org = "11111111-2222-4333-8444-555555555555";
    const two = await harness({
      seed: {
        organizations: [{ organization_id: org, name: "Duo" }],
        users: [
          {
            user_id: "aaaaaaaa-0000-4000-8000-000000000001",
            email: "a@duo.test",
            name: "A",
            memberships: [{ organization_id: org, role: "owner" }],
          },
          {
            user_id: "aaaaaaaa-0000-4000-8000-000000000002",
            email: "b@duo.test",
            name: "B",
            memberships: [{ organization_id: org, role: "owner" }],
          },
        ],
      },
    });
    const jwt = await two.jwt("a@duo.test");
    expect((await two.call("DELETE", "/members/aaaaaaaa-0000-4000-8000-000000000002", { auth: jwt, org })).status).toBe(
      204,
    );
    expect((await two.call("DELETE", "/members/aaaaaaaa-0000-4000-8000-000000000001", { auth: jwt, org })).status).toBe(
      409,
    );
  });
  it("an admin's attempt is a 403 before the 404 for a non-member (auth order)", async () => {
    expect(
      (await h.call("DELETE", `/members/${crypto.randomUUID()}`, { auth: DEMO.keys.admin, org: DEMO.orgs.acme }))
        .status,
    ).toBe(403);
  });
});
