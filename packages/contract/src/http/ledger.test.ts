import { describe, expect, test } from "vitest";
import { Ledger } from "./ledger.js";

const owner = { name: "owner", token: "t" };
const ORG = "9a1f0c7e-2b44-4f1a-9c3d-7e5b2a1d8f60";

describe("Ledger", () => {
  test("keeps what the answers created and forgets what they deleted", () => {
    const ledger = new Ledger();
    ledger.note({
      operationId: "createCredential",
      status: 201,
      body: { credential_id: "c1" },
      org: ORG,
      principal: owner,
    });
    ledger.note({
      operationId: "createCredential",
      status: 201,
      body: { credential_id: "c2" },
      org: ORG,
      principal: owner,
    });
    ledger.note({ operationId: "createCredential", status: 400, body: { detail: "no" }, org: ORG, principal: owner });
    ledger.note({ operationId: "createApiKey", status: 201, body: { api_key_id: "k1" }, org: null, principal: owner });
    ledger.note({
      operationId: "createMemberInvitation",
      status: 201,
      body: { status: "accepted" },
      org: ORG,
      principal: owner,
      requestBody: { email: "Ada@Example.com" },
    });
    ledger.note({
      operationId: "createMemberInvitation",
      status: 201,
      body: { status: "pending" },
      org: ORG,
      principal: owner,
      requestBody: { email: "bob@example.com" },
    });
    ledger.note({
      operationId: "deleteCredential",
      status: 204,
      body: undefined,
      org: ORG,
      principal: owner,
      pathParams: { credential_id: "c1" },
    });
    ledger.note({
      operationId: "deleteApiKey",
      status: 404,
      body: undefined,
      org: null,
      principal: owner,
      pathParams: { api_key_id: "k1" },
    });
    expect(ledger.open().map((c) => `${c.kind} ${c.id}`)).toEqual([
      "credential c2",
      "api-key k1",
      "member ada@example.com",
    ]);
  });
});
