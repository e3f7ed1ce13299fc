// A created credential's life: that it can be fetched, listed,
// resolved and audited (ensure_resource_availability, documented_effects), and that after its
// delete every route treats it as gone (use_after_free) while its audit history stays.
import { auditEventsIn } from "./audit-events-in.js";
import { bodyAs } from "../spec/body-as.js";
import { credentialIdsIn } from "./credential-ids-in.js";
import { expectStatus } from "./expect-status.js";
import { expectThat } from "./expect-that.js";
import { probeRequest } from "../generate/probe-request.js";
import { credentialIdOperations } from "../spec/public-operations.js";
import type { Principal } from "../http/request-spec.js";
import type { RunContext } from "../run-context.js";

/** Get, list, resolve, audit, delete, then use after free, for credential `id` of the run's organization. */
export async function credentialLifecycle(
  ctx: RunContext,
  principal: Principal,
  id: string,
  integration: string,
  isDefault: boolean,
): Promise<void> {
  const { session } = ctx;
  const on = { principal, pathParams: { credential_id: id } };

  const got = await session.send({
    ...on,
    operationId: "getCredential",
    query: { include_masked: true },
    intent: "valid",
  });
  if (expectStatus(ctx, "ensure_resource_availability", got, 200, "GET after create")) {
    expectThat(
      ctx,
      "ensure_resource_availability",
      got,
      bodyAs(got, 200)?.credential_id === id ? null : "GET answered another credential",
    );
  }
  const list = await session.send({
    operationId: "listCredentials",
    principal,
    query: { integration_name: integration, limit: 500 },
    intent: "valid",
  });
  expectThat(
    ctx,
    "ensure_resource_availability",
    list,
    credentialIdsIn(list.body).includes(id) ? null : "the created credential is not in its integration's list",
  );
  const listed = bodyAs(list, 200);
  const defaults = (listed?.credentials ?? []).filter((c) => c.is_default);
  const total = listed?.total_count ?? 0;
  if (list.status === 200 && total <= 500) {
    const problem =
      defaults.length > 1
        ? `${defaults.length} defaults for ${integration}`
        : isDefault && defaults[0]?.credential_id !== id
          ? "make_default did not make the credential its integration's default"
          : null;
    expectThat(ctx, "documented_effects", list, problem);
  }
  const audit = await session.send({
    operationId: "listAuditEvents",
    principal,
    query: { credential_id: id },
    intent: "valid",
  });
  const createdEvents = auditEventsIn(audit.body).filter((e) => e.operation === "CREDENTIAL_CREATED");
  expectThat(
    ctx,
    "documented_effects",
    audit,
    audit.status === 200 && createdEvents.length !== 1
      ? `${createdEvents.length} CREDENTIAL_CREATED events for one create`
      : null,
  );

  const resolved = await session.send({
    operationId: "resolveCredential",
    principal,
    body: { integration_name: integration, credential_id: id },
    intent: "valid",
  });
  if (expectStatus(ctx, "positive_data_acceptance", resolved, 200, "resolving the created credential by id")) {
    const r = bodyAs(resolved, 200);
    expectThat(
      ctx,
      "documented_effects",
      resolved,
      r?.resolved_by === "explicit" && r.credential?.credential_id === id
        ? null
        : `explicit resolution answered ${r?.resolved_by} ${r?.credential?.credential_id}`,
    );
  }

  const deleted = await session.send({ ...on, operationId: "deleteCredential", intent: "valid" });
  if (!expectStatus(ctx, "positive_data_acceptance", deleted, 204, "DELETE of a created credential")) return;
  for (const operationId of credentialIdOperations()) {
    const exchange = await session.send(probeRequest(ctx, operationId, on));
    expectStatus(ctx, "use_after_free", exchange, 404, `${operationId} after DELETE`);
  }
  const explicit = await session.send({
    operationId: "resolveCredential",
    principal,
    body: { integration_name: integration, credential_id: id },
    intent: "probe",
  });
  expectStatus(ctx, "use_after_free", explicit, 404, "resolving a deleted credential by id");
  const relisted = await session.send({
    operationId: "listCredentials",
    principal,
    query: { integration_name: integration, limit: 500 },
    intent: "valid",
  });
  expectThat(
    ctx,
    "use_after_free",
    relisted,
    credentialIdsIn(relisted.body).includes(id) ? "a deleted credential is still listed" : null,
  );
  const history = await session.send({
    operationId: "listAuditEvents",
    principal,
    query: { credential_id: id },
    intent: "valid",
  });
  const operations = auditEventsIn(history.body).map((e) => e.operation);
  expectThat(
    ctx,
    "documented_effects",
    history,
    history.status === 200 &&
      (operations.filter((o) => o === "CREDENTIAL_DELETED").length !== 1 || !operations.includes("CREDENTIAL_CREATED"))
      ? `after a delete, GET /audit?credential_id shows ${JSON.stringify(operations)} (expected its CREDENTIAL_CREATED and one CREDENTIAL_DELETED)`
      : null,
  );
}
