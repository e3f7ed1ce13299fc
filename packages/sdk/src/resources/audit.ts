import type { RequestOptions } from "../core/options.js";
import type { PagePromise } from "../core/pagination.js";
import type { AuditEvent, AuditEventList, ListAuditEventsParams, ListCredentialAuditParams } from "../core/types.js";
import { APIResource } from "./api-resource.js";

const eventsOf = (page: AuditEventList) => ({ items: page.events, total: page.total });

/** The organization's credential audit log. Org-scoped. */
export class Audit extends APIResource {
  /**
   * List the organization's credential audit log.
   *
   * An extension of the documented API: the organization's credential audit log, newest
   * first, filterable by `credential_id` and `operation`. History outlives a deleted
   * credential. Operations are exactly the eight the docs list; the current routes write
   * `CREDENTIAL_CREATED`, `CREDENTIAL_UPDATED`, `CREDENTIAL_DELETED`, `CREDENTIAL_ACTIVATED`
   * and `CREDENTIAL_DEACTIVATED`.
   *
   * Operation `listAuditEvents`: `GET /audit`.
   * @example
   * ```ts
   * for await (const event of mx.audit.list({ operation: "CREDENTIAL_DELETED" })) console.log(event.credentialId, event.occurredAt);
   * ```
   */
  list(query?: ListAuditEventsParams, options?: RequestOptions): PagePromise<AuditEventList, AuditEvent> {
    return this.paginate("listAuditEvents", { query }, eventsOf, options);
  }

  /**
   * List a credential's audit history.
   *
   * The change history of one credential, newest first. The credential must exist in this organization (a deleted one's history is in `GET /audit`). The docs mark this response's fields as TBD until verified against a live response; the logged operations are the eight of `AuditOperation`.
   *
   * Operation `listCredentialAudit`: `GET /credentials/{credential_id}/audit`.
   * @example
   * ```ts
   * for await (const event of mx.audit.listForCredential(credentialId)) console.log(event.operation);
   * ```
   */
  listForCredential(
    credentialId: string,
    query?: ListCredentialAuditParams,
    options?: RequestOptions,
  ): PagePromise<AuditEventList, AuditEvent> {
    return this.paginate("listCredentialAudit", { path: { credentialId }, query }, eventsOf, options);
  }
}
