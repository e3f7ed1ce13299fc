import type { APIPromise } from "../core/api-promise.js";
import type { RequestOptions } from "../core/options.js";
import type { Me as MeData } from "../core/types.js";
import { APIResource } from "./resource.js";

/** The signed-in caller. User-scoped: no organization needed. */
export class Me extends APIResource {
  /**
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
