import { describe, expect, test } from "vitest";
import { curlCommand } from "./curl-command.js";

describe("curlCommand", () => {
  test("names the principal's environment variable, never its token, and quotes the rest for a POSIX shell", () => {
    const curl = curlCommand({
      method: "POST",
      url: "http://127.0.0.1:4010/credentials?x=1&y=2",
      headers: { "x-organization-id": "9a1f0c7e-2b44-4f1a-9c3d-7e5b2a1d8f60", "content-type": "application/json" },
      principal: "owner",
      body: `{"display_name":"it's"}`,
    });
    expect(curl).toBe(
      `curl -sS -i -X POST 'http://127.0.0.1:4010/credentials?x=1&y=2' -H "Authorization: Bearer $MODULEX_CONTRACT_API_KEY" ` +
        `-H 'x-organization-id: 9a1f0c7e-2b44-4f1a-9c3d-7e5b2a1d8f60' -H 'content-type: application/json' --data-raw '{"display_name":"it'\\''s"}'`,
    );
  });
  test("each principal has its variable; a raw Authorization is shown as sent; a huge body is cut", () => {
    expect(curlCommand({ method: "GET", url: "http://h/me", headers: {}, principal: "jwt" })).toContain(
      "$MODULEX_CONTRACT_JWT",
    );
    expect(curlCommand({ method: "GET", url: "http://h/me", headers: {}, principal: "locked" })).toContain(
      "$MODULEX_CONTRACT_LOCKED_KEY",
    );
    expect(
      curlCommand({
        method: "GET",
        url: "http://h/me",
        headers: {},
        principal: null,
        rawAuthorization: "Basic dXNlcg==",
      }),
    ).toContain(`-H 'Authorization: Basic dXNlcg=='`);
    const cut = curlCommand({
      method: "POST",
      url: "http://h/credentials",
      headers: {},
      principal: "owner",
      body: "x".repeat(5000),
    });
    expect(cut).toMatch(/# body cut: 5000 bytes in all$/);
    expect(cut.length).toBeLessThan(2300);
  });
});
