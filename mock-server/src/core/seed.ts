// The seed file: the interface fixtures, tests and the CLI share (JSON, snake_case, all sections
// optional). parseSeed checks shape and references up front, so a bad file fails with a message
// naming the bad entry instead of a half-loaded store.
import * as z from "zod/mini";
import { MESSAGES } from "./zod.js";
import { check, OPERATIONS } from "@modulex/spec/contract";
import { findIntegration } from "../model/catalog.js";
import { detectAuthType } from "../policy/detect-auth-type.js";
import { API_KEY_PATTERN } from "../policy/generate-api-key.js";

// Stored in lower case, as ids in requests are compared (UUIDs are case-insensitive on input).
const id = z.pipe(
  z.guid("must be a UUID"),
  z.transform((value: string) => value.toLowerCase()),
);
// ISO-8601 as the docs print it (no zone: UTC) or RFC 3339 with a zone.
const timestamp = z.iso.datetime({ offset: true, local: true, message: "must be an ISO-8601 timestamp" });
const role = z.enum(["owner", "admin", "member"]);
const opt = z.optional;
const name = z.string().check(z.minLength(1));
const record = () => z.record(z.string(), z.unknown());
const perMinute = opt(z.int().check(z.minimum(1)));

const seedSchema = z.strictObject({
  organizations: opt(z.array(z.strictObject({ organization_id: id, name, created_at: opt(timestamp) }))),
  users: opt(
    z.array(
      z.strictObject({
        user_id: id,
        email: z.email("must be an email address"),
        name: z.string(),
        is_active: opt(z.boolean()),
        created_at: opt(timestamp),
        memberships: opt(z.array(z.strictObject({ organization_id: id, role, joined_at: opt(timestamp) }))),
      }),
    ),
  ),
  api_keys: opt(
    z.array(
      z.strictObject({
        api_key_id: opt(id),
        user_id: id,
        name,
        key: z.string().check(z.regex(API_KEY_PATTERN, "must be mx_live_ followed by 32 or more of [A-Za-z0-9]")),
        organization_id: opt(z.nullable(id)),
        expires_at: opt(z.nullable(timestamp)),
        created_at: opt(timestamp),
      }),
    ),
  ),
  credentials: opt(
    z.array(
      z.strictObject({
        credential_id: opt(id),
        organization_id: id,
        created_by: id,
        integration_name: z.string(),
        auth_type: opt(z.enum(["oauth2", "api_key", "bearer_token", "modulex_key", "custom", "bearer"])),
        auth_data: opt(record()),
        oauth_config: opt(record()),
        display_name: opt(z.string()),
        is_default: opt(z.boolean()),
        expires_at: opt(z.nullable(timestamp)),
        metadata: opt(record()),
        created_at: opt(timestamp),
      }),
    ),
  ),
  rate_limits: opt(
    z.strictObject({
      per_key_per_minute: perMinute,
      per_user_per_minute: perMinute,
      per_org_per_minute: perMinute,
    }),
  ),
});

/** A seed file (see mock-server/README.md). Every section is optional. */
export type Seed = z.infer<typeof seedSchema>;

export class SeedError extends Error {
  constructor(message: string) {
    super(`Invalid seed: ${message}`);
    this.name = "SeedError";
  }
}

const at = (path: ReadonlyArray<PropertyKey>) =>
  path.reduce<string>((s, p) => (typeof p === "number" ? `${s}[${p}]` : `${s}${s ? "." : ""}${String(p)}`), "");

/**
 * Checks a seed (already parsed from JSON): its shape, and that every reference points at
 * something in it. Throws an Error whose message names the first bad entry.
 * @example parseSeed(JSON.parse(readFileSync("seed.json", "utf8")))
 */
export function parseSeed(json: unknown): Seed {
  const parsed = seedSchema.safeParse(json, MESSAGES);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new SeedError(`${at(issue.path) || "(root)"}: ${issue.message}`);
  }
  const seed = parsed.data;
  const fail = (where: string, what: string): never => {
    throw new SeedError(`${where}: ${what}`);
  };
  const orgIds = new Set<string>();
  seed.organizations?.forEach((o, i) => {
    if (orgIds.has(o.organization_id)) fail(`organizations[${i}].organization_id`, `duplicate id ${o.organization_id}`);
    orgIds.add(o.organization_id);
  });
  const users = new Map<string, Set<string>>(); // user id -> organizations
  const emails = new Set<string>();
  seed.users?.forEach((u, i) => {
    if (users.has(u.user_id)) fail(`users[${i}].user_id`, `duplicate id ${u.user_id}`);
    if (emails.has(u.email.toLowerCase())) fail(`users[${i}].email`, `duplicate email ${u.email}`);
    emails.add(u.email.toLowerCase());
    const orgs = new Set<string>();
    u.memberships?.forEach((m, j) => {
      if (!orgIds.has(m.organization_id))
        fail(`users[${i}].memberships[${j}].organization_id`, `no organization ${m.organization_id} in the seed`);
      if (orgs.has(m.organization_id))
        fail(`users[${i}].memberships[${j}]`, `duplicate membership of ${m.organization_id}`);
      orgs.add(m.organization_id);
    });
    users.set(u.user_id, orgs);
  });
  const keys = new Set<string>();
  const keyIds = new Set<string>();
  seed.api_keys?.forEach((k, i) => {
    const orgs = users.get(k.user_id) ?? fail(`api_keys[${i}].user_id`, `no user ${k.user_id} in the seed`);
    if (keys.has(k.key)) fail(`api_keys[${i}].key`, "duplicate key");
    keys.add(k.key);
    if (k.api_key_id && keyIds.has(k.api_key_id)) fail(`api_keys[${i}].api_key_id`, `duplicate id ${k.api_key_id}`);
    if (k.api_key_id) keyIds.add(k.api_key_id);
    if (k.organization_id && !orgs.has(k.organization_id))
      fail(`api_keys[${i}].organization_id`, `the key's user is not a member of ${k.organization_id}`);
  });
  const credentialIds = new Set<string>();
  const defaults = new Set<string>();
  const createCredentialBody = OPERATIONS.createCredential!.requestBody!.validator;
  seed.credentials?.forEach((c, i) => {
    const where = `credentials[${i}]`;
    if (!orgIds.has(c.organization_id))
      fail(`${where}.organization_id`, `no organization ${c.organization_id} in the seed`);
    if (!users.has(c.created_by)) fail(`${where}.created_by`, `no user ${c.created_by} in the seed`);
    if (c.credential_id && credentialIds.has(c.credential_id))
      fail(`${where}.credential_id`, `duplicate id ${c.credential_id}`);
    if (c.credential_id) credentialIds.add(c.credential_id);
    const { organization_id: _o, created_by: _c, credential_id: _i, created_at: _t, is_default, ...body } = c;
    const problems = check(createCredentialBody, { ...body, make_default: is_default ?? false }, where);
    if (problems.length) throw new SeedError(problems.join("; ")); // each problem already names its entry
    const integration =
      findIntegration(c.integration_name) ??
      fail(`${where}.integration_name`, `unknown integration ${c.integration_name}`);
    // The seed's zod schema types auth_data as free JSON; detectAuthType checks what it reads of it.
    const detection = detectAuthType(body as Parameters<typeof detectAuthType>[0], integration);
    if (!detection.ok) fail(where, detection.problem);
    if (is_default) {
      const slot = `${c.organization_id}/${c.integration_name}`;
      if (defaults.has(slot))
        fail(`${where}.is_default`, `a second default for ${c.integration_name} in ${c.organization_id}`);
      defaults.add(slot);
    }
  });
  return seed;
}
