// Every reading the product docs allow passes the default profile: one server per numbered item
// of issue 8, each the real mock behind a wrapper that takes that reading (readings.ts). The
// mutation tests (mutations.test.ts) prove the same runner still fails broken servers.
import { describe, expect, test } from "vitest";
import { createMock, DEMO } from "../../mock-server/src/index.js";
import { ModuleX, NotFoundError } from "../../packages/sdk/src/index.js";
import { unexpectedFailures } from "./helpers/known-mock-findings.js";
import { READINGS } from "./helpers/readings.js";
import { runWrapped } from "./helpers/mutants.js";

describe("a server that behaves as the docs allow passes the default profile", () => {
  test.each(READINGS.map((r) => [r.name, r] as const))(
    "%s",
    async (_name, reading) => {
      const report = await runWrapped(reading);
      expect(report.fatal).toBeNull();
      expect(report.profile).toBe("default");
      expect(unexpectedFailures(report.failures)).toEqual([]);
      if (reading.warns) expect(report.warnings.map((w) => w.message).join("\n")).toMatch(reading.warns);
      else expect(report.warnings).toEqual([]);
      if (reading.notes) expect(report.notes.join("\n")).toMatch(reading.notes);
    },
    120_000,
  );
});

describe("the SDK reads those servers too", () => {
  test.each(READINGS.map((r) => [r.name, r] as const))(
    "%s: list, retrieve, create, delete and a typed 404 work",
    async (_name, reading) => {
      const mock = await createMock(reading.mock);
      const handle = reading.wrap((request) => mock.handle(request));
      const mx = new ModuleX({
        baseUrl: "http://server.test",
        apiKey: DEMO.keys.owner,
        organizationId: DEMO.orgs.acme,
        maxRetries: 0,
        fetch: (input, init) => handle(new Request(input, init)),
      });
      const all = [];
      for await (const c of mx.credentials.list({ limit: 2 })) all.push(c.credentialId);
      expect(all).toContain(DEMO.credentials.acmeSlack);
      const detail = await mx.credentials.retrieve(DEMO.credentials.acmeSlack, { includeMasked: true });
      expect(detail.integrationName).toBe("slack");
      expect(JSON.stringify(detail)).not.toContain("xoxb-your-slack-token");
      const created = await mx.credentials.create({
        integrationName: "tavily",
        authData: { api_key: "tvly-readings-0000000" },
      });
      await mx.credentials.delete(created.credentialId);
      await expect(mx.credentials.retrieve(created.credentialId)).rejects.toBeInstanceOf(NotFoundError);
    },
    60_000,
  );
});
