// What a client can see of the server's state, for "nothing changed" comparisons: the lists an
// operation's tag can touch, canonicalised (keys sorted) so order of keys does not matter.
import { isRecord } from "../http/is-record.js";
import type { RequestSpec } from "../http/request-spec.js";
import type { RunContext } from "../run-context.js";
import type { OperationId } from "../spec/wire-types.js";
import { operationSpec } from "../spec/operation-spec.js";

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (isRecord(value))
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical(value[k])]),
    );
  return value;
}

/** The reads that show what `operationId` could change. */
export function snapshotReads(ctx: RunContext, operationId: OperationId): RequestSpec[] {
  const tag = operationSpec(operationId).tag;
  const owner = ctx.principals.owner;
  switch (tag) {
    case "Members":
      return [{ operationId: "listMembers", principal: owner, intent: "valid" }];
    case "API keys":
      return ctx.principals.jwt ? [{ operationId: "listApiKeys", principal: ctx.principals.jwt, intent: "valid" }] : [];
    case "Identity":
      return [{ operationId: "listOrganizations", principal: ctx.principals.jwt ?? owner, intent: "valid" }];
    default:
      return [
        { operationId: "listCredentials", principal: owner, query: { limit: 500 }, intent: "valid" },
        { operationId: "listAuditEvents", principal: owner, query: { limit: 1 }, intent: "valid" },
      ];
  }
}

/** A canonical JSON string of everything `reads` show (statuses included). */
export async function stateSnapshot(ctx: RunContext, reads: RequestSpec[]): Promise<string> {
  const parts: unknown[] = [];
  for (const read of reads) {
    const exchange = await ctx.session.send(read);
    parts.push({ read: exchange.target, status: exchange.status, body: canonical(exchange.body) });
  }
  return JSON.stringify(parts);
}

/** A short description of where two snapshots first differ. */
export function describeDifference(before: string, after: string): string {
  let i = 0;
  while (i < before.length && before[i] === after[i]) i++;
  const from = Math.max(0, i - 60);
  return `…${before.slice(from, i + 60)}… became …${after.slice(from, i + 60)}…`;
}
