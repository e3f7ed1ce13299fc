// The mock's state: one indexed table per record type, as a database would hold it. Secrets are
// only ever stored hashed (API keys, OAuth state and codes) or encrypted (credential auth_data,
// PKCE verifiers). Tables refuse a second record with the same primary key; other uniqueness
// (one default credential per integration, one pending invitation per email) is the handlers'.
import { IndexedCollection, type IndexSpec } from "./indexed-collection.js";
import * as z from "zod/mini";
import { MESSAGES } from "./zod.js";

const ts = z.string();
const nts = z.nullable(z.string());
// Not z.record: it rebuilds the object by assignment, so a key named "__proto__" silently vanished.
const json = z.custom<Record<string, unknown>>((v) => typeof v === "object" && v !== null && !Array.isArray(v));

const schemas = {
  organizations: z.object({ organization_id: z.string(), name: z.string(), created_at: ts }),
  users: z.object({ user_id: z.string(), email: z.string(), name: z.string(), is_active: z.boolean(), created_at: ts }),
  memberships: z.object({
    organization_id: z.string(),
    user_id: z.string(),
    role: z.enum(["owner", "admin", "member"]),
    joined_at: ts,
  }),
  invitations: z.object({
    invitation_id: z.string(),
    organization_id: z.string(),
    email: z.string(),
    role: z.literal("admin"),
    status: z.enum(["pending", "accepted"]),
    invited_by: z.string(),
    created_at: ts,
  }),
  api_keys: z.object({
    api_key_id: z.string(),
    user_id: z.string(),
    name: z.string(),
    key_hash: z.string(),
    prefix: z.string(),
    organization_id: z.nullable(z.string()),
    created_at: ts,
    expires_at: nts,
    last_used_at: nts,
    revoked_at: nts,
  }),
  credentials: z.object({
    credential_id: z.string(),
    organization_id: z.string(),
    integration_name: z.string(),
    auth_type: z.enum(["oauth2", "api_key", "bearer_token", "modulex_key", "custom"]),
    display_name: z.string(),
    is_default: z.boolean(),
    created_by: z.string(),
    created_at: ts,
    updated_at: ts,
    expires_at: nts,
    metadata: z.nullable(json),
    /** AES-256-GCM ciphertext of {auth_data, oauth_config}; null for modulex_key. */
    encrypted_secret: z.nullable(z.string()),
    usage_count: z.number(),
    first_used_at: nts,
    last_used_at: nts,
    /** Creation order, to break created_at ties. */
    seq: z.number(),
  }),
  audit_events: z.object({
    audit_id: z.string(),
    organization_id: z.string(),
    credential_id: z.string(),
    integration_name: z.string(),
    operation: z.enum([
      "CREDENTIAL_CREATED",
      "CREDENTIAL_UPDATED",
      "CREDENTIAL_DELETED",
      "CREDENTIAL_ROTATED",
      "CREDENTIAL_REVOKED",
      "CREDENTIAL_ACTIVATED",
      "CREDENTIAL_DEACTIVATED",
      "MCP_DISCOVERY_REFRESHED",
    ]),
    actor_user_id: z.string(),
    actor_email: z.nullable(z.string()),
    auth_method: z.enum(["jwt", "api_key"]),
    occurred_at: ts,
    details: z.nullable(json),
    seq: z.number(),
  }),
  oauth_sessions: z.object({
    state_hash: z.string(),
    organization_id: z.string(),
    user_id: z.string(),
    integration_name: z.string(),
    redirect_uri: z.string(),
    display_name: z.nullable(z.string()),
    make_default: z.boolean(),
    encrypted_verifier: z.string(),
    expires_at: ts,
    used_at: nts,
  }),
  oauth_codes: z.object({
    code_hash: z.string(),
    integration_name: z.string(),
    client_id: z.string(),
    redirect_uri: z.string(),
    code_challenge: z.string(),
    expires_at: ts,
    used_at: nts,
  }),
};

type Schemas = typeof schemas;
/** The same tables refusing unknown fields, for restoring a saved store. */
const strict = Object.fromEntries(
  Object.entries(schemas).map(([name, schema]) => [name, z.strictObject(schema.def.shape)]),
) as unknown as {
  [K in keyof Schemas]: Schemas[K];
};
type Row<K extends keyof Schemas> = z.infer<Schemas[K]>;
export type CredentialRow = Row<"credentials">;
export type ApiKeyRow = Row<"api_keys">;
export type UserRow = Row<"users">;
export type AuditRow = Row<"audit_events">;

/**
 * One empty indexed collection per table: its primary key, and what the request paths look up
 * (an API key by its hash; an organization's members, credentials and audit events; a
 * credential's events), so none of them scans a table.
 */
