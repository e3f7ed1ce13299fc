// documented_effects for ids that do not exist: every route that takes an id answers 404 for
// one the server never issued (and the catalog for an unknown name); and the deprecated
// OAuth2 refresh answers its documented 400 for a credential that does exist.
import { expectStatus } from "./expect-status.js";
import { expectThat } from "./expect-that.js";
import { hasDetail } from "./has-detail.js";
import { JWT_ONLY } from "../spec/jwt-only.js";
import { probeRequest, UNUSED_UUID } from "../generate/probe-request.js";
import { publicOperations } from "../spec/public-operations.js";
import type { RequestSpec } from "../http/request-spec.js";
import type { RunContext } from "../run-context.js";

export async function unknownIds(ctx: RunContext): Promise<void> {
  const { session, principals } = ctx;
  for (const [operationId, op] of publicOperations()) {
    if (!op.responses["404"]) continue;
    const principal = JWT_ONLY.includes(operationId) ? principals.jwt : principals.owner;
    if (!principal) continue;
    let request: RequestSpec | undefined;
    if (op.path.includes("{credential_id}"))
      request = probeRequest(ctx, operationId, { principal, pathParams: { credential_id: UNUSED_UUID } });
    else if (op.path.includes("{api_key_id}"))
      request = probeRequest(ctx, operationId, { principal, pathParams: { api_key_id: UNUSED_UUID } });
    else if (op.path.includes("{user_id}"))
      request = probeRequest(ctx, operationId, { principal, pathParams: { user_id: UNUSED_UUID } });
    else if (op.path.includes("{integration_name}"))
      request = probeRequest(ctx, operationId, { principal, pathParams: { integration_name: "no_such_integration" } });
    else if (operationId === "resolveCredential") {
      const integration = ctx.fixture?.integrationName ?? ctx.catalog[0]?.integration_name ?? "slack";
      request = probeRequest(ctx, operationId, {
        principal,
        body: { integration_name: integration, credential_id: UNUSED_UUID },
      });
    } else continue;
    const exchange = await session.send(request);
    expectStatus(ctx, "documented_effects", exchange, 404, `${operationId} with an id or name that does not exist`);
  }
  if (ctx.fixture) {
    const refresh = await session.send(probeRequest(ctx, "refreshCredentialOAuth2", { intent: "valid" }));
    if (expectStatus(ctx, "documented_effects", refresh, 400, "the deprecated OAuth2 refresh route")) {
      expectThat(
        ctx,
        "documented_effects",
        refresh,
        hasDetail(refresh.body) ? null : '400 without a {"detail"} string',
      );
    }
  }
}
