import { inspect } from "node:util";
import { describe, expect, it, vi } from "vitest";
import { OPERATIONS, type OperationId } from "./generated/operations.js";
import { ModuleX, ModuleXError, NotFoundError, type ClientOptions, type LogEvent } from "./index.js";

const KEY = "mx_live_DemoOwnerKey0000000000000000000000000000";
const ACME = "9a1f0c7e-2b44-4f1a-9c3d-7e5b2a1d8f60";
const GLOBEX = "4d7e2a90-6b1c-4f3e-8a5d-2c9b0e1f3a47";
const ID = "b3f1c2d4-aa11-4e55-8c90-12ab34cd56ef";

/** A client whose fetch records every request and answers `{}` (204 for DELETE). */
function recording(options: ClientOptions = {}, answer?: (request: Request) => Response) {
  const sent: Request[] = [];
  const mx = new ModuleX({
    apiKey: KEY,
    organizationId: ACME,
    baseUrl: "https://api.test",
    maxRetries: 0,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      sent.push(request);
      return (
        answer?.(request) ?? (request.method === "DELETE" ? new Response(null, { status: 204 }) : Response.json({}))
      );
    },
    ...options,
  });
  return { mx, sent };
}

// One SDK call per operation of the spec; a new operation without a method fails to compile here.
const CALLS: Record<OperationId, (mx: ModuleX) => PromiseLike<unknown>> = {
  getMe: (mx) => mx.me.retrieve(),
  listOrganizations: (mx) => mx.organizations.list(),
  createOrganization: (mx) => mx.organizations.create({ name: "Acme Labs" }),
  listMembers: (mx) => mx.members.list(),
  createMemberInvitation: (mx) => mx.members.invite({ email: "ada@acme.test" }),
  deleteMember: (mx) => mx.members.remove(ID),
  listApiKeys: (mx) => mx.apiKeys.list(),
  createApiKey: (mx) => mx.apiKeys.create({ name: "ci", expiresInSeconds: 3600 }),
  getApiKey: (mx) => mx.apiKeys.retrieve(ID),
  deleteApiKey: (mx) => mx.apiKeys.delete(ID),
  listIntegrations: (mx) => mx.integrations.list(),
  getIntegration: (mx) => mx.integrations.retrieve("slack"),
  listCredentials: (mx) => mx.credentials.list(),
  createCredential: (mx) => mx.credentials.create({ integrationName: "slack", authData: { api_key: "xoxb-1" } }),
  testTemporaryCredential: (mx) =>
    mx.credentials.testTemporary({ integrationName: "tavily", authType: "api_key", authData: { api_key: "tvly-1" } }),
  resolveCredential: (mx) => mx.credentials.resolve({ integrationName: "slack" }),
  authorizeCredentialOAuth2: (mx) =>
    mx.credentials.oauth2.start({ integrationName: "github", redirectUri: "https://app.test/cb" }),
  completeCredentialOAuth2: (mx) => mx.credentials.oauth2.complete({ state: "s".repeat(16), code: "c" }),
  getCredential: (mx) => mx.credentials.retrieve(ID),
  updateCredential: (mx) => mx.credentials.update(ID, { displayName: "x" }),
  deleteCredential: (mx) => mx.credentials.delete(ID),
  testCredential: (mx) => mx.credentials.test(ID),
  setDefaultCredential: (mx) => mx.credentials.setDefault(ID),
  listCredentialAudit: (mx) => mx.audit.listForCredential(ID),
  getCredentialUsage: (mx) => mx.credentials.usage(ID),
  refreshCredentialOAuth2: (mx) => mx.credentials.refreshOAuth2(ID),
  listAuditEvents: (mx) => mx.audit.list(),
};

