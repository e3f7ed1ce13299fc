// credentials.rotate: create the replacement, test it, promote it, delete the old one — and leave
// the old setup exactly as it was when anything before the deletion fails.
import { beforeEach, describe, expect, it } from "vitest";
import { ConnectionError, InternalServerError, NotFoundError, type ModuleX } from "../../packages/sdk/src/index.js";
import { DEMO, startMock, type MockEnv } from "./harness.js";

let env: MockEnv;
let mx: ModuleX;
const OLD = DEMO.credentials.acmeSlack; // the Slack default, metadata { team: "platform" }

beforeEach(async () => {
  env = await startMock();
  mx = env.client({ maxRetries: 0 });
});

/** Everything a caller can see of the organization's credentials, defaults included (read-only: resolve would count as a use). */
const snapshot = () => mx.credentials.list({ limit: 500 });
/** A default that moved and moved back differs only in updatedAt. */
const withoutUpdatedAt = (page: unknown) =>
  JSON.parse(JSON.stringify(page, (key, value) => (key === "updatedAt" ? undefined : value)));

/** A client whose set-default calls (but the old credential's) happen on the server while the answer is lost. */
function losingPromotionAnswers() {
  return env.client({
    maxRetries: 0,
    fetch: async (input, init) => {
      const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
      const response = await env.fetch(input, init);
      if (url.endsWith("/set-default") && !url.includes(OLD)) throw new TypeError("fetch failed: connection reset");
      return response;
    },
  });
}

