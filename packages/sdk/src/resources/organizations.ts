import type { APIPromise } from "../core/api-promise.js";
import type { RequestOptions } from "../core/options.js";
import type { CreateOrganizationParams, Organization, OrganizationList } from "../core/types.js";
import { APIResource } from "./resource.js";

/** The caller's organizations. User-scoped: no organization needed. */
export class Organizations extends APIResource {
  /**
   * Operation `listOrganizations`: `GET /organizations`.
   * @example
   * ```ts
   * const { organizations } = await mx.organizations.list();
   * ```
   */
  list(options?: RequestOptions): APIPromise<OrganizationList> {
    return this.call("listOrganizations", {}, options);
  }

  /**
   * Operation `createOrganization`: `POST /organizations`.
   * @example
   * ```ts
   * const org = await mx.organizations.create({ name: "Acme Labs" });
   * const labs = mx.withOrganization(org.organizationId);
   * ```
   */
  create(body: CreateOrganizationParams, options?: RequestOptions): APIPromise<Organization> {
    return this.call("createOrganization", { body }, options);
  }
}
