import type { APIPromise } from "../core/api-promise.js";
import type { RequestOptions } from "../core/options.js";
import type { Me as MeData } from "../core/types.js";
import { APIResource } from "./api-resource.js";

/** The signed-in caller. User-scoped: no organization needed. */
export class Me extends APIResource {
  /**
   * Get the signed-in caller.
   *
   * Returns the caller (from the JWT or the API key's owner), whether the account is active,
   * how the request was authenticated, and every organization membership with its role (an
   * API key locked to one organization sees only that membership).
   * Inactive users can call this route (so an app can explain why everything else answers
   * 403); every other route refuses them.
   *
   * Operation `getMe`: `GET /me`.
   * @example
   * ```ts
   * const me = await mx.me.retrieve();
   * console.log(me.email, me.memberships.map((m) => `${m.organizationName}: ${m.role}`));
   * ```
   */
  retrieve(options?: RequestOptions): APIPromise<MeData> {
    return this.call("getMe", {}, options);
  }
}