describe("credentials.rotate", () => {
  it("success: the tested replacement takes over name, metadata and default; the old one is gone", async () => {
    const result = await mx.credentials.rotate(OLD, { authData: { api_key: "xoxb-rotated-token-0002" } });
    if (result.status !== "rotated") throw new Error(`expected rotated, got ${result.status}`);
    expect(result.test.isValid).toBe(true);
    expect(result.deletedCredentialId).toBe(OLD);
    expect(result.credential).toMatchObject({
      integrationName: "slack",
      authType: "api_key",
      displayName: "Production Slack",
      isDefault: true,
      credentialsMetadata: { team: "platform" },
    });

    await expect(mx.credentials.retrieve(OLD)).rejects.toBeInstanceOf(NotFoundError);
    const { resolvedBy, credential } = await mx.credentials.resolve({ integrationName: "slack" });
    expect([resolvedBy, credential.credentialId, credential.authDataMasked]).toEqual([
      "default",
      result.credential.credentialId,
      "xoxb***0002",
    ]);

    const operations = (await mx.audit.list({ limit: 500 })).events.map((e) => [e.operation, e.credentialId]);
    expect(operations).toEqual(
      expect.arrayContaining([
        ["CREDENTIAL_CREATED", result.credential.credentialId],
        ["CREDENTIAL_ACTIVATED", result.credential.credentialId],
        ["CREDENTIAL_DELETED", OLD],
      ]),
    );
  });

  it("a display name given for the replacement wins; a non-default credential's replacement stays non-default unless asked", async () => {
    const plain = await mx.credentials.rotate(DEMO.credentials.acmeTavily, {
      authData: { api_key: "tvly-rotated-0001" },
      displayName: "Tavily (rotated)",
    });
    expect(plain).toMatchObject({
      status: "rotated",
      credential: { displayName: "Tavily (rotated)", isDefault: false },
    });
    if (plain.status !== "rotated") return;
    const promoted = await mx.credentials.rotate(plain.credential.credentialId, {
      authData: { api_key: "tvly-rotated-0002" },
      makeDefault: true,
    });
    expect(promoted).toMatchObject({ status: "rotated", credential: { isDefault: true } });
  });

  it("failed test: the replacement is removed and nothing of the old setup changes", async () => {
    const before = await snapshot();
    const result = await mx.credentials.rotate(OLD, { authData: { api_key: "xoxb-invalid-token-0003" } });
    if (result.status !== "test_failed") throw new Error(`expected test_failed, got ${result.status}`);
    expect(result.test).toMatchObject({ isValid: false });
    expect(result.test.message).toMatch(/rejected/);
    expect(result.replacementRemoved).toBe(true);
    await expect(mx.credentials.retrieve(result.replacementId)).rejects.toBeInstanceOf(NotFoundError);
    expect(await snapshot()).toEqual(before);
  });

  it("a test that errors (500): the replacement is removed, the error is rethrown, the old setup is unchanged", async () => {
    const before = await snapshot();
    await env.armFault({ method: "POST", path: "/credentials/*/test", status: 500, count: 1 });
    const error = await mx.credentials
      .rotate(OLD, { authData: { api_key: "xoxb-rotated-token-0004" } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(await snapshot()).toEqual(before);
  });

  it("promotion fails: the replacement is removed, the error is rethrown, the old one stays default", async () => {
    const before = await snapshot();
    await env.armFault({ method: "POST", path: "/credentials/*/set-default", status: 500, count: 1 });
    await expect(
      mx.credentials.rotate(OLD, { authData: { api_key: "xoxb-rotated-token-0005" } }),
    ).rejects.toBeInstanceOf(InternalServerError);
    expect(await snapshot()).toEqual(before);
  });

  it("promotion done but its answer lost: the old one gets its default back and the replacement is removed", async () => {
    const before = await snapshot();
    const lossy = losingPromotionAnswers();
    await expect(
      lossy.credentials.rotate(OLD, { authData: { api_key: "xoxb-rotated-token-0008" } }),
    ).rejects.toBeInstanceOf(ConnectionError);
    // The default did move and move back, so only the old one's updatedAt may differ.
    expect(withoutUpdatedAt(await snapshot())).toEqual(withoutUpdatedAt(before));
    expect((await mx.credentials.resolve({ integrationName: "slack" })).credential.credentialId).toBe(OLD);
  });

  it("promotion done but its answer lost, rotating a non-default one into the default: the prior default gets its place back", async () => {
    const other = await mx.credentials.create({
      integrationName: "slack",
      displayName: "Second Slack",
      authData: { api_key: "xoxb-second-slack-0009" },
    });
    const before = await snapshot();
    const lossy = losingPromotionAnswers();
    await expect(
      lossy.credentials.rotate(other.credentialId, {
        authData: { api_key: "xoxb-rotated-token-0010" },
        makeDefault: true,
      }),
    ).rejects.toBeInstanceOf(ConnectionError);
    expect(withoutUpdatedAt(await snapshot())).toEqual(withoutUpdatedAt(before));
    expect((await mx.credentials.resolve({ integrationName: "slack" })).credential.credentialId).toBe(OLD);
  });

  it("deleting the old one fails: says so, with the replacement already in place as default", async () => {
    await env.armFault({ method: "DELETE", path: `/credentials/${OLD}`, status: 500, count: 1 });
    const result = await mx.credentials.rotate(OLD, { authData: { api_key: "xoxb-rotated-token-0006" } });
    if (result.status !== "old_not_deleted") throw new Error(`expected old_not_deleted, got ${result.status}`);
    expect(result.error).toBeInstanceOf(InternalServerError);
    expect(result.oldCredentialId).toBe(OLD);
    expect(result.credential.isDefault).toBe(true);
    expect((await mx.credentials.retrieve(OLD)).isDefault).toBe(false);
    expect((await mx.credentials.resolve({ integrationName: "slack" })).credential.credentialId).toBe(
      result.credential.credentialId,
    );
  });

  it("an unknown credential: NotFoundError before anything is created", async () => {
    const before = await snapshot();
    await expect(
      mx.credentials.rotate(DEMO.credentials.globexSlack, { authData: { api_key: "xoxb-x-0007" } }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await snapshot()).toEqual(before);
  });
});
