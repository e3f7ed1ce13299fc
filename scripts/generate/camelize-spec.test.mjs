import { describe, expect, it } from "vitest";
import { camelizeSpec, snakeToCamel } from "./camelize-spec.mjs";

describe("snakeToCamel", () => {
  it.each([
    ["auth_data", "authData"],
    ["credential_id", "credentialId"],
    ["v2_id", "v2Id"],
    ["plain", "plain"],
  ])("%s → %s", (input, output) => expect(snakeToCamel(input)).toBe(output));
});

const spec = {
  paths: {
    "/credentials/{credential_id}": {
      get: {
        parameters: [
          { name: "credential_id", in: "path" },
          { name: "include_masked", in: "query" },
          { name: "X-Organization-ID", in: "header" },
        ],
        responses: {
          200: {
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/C" }, example: { auth_type: "x" } },
            },
          },
        },
      },
    },
  },
  components: {
    schemas: {
      C: {
        type: "object",
        required: ["auth_type"],
        properties: {
          auth_type: { type: "string" },
          auth_data: { type: "object", "x-modulex-map": "opaque", properties: { api_key: { type: "string" } } },
          oauth_config: { type: "object", properties: { client_id: { type: "string" } } },
        },
        example: { auth_type: "api_key" },
      },
    },
    parameters: { Limit: { name: "page_size", in: "query" } },
    responses: { Err: { content: { "application/json": { example: { detail: "x" } } } } },
  },
};

describe("camelizeSpec", () => {
  const out = camelizeSpec(spec);
  it("renames properties and required names at every depth", () => {
    const c = out.components.schemas.C;
    expect(Object.keys(c.properties)).toEqual(["authType", "authData", "oauthConfig"]);
    expect(c.required).toEqual(["authType"]);
    expect(Object.keys(c.properties.oauthConfig.properties)).toEqual(["clientId"]);
  });
  it("leaves an opaque map's keys as sent", () => {
    expect(Object.keys(out.components.schemas.C.properties.authData.properties)).toEqual(["api_key"]);
  });
  it("renames path and query parameters, not headers, and keeps the path template's wire names", () => {
    const op = out.paths["/credentials/{credential_id}"].get;
    expect(op.parameters.map((p) => p.name)).toEqual(["credentialId", "includeMasked", "X-Organization-ID"]);
    expect(out.components.parameters.Limit.name).toBe("pageSize");
    expect(Object.keys(out.paths)).toEqual(["/credentials/{credential_id}"]);
  });
  it("drops examples, which stay in wire format", () => {
    expect(out.components.schemas.C.example).toBeUndefined();
    expect(
      out.paths["/credentials/{credential_id}"].get.responses[200].content["application/json"].example,
    ).toBeUndefined();
    expect(out.components.responses.Err.content["application/json"].example).toBeUndefined();
  });
  it("does not change its input", () => {
    expect(Object.keys(spec.components.schemas.C.properties)).toEqual(["auth_type", "auth_data", "oauth_config"]);
    expect(spec.components.schemas.C.example).toEqual({ auth_type: "api_key" });
  });
});
