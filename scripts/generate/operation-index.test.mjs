import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { accessOf, operationIndex } from "./operation-index.mjs";

const orgHeader = {
  name: "X-Organization-ID",
  in: "header",
  required: true,
  schema: { type: "string", format: "uuid" },
};
const doc = (operation, extra = {}) => ({
  security: [{ bearerAuth: [] }],
  paths: {
    "/things/{id}": {
      parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
      post: { operationId: "op", responses: {}, ...operation },
    },
  },
  components: {
    schemas: { Thing: { type: "object", properties: { name: { type: "string" }, size: { type: "integer" } } } },
  },
  ...extra,
});
const accessIn = (spec) => {
  const item = spec.paths["/things/{id}"];
  return accessOf(spec, item, item.post);
};

describe("accessOf", () => {
  it("an operation that takes X-Organization-ID is org-scoped: owners and admins", () => {
    expect(accessIn(doc({ parameters: [orgHeader] }))).toEqual({
      orgScoped: true,
      access: { kind: "org", jwtOnly: false, ownerOnly: false, allowInactive: false },
    });
  });
  it("a secured operation without it is user-scoped; one without security is public", () => {
    expect(accessIn(doc({})).access.kind).toBe("user");
    expect(accessIn(doc({ security: [] })).access.kind).toBe("public");
    expect(accessIn(doc({}, { security: [] })).access.kind).toBe("public");
  });
  it("reads the x-modulex-access flags", () => {
    expect(accessIn(doc({ "x-modulex-access": { jwtOnly: true } })).access.jwtOnly).toBe(true);
    expect(accessIn(doc({ "x-modulex-access": { allowInactive: true } })).access.allowInactive).toBe(true);
    expect(accessIn(doc({ parameters: [orgHeader], "x-modulex-access": { ownerOnly: true } })).access.ownerOnly).toBe(
      true,
    );
  });
  it("refuses a flag it does not know, a flag that is not a boolean, and a flag that does not fit the scope", () => {
    expect(() => accessIn(doc({ "x-modulex-access": { adminOnly: true } }))).toThrow(
      /unknown x-modulex-access flag adminOnly/,
    );
    expect(() => accessIn(doc({ "x-modulex-access": { jwtOnly: "yes" } }))).toThrow(/must be a boolean/);
    expect(() => accessIn(doc({ "x-modulex-access": { ownerOnly: true } }))).toThrow(
      /ownerOnly needs an org-scoped operation/,
    );
    expect(() => accessIn(doc({ parameters: [orgHeader], "x-modulex-access": { jwtOnly: true } }))).toThrow(
      /user-scoped operations only/,
    );
  });
});

describe("operationIndex", () => {
  const named = [];
  const addValidator = (schema, specId) => {
    named.push([specId, schema]);
    return `v${named.length - 1}`;
  };
  const spec = doc({
    parameters: [orgHeader],
    tags: ["Things"],
    requestBody: {
      required: true,
      content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } },
    },
    responses: {
      201: {
        headers: { "X-Request-ID": { schema: { type: "string" } } },
        content: { "application/json": { schema: { type: "object", "x-modulex-tbd": true } } },
      },
      500: { "x-modulex-documented-failure": true, content: { "application/json": { schema: { type: "object" } } } },
    },
  });
  const index = operationIndex({ modulex: spec }, addValidator);

  it("indexes the operation by id with its method, path, tag and access", () => {
    expect(index.op).toMatchObject({
      spec: "modulex",
      method: "POST",
      path: "/things/{id}",
      tag: "Things",
      deprecated: false,
      secured: true,
      orgScoped: true,
    });
  });
  it("names a validator for every parameter, the body and every response body and header", () => {
    expect(index.op.parameters.map((p) => [p.name, p.in, p.required, p.type])).toEqual([
      ["id", "path", true, "string"],
      ["X-Organization-ID", "header", true, "string"],
    ]);
    expect(index.op.requestBody).toEqual({
      required: true,
      contentType: "application/json",
      validator: "v2",
      fields: ["name", "size"],
    });
    expect(index.op.responses["201"].headers["x-request-id"]).toMatchObject({ required: false, validator: "v3" });
    expect(named[2]).toEqual(["modulex", { $ref: "#/components/schemas/Thing" }]);
  });
  it("marks a body the docs leave unverified and a failure the docs describe", () => {
    expect(index.op.responses["201"].tbd).toBe(true);
    expect(index.op.responses["500"].documentedFailure).toBe(true);
    expect(index.op.responses["201"].documentedFailure).toBeUndefined();
  });
  it("refuses one operationId in two documents", () => {
    expect(() => operationIndex({ a: doc({}), b: doc({}) }, () => "v")).toThrow(/operationId op is used twice/);
  });
  it("on the real documents: every operation that takes X-Organization-ID is org-scoped, and the retired member role appears in none", () => {
    const read = (name) => parse(readFileSync(new URL(`../../openapi/${name}`, import.meta.url), "utf8"));
    const real = operationIndex({ modulex: read("modulex.yaml"), control: read("mock-control.yaml") }, () => "v");
    const entries = Object.values(real);
    expect(entries.length).toBeGreaterThan(30);
    for (const op of entries) {
      expect(op.access.kind === "org").toBe(op.parameters.some((p) => p.name === "X-Organization-ID"));
      expect(op.access.kind === "public").toBe(op.spec === "control");
    }
    expect(
      Object.entries(real)
        .filter(([, op]) => op.access.jwtOnly)
        .map(([id]) => id)
        .sort(),
    ).toEqual(["createApiKey", "createOrganization", "deleteApiKey", "getApiKey", "listApiKeys"]);
  });
});
