import { describe, expect, test } from "vitest";
import { maskedValueProblems } from "./masked-value-problems.js";
import type { KnownCredential } from "./secret-registry.js";

const known = new Map<string, KnownCredential>([
  ["c-api", { authType: "api_key", authData: { api_key: "xoxb-your-slack-token" } }],
  ["c-custom", { authType: "custom", authData: { domain: "acme.atlassian.net", api_token: "short-token" } }],
]);
const lookup = (id: string) => known.get(id);

describe("maskedValueProblems", () => {
  test("a detail that follows the rule has no problem", () => {
    const body = { credential_id: "c-api", auth_summary: "xoxb***oken", auth_data_masked: { api_key: "xoxb***oken" } };
    expect(maskedValueProblems(body, lookup)).toEqual([]);
  });

  test("every stored field is masked, short ones as ***", () => {
    const body = {
      credential: {
        credential_id: "c-custom",
        auth_summary: "Jira custom",
        auth_data_masked: { domain: "acme***.net", api_token: "***" },
      },
    };
    expect(maskedValueProblems(body, lookup)).toEqual([]);
  });

  test("a leaked or sloppy mask, a missing field and an invented one are problems", () => {
    const leaked = maskedValueProblems(
      { credential_id: "c-api", auth_summary: "xoxb-your-slack-token", auth_data_masked: null },
      lookup,
    );
    expect(leaked).toHaveLength(1);
    expect(leaked[0]).toContain("auth_summary");
    const sloppy = maskedValueProblems(
      { credential_id: "c-custom", auth_data_masked: { domain: "acme.a***.net", extra: "***" } },
      lookup,
    );
    expect(sloppy.join("\n")).toMatch(/domain/);
    expect(sloppy.join("\n")).toMatch(/lacks the stored field 'api_token'/);
    expect(sloppy.join("\n")).toMatch(/'extra', which was never stored/);
  });

  test("the docs' shape: auth_data_masked as the masked secret (a string) of an API-key credential", () => {
    expect(maskedValueProblems({ credential_id: "c-api", auth_data_masked: "xoxb***oken" }, lookup)).toEqual([]);
    expect(maskedValueProblems({ credential_id: "c-api", auth_data_masked: "xoxb-y***oken" }, lookup)).toEqual([
      "body.auth_data_masked is 'xoxb-y***oken', the rule gives 'xoxb***oken'",
    ]);
    // A custom credential's string is a label: not judged (the leak check still reads it).
    expect(maskedValueProblems({ credential_id: "c-custom", auth_data_masked: "Jira custom" }, lookup)).toEqual([]);
  });

  test("credentials the run did not create are not judged", () => {
    expect(maskedValueProblems({ credential_id: "unknown", auth_summary: "anything" }, lookup)).toEqual([]);
  });
});
