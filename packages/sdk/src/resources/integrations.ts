import type { APIPromise } from "../core/api-promise.js";
import type { RequestOptions } from "../core/options.js";
import type { Integration, IntegrationList, ListIntegrationsParams } from "../core/types.js";
import { APIResource } from "./api-resource.js";

/** The catalog of integrations a credential can connect. */
export class Integrations extends APIResource {
  /**
   * List the integrations catalog.
   *
   * Every live integration, with the auth types it supports, its logo, its test endpoint (or null when it declares none) and, for `custom`, the manifest's fields.
   *
   * Operation `listIntegrations`: `GET /integrations`.
   * @example
   * ```ts
   * const { integrations } = await mx.integrations.list({ integrationType: "llm_provider" });
   * ```
   */
  list(query?: ListIntegrationsParams, options?: RequestOptions): APIPromise<IntegrationList> {
    return this.call("listIntegrations", { query }, options);
  }

  /**
   * Get one integration.
   *
   * One integration from the catalog. An unknown name is a 404.
   *
   * Operation `getIntegration`: `GET /integrations/{integration_name}`.
   * @example
   * ```ts
   * const jira = await mx.integrations.retrieve("jira");
   * console.log(jira.customFields?.map((f) => f.name));
   * ```
   */
  retrieve(integrationName: string, options?: RequestOptions): APIPromise<Integration> {
    return this.call("getIntegration", { path: { integrationName } }, options);
  }
}
