// Settings → Credentials and API tokens, on the ModuleX SDK. Vanilla TypeScript: each render
// function owns one part of the page and re-reads what it shows from the API.
import { APIError, ModuleX, RateLimitError, parseTimestamp, type Credential, type Integration } from "@modulex/sdk";
import { connectBackend, type Backend } from "./backend.js";

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
/** An element with its properties (`dataset` merged in, as it cannot be assigned) and children. */
const el = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  { dataset, ...props }: Partial<Omit<HTMLElementTagNameMap[K], "dataset">> & { dataset?: Record<string, string> } = {},
  ...children: Array<Node | string>
) => {
  const node = Object.assign(document.createElement(tag), props);
  Object.assign(node.dataset, dataset);
  node.append(...children);
  return node;
};

/** A timestamp for people: the API's zoneless UTC read as UTC (parseTimestamp), shown to the minute. */
const when = (value: string | null) =>
  value === null ? "never" : `${parseTimestamp(value).toISOString().slice(0, 16).replace("T", " ")} UTC`;

/** Demo users of the mock: an owner, and a user with the retired `member` role. */
const USERS = [
  { email: "owner@acme.test", label: "Olive (owner)" },
  { email: "member@acme.test", label: "Max (legacy member)" },
];
/**
 * The one-secret auth types and the auth_data field holding the secret: what the form creates and
 * tests before saving, and what a rotation replaces.
 */
const SECRET_FIELD: Partial<Record<string, string>> = { api_key: "api_key", bearer_token: "token" };

let backend: Backend;
let client: ModuleX;
let integrations: Integration[] = [];
let email = sessionStorage.getItem("console:user") ?? USERS[0]!.email;
/** Signed-in tokens per user, reused for 50 minutes (the mock's last an hour); a failed sign-in is not kept. */
const tokens = new Map<string, { token: Promise<string>; at: number }>();
const TOKEN_REUSE_MS = 50 * 60_000;

function tokenFor(user: string): Promise<string> {
  const cached = tokens.get(user);
  if (cached && Date.now() - cached.at < TOKEN_REUSE_MS) return cached.token;
  const token = backend.token(user);
  tokens.set(user, { token, at: Date.now() });
  token.catch(() => tokens.delete(user));
  return token;
}

function connect(orgId: string | undefined): void {
  client = new ModuleX({
    baseUrl: backend.baseUrl,
    token: () => tokenFor(email),
    ...(orgId ? { organizationId: orgId } : {}),
    maxRetries: 2,
    // A page does not sit waiting: a Retry-After over 5 s is shown to the user at once (RateLimitError).
    maxRetryDelay: 5_000,
  });
}

/** Shows what went wrong the way a user can act on it; clears it when `error` is null. */
function showError(error: unknown): void {
  const box = $("error");
  box.hidden = error === null;
  if (error === null) return;
  if (error instanceof APIError && error.status === 403 && /member/i.test(error.detail)) {
    box.textContent = `Your role cannot manage credentials: ${error.detail}. Ask an owner to make you an admin.`;
  } else if (error instanceof RateLimitError) {
    box.textContent = `Too many requests (429): try again in ${error.retryAfter ?? "a few"} seconds.`;
  } else if (error instanceof APIError && error.status >= 500) {
    box.textContent = `ModuleX is unavailable (${error.status}): ${error.detail}`;
  } else {
    box.textContent = error instanceof Error ? error.message : String(error);
  }
}

let pending = 0;

/**
 * Runs one user action: its error is shown, a success clears the last one. While any action runs,
 * `<body data-busy>` is set (synchronously, as the action starts), so tests and spinners can wait for it.
 */
async function guarded(work: () => Promise<void>): Promise<void> {
  document.body.dataset.busy = String(++pending);
  try {
    await work();
    showError(null);
  } catch (error) {
    showError(error);
  } finally {
    if (--pending === 0) delete document.body.dataset.busy;
    else document.body.dataset.busy = String(pending);
  }
}

async function renderOrganizations(): Promise<void> {
  const select = $<HTMLSelectElement>("org");
  const { organizations } = await client.organizations.list();
  const chosen = sessionStorage.getItem("console:org");
  select.replaceChildren(
    ...organizations.map((o) =>
      el("option", { value: o.organizationId, textContent: o.name, selected: o.organizationId === chosen }),
    ),
  );
  connect(select.value);
}

