// The system under test for the model-based tests: the in-process mock behind checkedFetch (so
// every response is also validated against the spec), a clock the commands advance, and the
// demo seed's principals.
import { expect } from "vitest";
import { createMock, DEMO, type Mock } from "../../../mock-server/src/index.js";
import { checkedFetch } from "../../support/checked-fetch.js";
import type { Model, ModelCredential, OrgName, PrincipalName } from "./reference-model.js";

const START = Date.parse("2026-07-01T00:00:00Z");
/** Every command moves the clock on by this much, so no two creations share a timestamp. */
export const STEP = 1000;

export interface Real {
  mock: Mock;
  fetch: typeof fetch;
  clock: { now: number };
  tokens: Record<PrincipalName, string>;
  userIds: Record<PrincipalName, string>;
  orgs: Record<OrgName, string>;
}

export interface Answer {
  status: number;
  body: any; // checked against the spec by checkedFetch
}

/** Creates the mock once; `handle` lets a test put a broken mock in front of it. */
export async function createReal(wrap: (handle: Mock["handle"]) => Mock["handle"] = (h) => h): Promise<Real> {
  const clock = { now: START };
  const mock = await createMock({ now: () => clock.now });
  const handle = wrap((request) => mock.handle(request));
  const real: Real = {
    mock,
    fetch: checkedFetch((input, init) => handle(new Request(input, init))),
    clock,
    tokens: {
      owner: DEMO.keys.owner,
      ownerJwt: "",
      admin: DEMO.keys.admin,
      member: DEMO.keys.member,
      inactive: DEMO.keys.inactive,
      outsider: DEMO.keys.outsider,
    },
    userIds: {
      owner: DEMO.users.owner.userId,
      ownerJwt: DEMO.users.owner.userId,
      admin: DEMO.users.admin.userId,
      member: DEMO.users.member.userId,
      inactive: DEMO.users.inactive.userId,
      outsider: DEMO.users.outsider.userId,
    },
    orgs: { acme: DEMO.orgs.acme, globex: DEMO.orgs.globex },
  };
  return real;
}

export async function call(
  real: Real,
  principal: PrincipalName,
  org: OrgName | null,
  method: string,
  path: string,
  body?: unknown,
): Promise<Answer> {
  const headers: Record<string, string> = { authorization: `Bearer ${real.tokens[principal]}` };
  if (org) headers["x-organization-id"] = real.orgs[org];
  if (body !== undefined) headers["content-type"] = "application/json";
  const response = await real.fetch(`http://mock.test${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

/** Back to the seed at the start time, with a fresh sign-in; the model read from what the API shows. */
export async function resetReal(real: Real): Promise<Model> {
  real.clock.now = START;
  // Through the control route, so a wrapped (broken) mock sees the reset too.
  const reset = await real.fetch("http://mock.test/__mock/reset", { method: "POST" });
  expect(reset.status).toBe(204);
  real.tokens.ownerJwt = await real.mock.signIn(DEMO.users.owner.email);
  const model: Model = {
    credentials: new Map(),
    audit: { acme: [], globex: [] },
    knownIds: [],
    secrets: seededSecrets(),
  };
  for (const org of ["acme", "globex"] as const) {
    const list = await call(real, "owner", org, "GET", "/credentials?limit=500");
    expect(list.status).toBe(200);
    for (const group of Object.values(list.body.integrations) as Array<{ credentials: Array<Record<string, any>> }>) {
      for (const c of group.credentials) {
        const credential: ModelCredential = {
          id: c.credential_id,
          org,
          integration: c.integration_name,
          authType: c.auth_type,
          isDefault: c.is_default,
          createdAt: Date.parse(c.created_at),
          expiresAt: c.expires_at ? Date.parse(c.expires_at) : null,
        };
        model.credentials.set(credential.id, credential);
        model.knownIds.push(credential.id);
      }
    }
    const audit = await call(real, "owner", org, "GET", "/audit?limit=500");
    model.audit[org] = (audit.body.events as Array<Record<string, string>>).map((e) => ({
      operation: e.operation!,
      credentialId: e.credential_id!,
      actor: e.actor_user_id!,
    }));
  }
  return model;
}

import demo from "../../../mock-server/seeds/demo.json" with { type: "json" };

/** The seed's plaintext secrets and keys: none may appear in GET /__mock/state. */
function seededSecrets(): string[] {
  const out: string[] = demo.api_keys.map((k) => k.key);
  for (const c of demo.credentials as Array<{ auth_data?: Record<string, unknown> }>) {
    for (const v of Object.values(c.auth_data ?? {})) if (typeof v === "string" && v.length >= 8) out.push(v);
  }
  return out;
}
