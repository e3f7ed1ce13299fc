import { describe, expect, test } from "vitest";
import { coverage } from "./coverage.js";
import { Results } from "./results.js";

describe("coverage", () => {
  test("lists, per operation, the documented non-5xx statuses not observed", () => {
    const results = new Results();
    for (const status of [200, 401, 429]) results.observe("getMe", status);
    results.observe("listIntegrations", 200);
    results.observe("listIntegrations", 418);
    const cov = coverage(results);
    const getMe = cov.operations.find((o) => o.operationId === "getMe")!;
    expect(getMe.missing).toEqual([]);
    expect(getMe.documented).toContain(500);
    const catalog = cov.operations.find((o) => o.operationId === "listIntegrations")!;
    expect(catalog.missing).toEqual([400, 401, 403, 429]);
    expect(catalog.undocumented).toEqual([418]);
    expect(cov.exercised).toBe(2);
    expect(cov.complete).toBe(false);
    expect(cov.statusesObserved).toBe(4);
  });

  test("complete when every operation saw every documented non-5xx status", () => {
    const results = new Results();
    for (const o of coverage(results).operations)
      for (const s of o.documented) if (s < 500) results.observe(o.operationId, s);
    const cov = coverage(results);
    expect(cov.complete).toBe(true);
    expect(cov.statusesObserved).toBe(cov.statusesRequired);
  });
});
