import { describe, expect, it } from "vitest";
import { knownText, textResponse, withBody } from "./json-text.js";

describe("textResponse and withBody", () => {
  it("keeps the text beside a bodiless Response, and withBody puts it in as the body", async () => {
    const response = textResponse('{"a":1}', { status: 201, headers: { "Content-Type": "application/json" } });
    expect(response.body).toBeNull();
    expect(knownText(response)).toBe('{"a":1}');
    const full = withBody(response);
    expect(full.status).toBe(201);
    expect(full.headers.get("content-type")).toBe("application/json");
    expect(await full.text()).toBe('{"a":1}');
  });
  it("leaves any other Response as it is", () => {
    const other = new Response("x");
    expect(withBody(other)).toBe(other);
    expect(knownText(other)).toBeUndefined();
  });
});
