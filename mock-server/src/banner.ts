// What the CLI prints on start: the URL, the organizations, and every seeded API key with its
// owner's roles, plus a curl line a newcomer can paste. (Seed keys are fixtures, printed on purpose.)
import type { Seed } from "./core/seed.js";

/** `keySource`: where the master key came from (`--master-key`, the environment variable), or null for a random one. */
export function formatBanner(url: string, seed: Seed, seedName: string, keySource: string | null = null): string {
  const orgName = new Map((seed.organizations ?? []).map((o) => [o.organization_id, o.name]));
  const users = new Map((seed.users ?? []).map((u) => [u.user_id, u]));
  const lines = [`ModuleX mock listening on ${url} (seed: ${seedName})`, ""];
  lines.push("Organizations (X-Organization-ID):");
  for (const o of seed.organizations ?? []) lines.push(`  ${o.name.padEnd(12)} ${o.organization_id}`);
  lines.push("", "API keys (Authorization: Bearer <key>):");
  for (const k of seed.api_keys ?? []) {
    const user = users.get(k.user_id);
    const roles = (user?.memberships ?? [])
      .map(
        (m) =>
          `${m.role === "member" ? "legacy member (retired role)" : m.role} of ${orgName.get(m.organization_id) ?? m.organization_id}`,
      )
      .join(", ");
    const notes = [
      user?.is_active === false ? "inactive user" : "",
      k.organization_id ? `key locked to ${orgName.get(k.organization_id)}` : "",
    ].filter(Boolean);
    lines.push(`  ${(user?.email ?? k.user_id).padEnd(20)} ${k.key}`);
    lines.push(`  ${"".padEnd(20)} ${roles || "no memberships"}${notes.length ? ` (${notes.join("; ")})` : ""}`);
  }
  const firstKey = seed.api_keys?.[0];
  const firstOrg =
    firstKey &&
    (users.get(firstKey.user_id)?.memberships?.[0]?.organization_id ?? seed.organizations?.[0]?.organization_id);
  if (firstKey && firstOrg) {
    lines.push(
      "",
      "Try:",
      `  curl -s ${url}/credentials -H "Authorization: Bearer ${firstKey.key}" -H "X-Organization-ID: ${firstOrg}"`,
    );
  }
  lines.push(
    "",
    `Sign in as a person (JWT): curl -s -X POST ${url}/__mock/sign-in -H "Content-Type: application/json" -d '{"email":"${seed.users?.[0]?.email ?? "you@example.test"}"}'`,
    "Mock control: POST /__mock/reset, GET /__mock/state, POST and DELETE /__mock/faults. Ctrl-C stops.",
    keySource
      ? `Secrets are encrypted under the master key from ${keySource}.`
      : "Secrets are encrypted under a random master key for this run (set MODULEX_MOCK_MASTER_KEY to choose one).",
  );
  return lines.join("\n");
}
