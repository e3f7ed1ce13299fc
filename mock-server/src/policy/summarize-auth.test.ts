import { describe, expect, it } from "vitest";
import { maskAuthData, summarizeAuth } from "./summarize-auth.js";
import { findIntegration } from "../model/catalog.js";

const slack = findIntegration("slack")!;
const jira = findIntegration("jira")!;

describe("summarizeAuth (auth_summary)", () => {
  it("labels OAuth2 and ModuleX-managed credentials", () => {
    expect(summarizeAuth("oauth2", { access_token: "gho_16C7e42F292c6912E7710c838347Ae178B4a" }, slack)).toBe(
      "OAuth2 connection",
    );
    expect(summarizeAuth("modulex_key", null, slack)).toBe("ModuleX-managed key");
  });
  it("masks the secret of API-key and bearer credentials", () => {
    expect(summarizeAuth("api_key", { api_key: "xoxb-your-slack-token" }, slack)).toBe("xoxb***oken");
    expect(summarizeAuth("bearer_token", { token: "short" }, slack)).toBe("***");
  });
  it("masks the first secret field of a custom manifest", () => {
    expect(
      summarizeAuth(
        "custom",
        { domain: "acme.atlassian.net", email: "ops@acme.test", api_token: "ATATT3xFfGF0demoJiraToken1234" },
        jira,
      ),
    ).toBe("ATAT***1234");
  });
});

describe("maskAuthData (auth_data_masked)", () => {
  it("masks every field, secret or not, and never returns a value in full", () => {
    expect(maskAuthData({ api_key: "xoxb-your-slack-token", n: 5, flag: true })).toEqual({
      api_key: "xoxb***oken",
      n: "***",
      flag: "***",
    });
    expect(maskAuthData(null)).toBeNull();
  });
});
