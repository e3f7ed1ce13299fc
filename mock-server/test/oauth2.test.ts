// OAuth2 connect with PKCE: the mock is both ModuleX and the provider. The state is single-use,
// expires after 10 minutes and is bound to organization and user; the provider's token endpoint
// checks the code_verifier against the S256 challenge (RFC 7636).
import { beforeEach, describe, expect, it } from "vitest";
import { asOwner, BASE, DEMO, harness, START, type Harness, wireTime } from "./support.js";

let h: Harness;
beforeEach(async () => {
  h = await harness();
});

const REDIRECT = "https://app.example.com/oauth/callback?from=settings";

async function authorize(body: Record<string, unknown> = {}, who: { auth: string; org: string } = asOwner) {
  const r = await h.call("POST", "/credentials/oauth2/authorize", {
    ...who,
    body: { integration_name: "github", redirect_uri: REDIRECT, ...body },
  });
  expect(r.status).toBe(200);
  return r.body as { authorization_url: string; state: string; expires_at: string };
}

/** Follows the authorization URL to the mock provider's consent, which redirects back with code and state. */
async function consent(authorizationUrl: string) {
  const response = await h.fetch(authorizationUrl, { redirect: "manual" });
  expect(response.status).toBe(302);
  const location = new URL(response.headers.get("location")!);
  return { location, code: location.searchParams.get("code")!, state: location.searchParams.get("state")! };
}

const callback = (body: unknown, who: { auth: string; org: string } = asOwner) =>
  h.call("POST", "/credentials/oauth2/callback", { ...who, body });

describe("the connect flow", () => {
  it("authorize → provider consent → callback creates an oauth2 credential (201)", async () => {
    const auth = await authorize({ display_name: "Work GitHub", make_default: true });
    const url = new URL(auth.authorization_url);
    expect(url.origin + url.pathname).toBe(`${BASE}/__mock/oauth/github/authorize`);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      response_type: "code",
      client_id: "modulex-mock",
      redirect_uri: REDIRECT,
      state: auth.state,
      code_challenge_method: "S256",
    });
    expect(url.searchParams.get("code_challenge")).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(auth.expires_at).toBe(wireTime(START + 600_000));

    const { location, code, state } = await consent(auth.authorization_url);
    expect(location.origin + location.pathname).toBe("https://app.example.com/oauth/callback");
    expect(location.searchParams.get("from")).toBe("settings");
    expect(state).toBe(auth.state);

    const created = await callback({ state, code });
    expect(created).toMatchObject({
      status: 201,
      body: {
        integration_name: "github",
        auth_type: "oauth2",
        display_name: "Work GitHub",
        is_default: true,
        expires_at: wireTime(START + 8 * 3600_000),
      },
    });
    const detail = await h.call("GET", `/credentials/${created.body.credential_id}`, asOwner);
    expect(detail.body.auth_data_masked).toBe("OAuth2 connection");
    const masked = await h.call("GET", `/credentials/${created.body.credential_id}?include_masked=true`, asOwner);
    expect(masked.body.auth_data_masked.access_token).toMatch(/^gho_\*\*\*/);
    expect((await h.call("POST", `/credentials/${created.body.credential_id}/test`, asOwner)).body.is_valid).toBe(true);
    const audit = await h.call("GET", "/audit", asOwner);
    expect(audit.body.events.map((e: { operation: string }) => e.operation)).toEqual([
      "CREDENTIAL_CREATED",
      "CREDENTIAL_DEACTIVATED",
    ]);
  });
  it("keeps the verifier and state out of the stored records in plaintext", async () => {
    const auth = await authorize();
    const { code } = await consent(auth.authorization_url);
    const dump = JSON.stringify(h.mock.state());
    expect(dump).not.toContain(auth.state);
    expect(dump).not.toContain(code);
    expect(dump).toContain(new URL(auth.authorization_url).searchParams.get("code_challenge")); // the provider keeps only the challenge
  });
});

