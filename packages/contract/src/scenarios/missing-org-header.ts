// missing_org_header: every org-scoped operation refuses a missing or malformed
// X-Organization-ID with 400 and the error envelope.
import { expectStatus } from "./expect-status.js";
import { expectThat } from "./expect-that.js";
import { hasDetail } from "./has-detail.js";
import { probeRequest } from "../generate/probe-request.js";
import { publicOperations } from "../spec/public-operations.js";
import type { RunContext } from "../run-context.js";
import { takesOrg } from "../spec/takes-org.js";

export async function missingOrgHeader(ctx: RunContext): Promise<void> {
  const variants: Array<{ name: string; org: string | null }> = [
    { name: "no X-Organization-ID", org: null },
    { name: "an X-Organization-ID that is not a UUID", org: "not-an-organization" },
  ];
  for (const [operationId] of publicOperations()) {
    if (!takesOrg(operationId)) continue;
    for (const variant of variants) {
      const exchange = await ctx.session.send(probeRequest(ctx, operationId, { org: variant.org }));
      if (expectStatus(ctx, "missing_org_header", exchange, 400, `${operationId} with ${variant.name}`)) {
        expectThat(
          ctx,
          "missing_org_header",
          exchange,
          hasDetail(exchange.body) ? null : '400 without a {"detail"} string',
        );
      }
    }
  }
}
