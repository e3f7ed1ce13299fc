import { describe, expect, test } from "vitest";
import { formatJunit } from "./format-junit.js";
import type { Failure } from "./results.js";
import type { Report } from "./report.js";

interface Node {
  name: string;
  attrs: Record<string, string>;
  children: Node[];
  text: string;
}

const ENTITY: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const decode = (s: string) =>
  s.replace(/&(#\d+|\w+);/g, (_, e: string) =>
    e.startsWith("#") ? String.fromCodePoint(Number(e.slice(1))) : ENTITY[e]!,
  );

/** A strict little XML reader: throws on anything not well-formed, so escaping bugs fail the tests. */
function parse(xml: string): Node {
  const prolog = '<?xml version="1.0" encoding="UTF-8"?>\n';
  if (!xml.startsWith(prolog)) throw new Error("missing XML declaration");
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters XML 1.0 forbids.
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(xml)) throw new Error("illegal character");
  const token = /<\/([\w-]+)>|<([\w-]+)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  const stack: Node[] = [{ name: "#document", attrs: {}, children: [], text: "" }];
  token.lastIndex = prolog.length;
  while (token.lastIndex < xml.length) {
    const start = token.lastIndex;
    const m = token.exec(xml);
    if (!m) throw new Error(`not well-formed at ${start}: ${xml.slice(start, start + 40)}`);
    const [, close, open, rawAttrs, selfClosing, text] = m;
    const top = stack.at(-1)!;
    if (text !== undefined) {
      if (/&(?!(amp|lt|gt|quot|apos|#\d+);)/.test(text)) throw new Error(`bare & in text: ${text}`);
      top.text += decode(text);
    } else if (close !== undefined) {
      if (top.name !== close) throw new Error(`</${close}> closes <${top.name}>`);
      stack.pop();
    } else {
      const attrs: Record<string, string> = {};
      for (const [, k, v] of rawAttrs!.matchAll(/([\w:-]+)="([^"]*)"/g)) {
        if (/&(?!(amp|lt|gt|quot|apos|#\d+);)/.test(v!)) throw new Error(`bare & in attribute ${k}`);
        if (k! in attrs) throw new Error(`duplicate attribute ${k}`);
        attrs[k!] = decode(v!);
      }
      const node: Node = { name: open!, attrs, children: [], text: "" };
      top.children.push(node);
      if (!selfClosing) stack.push(node);
    }
  }
  if (stack.length !== 1) throw new Error(`unclosed <${stack.at(-1)!.name}>`);
  const roots = stack[0]!.children;
  if (roots.length !== 1) throw new Error("expected one root element");
  return roots[0]!;
}

const kids = (n: Node, name: string) => n.children.filter((c) => c.name === name);
const suite = (root: Node, name: string) => kids(root, "testsuite").find((s) => s.attrs.name === name);
const testcase = (s: Node | undefined, name: string) =>
  s ? kids(s, "testcase").find((c) => c.attrs.name === name) : undefined;

type Check = Report["checks"][number];
const check = (name: string, passed: number, failed: number): Check =>
  ({
    name,
    description: `what ${name} verifies`,
    passed,
    failed,
    verdict: failed ? "failed" : passed ? "held" : "skipped",
  }) as unknown as Check;

function makeReport(fields: Partial<Report> = {}): Report {
  return {
    ok: false,
    profile: "default",
    baseUrl: "http://127.0.0.1:4010",
    org: "org-1",
    seed: 7,
    runs: 1,
    requests: 42,
    requestsByPrincipal: {},
    checks: [],
    operations: {},
    failures: [],
    warnings: [],
    notes: [],
    stopped: null,
    skippedOperations: [],
    skippedChecks: [],
    started: true,
    fatal: null,
    ...fields,
  } as unknown as Report;
}

const failure = (check: string, operationId: string, message: string, extra: Partial<Failure> = {}) =>
  ({ check, operationId, message, ...extra }) as Failure;

const sample = () =>
  makeReport({
    checks: [check("status_code_conformance", 5, 2), check("missing_auth", 3, 0), check("tenant_isolation", 0, 0)],
    operations: {
      listIntegrations: { status_code_conformance: { passed: 2, failed: 0 }, missing_auth: { passed: 1, failed: 0 } },
      getMe: { status_code_conformance: { passed: 3, failed: 2 }, missing_auth: { passed: 2, failed: 0 } },
    } as unknown as Report["operations"],
    failures: [
      failure("status_code_conformance", "getMe", "status 418 is not declared", {
        request: "GET /me",
        status: 418,
        response: '{"teapot":true}',
      }),
      failure("status_code_conformance", "getMe", "status 299 is not declared", {
        request: "GET /me?x=1",
        status: 299,
      }),
    ],
    notes: ["tenant_isolation skipped: no --outsider-key"],
  });

describe("formatJunit", () => {
  test("one suite per check in report order, one case per operation, sorted, with totals", () => {
    const xml = formatJunit(sample());
    const root = parse(xml);
    expect(root.name).toBe("testsuites");
    expect(root.attrs).toMatchObject({
      name: "modulex-contract",
      tests: "5",
      failures: "1",
      errors: "0",
      skipped: "1",
    });
    expect(xml.match(/<testcase\b/g)).toHaveLength(5);
    expect(kids(root, "testsuite").map((s) => s.attrs.name)).toEqual([
      "run",
      "status_code_conformance",
      "missing_auth",
      "tenant_isolation",
    ]);
    const status = suite(root, "status_code_conformance")!;
    expect(status.attrs).toMatchObject({ tests: "2", failures: "1", skipped: "0" });
    expect(kids(status, "testcase").map((c) => [c.attrs.classname, c.attrs.name])).toEqual([
      ["status_code_conformance", "getMe"],
      ["status_code_conformance", "listIntegrations"],
    ]);
    expect(kids(testcase(status, "listIntegrations")!, "failure")).toHaveLength(0);
    expect(kids(testcase(suite(root, "missing_auth"), "getMe")!, "failure")).toHaveLength(0);
  });

  test("a failing case carries the first failure's message and lists every failure of the pair", () => {
    const root = parse(formatJunit(sample()));
    const failures = kids(testcase(suite(root, "status_code_conformance"), "getMe")!, "failure");
    expect(failures).toHaveLength(1);
    expect(failures[0]!.attrs.message).toBe("status 418 is not declared");
    const text = failures[0]!.text;
    for (const part of [
      "status 418 is not declared",
      "request: GET /me",
      "status: 418",
      'response: {"teapot":true}',
      "status 299 is not declared",
      "request: GET /me?x=1",
      "status: 299",
    ]) {
      expect(text).toContain(part);
    }
    expect(text.indexOf("418")).toBeLessThan(text.indexOf("299"));
  });

  test("escapes markup and drops characters XML 1.0 cannot carry", () => {
    const message = `bad <&"'> value\u0001\u000B\uD800 kept \u{1F600}\nsecond line`;
    const xml = formatJunit(
      makeReport({
        checks: [check("response_schema_conformance", 0, 1)],
        operations: {
          getMe: { response_schema_conformance: { passed: 0, failed: 1 } },
        } as unknown as Report["operations"],
        failures: [failure("response_schema_conformance", "getMe", message, { response: "</failure><x>&" })],
      }),
    );
    expect(xml).toContain('message="bad &lt;&amp;&quot;&apos;&gt; value kept \u{1F600}&#10;second line"');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters the input held.
    expect(xml).not.toMatch(/[\u0001\u000B]/);
    expect(xml).not.toMatch(/\uD800(?![\uDC00-\uDFFF])/);
    const f = kids(testcase(suite(parse(xml), "response_schema_conformance"), "getMe")!, "failure")[0]!;
    expect(f.attrs.message).toBe(`bad <&"'> value kept \u{1F600}\nsecond line`);
    expect(f.text).toContain("response: </failure><x>&");
  });

  test("a check that never ran gets a visible skipped case", () => {
    const root = parse(formatJunit(sample()));
    const skipped = suite(root, "tenant_isolation")!;
    expect(skipped.attrs).toMatchObject({ tests: "1", skipped: "1", failures: "0" });
    const cases = kids(skipped, "testcase");
    expect(cases.map((c) => c.attrs.name)).toEqual(["(not run)"]);
    expect(kids(cases[0]!, "skipped")[0]!.attrs.message).toMatch(/never ran/);
  });

  test("warnings go to the case's system-out and never fail it, even without a tally", () => {
    const report = sample();
    report.warnings = [
      failure("missing_auth", "getMe", "body shape TBD: extra field", { request: "GET /me", status: 401 }),
      failure("missing_auth", "listAuditEvents", "body shape TBD: no detail"),
    ];
    const root = parse(formatJunit(report));
    expect(root.attrs).toMatchObject({ tests: "6", failures: "1" });
    const auth = suite(root, "missing_auth")!;
    expect(kids(auth, "testcase").map((c) => c.attrs.name)).toEqual(["getMe", "listAuditEvents", "listIntegrations"]);
    const getMe = testcase(auth, "getMe")!;
    expect(kids(getMe, "failure")).toHaveLength(0);
    expect(kids(getMe, "system-out")[0]!.text).toBe(
      "warning: body shape TBD: extra field\nrequest: GET /me\nstatus: 401",
    );
    const untallied = testcase(auth, "listAuditEvents")!;
    expect(kids(untallied, "failure")).toHaveLength(0);
    expect(kids(untallied, "system-out")[0]!.text).toContain("body shape TBD: no detail");
    expect(kids(testcase(auth, "listIntegrations")!, "system-out")).toHaveLength(0);
  });

  test("a run that could not start is an error in the run suite", () => {
    const root = parse(
      formatJunit(
        makeReport({
          started: false,
          fatal: "server at http://127.0.0.1:1 did not answer <ECONNREFUSED>",
          checks: [check("missing_auth", 0, 0)],
        }),
      ),
    );
    expect(root.attrs).toMatchObject({ tests: "2", errors: "1", skipped: "1", failures: "0" });
    const run = suite(root, "run")!;
    expect(run.attrs).toMatchObject({ tests: "1", errors: "1" });
    const error = kids(testcase(run, "run")!, "error")[0]!;
    expect(error.attrs.message).toBe("server at http://127.0.0.1:1 did not answer <ECONNREFUSED>");
    expect(error.text).toMatch(/could not start/);
    expect(kids(testcase(suite(root, "missing_auth"), "(not run)")!, "skipped")).toHaveLength(1);
  });

  test("a run that stopped early is an error too; a clean run has no run case", () => {
    const stopped = parse(formatJunit(makeReport({ fatal: "request timed out" })));
    expect(kids(testcase(suite(stopped, "run"), "run")!, "error")[0]!.text).toBe(
      "The run stopped early: request timed out",
    );
    const clean = parse(formatJunit(sample()));
    expect(kids(suite(clean, "run")!, "testcase")).toHaveLength(0);
  });

  test("the run suite carries the properties and the notes", () => {
    const report = sample();
    report.profile = "strict";
    const run = suite(parse(formatJunit(report)), "run")!;
    const props = Object.fromEntries(
      kids(kids(run, "properties")[0]!, "property").map((p) => [p.attrs.name, p.attrs.value]),
    );
    expect(props).toMatchObject({ baseUrl: "http://127.0.0.1:4010", profile: "strict", requests: "42" });
    expect(kids(run, "system-out")[0]!.text).toBe("- tenant_isolation skipped: no --outsider-key");
    const byDefault = suite(parse(formatJunit(sample())), "run")!;
    expect(
      kids(kids(byDefault, "properties")[0]!, "property").find((p) => p.attrs.name === "profile")?.attrs.value,
    ).toBe("default");
  });

  test("the output depends only on the report's content, not on key order", () => {
    const a = sample();
    const b = sample();
    b.operations = Object.fromEntries(Object.entries(b.operations).reverse());
    expect(formatJunit(a)).toBe(formatJunit(b));
    expect(formatJunit(a)).not.toMatch(/timestamp|\d{4}-\d\d-\d\dT/);
  });
});