describe("refusals (400)", () => {
  it("a reused state", async () => {
    const auth = await authorize();
    const { code, state } = await consent(auth.authorization_url);
    expect((await callback({ state, code })).status).toBe(201);
    expect(await callback({ state, code })).toMatchObject({
      status: 400,
      body: { detail: expect.stringMatching(/already been used/) },
    });
  });
  it("an expired state (10 minutes)", async () => {
    const auth = await authorize();
    const { code, state } = await consent(auth.authorization_url);
    h.clock.advance(600_000);
    expect(await callback({ state, code })).toMatchObject({
      status: 400,
      body: { detail: expect.stringMatching(/expired/) },
    });
  });
  it("an unknown state, or one from another organization or user", async () => {
    expect((await callback({ state: "made-up-state-value", code: "x" })).status).toBe(400);
    const auth = await authorize();
    const { code, state } = await consent(auth.authorization_url);
    expect((await callback({ state, code }, { auth: DEMO.keys.owner, org: DEMO.orgs.globex })).status).toBe(400);
    expect(
      (await callback({ state, code }, { auth: await h.jwt(DEMO.users.admin.email), org: DEMO.orgs.acme })).status,
    ).toBe(400);
    expect((await callback({ state, code })).status).toBe(201); // the refusals left the state usable
  });
  it("a code the provider refuses (wrong or issued for another challenge)", async () => {
    const first = await authorize();
    const second = await authorize();
    const { code: codeForSecond } = await consent(second.authorization_url);
    const r = await callback({ state: first.state, code: codeForSecond });
    expect(r).toMatchObject({
      status: 400,
      body: {
        detail: expect.stringMatching(
          /provider refused the code: invalid_grant \(code_verifier does not match the challenge\)/,
        ),
      },
    });
    expect((await callback({ state: first.state, code: "not-a-code" })).body.detail).toMatch(
      /unknown authorization code/,
    );
  });
  it("an integration without oauth2, an unknown one, a non-http redirect_uri", async () => {
    expect(
      (
        await h.call("POST", "/credentials/oauth2/authorize", {
          ...asOwner,
          body: { integration_name: "tavily", redirect_uri: REDIRECT },
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await h.call("POST", "/credentials/oauth2/authorize", {
          ...asOwner,
          body: { integration_name: "nosuch", redirect_uri: REDIRECT },
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await h.call("POST", "/credentials/oauth2/authorize", {
          ...asOwner,
          body: { integration_name: "github", redirect_uri: "javascript:alert(1)" },
        })
      ).status,
    ).toBe(400);
  });
  it("a redirect_uri the spec's uri format admits but no URL parser does: 400 and nothing stored, not a 500", async () => {
    const before = h.mock.state();
    for (const redirect_uri of ["http://app.example.com:99999/cb", "http://256.0.0.1/cb"]) {
      const r = await h.call("POST", "/credentials/oauth2/authorize", {
        ...asOwner,
        body: { integration_name: "github", redirect_uri },
      });
      expect(r).toMatchObject({ status: 400, body: { detail: "redirect_uri must be an http(s) URL" } });
    }
    expect(h.mock.state()).toEqual(before);
  });
});

describe("the mock provider's consent screen sends codes only to its client's registered redirect URIs", () => {
  const consentUrl = (params: Record<string, string>) =>
    `${BASE}/__mock/oauth/github/authorize?${new URLSearchParams({ response_type: "code", client_id: "modulex-mock", redirect_uri: REDIRECT, state: "s1", code_challenge: "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", code_challenge_method: "S256", ...params })}`;
  const codes = () => (h.mock.state() as { oauth_codes: unknown[] }).oauth_codes.length;

  it("refuses (400, no redirect, no code) javascript:, data:, another host, and an unknown client_id", async () => {
    await authorize(); // registers REDIRECT
    for (const [params, detail] of [
      [{ redirect_uri: "javascript:alert(document.cookie)" }, /redirect_uri must be an http\(s\) URL/],
      [{ redirect_uri: "data:text/html,hello" }, /redirect_uri must be an http\(s\) URL/],
      [{ redirect_uri: "https://evil.example/oauth/callback" }, /redirect_uri is not registered/],
      [{ redirect_uri: "https://app.example.com/oauth/callback?from=elsewhere" }, /redirect_uri is not registered/],
      [{ client_id: "someone-else" }, /Unknown client_id: the mock provider's only client is modulex-mock/],
    ] as const) {
      const r = await h.fetch(consentUrl(params), { redirect: "manual" });
      expect([JSON.stringify(params), r.status, r.headers.get("location")]).toEqual([
        JSON.stringify(params),
        400,
        null,
      ]);
      expect((await r.json()).detail).toMatch(detail);
    }
    expect(codes()).toBe(0);
  });
  it("a redirect_uri stays registered only while its connection is pending: completed or expired, it is refused", async () => {
    const auth = await authorize();
    const { code, state } = await consent(auth.authorization_url);
    expect((await callback({ state, code })).status).toBe(201);
    expect((await h.fetch(auth.authorization_url, { redirect: "manual" })).status).toBe(400);
    const again = await authorize();
    h.clock.advance(600_000);
    expect((await h.fetch(again.authorization_url, { redirect: "manual" })).status).toBe(400);
  });
  it("the integration must match the connection's: a github redirect_uri is not registered for slack", async () => {
    await authorize();
    const r = await h.fetch(consentUrl({}).replace("/oauth/github/", "/oauth/slack/"), { redirect: "manual" });
    expect([r.status, (await r.json()).detail]).toEqual([400, expect.stringMatching(/not registered/)]);
  });
});

describe("the mock provider's token endpoint (RFC 6749 §4.1.3, RFC 7636 §4.6)", () => {
  const VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
  const CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";
  // The provider's own client and a redirect_uri registered by a connection ModuleX started.
  const providerAuthorize = (challenge = CHALLENGE) =>
    `${BASE}/__mock/oauth/github/authorize?${new URLSearchParams({ response_type: "code", client_id: "modulex-mock", redirect_uri: REDIRECT, state: "s1", code_challenge: challenge, code_challenge_method: "S256" })}`;
  beforeEach(() => authorize());
  const token = (form: Record<string, string>) =>
    h.fetch(`${BASE}/__mock/oauth/github/token`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(form),
    });

  it("redeems a code with the RFC 7636 Appendix B verifier, once", async () => {
    const { code } = await consent(providerAuthorize());
    const form = { grant_type: "authorization_code", code, code_verifier: VERIFIER, redirect_uri: REDIRECT };
    const r = await token(form);
    expect(r.status).toBe(200);
    expect(await r.json()).toMatchObject({
      access_token: expect.stringMatching(/^gho_/),
      token_type: "bearer",
      expires_in: 28800,
    });
    const again = await token(form);
    expect([again.status, (await again.json()).error]).toEqual([400, "invalid_grant"]);
  });
  it("refuses a wrong verifier, a wrong redirect_uri and an expired code", async () => {
    const { code } = await consent(providerAuthorize());
    const wrong = await token({
      grant_type: "authorization_code",
      code,
      code_verifier: VERIFIER.replace("d", "D"),
      redirect_uri: REDIRECT,
    });
    expect(await wrong.json()).toEqual({
      error: "invalid_grant",
      error_description: "code_verifier does not match the challenge",
    });
    expect(
      (
        await (
          await token({
            grant_type: "authorization_code",
            code,
            code_verifier: VERIFIER,
            redirect_uri: "https://evil.test/",
          })
        ).json()
      ).error_description,
    ).toMatch(/redirect_uri/);
    h.clock.advance(600_000);
    expect(
      (
        await (
          await token({ grant_type: "authorization_code", code, code_verifier: VERIFIER, redirect_uri: REDIRECT })
        ).json()
      ).error_description,
    ).toMatch(/expired/);
  });
  it("answers a malformed request with an RFC 6749 error, and the consent screen refuses a non-S256 request", async () => {
    const r = await token({ grant_type: "password", code: "x", code_verifier: VERIFIER, redirect_uri: REDIRECT });
    expect(await r.json()).toMatchObject({ error: "invalid_request" });
    const plain = await h.fetch(providerAuthorize().replace("S256", "plain"), { redirect: "manual" });
    expect(plain.status).toBe(400);
    const badChallenge = await h.fetch(providerAuthorize("short"), { redirect: "manual" });
    expect(badChallenge.status).toBe(400);
  });
  it("the consent screen refuses a redirect_uri no URL parser reads (400, no code issued), not a 500", async () => {
    const before = h.mock.state();
    const r = await h.fetch(
      providerAuthorize().replace(encodeURIComponent(REDIRECT), encodeURIComponent("http://app.example.com:99999/cb")),
      { redirect: "manual" },
    );
    expect(r.status).toBe(400);
    expect((await r.json()).detail).toBe("redirect_uri must be a URL");
    expect(h.mock.state()).toEqual(before);
  });
});
