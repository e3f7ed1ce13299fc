// The optional principals and --other-org: what the run cannot check without each one. The
// report's Notes name every one that was not given, with the checks that lose cases and the
// documented statuses that no other request of the run shows (kept true by a test that runs the
// mock without each one: test/contract/optional-inputs.test.ts).
import type { CheckName } from "../checks.js";
import type { NormalizedOptions } from "../options/normalize-options.js";

export interface OptionalInput {
  /** The flag that gives it (each key flag also has a MODULEX_CONTRACT_* variable). */
  flag: string;
  given(options: NormalizedOptions): boolean;
  /** What is not checked without it. */
  skipped: string;
  /** The checks that lose cases without it. */
  checks: CheckName[];
  /** `operationId status` pairs that only requests needing it show. */
  statuses: string[];
}

export const OPTIONAL_INPUTS: OptionalInput[] = [
  {
    flag: "--jwt",
    given: (o) => !!o.jwt,
    skipped:
      "the routes that need a person's sign-in (createOrganization and the API-key routes) only get the API key's 403: their valid and invalid requests, the API-key lifecycle (a new key works at once and is listed, a locked key sees only its organization, a revoked key is 404 and its bearer 401), a tampered JWT, and a key locked to an organization the caller is not in",
    checks: [
      "positive_data_acceptance",
      "negative_data_rejection",
      "ensure_resource_availability",
      "use_after_free",
      "missing_auth",
      "forbidden_principals",
      "documented_effects",
    ],
    statuses: [
      "createOrganization 201",
      "createOrganization 400",
      "listApiKeys 200",
      "createApiKey 201",
      "createApiKey 400",
      "getApiKey 200",
      "getApiKey 400",
      "getApiKey 404",
      "deleteApiKey 204",
      "deleteApiKey 400",
      "deleteApiKey 404",
    ],
  },
  {
    flag: "--admin-key",
    given: (o) => !!o.adminKey,
    skipped:
      "an admin removing a member must be refused (owner-only; also needs --outsider-key, whom the run invites and removes)",
    checks: ["forbidden_principals"],
    statuses: [],
  },
  {
    flag: "--member-key",
    given: (o) => !!o.memberKey,
    skipped: "the legacy 'member' role refused (403) on every organization route",
    checks: ["forbidden_principals"],
    statuses: [],
  },
  {
    flag: "--inactive-key",
    given: (o) => !!o.inactiveKey,
    skipped: "an inactive user refused (403) on every route but GET /me",
    checks: ["forbidden_principals"],
    statuses: ["listOrganizations 403", "listIntegrations 403", "getIntegration 403"],
  },
  {
    flag: "--outsider-key",
    given: (o) => !!o.outsiderKey,
    skipped:
      "a non-member refused (403) on every organization route; inviting a person who has an account (accepted at once as admin, listed, 409 when invited again) and removing that member (then 404, and gone from the list)",
    checks: [
      "forbidden_principals",
      "positive_data_acceptance",
      "ensure_resource_availability",
      "use_after_free",
      "documented_effects",
    ],
    statuses: ["deleteMember 204"],
  },
  {
    flag: "--locked-key",
    given: (o) => !!o.lockedKey,
    skipped: "a key locked to --org refused (403) on every organization route of --other-org",
    checks: ["forbidden_principals"],
    statuses: [],
  },
  {
    flag: "--other-org",
    given: (o) => !!o.otherOrg,
    skipped:
      "tenant isolation (a credential of one organization invisible, unchangeable and unresolvable from the other), and the --locked-key's 403s on another organization",
    checks: ["tenant_isolation", "forbidden_principals"],
    statuses: [],
  },
];

/** `a 201, a 400, b 200` → `a 201/400, b 200`. */
function groupStatuses(statuses: string[]): string {
  const byOperation = new Map<string, string[]>();
  for (const pair of statuses) {
    const [operationId = "", status = ""] = pair.split(" ");
    byOperation.set(operationId, [...(byOperation.get(operationId) ?? []), status]);
  }
  return [...byOperation].map(([operationId, list]) => `${operationId} ${list.join("/")}`).join(", ");
}

/** One note per optional input the run was not given, saying what was skipped for want of it. */
export function missingInputNotes(options: NormalizedOptions): string[] {
  const notes: string[] = [];
  for (const input of OPTIONAL_INPUTS) {
    if (input.given(options)) continue;
    const statuses = input.statuses.length
      ? ` Statuses not observed without it: ${groupStatuses(input.statuses)}.`
      : "";
    notes.push(
      `no ${input.flag}: not checked — ${input.skipped}. Checks affected: ${input.checks.join(", ")}.${statuses}`,
    );
  }
  if (options.lockedKey && !options.otherOrg)
    notes.push(
      "--locked-key without --other-org: its 403s on another organization are not checked. Checks affected: forbidden_principals.",
    );
  return notes;
}
