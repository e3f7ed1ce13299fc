import createClient from "openapi-fetch";
import type { ClientOptions } from "./core/options.js";
import type { RawClient, RawPaths } from "./core/raw-client.js";
import type { Transport } from "./internal/transport.js";
import { normalizeOptions, withEnvironment, type Config } from "./internal/normalize-options.js";
import { orgHeader } from "./internal/org-header.js";
import { sendWithRetry } from "./internal/send-with-retry.js";
import { ApiKeys } from "./resources/api-keys.js";
import { Audit } from "./resources/audit.js";
import { Credentials } from "./resources/credentials.js";
import { Integrations } from "./resources/integrations.js";
import { Me } from "./resources/me.js";
import { Members } from "./resources/members.js";
import { Organizations } from "./resources/organizations.js";

/**
 * The ModuleX API client.
 *
 * @example
 * ```ts
 * import { ModuleX } from "@modulex/sdk";
 *
 * const mx = new ModuleX({ apiKey: process.env.MODULEX_API_KEY, organizationId: "9a1f0c7e-2b44-4f1a-9c3d-7e5b2a1d8f60" });
 * const credential = await mx.credentials.create({ integrationName: "slack", authData: { api_key: "xoxb-..." }, makeDefault: true });
 * for await (const c of mx.credentials.list({ authType: "oauth2" })) console.log(c.displayName);
 * const globex = mx.withOrganization("4d7e2a90-6b1c-4f3e-8a5d-2c9b0e1f3a47");
 * ```
 */
export class ModuleX {
  // `declare`: assigned in the constructor, so not emitted as fields too (bytes of the bundle).
  /** The signed-in caller. */
  declare readonly me: Me;
  /** The caller's organizations. */
  declare readonly organizations: Organizations;
  /** People in the organization. */
  declare readonly members: Members;
  /** API keys for code (needs a person's sign-in, i.e. a JWT `token`). */
  declare readonly apiKeys: ApiKeys;
  /** The integrations catalog. */
  declare readonly integrations: Integrations;
  /** Credentials, their OAuth2 connect flow (`credentials.oauth2`) and rotation. */
  declare readonly credentials: Credentials;
  /** The credential audit log. */
  declare readonly audit: Audit;
  /**
   * The typed openapi-fetch client of the wire (snake_case) API, for anything the namespaces do
   * not cover yet. It shares the token, the organization header and the retries; it does not
   * convert names or throw on error statuses (openapi-fetch's `{ data, error, response }`).
   * Middleware added with `raw.use` runs on raw's calls only, not on the namespaces' methods.
   * @example
   * ```ts
   * const { data, error } = await mx.raw.GET("/credentials/{credential_id}", { params: { path: { credential_id: id } } });
   * if (data) console.log(data.auth_data_masked); // wire names: no conversion here
   * ```
   */
  declare readonly raw: RawClient;

  readonly #options: ClientOptions;
  readonly #config: Config;

  /** Throws a `ModuleXError` (that never repeats the token) when an option is invalid. */
  constructor(options: ClientOptions = {}) {
    this.#options = withEnvironment(options);
    const config = normalizeOptions(this.#options);
    this.#config = config;
    this.raw = createClient<RawPaths>({ baseUrl: config.baseUrl, fetch: (request) => sendWithRetry(request, config) });
    this.raw.use(orgHeader(config.organizationId));
    const transport: Transport = { config, client: createClient<RawPaths>({ baseUrl: config.baseUrl }) };
    this.me = new Me(transport);
    this.organizations = new Organizations(transport);
    this.members = new Members(transport);
    this.apiKeys = new ApiKeys(transport);
    this.integrations = new Integrations(transport);
    this.credentials = new Credentials(transport);
    this.audit = new Audit(transport);
  }

  /** The organization org-scoped calls run in, if any. */
  get organizationId(): string | undefined {
    return this.#config.organizationId;
  }

  get baseUrl(): string {
    return this.#config.baseUrl;
  }

  /**
   * A new client like this one with some options changed; this one is unaffected.
   * @example
   * ```ts
   * const patient = mx.withOptions({ maxRetries: 5, timeout: 120_000 });
   * ```
   */
  withOptions(options: ClientOptions): ModuleX {
    const auth =
      options.apiKey !== undefined || options.token !== undefined ? { apiKey: undefined, token: undefined } : {};
    return new ModuleX({ ...this.#options, ...auth, ...options });
  }

  /**
   * A new client for another organization, with the same credentials and options. Nothing is
   * shared between the two: each sends only its own `X-Organization-ID`.
   * @example
   * ```ts
   * const globex = mx.withOrganization("4d7e2a90-6b1c-4f3e-8a5d-2c9b0e1f3a47");
   * const globexSlack = await globex.credentials.list({ integrationName: "slack" });
   * ```
   */
  withOrganization(organizationId: string): ModuleX {
    return this.withOptions({ organizationId });
  }

  /** What `JSON.stringify(client)` shows: the settings, never the token. */
  toJSON(): Record<string, unknown> {
    const { apiKey, token } = this.#options;
    const { organizationId, baseUrl, maxRetries, maxRetryDelay, timeout } = this.#config;
    const auth = apiKey !== undefined ? "apiKey" : typeof token === "function" ? "token provider" : "token";
    return { auth: `${auth} (redacted)`, organizationId, baseUrl, maxRetries, maxRetryDelay, timeout };
  }

  /** What `util.inspect(client)` and `console.log(client)` show in Node: the same as `toJSON()`. */
  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return `ModuleX ${JSON.stringify(this.toJSON())}`;
  }
}
