// `modulex-contract cleanup`: what earlier runs left behind (a run killed before its own cleanup),
// found by the name every run gives what it creates ("modulex-contract …"), and deleted on
// request. Nothing else is touched: records are matched by that name only, in the organizations
// named, with the keys given.
import { credentialsIn } from "../scenarios/credential-ids-in.js";
import { isRecord } from "../http/is-record.js";
import { RUN_TAG } from "../generate/run-tag.js";

export interface CleanupOptions {
  baseUrl: string;
  org: string;
  apiKey: string;
  /** A sign-in of the same owner: API keys can only be listed and revoked with one. */
  jwt?: string;
  otherOrg?: string;
  /** An owner or admin of --other-org, to look there too. */
  outsiderKey?: string;
  /** Delete what was found (default: only list it). */
  yes: boolean;
  fetch?: typeof fetch;
}

export interface Leftover {
  kind: "credential" | "api key";
  id: string;
  name: string;
  /** The organization a credential is in. */
  org: string | null;
}

const isTagged = (name: unknown): name is string =>
  typeof name === "string" && (name === RUN_TAG || name.startsWith(`${RUN_TAG} `));
const PAGE = 500;

async function getJson(options: CleanupOptions, path: string, token: string, org?: string): Promise<unknown> {
  const headers: Record<string, string> = { authorization: `Bearer ${token}`, accept: "application/json" };
  if (org) headers["x-organization-id"] = org;
  const response = await (options.fetch ?? fetch)(`${options.baseUrl.replace(/\/+$/, "")}${path}`, { headers });
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
  return response.json();
}

export async function findLeftovers(options: CleanupOptions): Promise<Leftover[]> {
  const found: Leftover[] = [];
  const places: Array<[string, string]> = [[options.org, options.apiKey]];
  if (options.otherOrg && options.outsiderKey) places.push([options.otherOrg, options.outsiderKey]);
  for (const [org, token] of places) {
    for (let offset = 0; ; offset += PAGE) {
      const body = await getJson(options, `/credentials?limit=${PAGE}&offset=${offset}`, token, org);
      const page = credentialsIn(body);
      for (const c of page)
        if (isTagged(c.display_name))
          found.push({ kind: "credential", id: c.credential_id, name: c.display_name, org });
      if (page.length < PAGE) break;
    }
  }
  if (options.jwt) {
    const body = await getJson(options, "/api-keys", options.jwt);
    const keys = isRecord(body) && Array.isArray(body.api_keys) ? body.api_keys.filter(isRecord) : [];
    for (const k of keys)
      if (isTagged(k.name) && typeof k.api_key_id === "string")
        found.push({ kind: "api key", id: k.api_key_id, name: k.name, org: null });
  }
  return found;
}
