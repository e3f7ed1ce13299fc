import { describe, expect, it } from "vitest";
import { contractScenarios, mockRoutes, operationMap, sdkMethods } from "./operation-map.mjs";

// The client declares its namespaces (`declare readonly`: assigned in its constructor); resources may not.
const client = [
  "packages/sdk/src/client.ts",
  "export class ModuleX {\n  declare readonly credentials: Credentials;\n}\n",
];
const credentials = [
  "packages/sdk/src/resources/credentials.ts",
  [
    "export class Credentials extends APIResource {",
    "  readonly oauth2: OAuth2;",
    "  /**",
    "   * List credentials.",
    "   *",
    "   * Operation `listCredentials`: `GET /credentials`.",
    "   * @example",
    "   */",
    "  list(query) {}",
    "}",
    "",
  ].join("\n"),
];
const oauth2 = [
  "packages/sdk/src/resources/oauth2.ts",
  "export class OAuth2 extends APIResource {\n  /**\n   * Operation `authorizeCredentialOAuth2`: `POST /x`.\n   */\n  async authorize(body) {}\n}\n",
];

describe("sdkMethods", () => {
  it("names each operation's method by its path from the client, nested namespaces included", () => {
    const methods = sdkMethods([client, credentials], [credentials, oauth2]);
    expect(methods.listCredentials).toEqual({ call: "mx.credentials.list()", file: credentials[0], line: 9 });
    expect(methods.authorizeCredentialOAuth2).toEqual({
      call: "mx.credentials.oauth2.authorize()",
      file: oauth2[0],
      line: 5,
    });
  });
});

describe("mockRoutes", () => {
  it("finds the line of each route's operationId", () => {
    const file = [
      "mock-server/src/handlers/x.ts",
      'export const routes = [\n  route({\n    operationId: "getMe",\n  }),\n];\n',
    ];
    expect(mockRoutes([file])).toEqual({ getMe: { file: file[0], line: 3 } });
  });
});

describe("contractScenarios", () => {
  it("lists the scenarios naming an operation, and apart those walking every operation", () => {
    const found = contractScenarios(
      [
        ["s/lifecycle.ts", 'send({ operationId: "createCredential" }); send({ operationId: "getMe" })'],
        ["s/generated-cases.ts", "for (const [id] of publicOperations()) send(id)"],
        ["s/discover.ts", 'send({ operationId: "getMe" })'],
      ],
      ["getMe", "createCredential", "deleteMember"],
    );
    expect(found.byOperation).toEqual({
      getMe: ["lifecycle", "discover"],
      createCredential: ["lifecycle"],
      deleteMember: [],
    });
    expect(found.walkers).toEqual(["generated-cases"]);
  });
});

describe("operationMap", () => {
  it("has one row per public operation with links to each place, and a dash where a part has none", () => {
    const page = operationMap({
      index: {
        getMe: { spec: "modulex", method: "GET", path: "/me", tag: "Identity" },
        mockReset: { spec: "control", method: "POST", path: "/__mock/reset", tag: null },
        listCredentials: { spec: "modulex", method: "GET", path: "/credentials", tag: "Credentials" },
      },
      specFile: "openapi/modulex.yaml",
      specText:
        "paths:\n  /me:\n    get:\n      operationId: getMe\n  /credentials:\n    get:\n      operationId: listCredentials\n",
      sdk: { getMe: { call: "mx.me.retrieve()", file: "packages/sdk/src/resources/me.ts", line: 12 } },
      mock: { getMe: { file: "mock-server/src/handlers/identity.ts", line: 20 } },
      contract: { byOperation: { getMe: ["discover"] }, walkers: ["generated-cases"] },
    });
    expect(page).toContain(
      "| `getMe` | Identity: `GET /me` in [modulex.yaml](../openapi/modulex.yaml) | `mx.me.retrieve()` in [me.ts](../packages/sdk/src/resources/me.ts) | [identity.ts](../mock-server/src/handlers/identity.ts) | `discover` |",
    );
    expect(page).toContain(
      "| `listCredentials` | Credentials: `GET /credentials` in [modulex.yaml](../openapi/modulex.yaml) | — | — | — |",
    );
    expect(page).not.toContain("mockReset");
    expect(page).toContain("walk the spec: `generated-cases`");
  });
  it("refuses an operation the spec text does not declare", () => {
    const args = {
      index: { gone: { spec: "modulex", method: "GET", path: "/gone" } },
      specFile: "s.yaml",
      specText: "paths: {}\n",
      sdk: {},
      mock: {},
      contract: { byOperation: {}, walkers: [] },
    };
    expect(() => operationMap(args)).toThrow(/s.yaml has no operationId gone/);
  });
});
