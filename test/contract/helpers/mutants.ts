// Deliberately broken mocks for the mutation tests: each wraps the real mock's `handle` and
// breaks one documented behaviour, without touching mock-server/. The runner must fail each
// one with the named check.
import { runContract, type CheckName, type ContractOptions } from "../../../packages/contract/src/index.js";
import { createMock, DEMO, demoSeed, type CreateMockOptions } from "../../../mock-server/src/index.js";
import { demoRunOptions } from "./demo-run-options.js";
import { maskSecret } from "../../../packages/contract/src/http/mask-secret.js";

export type Handle = (request: Request) => Promise<Response>;

export interface Mutant {
  name: string;
  /** The check that must fail. */
  caughtBy: CheckName;
  /** What one of that check's failures must say, so the right rule caught it (not a side effect). */
  saying: RegExp;
  /** Wraps a fresh mock's handle. */
  wrap(handle: Handle): Handle;
  /** What the run needs beyond the defaults (e.g. the rate-limit phase, to see a 429). */
  run?: Partial<ContractOptions>;
  /** The mock to wrap (default: the demo seed). */
  mock?: CreateMockOptions;
}

/** The answer's JSON body, or undefined when it has none. */
export async function json(response: Response): Promise<Record<string, unknown> | undefined> {
  try {
    return (await response.clone().json()) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/** The same answer with another JSON body (and status). */
export function withBody(response: Response, body: unknown, status = response.status): Response {
  const headers = new Headers(response.headers);
  headers.set("content-type", "application/json");
  return new Response(JSON.stringify(body), { status, headers });
}

const credentialPath = /^\/credentials\/([0-9a-f-]{36})$/;

/** Remembers each created credential's auth_data, as a leaking server would have it at hand. */
function rememberingSecrets(
  handle: Handle,
  onGet: (id: string, authData: Record<string, unknown>, response: Response) => Promise<Response>,
): Handle {
  const secrets = new Map<string, Record<string, unknown>>();
  return async (request) => {
    const url = new URL(request.url);
    const sent = request.method === "POST" && url.pathname === "/credentials" ? await request.clone().text() : null;
    const response = await handle(request);
    if (sent && response.status === 201) {
      const created = await json(response);
      try {
        const authData = (JSON.parse(sent) as { auth_data?: Record<string, unknown> }).auth_data;
        if (created?.credential_id && authData) secrets.set(String(created.credential_id), authData);
      } catch {
        /* a body that is not JSON created nothing */
      }
    }
    const match = credentialPath.exec(url.pathname);
    const authData = match && request.method === "GET" && response.status === 200 ? secrets.get(match[1]!) : undefined;
    return authData ? onGet(match![1]!, authData, response) : response;
  };
}

/**
 * A run that reaches the rate-limit phase quickly: small limits, and a clock the runner's waits
 * move instead of sleeping through Retry-After.
 */
function withRateLimitPhase(): Pick<Mutant, "run" | "mock"> {
  let now = Date.parse("2026-06-01T00:00:00Z");
  return {
    run: {
      rateLimit: true,
      sleep: async (ms) => {
        now += ms;
      },
    },
    mock: { seed: { ...demoSeed, rate_limits: { per_key_per_minute: 40, per_user_per_minute: 40 } }, now: () => now },
  };
}

export const MUTANTS: Mutant[] = [
  {
    name: "a masked value leaks the whole secret",
    caughtBy: "no_secret_leak",
    saying: /a submitted credential secret appears in the response/,
    wrap: (handle) =>
      rememberingSecrets(handle, async (_id, authData, response) => {
        const body = await json(response);
        if (!body?.auth_data_masked) return response;
        return withBody(response, {
          ...body,
          auth_data_masked: Object.fromEntries(Object.entries(authData).map(([k, v]) => [k, String(v)])),
        });
      }),
  },
  {
    name: "masking shows 6 characters on each side",
    caughtBy: "no_secret_leak",
    saying: /auth_data_masked\.\w+ is '.*', the rule gives/,
    wrap: (handle) =>
      rememberingSecrets(handle, async (_id, authData, response) => {
        const body = await json(response);
        if (!body?.auth_data_masked) return response;
        const sloppy = (v: string) => (v.length >= 16 ? `${v.slice(0, 6)}***${v.slice(-6)}` : "***");
        return withBody(response, {
          ...body,
          auth_data_masked: Object.fromEntries(Object.entries(authData).map(([k, v]) => [k, sloppy(String(v))])),
        });
      }),
  },
  {
    name: "a create answers 200 instead of 201",
    caughtBy: "status_code_conformance",
    saying: /createCredential: status 200 is not declared/,
    wrap: (handle) => async (request) => {
      const response = await handle(request);
      return new URL(request.url).pathname === "/credentials" && response.status === 201
        ? withBody(response, await json(response), 200)
        : response;
    },
  },
  {
    name: "a cross-organization read succeeds",
    caughtBy: "tenant_isolation",
    saying: /getCredential on another organization's credential: expected 404, got 200/,
    wrap: (handle) => async (request) => {
      const response = await handle(request);
      const url = new URL(request.url);
      if (request.method !== "GET" || !credentialPath.test(url.pathname) || response.status !== 404) return response;
      // Look in the other organization, as a server that forgot the org filter would.
      for (const org of ["9a1f0c7e-2b44-4f1a-9c3d-7e5b2a1d8f60", "4d7e2a90-6b1c-4f3e-8a5d-2c9b0e1f3a47"]) {
        if (org === request.headers.get("x-organization-id")) continue;
        const headers = new Headers(request.headers);
        headers.set("x-organization-id", org);
        const elsewhere = await handle(new Request(request.url, { method: "GET", headers }));
        if (elsewhere.status === 200) return elsewhere;
      }
      return response;
    },
  },
  {
    // Elsewhere the headers are optional (the limiter is fail-open); on the 429 itself they are required.
    name: "a 429 without X-RateLimit-Remaining",
    caughtBy: "response_headers_conformance",
    saying: /429: required header x-ratelimit-remaining is missing/,
    ...withRateLimitPhase(),
    wrap: (handle) => async (request) => {
      const response = await handle(request);
      if (response.status !== 429) return response;
      const headers = new Headers(response.headers);
      headers.delete("x-ratelimit-remaining");
      return new Response(response.body, { status: response.status, headers });
    },
  },
  {
    name: "limit=0 is clamped instead of refused",
    caughtBy: "negative_data_rejection",
    saying: /query parameter limit below its minimum \(0\): expected 400, got 200/,
    wrap: (handle) => async (request) => {
      const url = new URL(request.url);
      if (url.pathname === "/credentials" && url.searchParams.get("limit") === "0") url.searchParams.set("limit", "1");
      return handle(new Request(url, request));
    },
  },
  {
    name: "a deleted credential can still be fetched",
    caughtBy: "use_after_free",
    saying: /getCredential after DELETE: expected 404, got 200/,
    wrap: (handle) => {
      const deleted = new Map<string, Response>();
      return async (request) => {
        const url = new URL(request.url);
        const match = credentialPath.exec(url.pathname);
        if (match && request.method === "GET") {
          const response = await handle(request);
          if (response.status === 200) deleted.set(match[1]!, response.clone());
          if (response.status === 404 && deleted.has(match[1]!)) return deleted.get(match[1]!)!.clone();
          return response;
        }
        return handle(request);
      };
    },
  },
  {
    name: "the legacy member role is let in",
    caughtBy: "forbidden_principals",
    saying: /as a legacy member: expected 403/,
    wrap: (handle) => async (request) => {
      const auth = request.headers.get("authorization") ?? "";
      if (!auth.includes("DemoLegacyMemberKey")) return handle(request);
      const headers = new Headers(request.headers);
      headers.set("authorization", "Bearer mx_live_DemoOwnerKey0000000000000000000000000000");
      return handle(
        new Request(request.url, {
          method: request.method,
          headers,
          body: request.body,
          duplex: "half",
        } as RequestInit),
      );
    },
  },
  {
    name: "the catalog answers without a bearer",
    caughtBy: "missing_auth",
    saying: /listIntegrations with no Authorization header: expected 401, got 200/,
    wrap: (handle) => async (request) => {
      const url = new URL(request.url);
      if (url.pathname !== "/integrations" || request.headers.has("authorization")) return handle(request);
      const headers = new Headers(request.headers);
      headers.set("authorization", "Bearer mx_live_DemoOwnerKey0000000000000000000000000000");
      return handle(new Request(url, { method: "GET", headers }));
    },
  },
  {
    name: "list totals count only the page",
    caughtBy: "documented_effects",
    saying: /page at offset \d+ says total/,
    wrap: (handle) => async (request) => {
      const response = await handle(request);
      const url = new URL(request.url);
      if (
        request.method !== "GET" ||
        url.pathname !== "/credentials" ||
        response.status !== 200 ||
        !url.searchParams.has("offset")
      )
        return response;
      const body = await json(response);
      if (!body) return response;
      const onPage = Array.isArray(body.credentials)
        ? { total_count: (body.credentials as unknown[]).length }
        : {
            total_credentials: Object.values(body.integrations as Record<string, { credentials: unknown[] }>).reduce(
              (n, g) => n + g.credentials.length,
              0,
            ),
          };
      return withBody(response, { ...body, ...onPage });
    },
  },
  {
    name: "set-default leaves the previous default in place",
    caughtBy: "documented_effects",
    saying: /defaults are \[.*\], expected only/,
    wrap: (handle) => {
      // Remember defaults; after a set-default, show the old default as still default in lists.
      const stale = new Set<string>();
      return async (request) => {
        const url = new URL(request.url);
        const before = url.pathname.endsWith("/set-default") ? await listDefaults(handle, request) : [];
        const response = await handle(request);
        for (const id of before) stale.add(id);
        if (request.method === "GET" && url.pathname === "/credentials" && response.status === 200 && stale.size) {
          const body = await json(response);
          const mark = (c: { credential_id: string; is_default: boolean }) =>
            stale.has(c.credential_id) ? { ...c, is_default: true } : c;
          if (Array.isArray(body?.credentials))
            return withBody(response, {
              ...body,
              credentials: (body.credentials as Array<{ credential_id: string; is_default: boolean }>).map(mark),
            });
        }
        return response;
      };
    },
  },
  {
    name: "a PUT with auth_data replaces the secret",
    caughtBy: "documented_effects",
    saying: /after a PUT with auth_data, GET shows the new secret's mask/,
    wrap: (handle) => {
      const replaced = new Map<string, Record<string, unknown>>();
      return async (request) => {
        const url = new URL(request.url);
        const match = credentialPath.exec(url.pathname);
        if (match && request.method === "PUT") {
          const sent = (await request
            .clone()
            .json()
            .catch(() => ({}))) as { auth_data?: Record<string, unknown> };
          if (sent.auth_data) replaced.set(match[1]!, sent.auth_data);
        }
        const response = await handle(request);
        const authData =
          match && request.method === "GET" && response.status === 200 ? replaced.get(match[1]!) : undefined;
        if (!authData) return response;
        const body = await json(response);
        const masked = Object.fromEntries(Object.entries(authData).map(([k, v]) => [k, maskSecret(String(v))]));
        return withBody(response, {
          ...body,
          auth_data_masked: url.searchParams.get("include_masked") === "true" ? masked : Object.values(masked)[0],
        });
      };
    },
  },
  {
    name: "testing a saved credential answers the test-temporary wrapper's 500",
    caughtBy: "not_a_server_error",
    saying: /\/test answered 500/,
    wrap: (handle) => async (request) => {
      const response = await handle(request);
      return /^\/credentials\/[0-9a-f-]{36}\/test$/.test(new URL(request.url).pathname) && response.status === 200
        ? withBody(response, { detail: "Failed to test credential: boom" }, 500)
        : response;
    },
  },
  {
    name: "test-temporary fails with a 500 that is not the documented wrapper",
    caughtBy: "not_a_server_error",
    saying: /test-temporary answered 500/,
    wrap: (handle) => async (request) => {
      const response = await handle(request);
      return new URL(request.url).pathname === "/credentials/test-temporary" &&
        response.status >= 400 &&
        response.status !== 401 &&
        response.status !== 403
        ? withBody(response, { detail: "Internal server error" }, 500)
        : response;
    },
  },
  {
    name: "an API key created without an expiry never expires",
    caughtBy: "documented_effects",
    saying: /does not expire \(expires_at is null\)/,
    wrap: (handle) => async (request) => {
      if (request.method !== "POST" || new URL(request.url).pathname !== "/api-keys") return handle(request);
      const sent = (await request
        .clone()
        .json()
        .catch(() => null)) as Record<string, unknown> | null;
      if (!sent || "expires_in_seconds" in sent) return handle(request);
      const headers = new Headers(request.headers);
      headers.delete("content-length");
      const response = await handle(
        new Request(request.url, {
          method: "POST",
          headers,
          body: JSON.stringify({ ...sent, expires_in_seconds: 3600 }),
        }),
      );
      return response.status === 201 ? withBody(response, { ...(await json(response)), expires_at: null }) : response;
    },
  },
];

async function listDefaults(handle: Handle, like: Request): Promise<string[]> {
  const headers = new Headers(like.headers);
  headers.delete("content-type");
  const url = new URL("/credentials?limit=500", like.url);
  const response = await handle(new Request(url, { method: "GET", headers }));
  const body = (await json(response)) as
    | { integrations?: Record<string, { credentials: Array<{ credential_id: string; is_default: boolean }> }> }
    | undefined;
  return Object.values(body?.integrations ?? {}).flatMap((g) =>
    g.credentials.filter((c) => c.is_default).map((c) => c.credential_id),
  );
}

/** A fresh mock (with `mock` options), wrapped by `wrap`, run through the whole contract with two generated requests per case. */
export async function runWrapped({ wrap, mock: mockOptions, run }: Pick<Mutant, "wrap" | "mock" | "run">) {
  const mock = await createMock(mockOptions);
  const handle = wrap((request) => mock.handle(request));
  return runContract(
    demoRunOptions("http://server.test", await mock.signIn(DEMO.users.owner.email), {
      runs: 2,
      rateLimit: false,
      fetch: (input, init) => handle(new Request(input, init)),
      ...run,
    }),
  );
}