describe("ModuleX", () => {
  it.each(Object.keys(OPERATIONS) as OperationId[])(
    "%s: one method, the spec's method and path, X-Organization-ID exactly when declared",
    async (id) => {
      const { mx, sent } = recording();
      await CALLS[id](mx);
      expect(sent).toHaveLength(1);
      const [request] = sent as [Request];
      const { method, path, orgScoped } = OPERATIONS[id];
      const pattern = new RegExp(`^${path.replace(/\{[^}]+\}/g, "[^/]+")}$`);
      expect(request.method).toBe(method);
      expect(new URL(request.url).pathname).toMatch(pattern);
      expect(request.headers.get("authorization")).toBe(`Bearer ${KEY}`);
      expect(request.headers.get("x-organization-id")).toBe(orgScoped ? ACME : null);
    },
  );

  it("refuses an org-scoped call without an organization before sending anything, and still serves user-scoped calls", async () => {
    const { mx, sent } = recording({ organizationId: undefined });
    await expect(mx.credentials.list()).rejects.toThrow(ModuleXError);
    await expect(mx.credentials.create({ integrationName: "slack" })).rejects.toThrow(
      /POST \/credentials needs an organization: pass organizationId/,
    );
    expect(sent).toHaveLength(0);
    await mx.me.retrieve();
    expect(sent).toHaveLength(1);
  });

  it('refuses a path parameter that would leave the operation\'s path ("", ".", "..") before sending anything', async () => {
    const { mx, sent } = recording();
    // Sent as is, `/credentials/../audit` is GET /audit (the whole organization's log) and `/credentials/` the list.
    await expect(mx.audit.listForCredential("..")).rejects.toThrow(/credentialId must not be empty, "\." or "\.\."/);
    await expect(mx.credentials.retrieve("")).rejects.toThrow(ModuleXError);
    await expect(mx.credentials.delete(".")).rejects.toThrow(ModuleXError);
    await expect(mx.members.remove("..")).rejects.toThrow(/userId must not be/);
    expect(sent).toHaveLength(0);
    await mx.credentials.retrieve("...");
    expect(new URL(sent[0]!.url).pathname).toBe("/credentials/...");
  });

  it("sends query, path and body in snake_case and returns camelCase, map keys untouched", async () => {
    const { mx, sent } = recording({}, () =>
      Response.json({
        credential_id: ID,
        credentials_metadata: { Team_Name: "Ops" },
        auth_data_masked: { api_key: "xoxb***oken" },
      }),
    );
    const detail = await mx.credentials.retrieve(ID, { includeMasked: true });
    expect(detail).toEqual({
      credentialId: ID,
      credentialsMetadata: { Team_Name: "Ops" },
      authDataMasked: { api_key: "xoxb***oken" },
    });
    expect(sent[0]!.url).toBe(`https://api.test/credentials/${ID}?include_masked=true`);
    await mx.credentials.create({
      integrationName: "jira",
      authType: "custom",
      authData: { api_token: "t" },
      metadata: { Team_Name: "Ops" },
      makeDefault: true,
    });
    expect(await sent[1]!.json()).toEqual({
      integration_name: "jira",
      auth_type: "custom",
      auth_data: { api_token: "t" },
      metadata: { Team_Name: "Ops" },
      make_default: true,
    });
  });

  it("throws the status's error class with the request id, and withResponse() exposes the rate-limit headers", async () => {
    const { mx } = recording({}, (request) =>
      request.method === "DELETE"
        ? Response.json({ detail: "Credential not found" }, { status: 404, headers: { "x-request-id": "req_9" } })
        : Response.json(
            { user_id: ID },
            {
              headers: {
                "x-ratelimit-limit": "600",
                "x-ratelimit-remaining": "599",
                "x-ratelimit-reset": "1768824060",
              },
            },
          ),
    );
    const error = await mx.credentials.delete(ID).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ status: 404, detail: "Credential not found", requestId: "req_9" });
    const { data, rateLimit, response } = await mx.me.retrieve().withResponse();
    expect(data).toEqual({ userId: ID });
    expect(response.status).toBe(200);
    expect(rateLimit).toEqual({ limit: 600, remaining: 599, reset: 1768824060, retryAfter: undefined });
  });

  it("withOrganization gives an independent client; the original keeps its organization", async () => {
    const acme = recording();
    const globex = acme.mx.withOrganization(GLOBEX);
    expect(globex).not.toBe(acme.mx);
    expect([acme.mx.organizationId, globex.organizationId]).toEqual([ACME, GLOBEX]);
    await globex.members.list();
    await acme.mx.members.list();
    expect(acme.sent.map((r) => r.headers.get("x-organization-id"))).toEqual([GLOBEX, ACME]);
    expect(() => acme.mx.withOrganization("globex")).toThrow(/organizationId must be a UUID/);
  });

  it("calls a token function before every request", async () => {
    const token = vi.fn(async () => `h.p.${token.mock.calls.length}`);
    const { mx, sent } = recording({ apiKey: undefined, token });
    await mx.me.retrieve();
    await mx.me.retrieve();
    expect(sent.map((r) => r.headers.get("authorization"))).toEqual(["Bearer h.p.1", "Bearer h.p.2"]);
  });

  it("per-call options override the client's", async () => {
    let calls = 0;
    const { mx } = recording({ maxRetries: 0 }, () => new Response(null, { status: ++calls < 2 ? 503 : 204 }));
    vi.useFakeTimers();
    try {
      const pending = mx.credentials.delete(ID, { maxRetries: 1 });
      await vi.runAllTimersAsync();
      await expect(pending).resolves.toBeUndefined();
      expect(calls).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it("per-call options follow the client's rules: a bad timeout or maxRetries is refused before any request", async () => {
    const { mx, sent } = recording();
    for (const options of [
      { timeout: 0 },
      { timeout: Number.NaN },
      { maxRetries: Number.POSITIVE_INFINITY },
      { maxRetries: -1 },
    ]) {
      await expect(mx.me.retrieve(options)).rejects.toThrow(/must be a whole number/);
    }
    expect(sent).toHaveLength(0);
  });

  it("raw is the typed openapi-fetch client with the same auth and organization header, in wire format", async () => {
    const { mx, sent } = recording({}, () => Response.json({ credential_id: ID, auth_data_masked: "xoxb***oken" }));
    const { data } = await mx.raw.GET("/credentials/{credential_id}", { params: { path: { credential_id: ID } } });
    expect(data?.auth_data_masked).toBe("xoxb***oken");
    expect(sent[0]!.headers.get("x-organization-id")).toBe(ACME);
    await mx.raw.GET("/members", { params: { header: { "X-Organization-ID": GLOBEX } } });
    expect(sent[1]!.headers.get("x-organization-id")).toBe(GLOBEX);
    await mx.raw.GET("/me");
    expect(sent[2]!.headers.get("x-organization-id")).toBeNull();
  });

  it("runs middleware added to raw on raw's calls only: the SDK's methods do not build a Request for it", async () => {
    const { mx, sent } = recording({}, () => Response.json({ user_id: ID }));
    const seen: string[] = [];
    mx.raw.use({
      onRequest({ request }) {
        seen.push(new URL(request.url).pathname);
        return undefined;
      },
    });
    await mx.me.retrieve();
    await mx.raw.GET("/me");
    expect(seen).toEqual(["/me"]);
    expect(sent.map((r) => new URL(r.url).pathname)).toEqual(["/me", "/me"]);
  });

  it("never shows the key in JSON.stringify, util.inspect, errors or log events", async () => {
    const events: LogEvent[] = [];
    const { mx } = recording({ logger: (e) => events.push(e) }, () =>
      Response.json({ detail: "Invalid or expired API key" }, { status: 401 }),
    );
    const error = await mx.me.retrieve().then(
      () => undefined,
      (e: unknown) => e,
    );
    const renderings = [
      JSON.stringify(mx),
      inspect(mx, { depth: Infinity, showHidden: true }),
      inspect(mx.credentials, { depth: Infinity, showHidden: true }),
      inspect(mx.raw, { depth: Infinity, showHidden: true }),
      String(mx),
      inspect(error, { depth: Infinity, showHidden: true }),
      JSON.stringify(error),
      JSON.stringify(events),
    ];
    expect(events.length).toBeGreaterThan(0);
    for (const text of renderings) expect(text).not.toContain("DemoOwnerKey");
    expect(JSON.parse(JSON.stringify(mx))).toEqual({
      auth: "apiKey (redacted)",
      organizationId: ACME,
      baseUrl: "https://api.test",
      maxRetries: 0,
      maxRetryDelay: 60_000,
      timeout: 60_000,
    });
    expect(inspect(mx)).toMatch(/^ModuleX \{"auth":"apiKey \(redacted\)"/);
  });

  it("rejects a bad key at construction without repeating it", () => {
    expect(() => new ModuleX({ apiKey: "mx_live_tooShortSecretXYZ" })).toThrow(/after mx_live_ it has 17 characters/);
    try {
      new ModuleX({ apiKey: "mx_live_tooShortSecretXYZ" });
    } catch (error) {
      expect(inspect(error)).not.toContain("tooShortSecretXYZ");
    }
  });
});

describe("a method's signal", () => {
  it("ends a request the server never answers, aborting the fetch's signal too, even on a fetch that ignores it", async () => {
    const seen: AbortSignal[] = [];
    const mx = new ModuleX({
      apiKey: KEY,
      organizationId: ACME,
      baseUrl: "https://api.test",
      fetch: (_input, init) => {
        if (init?.signal) seen.push(init.signal);
        return new Promise<Response>(() => {}); // never answers, ignores its signal
      },
    });
    const controller = new AbortController();
    const pending = mx.me.retrieve({ signal: controller.signal }).then(
      () => "answered",
      (error: unknown) => (error as Error).message,
    );
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    controller.abort(new Error("left the page"));
    expect(await pending).toBe("left the page");
    expect(seen[0]!.aborted).toBe(true);
  });
});
