// Request bodies and their Content-Type (docs/decisions/054): the control routes take only their
// declared media type (415), since a page of any site can send text/plain and forms without a CORS
// preflight; the API reads the body as JSON whatever the type, as the documented server does, and
// names the mismatch in a Warning (strict mode: a 400). And HEAD wherever GET works.
import { describe, expect, it } from "vitest";
import { asOwner, BASE, DEMO, harness } from "./support.js";

const fault = JSON.stringify({ path: "/**", status: 503, count: 1000 });

describe("control routes take only their declared media type", () => {
  it("415 for a fault sent as text/plain, a form, or with no Content-Type, and nothing is armed", async () => {
    const h = await harness();
    for (const headers of [
      { "Content-Type": "text/plain;charset=UTF-8" },
      { "Content-Type": "application/x-www-form-urlencoded" },
      { "Content-Type": "multipart/form-data; boundary=x" },
    ]) {
      const r = await h.call("POST", "/__mock/faults", { rawBody: fault, headers });
      expect(r.status).toBe(415);
      expect(r.body.detail).toMatch(/^Content-Type .* is not accepted here: send application\/json$/);
    }
    const untyped = await h.fetch(`${BASE}/__mock/faults`, { method: "POST", body: new TextEncoder().encode(fault) }); // bytes: fetch adds no type
    expect([untyped.status, (await untyped.json()).detail]).toEqual([
      415,
      "Content-Type (none) is not accepted here: send application/json",
    ]);
    expect((await h.call("GET", "/me", { auth: DEMO.keys.owner })).status).toBe(200);
  });
  it("415 for a reset or a sign-in under a form's type; JSON, JSON with a charset, and no body at all pass", async () => {
    const h = await harness();
    await h.call("DELETE", `/credentials/${DEMO.credentials.acmeSlack}`, asOwner);
    expect((await h.call("POST", "/__mock/reset", { headers: { "Content-Type": "text/plain" } })).status).toBe(415);
    expect(
      (
        await h.call("POST", "/__mock/reset", {
          headers: { "Content-Type": "application/x-www-form-urlencoded" },
          rawBody: "",
        })
      ).status,
    ).toBe(415);
    expect((await h.call("GET", `/credentials/${DEMO.credentials.acmeSlack}`, asOwner)).status).toBe(404); // not reset
    expect(
      (
        await h.call("POST", "/__mock/sign-in", {
          rawBody: JSON.stringify({ email: DEMO.users.owner.email }),
          headers: { "Content-Type": "text/plain" },
        })
      ).status,
    ).toBe(415);
    expect(
      (
        await h.call("POST", "/__mock/sign-in", {
          rawBody: JSON.stringify({ email: DEMO.users.owner.email }),
          headers: { "Content-Type": "application/json; charset=utf-8" },
        })
      ).status,
    ).toBe(200);
    expect((await h.call("DELETE", "/__mock/faults", { headers: { "Content-Type": "text/plain" } })).status).toBe(415);
    expect((await h.call("POST", "/__mock/reset")).status).toBe(204);
    expect((await h.call("POST", "/__mock/reset", { headers: { "Content-Type": "application/json" } })).status).toBe(
      204,
    );
  });
  it("the provider's token endpoint takes its form encoding only", async () => {
    const h = await harness();
    const form = new URLSearchParams({
      grant_type: "authorization_code",
      code: "x",
      code_verifier: "v".repeat(43),
      redirect_uri: "https://app.example.com/cb",
    }).toString();
    const asJson = await h.fetch(`${BASE}/__mock/oauth/github/token`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ grant_type: "authorization_code" }),
    });
    expect([asJson.status, (await asJson.json()).detail]).toEqual([
      415,
      "Content-Type application/json is not accepted here: send application/x-www-form-urlencoded",
    ]);
    const asForm = await h.fetch(`${BASE}/__mock/oauth/github/token`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: form,
    });
    expect([asForm.status, (await asForm.json()).error]).toEqual([400, "invalid_grant"]);
  });
});

describe("the API reads the body as JSON whatever its Content-Type", () => {
  const body = JSON.stringify({ integration_name: "tavily", auth_data: { api_key: "tvly-plain-text-0001" } });
  it("and says so in a Warning header (default mode)", async () => {
    const h = await harness();
    const plain = await h.call("POST", "/credentials", {
      ...asOwner,
      rawBody: body,
      headers: { "Content-Type": "text/plain" },
    });
    expect(plain.status).toBe(201);
    expect(plain.headers.get("warning")).toBe(
      '299 modulex-mock "read the body as application/json although its Content-Type is text/plain"',
    );
    // Bytes get no Content-Type from fetch (a string would get text/plain).
    const missing = await h.fetch(`${BASE}/credentials`, {
      method: "POST",
      headers: { Authorization: `Bearer ${DEMO.keys.owner}`, "X-Organization-ID": DEMO.orgs.acme },
      body: new TextEncoder().encode(body),
    });
    expect([missing.status, missing.headers.get("warning")]).toEqual([
      201,
      '299 modulex-mock "read the body as application/json although its Content-Type is missing"',
    ]);
    const json = await h.call("POST", "/credentials", {
      ...asOwner,
      rawBody: body,
      headers: { "Content-Type": "application/json; charset=utf-8" },
    });
    expect(json.headers.get("warning")).toBeNull();
  });
  it("strict mode refuses it with a 400 that names the type, and stores nothing", async () => {
    const h = await harness({ strict: true });
    const before = h.mock.state();
    const r = await h.call("POST", "/credentials", {
      ...asOwner,
      rawBody: body,
      headers: { "Content-Type": "text/plain" },
    });
    expect(r).toMatchObject({
      status: 400,
      body: { detail: "body: Content-Type must be application/json (got text/plain)" },
    });
    expect(h.mock.state()).toEqual(before);
  });
});

describe("HEAD (RFC 9110 §9.3.2)", () => {
  it("mock.handle and the msw handlers answer HEAD as GET, without the body", async () => {
    const h = await harness();
    const headers = { Authorization: `Bearer ${DEMO.keys.owner}`, "X-Organization-ID": DEMO.orgs.acme };
    const get = await h.mock.handle(new Request(`${BASE}/credentials/${DEMO.credentials.acmeSlack}`, { headers }));
    const head = await h.mock.handle(
      new Request(`${BASE}/credentials/${DEMO.credentials.acmeSlack}`, { method: "HEAD", headers }),
    );
    expect([head.status, head.body, head.headers.get("content-type")]).toEqual([
      get.status,
      null,
      get.headers.get("content-type"),
    ]);
    expect(Number(head.headers.get("x-ratelimit-remaining"))).toBe(
      Number(get.headers.get("x-ratelimit-remaining")) - 1,
    );
    // The msw handlers run the same pipeline: HEAD through getResponse, as setupServer calls it.
    const { getResponse } = await import("msw");
    const viaMsw = await getResponse(
      h.mock.handlers,
      new Request(`https://api.modulex.dev/credentials/${DEMO.credentials.acmeSlack}`, { method: "HEAD", headers }),
    );
    expect([viaMsw?.status, viaMsw?.body, viaMsw?.headers.get("content-type")]).toEqual([
      get.status,
      null,
      get.headers.get("content-type"),
    ]);
    const unknown = await h.mock.handle(new Request(`${BASE}/nope`, { method: "HEAD" }));
    expect([unknown.status, unknown.body]).toEqual([404, null]);
  });
});
