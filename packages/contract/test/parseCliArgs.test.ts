import { describe, expect, test } from "vitest";
import { parseCliArgs } from "../src/parseCliArgs.js";

const required = ["--base-url", "http://127.0.0.1:4010", "--org", "9a1f0c7e-2b44-4f1a-9c3d-7e5b2a1d8f60", "--api-key", "mx_live_k"];

describe("parseCliArgs", () => {
  test("the three required flags make a run with the defaults", () => {
    const command = parseCliArgs(required);
    expect(command).toMatchObject({ kind: "run", json: false, reportFile: null });
    if (command.kind !== "run") return;
    expect(command.options).toMatchObject({ baseUrl: "http://127.0.0.1:4010", apiKey: "mx_live_k", rateLimit: true, requireCoverage: false, seed: undefined, runs: undefined });
  });

  test("every flag", () => {
    const command = parseCliArgs([
      ...required, "--jwt", "j", "--admin-key", "a", "--member-key", "m", "--inactive-key", "i", "--outsider-key", "o", "--locked-key", "l",
      "--other-org", "4d7e2a90-6b1c-4f3e-8a5d-2c9b0e1f3a47", "--seed=-3", "--runs", "20", "--timeout", "9000", "--no-rate-limit", "--require-coverage", "--json", "--report", "r.md",
    ]);
    expect(command).toMatchObject({
      kind: "run",
      json: true,
      reportFile: "r.md",
      options: { jwt: "j", adminKey: "a", memberKey: "m", inactiveKey: "i", outsiderKey: "o", lockedKey: "l", seed: -3, runs: 20, requestTimeoutMs: 9000, rateLimit: false, requireCoverage: true },
    });
  });

  test("keys can come from the environment; a flag wins over the environment", () => {
    const env = { MODULEX_CONTRACT_API_KEY: "from-env", MODULEX_CONTRACT_JWT: "jwt-env", MODULEX_CONTRACT_OUTSIDER_KEY: "out-env" };
    const command = parseCliArgs(["--base-url", "http://x.test", "--org", "o", "--outsider-key", "flag"], env);
    expect(command).toMatchObject({ kind: "run", options: { apiKey: "from-env", jwt: "jwt-env", outsiderKey: "flag" } });
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

  test("--help", () => expect(parseCliArgs(["--help"])).toEqual({ kind: "help" }));
});
