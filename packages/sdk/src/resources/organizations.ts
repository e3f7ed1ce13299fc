import type { APIPromise } from "../core/api-promise.js";
import type { RequestOptions } from "../core/options.js";
import type { CreateOrganizationParams, Organization, OrganizationList } from "../core/types.js";
import { APIResource } from "./api-resource.js";

/** The caller's organizations. User-scoped: no organization needed. */
export class Organizations extends APIResource {
  /**
   * List the caller's organizations.
   *
   * Every organization the caller belongs to, with the caller's role in it. An API key locked to one organization sees only that organization.
   *
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
   * Create an organization.
   *
   * Creates an organization; the caller becomes its owner. Requires a person's sign-in (JWT); an API key gets 403.
   *
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
