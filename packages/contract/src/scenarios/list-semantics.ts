// documented_effects for reads: pagination (pages add up to the whole list, totals count every
// match, only the last page is short), the documented order (grouped: integration name, then
// newest first; flat and audit: newest first), the auth_type and integration_type filters, and
// auth_data_masked being null unless include_masked=true.
import { parseTimestamp } from "@modulex/spec/contract";
import { auditEventsIn } from "./audit-events-in.js";
import { bodyAs } from "../spec/body-as.js";
import type { Exchange } from "../http/exchange.js";
import { expectShapeTbd, expectThat } from "./expect-that.js";
import type { RequestSpec } from "../http/request-spec.js";
import type { RunContext } from "../run-context.js";
import type { Untrusted, Schema } from "../spec/wire-types.js";

const PAGE = 2;
const MAX_PAGES = 60;

type Listed = Untrusted<Schema<"Credential">>;
type CredentialList = ReturnType<typeof bodyAs<"listCredentials", 200>>;

/** The credentials of a list, grouped or flat. */
function itemsOf(list: CredentialList): Listed[] {
  if (list?.integrations) return Object.values(list.integrations).flatMap((g) => g?.credentials ?? []);
  return list?.credentials ?? [];
}

function totalOf(list: CredentialList): number | undefined {
  return list?.total_credentials ?? list?.total_count;
}

/** Where `items` break the documented order, or null. */
function orderProblem(items: Listed[], grouped: boolean): string | null {
  for (let i = 1; i < items.length; i++) {
    const [a, b] = [items[i - 1]!, items[i]!];
    if (
      grouped &&
      a.integration_name !== undefined &&
      b.integration_name !== undefined &&
      a.integration_name > b.integration_name
    )
      return `${a.integration_name} is listed before ${b.integration_name}`;
    if (
      (!grouped || a.integration_name === b.integration_name) &&
      parseTimestamp(a.created_at ?? "") < parseTimestamp(b.created_at ?? "")
    ) {
      return `${a.credential_id} (${a.created_at}) is listed before the newer ${b.credential_id} (${b.created_at})`;
    }
  }
  return null;
}

async function paginate(ctx: RunContext, base: RequestSpec<"listCredentials">, grouped: boolean): Promise<void> {
  const { session } = ctx;
  const whole = await session.send({ ...base, query: { ...base.query, limit: 500 } });
  if (whole.status !== 200) return;
  const all = itemsOf(bodyAs(whole, 200));
  const total = totalOf(bodyAs(whole, 200)) ?? -1;
  if (total > 500) return;
  expectThat(
    ctx,
    "documented_effects",
    whole,
    total === all.length ? null : `total ${total} but ${all.length} credentials listed on a page of 500`,
  );
  expectThat(ctx, "documented_effects", whole, orderProblem(all, grouped));
  const paged: string[] = [];
  let last: Exchange<"listCredentials"> = whole;
  for (let offset = 0, pages = 0; offset < total && pages < MAX_PAGES; offset += PAGE, pages++) {
    last = await session.send({ ...base, query: { ...base.query, limit: PAGE, offset } });
    if (last.status !== 200) return;
    const page = bodyAs(last, 200);
    const items = itemsOf(page);
    paged.push(...items.map((c) => c.credential_id ?? ""));
    const expected = Math.min(PAGE, total - offset);
    const problem =
      totalOf(page) !== total
        ? `page at offset ${offset} says total ${totalOf(page)}, the whole list ${total}`
        : items.length !== expected
          ? `page at offset ${offset} holds ${items.length} credentials, expected ${expected}`
          : null;
    if (!expectThat(ctx, "documented_effects", last, problem)) return;
  }
  expectThat(
    ctx,
    "documented_effects",
    last,
    paged.join() === all.map((c) => c.credential_id).join()
      ? null
      : "the pages do not add up to the whole list, in order",
  );
}

export async function listSemantics(ctx: RunContext): Promise<void> {
  const { session } = ctx;
  const owner = ctx.principals.owner;
  await paginate(ctx, { operationId: "listCredentials", principal: owner, intent: "valid" }, true);
  if (ctx.fixture)
    await paginate(
      ctx,
      {
        operationId: "listCredentials",
        principal: owner,
        query: { integration_name: ctx.fixture.integrationName },
        intent: "valid",
      },
      false,
    );

  const whole = await session.send({
    operationId: "listCredentials",
    principal: owner,
    query: { limit: 500 },
    intent: "valid",
  });
  const everything = itemsOf(bodyAs(whole, 200));
  for (const authType of new Set(everything.map((c) => c.auth_type))) {
    const filtered = await session.send({
      operationId: "listCredentials",
      principal: owner,
      query: { auth_type: authType, limit: 500 },
      intent: "valid",
    });
    const listed = bodyAs(filtered, 200);
    const items = itemsOf(listed);
    const expected = everything.filter((c) => c.auth_type === authType).length;
    const echoed = listed?.filters?.auth_type;
    const problem =
      items.some((c) => c.auth_type !== authType) || items.length !== expected || echoed !== authType
        ? `auth_type=${authType} listed ${items.length} of ${expected} (filters.auth_type ${echoed})`
        : null;
    expectThat(ctx, "documented_effects", filtered, filtered.status === 200 ? problem : null);
  }

  for (const type of new Set(ctx.catalog.map((e) => e.integration_type))) {
    const filtered = await session.send({
      operationId: "listIntegrations",
      principal: owner,
      query: { integration_type: type },
      intent: "valid",
    });
    const items = bodyAs(filtered, 200)?.integrations ?? [];
    const expected = ctx.catalog.filter((e) => e.integration_type === type).length;
    expectThat(
      ctx,
      "documented_effects",
      filtered,
      items.length === expected && items.every((i) => i.integration_type === type)
        ? null
        : `integration_type=${type} listed ${items.length} of ${expected}`,
    );
  }

  // Newest first is the spec's; the docs call the audit shape TBD: a warning unless --strict.
  const audit = await session.send({
    operationId: "listAuditEvents",
    principal: owner,
    query: { limit: 500 },
    intent: "valid",
  });
  const events = auditEventsIn(audit.body).map((e) => (e.occurredAt === null ? NaN : parseTimestamp(e.occurredAt)));
  const unordered = events.findIndex((t, i) => i > 0 && events[i - 1]! < t);
  expectShapeTbd(
    ctx,
    "documented_effects",
    audit,
    unordered > 0 ? `audit event ${unordered} is newer than the one before it (newest first)` : null,
  );

  if (ctx.fixture) {
    for (const query of [{}, { include_masked: false }]) {
      const got = await session.send({
        operationId: "getCredential",
        principal: owner,
        pathParams: { credential_id: ctx.fixture.credentialId },
        query,
        intent: "valid",
      });
      const masked: unknown = bodyAs(got, 200)?.auth_data_masked;
      // The docs: without include_masked, "a label ... or a masked secret"; the per-field map is what include_masked adds.
      const problem =
        got.status === 200 && masked !== null && typeof masked === "object"
          ? "auth_data_masked is a per-field map without include_masked=true (the docs: a label or the masked secret)"
          : null;
      expectThat(ctx, "documented_effects", got, problem);
    }
  }
}