async function renderCredentials(): Promise<void> {
  // Nothing stale stays on screen when the list cannot be read (a role error, a rate limit, an outage).
  $("audit").hidden = true;
  const list = await client.credentials.list().catch((error: unknown) => {
    $("groups").replaceChildren(el("p", { className: "muted", textContent: "Credentials could not be loaded." }));
    throw error;
  });
  if (!("integrations" in list)) return;
  const groups = Object.values(list.integrations);
  const rows = await Promise.all(
    groups.map(async (group) =>
      el(
        "div",
        { className: "group" },
        el(
          "h3",
          {},
          `${integrations.find((i) => i.integrationName === group.integrationName)?.displayName ?? group.integrationName} `,
          el("span", {
            className: "muted",
            textContent: `${group.totalCount} credential${group.totalCount === 1 ? "" : "s"}`,
          }),
        ),
        ...(await Promise.all(group.credentials.map(credentialRow))),
      ),
    ),
  );
  $("groups").replaceChildren(
    ...(rows.length ? rows : [el("p", { className: "muted", textContent: "No credentials yet." })]),
  );
}

async function credentialRow(c: Credential): Promise<HTMLElement> {
  const detail = await client.credentials.retrieve(c.credentialId);
  const masked =
    typeof detail.authDataMasked === "string" ? detail.authDataMasked : JSON.stringify(detail.authDataMasked);
  const button = (label: string, action: () => Promise<void>) =>
    el("button", { type: "button", textContent: label, onclick: () => guarded(action) });
  return el(
    "div",
    { className: "credential", dataset: { credentialId: c.credentialId } },
    el("span", { className: "name", textContent: c.displayName }),
    el("span", { className: "muted", textContent: c.authType }),
    el("span", { className: "masked", textContent: masked ?? "" }),
    ...(c.isDefault
      ? [el("span", { className: "badge", textContent: "default" })]
      : [
          button("Make default", async () => {
            await client.credentials.setDefault(c.credentialId);
            await renderCredentials();
          }),
        ]),
    // Rotation takes one new secret: API keys and bearer tokens. OAuth2 reconnects; custom ones are re-created.
    ...(SECRET_FIELD[c.authType]
      ? [
          button("Rotate", async () => {
            const secret = prompt(`New secret for ${c.displayName}`);
            if (!secret) return;
            const rotation = await client.credentials.rotate(c.credentialId, {
              authData: { [SECRET_FIELD[c.authType]!]: secret },
            });
            if (rotation.status === "test_failed")
              throw new Error(`The new secret failed its test (${rotation.test.message}); the old credential is kept.`);
            if (rotation.status === "old_not_deleted")
              throw new Error(
                "The new secret is in place, but the old credential could not be deleted: delete it by hand.",
              );
            await renderCredentials();
          }),
        ]
      : []),
    button("Audit", async () => renderAudit(c)),
    button("Delete", async () => {
      if (!confirm(`Delete ${c.displayName}?`)) return;
      await client.credentials.delete(c.credentialId);
      await renderCredentials();
    }),
  );
}

/** One auth_data field of the create form; secrets are password inputs, never autocompleted. */
function secretInput(field: { name: string; secret?: boolean; required?: boolean }): HTMLInputElement {
  const input = document.createElement("input");
  input.name = field.name;
  input.type = field.secret ? "password" : "text";
  input.required = field.required ?? false;
  input.autocomplete = "off";
  return input;
}

async function renderAudit(c: Credential): Promise<void> {
  const { events } = await client.audit.listForCredential(c.credentialId);
  const box = $("audit");
  box.hidden = false;
  box.replaceChildren(
    el("h3", { textContent: `Audit trail — ${c.displayName}` }),
    el(
      "ul",
      {},
      ...events.map((e) =>
        el("li", {
          textContent: `${when(e.occurredAt)} ${e.operation} by ${e.actorEmail ?? e.actorUserId} (${e.authMethod})`,
        }),
      ),
    ),
  );
}

function renderCreateForm(): void {
  const select = $<HTMLSelectElement>("integration");
  // The form creates what a pasted secret can: API keys, bearer tokens and custom fields (OAuth2 needs the connect flow).
  const creatable = integrations.filter(
    (i) => i.customFields?.length || i.authTypes.some((t) => Object.hasOwn(SECRET_FIELD, t)),
  );
  select.replaceChildren(
    ...creatable.map((i) => el("option", { value: i.integrationName, textContent: i.displayName })),
  );
  const fields = () => {
    const integration = integrations.find((i) => i.integrationName === select.value)!;
    const custom = integration.customFields ?? [
      {
        name: SECRET_FIELD[authTypeOf(integration)]!,
        label: authTypeOf(integration) === "api_key" ? "API key" : "Token",
        required: true,
        secret: true,
      },
    ];
    $("secret-fields").replaceChildren(...custom.map((f) => el("label", { textContent: f.label }, secretInput(f))));
    $<HTMLButtonElement>("save-new").disabled = authTypeOf(integration) !== "custom";
    $("test-result").textContent =
      authTypeOf(integration) === "custom"
        ? "Custom credentials are checked when they are used: ModuleX cannot test them before saving."
        : "";
  };
  select.onchange = fields;
  fields();
  const form = $<HTMLFormElement>("create");
  const authData = () =>
    Object.fromEntries([...$("secret-fields").querySelectorAll("input")].map((i) => [i.name, i.value]));
  form.oninput = (event) => {
    if ((event.target as HTMLElement).closest("#secret-fields") && authTypeOf(current()) !== "custom")
      $<HTMLButtonElement>("save-new").disabled = true;
  };
  const current = () => integrations.find((i) => i.integrationName === select.value)!;
  $("test-new").onclick = () =>
    guarded(async () => {
      const integration = current();
      const authType = authTypeOf(integration);
      if (authType === "custom") return;
      const result = await client.credentials.testTemporary({
        integrationName: integration.integrationName,
        authType: authType as "api_key",
        authData: authData(),
      });
      $("test-result").textContent = `${result.isValid ? "✓ valid" : "✗ invalid"}: ${result.message}`;
      $<HTMLButtonElement>("save-new").disabled = !result.isValid;
    });
  form.onsubmit = (event) => {
    event.preventDefault();
    void guarded(async () => {
      const integration = current();
      const displayName = $<HTMLInputElement>("display-name").value || undefined;
      await client.credentials.create({
        integrationName: integration.integrationName,
        authType: authTypeOf(integration),
        authData: authData(),
        ...(displayName ? { displayName } : {}),
      });
      form.reset();
      fields();
      await renderCredentials();
    });
  };
}

