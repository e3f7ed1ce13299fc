// The built-in demo seed and typed constants for its ids, emails and keys, so tests and examples
// never copy them by hand. (A unit test keeps DEMO and seeds/demo.json in step.)
import demo from "../seeds/demo.json" with { type: "json" };
import type { Seed } from "./core/seed.js";

/** The demo seed: Acme and Globex, an owner, an admin, a legacy member, an inactive user, an outsider. */
export const demoSeed: Seed = demo as Seed;

const user = (userId: string, email: string) => ({ userId, email }) as const;

export const DEMO = {
  orgs: {
    acme: "9a1f0c7e-2b44-4f1a-9c3d-7e5b2a1d8f60",
    globex: "4d7e2a90-6b1c-4f3e-8a5d-2c9b0e1f3a47",
  },
  users: {
    /** Owner of Acme, admin of Globex. */
    owner: user("5b0f7a52-3c1d-4e8f-9a2b-6c7d8e9f0a1b", "owner@acme.test"),
    /** Admin of Acme. */
    admin: user("6c1a8b63-4d2e-4f9a-8b3c-7d8e9f0a1b2c", "admin@acme.test"),
    /** Acme, with the retired `member` role: 403 on every owner/admin route. */
    member: user("7d2b9c74-5e3f-4a0b-9c4d-8e9f0a1b2c3d", "member@acme.test"),
    /** Admin of Acme, but the account is inactive: 403 everywhere but GET /me. */
    inactive: user("8e3c0d85-6f4a-4b1c-8d5e-9f0a1b2c3d4e", "inactive@acme.test"),
    /** Owner of Globex only. */
    outsider: user("9f4d1e96-7a5b-4c2d-9e6f-0a1b2c3d4e5f", "owner@globex.test"),
  },
  /** Plaintext demo API keys (the store keeps only their hashes). */
  keys: {
    owner: "mx_live_DemoOwnerKey0000000000000000000000000000",
    /** Locked to Acme. */
    admin: "mx_live_DemoAdminKeyLockedToAcme000000000000000",
    member: "mx_live_DemoLegacyMemberKey000000000000000000000",
    inactive: "mx_live_DemoInactiveUserKey000000000000000000000",
    outsider: "mx_live_DemoOutsiderKey00000000000000000000000000",
  },
  apiKeyIds: {
    owner: "7e6d5c4b-3a29-4180-9f8e-7d6c5b4a3928",
    admin: "8f7e6d5c-4b3a-4291-8a9f-8e7d6c5b4a39",
    member: "9a8f7e6d-5c4b-43a2-9b8a-9f8e7d6c5b4a",
    inactive: "0b9a8f7e-6d5c-44b3-8c9b-0a9f8e7d6c5b",
    outsider: "1c0b9a8f-7e6d-45c4-9dac-1b0a9f8e7d6c",
  },
  credentials: {
    /** Acme, api_key, the Slack default, secret `xoxb-your-slack-token`. */
    acmeSlack: "4c2a9e7b-1d3f-4b6a-8e5c-7f9a0b1c2d3e",
    /** Acme, oauth2, the GitHub default, expires 2030. */
    acmeGithub: "b3f1c2d4-aa11-4e55-8c90-12ab34cd56ef",
    /** Acme, api_key (`tvly-…`), not default. */
    acmeTavily: "1d6f3a2b-8c4e-4f7a-9b1d-2e3f4a5b6c7d",
    /** Acme, modulex_key (no secret). */
    acmeOpenaiManaged: "2e7a4b3c-9d5f-4a8b-8c2e-3f4a5b6c7d8e",
    /** Acme, custom (Jira manifest fields). */
    acmeJira: "3f8b5c4d-0e6a-4b9c-9d3f-4a5b6c7d8e9f",
    /** Acme, bearer_token, expired on 2026-01-01. */
    acmeNotionExpired: "5a9c6d5e-1f7b-4cad-8e4a-5b6c7d8e9fa0",
    /** Globex, api_key, the Slack default. */
    globexSlack: "6bad7e6f-2a8c-4dbe-9f5b-6c7d8e9fa0b1",
    /** Globex, api_key. */
    globexAnthropic: "7cbe8f7a-3b9d-4ecf-8a6c-7d8e9fa0b1c2",
  },
} as const;
