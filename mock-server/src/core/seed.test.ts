import { describe, expect, it } from "vitest";
import { parseSeed } from "./seed.js";
import { DEMO, demoSeed } from "../demo.js";

const ORG = "11111111-2222-4333-8444-555555555555";
const USER = "aaaaaaaa-0000-4000-8000-000000000001";
const base = () => ({
  organizations: [{ organization_id: ORG, name: "Duo" }],
  users: [{ user_id: USER, email: "a@duo.test", name: "A", memberships: [{ organization_id: ORG, role: "owner" }] }],
});

describe("parseSeed", () => {
  it("accepts the demo seed and an empty one", () => {
    expect(parseSeed(demoSeed)).toEqual(demoSeed);
    expect(parseSeed({})).toEqual({});
  });
  it.each([
    [
      { organizations: [{ organization_id: "nope", name: "X" }] },
      /organizations\[0\]\.organization_id: must be a UUID/,
    ],
    [
      {
        ...base(),
        users: [{ ...base().users[0], memberships: [{ organization_id: crypto.randomUUID(), role: "owner" }] }],
      },
      /users\[0\]\.memberships\[0\]\.organization_id: no organization/,
    ],
    [
      { ...base(), users: [{ ...base().users[0], memberships: [{ organization_id: ORG, role: "boss" }] }] },
      /users\[0\]\.memberships\[0\]\.role/,
    ],
    [
      { ...base(), api_keys: [{ user_id: USER, name: "k", key: "mx_live_short" }] },
      /api_keys\[0\]\.key: must be mx_live_/,
    ],
    [
      { ...base(), api_keys: [{ user_id: crypto.randomUUID(), name: "k", key: `mx_live_${"a".repeat(32)}` }] },
      /api_keys\[0\]\.user_id: no user/,
    ],
    [
      {
        ...base(),
        credentials: [
          { organization_id: ORG, created_by: USER, integration_name: "nosuch", auth_data: { api_key: "x" } },
        ],
      },
      /credentials\[0\]\.integration_name: unknown integration nosuch/,
    ],
    [
      {
        ...base(),
        credentials: [
          {
            organization_id: ORG,
            created_by: USER,
            integration_name: "tavily",
            auth_data: { token: "x" },
            auth_type: "api_key",
          },
        ],
      },
      /credentials\[0\]: auth_data\.api_key is required/,
    ],
    [
      {
        ...base(),
        credentials: [
          { organization_id: ORG, created_by: USER, integration_name: "tavily", auth_data: { api_key: "" } },
        ],
      },
      /credentials\[0\]\.auth_data\.api_key must NOT have fewer than 1 characters/,
    ],
    [
      {
        ...base(),
        credentials: [1, 2].map(() => ({
          organization_id: ORG,
          created_by: USER,
          integration_name: "tavily",
          is_default: true,
          auth_data: { api_key: "tvly-1" },
        })),
      },
      /credentials\[1\]\.is_default: a second default/,
    ],
    [
      { ...base(), users: [...base().users, { ...base().users[0], user_id: crypto.randomUUID() }] },
      /users\[1\]\.email: duplicate email/,
    ],
    [{ rate_limits: { per_key_per_minute: 0 } }, /rate_limits\.per_key_per_minute/],
    [{ organisations: [] }, /Unrecognized key/],
  ])("names the bad entry: %#", (seed, message) => {
    expect(() => parseSeed(seed)).toThrow(message);
  });
  it("never puts a seeded secret in its error message", () => {
    expect(() =>
      parseSeed({
        ...base(),
        credentials: [
          {
            organization_id: ORG,
            created_by: USER,
            integration_name: "tavily",
            auth_data: { api_key: `tvly-${"s".repeat(5000)}` },
          },
        ],
      }),
    ).toThrow(/4096/);
    const secretInWrongType = () =>
      parseSeed({
        ...base(),
        credentials: [
          {
            organization_id: ORG,
            created_by: USER,
            integration_name: "tavily",
            auth_type: "oauth2",
            auth_data: { access_token: "tvly-super-secret" },
          },
        ],
      });
    expect(secretInWrongType).toThrow(/does not support auth type oauth2/);
    expect(secretInWrongType).not.toThrow(/super-secret/);
  });
});

describe("DEMO", () => {
  it("matches seeds/demo.json", () => {
    expect(demoSeed.organizations!.map((o) => o.organization_id)).toEqual([DEMO.orgs.acme, DEMO.orgs.globex]);
    const users = Object.fromEntries(demoSeed.users!.map((u) => [u.email, u.user_id]));
    for (const u of Object.values(DEMO.users)) expect(users[u.email]).toBe(u.userId);
    expect(demoSeed.api_keys!.map((k) => k.key)).toEqual(Object.values(DEMO.keys));
    expect(demoSeed.api_keys!.map((k) => k.api_key_id)).toEqual(Object.values(DEMO.apiKeyIds));
    expect(demoSeed.api_keys![1]!.organization_id).toBe(DEMO.orgs.acme);
    expect(demoSeed.credentials!.map((c) => c.credential_id)).toEqual(Object.values(DEMO.credentials));
  });
});
