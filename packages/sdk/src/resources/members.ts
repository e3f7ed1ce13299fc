import type { APIPromise } from "../core/api-promise.js";
import type { RequestOptions } from "../core/options.js";
import type { CreateInvitationParams, Invitation, MemberList } from "../core/types.js";
import { APIResource } from "./api-resource.js";

/** People in the client's organization. Org-scoped. */
export class Members extends APIResource {
  /**
   * List the organization's members.
   *
   * Every member of the organization in `X-Organization-ID`, with role and active flag. Owner or admin only.
   *
   * Operation `listMembers`: `GET /members`.
   * @example
   * ```ts
   * const { members } = await mx.members.list();
   * ```
   */
  list(options?: RequestOptions): APIPromise<MemberList> {
    return this.call("listMembers", {}, options);
  }

  /**
   * Invite a teammate.
   *
   * Invites a teammate by email. Invited teammates join as `admin` (there is no other role to
   * invite to). A person who already has an account joins at once (`status: accepted`);
   * otherwise the invitation stays `pending`. Inviting someone who is already a member, or
   * already invited, is a 409. Owner or admin only.
   *
   * Operation `createMemberInvitation`: `POST /members/invitations`.
   * @example
   * ```ts
   * const invitation = await mx.members.invite({ email: "ada@acme.test" });
   * console.log(invitation.status); // "accepted" when Ada already has an account
   * ```
   */
  invite(body: CreateInvitationParams, options?: RequestOptions): APIPromise<Invitation> {
    return this.call("createMemberInvitation", { body }, options);
  }

  /**
   * Remove a member.
   *
   * Removes a member from the organization. Owner only: an admin gets 403. The last owner
   * cannot be removed (409). A user who is not a member of this organization is a 404.
   *
   * Operation `deleteMember`: `DELETE /members/{user_id}`.
   * @example
   * ```ts
   * await mx.members.remove("6c1a8b63-4d2e-4f9a-8b3c-7d8e9f0a1b2c");
   * ```
   */
  remove(userId: string, options?: RequestOptions): APIPromise<void> {
    return this.call("deleteMember", { path: { userId } }, options);
  }
}
