import { describe, expect, test } from "vitest";
import { submittedSecrets } from "./submitted-secrets.js";

describe("submittedSecrets", () => {
  test("auth_data's strings and oauth_config.client_secret", () => {
    const body = {
      integration_name: "github",
      auth_data: { access_token: "tok-mxcAccess0001", expires_in: 3600 },
      oauth_config: { client_id: "id", client_secret: "sk-mxcClientSecret01" },
    };
    expect(submittedSecrets(body)).toEqual([
      { secret: "tok-mxcAccess0001", label: "credential secret" },
      { secret: "sk-mxcClientSecret01", label: "OAuth client secret" },
    ]);
  });
  test("nothing in bodies without them", () => {
    expect(submittedSecrets(undefined)).toEqual([]);
    expect(submittedSecrets("text")).toEqual([]);
    expect(submittedSecrets({ display_name: "x", auth_data: null, oauth_config: { client_secret: 1 } })).toEqual([]);
  });
});
