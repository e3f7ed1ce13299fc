import { describe, expect, it } from "vitest";
import { detectAuthType } from "./detect-auth-type.js";
import { findIntegration } from "../model/catalog.js";

const slack = findIntegration("slack")!;
const openai = findIntegration("openai")!;
const jira = findIntegration("jira")!;
const tavily = findIntegration("tavily")!;

describe("detectAuthType", () => {
  it("detects from auth_data keys in the documented order: access_token, api_key, token", () => {
    expect(detectAuthType({ auth_data: { access_token: "a", api_key: "b", token: "c" } }, slack)).toEqual({
      ok: true,
      authType: "oauth2",
    });
    expect(detectAuthType({ auth_data: { api_key: "b", token: "c" } }, slack)).toEqual({
      ok: true,
      authType: "api_key",
    });
    expect(detectAuthType({ auth_data: { token: "c" } }, slack)).toEqual({ ok: true, authType: "bearer_token" });
  });
  it("lets an explicit auth_type win, with legacy bearer meaning bearer_token", () => {
    expect(detectAuthType({ auth_type: "bearer", auth_data: { token: "x" } }, slack)).toEqual({
      ok: true,
      authType: "bearer_token",
    });
    expect(detectAuthType({ auth_type: "api_key", auth_data: { api_key: "x", access_token: "y" } }, slack)).toEqual({
      ok: true,
      authType: "api_key",
    });
  });
  it("requires the explicit type's secret field, as a string", () => {
    expect(detectAuthType({ auth_type: "api_key", auth_data: { token: "x" } }, slack)).toMatchObject({
      ok: false,
      problem: expect.stringContaining("auth_data.api_key is required"),
    });
    expect(detectAuthType({ auth_data: { api_key: 42 } }, slack)).toMatchObject({
      ok: false,
      problem: expect.stringContaining("must be a string"),
    });
  });
  it("takes modulex_key only explicitly and without auth_data", () => {
    expect(detectAuthType({ auth_type: "modulex_key" }, openai)).toEqual({ ok: true, authType: "modulex_key" });
    expect(detectAuthType({ auth_type: "modulex_key", auth_data: { api_key: "x" } }, openai)).toMatchObject({
      ok: false,
    });
    expect(detectAuthType({}, openai)).toMatchObject({
      ok: false,
      problem: expect.stringContaining("auth_data is required"),
    });
  });
  it("takes custom only explicitly, with the manifest's required fields and no others", () => {
    const full = { domain: "acme.atlassian.net", email: "ops@acme.test", api_token: "t" };
    expect(detectAuthType({ auth_type: "custom", auth_data: full }, jira)).toEqual({ ok: true, authType: "custom" });
    expect(detectAuthType({ auth_type: "custom", auth_data: { domain: "d" } }, jira)).toMatchObject({
      ok: false,
      problem: expect.stringContaining("email, api_token"),
    });
    expect(detectAuthType({ auth_type: "custom", auth_data: { ...full, extra: "x" } }, jira)).toMatchObject({
      ok: false,
      problem: expect.stringContaining("extra"),
    });
    expect(detectAuthType({ auth_data: { domain: "d" } }, jira)).toMatchObject({
      ok: false,
      problem: expect.stringContaining("cannot detect"),
    });
  });
  it("refuses an auth type the integration does not support", () => {
    expect(detectAuthType({ auth_data: { access_token: "x" } }, tavily)).toMatchObject({
      ok: false,
      problem: expect.stringContaining("does not support auth type oauth2"),
    });
  });
});