/** The auth type the form creates: custom where the integration takes custom fields, else its first testable type. */
function authTypeOf(integration: Integration): "api_key" | "bearer_token" | "custom" {
  if (integration.customFields?.length) return "custom";
  return (
    (integration.authTypes.find((t) => Object.hasOwn(SECRET_FIELD, t)) as "api_key" | "bearer_token" | undefined) ??
    "api_key"
  );
}

async function renderTokens(): Promise<void> {
  const { apiKeys } = await client.apiKeys.list();
  $("token-list").replaceChildren(
    ...apiKeys.map((k) =>
      el(
        "li",
        { dataset: { apiKeyId: k.apiKeyId, expiresAt: k.expiresAt ?? "" } },
        `${k.name} `,
        el("span", { className: "masked", textContent: `${k.prefix}…` }),
        ` expires ${when(k.expiresAt)} `,
        el("button", {
          type: "button",
          textContent: "Revoke",
          onclick: () =>
            guarded(async () => {
              await client.apiKeys.delete(k.apiKeyId);
              await renderTokens();
            }),
        }),
      ),
    ),
  );
}

function wireTokens(): void {
  $<HTMLFormElement>("create-token").onsubmit = (event) => {
    event.preventDefault();
    void guarded(async () => {
      const created = await client.apiKeys.create({
        name: $<HTMLInputElement>("token-name").value,
        expiresInSeconds: Number($<HTMLSelectElement>("token-expiry").value),
      });
      // Shown once: the key lives only in this element until it is dismissed.
      $("token-value").textContent = created.key;
      $("token-once").hidden = false;
      $<HTMLFormElement>("create-token").reset();
      await renderTokens();
    });
  };
  $("token-dismiss").onclick = () => {
    $("token-value").textContent = "";
    $("token-once").hidden = true;
  };
}

function wireDevtools(): void {
  const mock = backend.mock;
  for (const n of document.querySelectorAll<HTMLElement>("[data-mock-only]")) n.hidden = !mock;
  if (!mock) return;
  const users = $<HTMLSelectElement>("user");
  users.replaceChildren(
    ...USERS.map((u) => el("option", { value: u.email, textContent: u.label, selected: u.email === email })),
  );
  users.onchange = () => {
    email = users.value;
    sessionStorage.setItem("console:user", email);
    void refresh();
  };
  // Until cleared (count: null), so the SDK's retries cannot hide them.
  $("fault-429").onclick = () =>
    guarded(async () => {
      await mock.armFault({ method: "GET", path: "/credentials", status: 429, retry_after: 30, count: null });
      await renderCredentials();
    });
  $("fault-503").onclick = () =>
    guarded(async () => {
      await mock.armFault({ method: "*", path: "/credentials", status: 503, count: null });
      await renderCredentials();
    });
  $("fault-clear").onclick = () =>
    guarded(async () => {
      await mock.clearFaults();
      await refresh();
    });
  $("mock-reset").onclick = () =>
    guarded(async () => {
      await mock.reset();
      await refresh();
    });
}

async function refresh(): Promise<void> {
  await guarded(async () => {
    connect(undefined);
    await renderOrganizations();
    ({ integrations } = await client.integrations.list());
    renderCreateForm();
    await Promise.all([renderCredentials(), renderTokens()]);
  });
  document.body.dataset.ready = "true";
}

async function main(): Promise<void> {
  backend = await connectBackend();
  $("mode").textContent = backend.label;
  $<HTMLSelectElement>("org").onchange = (event) => {
    sessionStorage.setItem("console:org", (event.target as HTMLSelectElement).value);
    void refresh();
  };
  wireTokens();
  wireDevtools();
  await refresh();
}

void main();