function createTables() {
  const by =
    <K extends keyof Schemas>(_table: K) =>
    <U extends string = never, G extends string = never>(spec: IndexSpec<Row<K>, U, G>) =>
      spec;
  return {
    organizations: new IndexedCollection(
      schemas.organizations,
      by("organizations")({ primary: (r) => r.organization_id, unique: {}, groups: {} }),
    ),
    users: new IndexedCollection(schemas.users, by("users")({ primary: (r) => r.user_id, unique: {}, groups: {} })),
    memberships: new IndexedCollection(
      schemas.memberships,
      by("memberships")({
        primary: (r) => memberKey(r.organization_id, r.user_id),
        unique: {},
        groups: { organization: (r) => r.organization_id, user: (r) => r.user_id },
      }),
    ),
    invitations: new IndexedCollection(
      schemas.invitations,
      by("invitations")({ primary: (r) => r.invitation_id, unique: {}, groups: {} }),
    ),
    api_keys: new IndexedCollection(
      schemas.api_keys,
      by("api_keys")({
        primary: (r) => r.api_key_id,
        unique: { hash: (r) => r.key_hash },
        groups: { user: (r) => r.user_id },
      }),
    ),
    credentials: new IndexedCollection(
      schemas.credentials,
      by("credentials")({
        primary: (r) => r.credential_id,
        unique: {},
        groups: { organization: (r) => r.organization_id },
      }),
    ),
    audit_events: new IndexedCollection(
      schemas.audit_events,
      by("audit_events")({
        primary: (r) => r.audit_id,
        unique: {},
        groups: { organization: (r) => r.organization_id, credential: (r) => r.credential_id },
      }),
    ),
    oauth_sessions: new IndexedCollection(
      schemas.oauth_sessions,
      by("oauth_sessions")({ primary: (r) => r.state_hash, unique: {}, groups: {} }),
    ),
    oauth_codes: new IndexedCollection(
      schemas.oauth_codes,
      by("oauth_codes")({ primary: (r) => r.code_hash, unique: {}, groups: {} }),
    ),
  };
}
type Tables = ReturnType<typeof createTables>;

/** The primary key of a membership: its organization and user. */
export const memberKey = (organizationId: string, userId: string): string => `${organizationId}\u0000${userId}`;

// The collections are the instance's own fields (declaration merging), swapped wholesale on clear().
export interface Store extends Tables {}

// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the constructor assigns every table (Object.assign below).
export class Store {
  #seq = 0;
  #tail: Promise<unknown> = Promise.resolve();

  constructor() {
    Object.assign(this, createTables());
  }

  /** A strictly increasing number, to order records created within the same millisecond. */
  nextSeq(): number {
    return ++this.#seq;
  }

  /** Runs `work` after every earlier piece of work has finished, so writes never interleave. */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#tail.then(work, work);
    this.#tail = run.catch(() => undefined);
    return run;
  }

  /**
   * Empties every table in constant time: fresh tables replace the old ones (never record by
   * record, which a reset of tens of thousands of records would wait on).
   */
  clear(): void {
    Object.assign(this, createTables());
    this.#seq = 0;
  }

  /** The current records of every table, by reference (records are replaced on update, never changed). */
  snapshot(): Record<string, readonly object[]> {
    return Object.fromEntries(Store.TABLES.map((name) => [name, [...this[name].all()]]));
  }

  /** The raw records, table by table, as plain JSON (what a database dump would show). */
  dump(): Record<string, unknown[]> {
    return Object.fromEntries(
      Store.TABLES.map((name) => [name, this[name].all().map((r) => JSON.parse(JSON.stringify(r)))]),
    );
  }

  /**
   * Replaces every table with the records of a dump (`dump()`'s shape), checked strictly first:
   * every table present, every record complete, with no unknown fields and values of the right
   * types. Throws an Error naming the table, record and field, and changes nothing, on bad input.
   */
  async restore(dump: unknown): Promise<void> {
    if (typeof dump !== "object" || dump === null || Array.isArray(dump))
      throw new Error("the store is not an object of tables");
    // Checked just above to be a non-array object.
    const data = dump as Record<string, unknown>;
    // includes() on the tables' names, asked of any string.
    const unknown = Object.keys(data).filter((k) => !(Store.TABLES as string[]).includes(k));
    if (unknown.length) throw new Error(`unknown table ${unknown.join(", ")}`);
    const rows: Record<string, object[]> = {};
    for (const name of Store.TABLES) {
      const table = data[name];
      if (!Array.isArray(table)) throw new Error(`table ${name} is missing or not a list`);
      rows[name] = table.map((record, i) => {
        const parsed = strict[name].safeParse(record, MESSAGES);
        if (parsed.success) return parsed.data;
        const issue = parsed.error.issues[0]!;
        throw new Error(
          `table ${name}, record ${i}: ${issue.path.length ? `field ${issue.path.join(".")}: ` : ""}${issue.message}`,
        );
      });
    }
    const tables = createTables();
    // A record of table `name`, checked by its strict schema above; the loop's `name` is a union TS cannot narrow per table.
    for (const name of Store.TABLES)
      for (const row of rows[name]!)
        await (tables[name] as IndexedCollection<Schemas[typeof name]>).create(row as never);
    Object.assign(this, tables);
    // Both tables' schemas have `seq`.
    const seqs = [...rows.credentials!, ...rows.audit_events!].map((r) => (r as { seq: number }).seq);
    this.#seq = Math.max(0, ...seqs);
  }

  // Object.keys types the names as string; they are the schemas' keys.
  static readonly TABLES = Object.keys(schemas) as Array<keyof Schemas>;
}
