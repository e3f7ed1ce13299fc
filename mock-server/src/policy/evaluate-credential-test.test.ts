import { describe, expect, it } from "vitest";
import { evaluateCredentialTest } from "./evaluate-credential-test.js";
import { findIntegration } from "../model/catalog.js";

const now = 1_000_000;
const run = (name: string, authType: any, authData: any, expiresAt: number | null = null) =>
  evaluateCredentialTest({ integration: findIntegration(name)!, authType, authData, expiresAt, now });

describe("evaluateCredentialTest (the documented, deterministic test rules)", () => {
  it("expired → is_valid false, 'Credential has expired'", () => {
    expect(run("tavily", "api_key", { api_key: "tvly-ok" }, now)).toMatchObject({
      kind: "result",
      result: { is_valid: false, message: "Credential has expired", test_method: "none" },
    });
  });
  it("no test endpoint → valid with test_method none", () => {
    expect(run("google_drive", "oauth2", { access_token: "invalid" })).toMatchObject({
      result: { is_valid: true, test_method: "none", test_endpoint: null },
    });
  });
  it("integration prefixes: tavily tvly-, openai sk-, anthropic sk-ant-, slack xox", () => {
    expect(run("tavily", "api_key", { api_key: "tvly-good" })).toMatchObject({
      result: { is_valid: true, status_code: 200, test_method: "api_call" },
    });
    expect(run("tavily", "api_key", { api_key: "sk-wrong" })).toMatchObject({
      result: { is_valid: false, status_code: 401 },
    });
    expect(run("openai", "api_key", { api_key: "sk-proj-1" })).toMatchObject({ result: { is_valid: true } });
    expect(run("anthropic", "api_key", { api_key: "sk-proj-1" })).toMatchObject({ result: { is_valid: false } });
    expect(run("anthropic", "api_key", { api_key: "sk-ant-1" })).toMatchObject({ result: { is_valid: true } });
    expect(run("slack", "bearer_token", { token: "xoxp-1" })).toMatchObject({ result: { is_valid: true } });
  });
  it("any secret containing 'invalid' fails; 'unreachable' simulates an unreachable endpoint", () => {
    expect(run("slack", "api_key", { api_key: "xoxb-invalid-token" })).toMatchObject({
      result: { is_valid: false, status_code: 401 },
    });
    expect(run("slack", "api_key", { api_key: "xoxb-unreachable" })).toMatchObject({ kind: "unreachable" });
  });
  it("modulex_key → basic, valid", () => {
    expect(run("openai", "modulex_key", null)).toMatchObject({ result: { is_valid: true, test_method: "basic" } });
  });
  it("never puts the secret in the message", () => {
    const outcome = run("tavily", "api_key", { api_key: "sk-not-a-tavily-key-123" });
    expect(JSON.stringify(outcome)).not.toContain("sk-not-a-tavily-key-123");
  });
});
