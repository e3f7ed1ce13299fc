// The OAuth2 connect flow: authorize answers a URL that carries only the S256 challenge; when
// the server plays the provider too (its consent URL is on the server or on loopback), the run
// consents, completes the callback, follows the credential, and checks that a used state is refused.
import { bodyAs } from "../spec/body-as.js";
import { expectStatus } from "./expect-status.js";
import { expectThat } from "./expect-that.js";
import { hasDetail } from "./has-detail.js";
import type { RunContext } from "../run-context.js";
import { credentialLifecycle } from "./credential-lifecycle.js";

function followable(authorizationUrl: URL, baseUrl: string): boolean {
  const base = new URL(baseUrl);
  return (
    authorizationUrl.origin === base.origin || ["127.0.0.1", "localhost", "[::1]"].includes(authorizationUrl.hostname)
  );
}

export async function oauthFlow(ctx: RunContext): Promise<void> {
  const { session, options } = ctx;
  const principal = ctx.principals.owner;
  const integration = ctx.catalog.find((e) => e.auth_types.includes("oauth2"))?.integration_name;
  if (!integration) {
    ctx.notes.push("no integration in the catalog supports oauth2: the connect flow is not checked");
    return;
  }
  const redirectUri = "https://app.example.com/oauth/callback";
  const authorize = await session.send({
    operationId: "authorizeCredentialOAuth2",
    principal,
    body: {
      integration_name: integration,
      redirect_uri: redirectUri,
      display_name: "modulex-contract oauth",
      make_default: false,
    },
    intent: "valid",
  });
  if (!expectStatus(ctx, "positive_data_acceptance", authorize, 200, "starting an OAuth2 connection")) return;
  const { authorization_url: rawUrl, state } = bodyAs(authorize, 200) ?? {};
  // An authorization URL that is missing or not a URL stops the run, as it always has (a server
  // this far off the spec gives the flow nothing to follow).
  const url = new URL(String(rawUrl));
  const params = url.searchParams;
  const problems: string[] = [];
  if (params.get("code_challenge_method") !== "S256" || !params.get("code_challenge"))
    problems.push("the authorization URL lacks an S256 code_challenge");
  if (params.has("code_verifier")) problems.push("the authorization URL carries the code_verifier");
  if (params.get("state") !== state) problems.push("the authorization URL's state is not the one answered");
  expectThat(ctx, "documented_effects", authorize, problems.length ? problems.join("; ") : null);

  if (!followable(url, options.baseUrl)) {
    ctx.notes.push(
      `the authorization URL is on ${url.origin}, not on the server: the OAuth2 callback's 201 is not checked`,
    );
    return;
  }
  const consent = await options.fetch(new Request(url, { redirect: "manual" }));
  const location = consent.headers.get("location");
  const code = location ? new URL(location, url).searchParams.get("code") : null;
  if (!code) {
    ctx.notes.push(
      `consenting at the server's authorization URL answered ${consent.status} without a code: the callback's 201 is not checked`,
    );
    return;
  }
  const callback = await session.send({
    operationId: "completeCredentialOAuth2",
    principal,
    body: { state, code },
    intent: "valid",
  });
  if (expectStatus(ctx, "positive_data_acceptance", callback, 201, "completing the OAuth2 connection")) {
    const created = bodyAs(callback, 201);
    expectThat(
      ctx,
      "documented_effects",
      callback,
      created?.auth_type === "oauth2" ? null : `the connected credential is ${created?.auth_type}, not oauth2`,
    );
    const reused = await session.send({
      operationId: "completeCredentialOAuth2",
      principal,
      body: { state, code },
      intent: "invalid",
    });
    if (expectStatus(ctx, "negative_data_rejection", reused, 400, "completing with a used state")) {
      expectThat(
        ctx,
        "negative_data_rejection",
        reused,
        hasDetail(reused.body) ? null : '400 without a {"detail"} string',
      );
    }
    if (created?.credential_id) {
      const refresh = await session.send({
        operationId: "refreshCredentialOAuth2",
        principal,
        pathParams: { credential_id: created.credential_id },
        intent: "valid",
      });
      if (expectStatus(ctx, "documented_effects", refresh, 400, "the deprecated refresh route")) {
        const detail = String(bodyAs(refresh, 400)?.detail ?? "");
        expectThat(
          ctx,
          "documented_effects",
          refresh,
          /reconnect/i.test(detail) ? null : "the refresh route's detail does not say to reconnect",
        );
      }
      await credentialLifecycle(ctx, principal, created.credential_id, integration, false);
    }
  }
}
