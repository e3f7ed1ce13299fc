// The end of every run, interrupted or not: delete what the run created and has not deleted (the
// ledger, kept from the server's own answers), and, when the run did not get to its own last
// scenario, put each integration's default back. A cleanup that cannot finish says what is left
// and how to remove it later (`modulex-contract cleanup`).
import { bodyAs } from "../spec/body-as.js";
import { expectStatus } from "./expect-status.js";
import { oneLine } from "../one-line.js";
import type { RunContext } from "../run-context.js";
import { restoreDefaults } from "./restore-defaults.js";

export async function cleanUp(
  ctx: RunContext,
  { restoreDefaults: restore }: { restoreDefaults: boolean },
): Promise<void> {
  const { session } = ctx;
  const open = session.options.ledger.open();
  session.cleaningUp = true;
  session.waitOutRateLimits = true;
  const left: string[] = [];
  let deleted = 0;
  const gone = (status: number) => void (status === 204 && deleted++);
  try {
    for (const item of open) {
      try {
        if (item.kind === "credential") {
          const removed = await session.send({
            operationId: "deleteCredential",
            principal: item.principal,
            org: item.org,
            pathParams: { credential_id: item.id },
            intent: "valid",
          });
          if (
            !expectStatus(
              ctx,
              "positive_data_acceptance",
              removed,
              [204, 404],
              "deleting a credential the run created (cleanup)",
            )
          )
            left.push(`credential ${item.id}`);
          gone(removed.status);
        } else if (item.kind === "api-key") {
          const revoked = await session.send({
            operationId: "deleteApiKey",
            principal: item.principal,
            pathParams: { api_key_id: item.id },
            intent: "valid",
          });
          if (
            !expectStatus(
              ctx,
              "positive_data_acceptance",
              revoked,
              [204, 404],
              "revoking an API key the run created (cleanup)",
            )
          )
            left.push(`API key ${item.id}`);
          gone(revoked.status);
        } else {
          // A member the run added (an accepted invitation): still there unless the member scenario removed them.
          const list = await session.send({
            operationId: "listMembers",
            principal: item.principal,
            org: item.org,
            intent: "valid",
          });
          const member = (bodyAs(list, 200)?.members ?? []).find((m) => m.email?.toLowerCase() === item.id);
          if (!member) continue;
          if (!member.user_id) {
            left.push(`member ${item.id}`); // listed without a user_id: nothing to address the delete to
            continue;
          }
          const removed = await session.send({
            operationId: "deleteMember",
            principal: item.principal,
            org: item.org,
            pathParams: { user_id: member.user_id },
            intent: "valid",
          });
          if (
            !expectStatus(
              ctx,
              "positive_data_acceptance",
              removed,
              [204, 404],
              "removing a member the run added (cleanup)",
            )
          )
            left.push(`member ${item.id}`);
          gone(removed.status);
        }
      } catch (error) {
        left.push(`${item.kind} ${item.id} (${oneLine(error)})`);
      }
    }
    if (restore) {
      try {
        await restoreDefaults(ctx);
      } catch (error) {
        left.push(`the integrations' original defaults (${oneLine(error)})`);
      }
    }
  } finally {
    session.cleaningUp = false;
  }
  if (deleted) ctx.notes.push(`cleanup: deleted ${deleted} record(s) the run had created and not yet deleted`);
  if (left.length)
    ctx.notes.push(
      `cleanup could not remove: ${left.join(", ")}; \`modulex-contract cleanup\` finds what earlier runs left (by their "modulex-contract" names)`,
    );
}
