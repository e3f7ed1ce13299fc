// The README's curl session runs as written (against a mock on a free port) and every answer it
// prints conforms to the spec: a newcomer's first contact must not drift from the code.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { check, OPERATIONS, responseViolations } from "@modulex/spec/contract";
import { startServer, type RunningServer } from "@modulex/mock-server/node";

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
const session = readme.match(/```sh\n(MX=http:\/\/127\.0\.0\.1:4010\n[\s\S]*?)```/)?.[1];

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ port: 0 });
});
afterAll(() => server.close());

const body = (operationId: string, status: string, text: string) =>
  check(OPERATIONS[operationId]!.responses[status]!.validator!, JSON.parse(text), `${operationId} ${status}`);

describe("README curl session", () => {
  it("lists, creates, gets masked, sets default, deletes, shows a 403 and a 429 — all spec-valid", async () => {
    expect(session, "the README's curl session block").toBeTruthy();
    const script = session!.replace("http://127.0.0.1:4010", server.url);
    // Async: the mock answers from this same process, so the event loop must stay free.
    const { stdout: out } = await promisify(execFile)("bash", ["-c", script], { encoding: "utf8", timeout: 20_000 });
    const [list, detail, setDefault, deleted, forbidden, fault, ...rest] = out.split("\n");
    expect(body("listCredentials", "200", list!)).toEqual([]);
    expect(body("getCredential", "200", detail!)).toEqual([]);
    expect(JSON.parse(detail!).auth_data_masked).toEqual({ api_key: "xoxb***adme" });
    expect(out).not.toContain("xoxb-new-token-from-the-readme");
    expect(body("setDefaultCredential", "200", setDefault!)).toEqual([]);
    expect(JSON.parse(setDefault!).is_default).toBe(true);
    expect(deleted).toBe("204");
    expect(body("listCredentials", "403", forbidden!)).toEqual([]);
    expect(JSON.parse(fault!).status).toBe(429);
    // The last answer was printed with -i: status line, headers, blank line, body.
    const raw = rest.join("\n").replace(/\r/g, "");
    const [head, text] = raw.split("\n\n");
    const [statusLine, ...headerLines] = head!.split("\n");
    expect(statusLine).toMatch(/^HTTP\/1\.1 429 /);
    const headers = new Headers(
      headerLines.map((l): [string, string] => [l.slice(0, l.indexOf(":")), l.slice(l.indexOf(":") + 1).trim()]),
    );
    expect(headers.get("retry-after")).toBe("30");
    expect(responseViolations("listCredentials", { status: 429, headers, body: JSON.parse(text!), text })).toEqual([]);
  });
});
