import { describe, expect, test } from "vitest";
import { parseCliArgs } from "./parse-cli-args.js";
import { excludedOperations } from "../options/excluded-operations.js";

const required = [
  "--base-url",
  "http://127.0.0.1:4010",
  "--org",
  "9a1f0c7e-2b44-4f1a-9c3d-7e5b2a1d8f60",
  "--api-key",
  "mx_live_k",
];

describe("parseCliArgs", () => {
  test("the three required flags make a run with the defaults", () => {
    const command = parseCliArgs(required);
    expect(command).toMatchObject({ kind: "run", json: false, reportFile: null });
    if (command.kind !== "run") return;
    expect(command.options).toMatchObject({
      baseUrl: "http://127.0.0.1:4010",
      apiKey: "mx_live_k",
      rateLimit: true,
      requireCoverage: false,
      seed: undefined,
      runs: undefined,
    });
  });

  test("every flag", () => {
    const command = parseCliArgs([
      ...required,
      "--jwt",
      "j",
      "--admin-key",
      "a",
      "--member-key",
      "m",
      "--inactive-key",
      "i",
      "--outsider-key",
      "o",
      "--locked-key",
      "l",
      "--other-org",
      "4d7e2a90-6b1c-4f3e-8a5d-2c9b0e1f3a47",
      "--seed=-3",
      "--runs",
      "20",
      "--timeout",
      "9000",
      "--no-rate-limit",
      "--require-coverage",
      "--json",
      "--report",
      "r.md",
    ]);
    expect(command).toMatchObject({
      kind: "run",
      json: true,
      reportFile: "r.md",
      options: {
        jwt: "j",
        adminKey: "a",
        memberKey: "m",
        inactiveKey: "i",
        outsiderKey: "o",
        lockedKey: "l",
        seed: -3,
        runs: 20,
        requestTimeoutMs: 9000,
        rateLimit: false,
        requireCoverage: true,
      },
    });
  });

  test("keys can come from the environment; a flag wins over the environment", () => {
    const env = {
      MODULEX_CONTRACT_API_KEY: "from-env",
      MODULEX_CONTRACT_JWT: "jwt-env",
      MODULEX_CONTRACT_OUTSIDER_KEY: "out-env",
    };
    const command = parseCliArgs(
      ["--base-url", "http://x.test", "--org", "9a1f0c7e-2b44-4f1a-9c3d-7e5b2a1d8f60", "--outsider-key", "flag"],
      env,
    );
    expect(command).toMatchObject({
      kind: "run",
      options: { apiKey: "from-env", jwt: "jwt-env", outsiderKey: "flag" },
    });
  });

  test.each([
    [[], /missing --base-url, --org, --api-key/],
    [["--base-url", "not a url", "--org", "o", "--api-key", "k"], /not a URL/],
    [[...required, "--runs", "0"], /--runs must be from 1 to 1000/],
    [[...required, "--seed", "abc"], /--seed must be an integer/],
    [[...required, "--timeout", "0"], /--timeout must be a positive/],
    [[...required, "--unknown"], /Unknown option/],
  ])("%j is a usage error", (argv, message) => {
    const command = parseCliArgs(argv as string[]);
    expect(command.kind).toBe("error");
    if (command.kind === "error") expect(command.message).toMatch(message);
  });

  test.each([
    ["a user name and password", "http://user:hunter2secret@127.0.0.1:4010"],
    ["a user name", "https://hunter2secret@staging.example.com"],
    ["only a password", "http://:hunter2secret@127.0.0.1:4010"],
    ["a password and no valid port", "http://user:hunter2secret@127.0.0.1:99999"],
  ])("a --base-url with %s is a usage error that does not repeat it", (_name, url) => {
    const command = parseCliArgs([
      "--base-url",
      url,
      "--org",
      "9a1f0c7e-2b44-4f1a-9c3d-7e5b2a1d8f60",
      "--api-key",
      "mx_live_k",
    ]);
    expect(command.kind).toBe("error");
    if (command.kind !== "error") return;
    expect(command.message).toMatch(/--base-url (must not contain a user name or password|is not a URL$)/);
    expect(command.message).not.toContain("hunter2secret");
  });

  test.each([
    [["--base-url", "ftp://127.0.0.1:4010"], /--base-url must be an http:\/\/ or https:\/\/ URL/],
    [["--base-url", "http://127.0.0.1:4010/?tenant=1"], /--base-url must not have a query/],
    [["--org", "not-a-uuid"], /--org must be an organization id \(a UUID/],
    [["--org", "mx_live_MisplacedKey00000000000000000000000000"], /--org must be an organization id/],
    [["--other-org", "not-a-uuid"], /--other-org must be an organization id/],
    [["--other-org", "9A1F0C7E-2B44-4F1A-9C3D-7E5B2A1D8F60"], /--other-org must be another organization than --org/],
  ])("%j is a usage error", (override, message) => {
    const args = [...required];
    for (let i = 0; i < override.length; i += 2) {
      const at = args.indexOf(override[i]!);
      if (at >= 0) args[at + 1] = override[i + 1]!;
      else args.push(override[i]!, override[i + 1]!);
    }
    const command = parseCliArgs(args);
    expect(command.kind).toBe("error");
    if (command.kind !== "error") return;
    expect(command.message).toMatch(message);
    expect(command.message).not.toContain("mx_live_Misplaced");
  });

  test("--help", () => expect(parseCliArgs(["--help"])).toEqual({ kind: "help" }));
});

describe("parseCliArgs: load, time and selection", () => {
  test("the bounds, pacing and selection flags", () => {
    const command = parseCliArgs([
      ...required,
      "--max-requests",
      "2000",
      "--rate",
      "600/m",
      "--concurrency",
      "4",
      "--max-duration",
      "5m",
      "--quiet",
      "--exclude-operation",
      "Members",
      "--exclude-operation",
      "createOrganization,refreshCredentialOAuth2",
      "--exclude-checks",
      "tenant_isolation",
    ]);
    expect(command).toMatchObject({
      kind: "run",
      quiet: true,
      options: { maxRequests: 2000, ratePerSecond: 10, concurrency: 4, maxDurationMs: 300_000 },
    });
    if (command.kind !== "run") return;
    expect(command.options.excludeOperations).toEqual(["Members", "createOrganization", "refreshCredentialOAuth2"]);
    expect(command.options.checks).not.toContain("tenant_isolation");
    expect(command.options.checks).toContain("no_secret_leak");
  });
  test("--include-operation keeps what the run starts with (getMe, listIntegrations)", () => {
    const command = parseCliArgs([...required, "--include-operation", "Credentials"]);
    expect(command.kind).toBe("run");
    if (command.kind !== "run") return;
    const left = excludedOperations(command.options.includeOperations, command.options.excludeOperations);
    expect(left).not.toContain("getMe");
    expect(left).not.toContain("listIntegrations");
    expect(left).toContain("listMembers");
    expect(left).not.toContain("createCredential");
  });
  test("durations and rates in their forms", () => {
    for (const [flag, raw, key, value] of [
      ["--max-duration", "90", "maxDurationMs", 90_000],
      ["--max-duration", "90s", "maxDurationMs", 90_000],
      ["--max-duration", "1500ms", "maxDurationMs", 1500],
      ["--rate", "20", "ratePerSecond", 20],
      ["--rate", "20/s", "ratePerSecond", 20],
    ] as const) {
      const command = parseCliArgs([...required, flag, raw]);
      expect(command.kind === "run" && command.options[key], `${flag} ${raw}`).toBe(value);
    }
  });
  test.each([
    [["--max-requests", "0"], /--max-requests must be at least 1/],
    [["--concurrency", "100"], /--concurrency must be from 1 to 64/],
    [["--max-duration", "soon"], /--max-duration must be a duration/],
    [["--rate", "fast"], /--rate must be requests per second/],
    [["--exclude-operation", "noSuchOperation"], /'noSuchOperation' is neither an operationId nor a tag/],
    [["--exclude-operation", "Identity"], /cannot leave out getMe/],
    [["--exclude-operation", "listIntegrations"], /cannot leave out listIntegrations/],
    [["--checks", "no_such_check"], /unknown check 'no_such_check'/],
    [["--checks", "missing_auth", "--exclude-checks", "missing_auth"], /leave no check to run/],
    [["--yes"], /--yes belongs to `modulex-contract cleanup`/],
  ])("%j is a usage error", (extra, message) => {
    const command = parseCliArgs([...required, ...extra]);
    expect(command.kind).toBe("error");
    if (command.kind === "error") expect(command.message).toMatch(message);
  });
  test("cleanup: a dry run unless --yes, keys from the environment", () => {
    const env = { MODULEX_CONTRACT_API_KEY: "k", MODULEX_CONTRACT_JWT: "j" };
    expect(
      parseCliArgs(["cleanup", "--base-url", "http://x.test", "--org", "9a1f0c7e-2b44-4f1a-9c3d-7e5b2a1d8f60"], env),
    ).toMatchObject({ kind: "cleanup", options: { apiKey: "k", jwt: "j", yes: false } });
    expect(
      parseCliArgs(
        ["cleanup", "--base-url", "http://x.test", "--org", "9a1f0c7e-2b44-4f1a-9c3d-7e5b2a1d8f60", "--yes"],
        env,
      ),
    ).toMatchObject({ kind: "cleanup", options: { yes: true } });
  });
});
