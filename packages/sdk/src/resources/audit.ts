import type { RequestOptions } from "../core/options.js";
import type { PagePromise } from "../core/pagination.js";
import type { AuditEvent, AuditEventList, ListAuditEventsParams, ListCredentialAuditParams } from "../core/types.js";
import { APIResource } from "./resource.js";

const eventsOf = (page: AuditEventList) => ({ items: page.events, total: page.total });

/** The organization's credential audit log. Org-scoped. */
export class Audit extends APIResource {
  /**
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
   * Operation `listCredentialAudit`: `GET /credentials/{credential_id}/audit`.
   * @example
   * ```ts
   * for await (const event of mx.audit.listForCredential(credentialId)) console.log(event.operation);
   * ```
   */
  listForCredential(credentialId: string, query?: ListCredentialAuditParams, options?: RequestOptions): PagePromise<AuditEventList, AuditEvent> {
    return this.paginate("listCredentialAudit", { path: { credentialId }, query }, eventsOf, options);
  }
}
