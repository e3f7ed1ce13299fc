import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { camelName, toCamel, toWire, wireName } from "./case-convert.js";

describe("case conversion", () => {
  it("converts property names both ways and leaves map keys untouched", () => {
    const wire = {
      integrations: {
        google_drive: {
          integration_name: "google_drive",
          credentials: [
            { credential_id: "c1", credentials_metadata: { Team_Name: "Ops", nested_key: { deep_key: 1 } } },
          ],
          total_count: 1,
        },
      },
      total_credentials: 1,
      filters: { auth_type: null },
    };
    const camel = toCamel(wire);
    expect(camel).toEqual({
      integrations: {
        google_drive: {
          integrationName: "google_drive",
          credentials: [{ credentialId: "c1", credentialsMetadata: { Team_Name: "Ops", nested_key: { deep_key: 1 } } }],
          totalCount: 1,
        },
      },
      totalCredentials: 1,
      filters: { authType: null },
    });
    expect(toWire(camel)).toEqual(wire);
  });

  it("keeps request maps (auth_data, metadata) as the caller wrote them", () => {
    const body = {
      integrationName: "jira",
      authData: { api_token: "t", apiToken: "u" },
      metadata: { Team_Name: "Ops", camelKey: 1 },
    };
    expect(toWire(body)).toEqual({
      integration_name: "jira",
      auth_data: { api_token: "t", apiToken: "u" },
      metadata: { Team_Name: "Ops", camelKey: 1 },
    });
  });

  it("converts arrays named like a keyed map as ordinary values (the catalog's integrations list)", () => {
    expect(toCamel({ integrations: [{ integration_name: "slack", auth_types: ["api_key"] }] })).toEqual({
      integrations: [{ integrationName: "slack", authTypes: ["api_key"] }],
    });
  });

  it("leaves scalars, null and undefined alone and does not let __proto__ through as a prototype", () => {
    expect(toCamel(null)).toBeNull();
    expect(toWire(undefined)).toBeUndefined();
    expect(toCamel("a_b")).toBe("a_b");
    const out = toWire(JSON.parse('{"__proto__": {"polluted": true}}')) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(out)).toEqual(["__proto__"]);
  });

  it("round-trips every property and parameter name of the spec (so camelCase types and the wire agree)", () => {
    const spec = JSON.parse(readFileSync(new URL("../../../../openapi/generated/spec.json", import.meta.url), "utf8"));
    const names = new Set<string>();
    JSON.stringify(spec, (key, value) => {
      if (key === "properties" && value && typeof value === "object") for (const n of Object.keys(value)) names.add(n);
      if (value && typeof value === "object" && (value.in === "query" || value.in === "path")) names.add(value.name);
      return value;
    });
    expect(names.size).toBeGreaterThan(50);
    for (const name of names) expect(wireName(camelName(name)), name).toBe(name);
  });

  it("is an inverse pair on snake_case names (property)", () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z][a-z0-9]*(_[a-z][a-z0-9]*){0,4}$/),
        (name) => wireName(camelName(name)) === name,
      ),
    );
  });
});
