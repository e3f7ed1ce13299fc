// A created credential's life: what the create answered, that it can be fetched, listed,
// resolved and audited (ensure_resource_availability, documented_effects), and that after its
// delete every route treats it as gone (use_after_free) while its audit history stays.
import type { CreateCase } from "../credentialRequests.js";
import { probeRequest } from "../probeRequest.js";
import { credentialIdsIn } from "../credentialIdsIn.js";
import { auditEventsIn } from "../auditEventsIn.js";
import { credentialIdOperations } from "../spec.js";
import type { Exchange, Principal } from "../Session.js";
import { expectStatus, expectThat, type RunContext } from "../RunContext.js";

interface CredentialBody {
  credential_id?: string;
  integration_name?: string;
  auth_type?: string;
  is_default?: boolean;
  display_name?: string;
}

/** Checks a 201 from createCredential against what was sent, then follows the credential to its deletion. */
export async function followCreatedCredential(ctx: RunContext, created: Exchange, sent: CreateCase): Promise<void> {
  const body = created.body as CredentialBody;
  const id = body.credential_id;
  if (!id) return;
  ctx.secrets.addCredential(id, { authType: sent.authType, authData: sent.authData });
  const problems: string[] = [];
  if (body.auth_type !== sent.authType) problems.push(`auth type stored as ${body.auth_type}, the documented detection gives ${sent.authType}`);
  if (body.integration_name !== sent.body.integration_name) problems.push("integration_name differs from the one sent");
  if (body.is_default !== (sent.body.make_default === true)) problems.push(`is_default is ${body.is_default} after make_default ${String(sent.body.make_default)}`);
  if (sent.body.display_name !== undefined && body.display_name !== sent.body.display_name) problems.push("display_name differs from the one sent");
  expectThat(ctx, "documented_effects", created, problems.length ? problems.join("; ") : null);
  await lifecycle(ctx, ctx.principals.owner, id, String(sent.body.integration_name), sent.body.make_default === true);
}

/** Get, list, resolve, audit, delete, then use after free, for credential `id` of the run's organization. */
export async function lifecycle(ctx: RunContext, principal: Principal, id: string, integration: string, isDefault: boolean): Promise<void> {
  const { session } = ctx;
  const on = { principal, pathParams: { credential_id: id } };

  const got = await session.send({ ...on, operationId: "getCredential", query: { include_masked: true }, intent: "valid" });
  if (expectStatus(ctx, "ensure_resource_availability", got, 200, "GET after create")) {
    expectThat(ctx, "ensure_resource_availability", got, (got.body as CredentialBody).credential_id === id ? null : "GET answered another credential");
  }
  const list = await session.send({ operationId: "listCredentials", principal, query: { integration_name: integration, limit: 500 }, intent: "valid" });
  expectThat(ctx, "ensure_resource_availability", list, credentialIdsIn(list.body).includes(id) ? null : "the created credential is not in its integration's list");
  const defaults = ((list.body as { credentials?: Array<{ credential_id: string; is_default: boolean }> })?.credentials ?? []).filter((c) => c.is_default);
  const total = (list.body as { total_count?: number })?.total_count ?? 0;
  if (list.status === 200 && total <= 500) {
    const problem =
      defaults.length > 1
        ? `${defaults.length} defaults for ${integration}`
        : isDefault && defaults[0]?.credential_id !== id
          ? "make_default did not make the credential its integration's default"
          : null;
    expectThat(ctx, "documented_effects", list, problem);
  }
  const audit = await session.send({ operationId: "listAuditEvents", principal, query: { credential_id: id }, intent: "valid" });
  const createdEvents = auditEventsIn(audit.body).filter((e) => e.operation === "CREDENTIAL_CREATED");
  expectThat(ctx, "documented_effects", audit, audit.status === 200 && createdEvents.length !== 1 ? `${createdEvents.length} CREDENTIAL_CREATED events for one create` : null);

  const resolved = await session.send({ operationId: "resolveCredential", principal, body: { integration_name: integration, credential_id: id }, intent: "valid" });
  if (expectStatus(ctx, "positive_data_acceptance", resolved, 200, "resolving the created credential by id")) {
    const r = resolved.body as { resolved_by?: string; credential?: { credential_id?: string } };
    expectThat(ctx, "documented_effects", resolved, r.resolved_by === "explicit" && r.credential?.credential_id === id ? null : `explicit resolution answered ${r.resolved_by} ${r.credential?.credential_id}`);
  }

  const deleted = await session.send({ ...on, operationId: "deleteCredential", intent: "valid" });
  if (!expectStatus(ctx, "positive_data_acceptance", deleted, 204, "DELETE of a created credential")) return;
  for (const operationId of credentialIdOperations()) {
    const exchange = await session.send(probeRequest(ctx, operationId, on));
    expectStatus(ctx, "use_after_free", exchange, 404, `${operationId} after DELETE`);
  }
  const explicit = await session.send({ operationId: "resolveCredential", principal, body: { integration_name: integration, credential_id: id }, intent: "probe" });
  expectStatus(ctx, "use_after_free", explicit, 404, "resolving a deleted credential by id");
  const relisted = await session.send({ operationId: "listCredentials", principal, query: { integration_name: integration, limit: 500 }, intent: "valid" });
  expectThat(ctx, "use_after_free", relisted, credentialIdsIn(relisted.body).includes(id) ? "a deleted credential is still listed" : null);
  const history = await session.send({ operationId: "listAuditEvents", principal, query: { credential_id: id }, intent: "valid" });
  const operations = auditEventsIn(history.body).map((e) => e.operation);
  expectThat(
    ctx,
    "documented_effects",
    history,
    history.status === 200 && (operations.filter((o) => o === "CREDENTIAL_DELETED").length !== 1 || !operations.includes("CREDENTIAL_CREATED"))
      ? `after a delete, GET /audit?credential_id shows ${JSON.stringify(operations)} (expected its CREDENTIAL_CREATED and one CREDENTIAL_DELETED)`
      : null,
  );
}
