import { describe, expect, it } from "vitest";
import { withMethodDocs } from "./sdk-method-docs.mjs";

const byId = new Map([
  [
    "getThing",
    {
      method: "get",
      path: "/things/{id}",
      operation: { summary: "Get a thing", description: "One thing.\nIts */ end is escaped.\n" },
    },
  ],
  ["oldThing", { method: "post", path: "/old", operation: { summary: "Old.", deprecated: true } }],
]);

const source = `export class Things {
  /**
   * Stale text.
   *
   * Operation \`getThing\`: \`GET /things/{id}\`.
   * @example
   * \`\`\`ts
   * await mx.things.get(id);
   * \`\`\`
   */
  get() {}
}
`;

describe("withMethodDocs", () => {
  it("puts the spec's summary and description above the marker and keeps what follows it", () => {
    const out = withMethodDocs(source, byId, "things.ts");
    expect(out).toContain(
      [
        "  /**",
        "   * Get a thing.",
        "   *",
        "   * One thing.",
        "   * Its *\\/ end is escaped.",
        "   *",
        "   * Operation `getThing`: `GET /things/{id}`.",
      ].join("\n"),
    );
    expect(out).toContain("   * await mx.things.get(id);");
    expect(out).not.toContain("Stale text.");
  });
  it("is stable: a second pass changes nothing", () => {
    const once = withMethodDocs(source, byId, "things.ts");
    expect(withMethodDocs(once, byId, "things.ts")).toBe(once);
  });
  it("marks a deprecated operation", () => {
    const out = withMethodDocs("  /**\n   * Operation `oldThing`: `POST /old`.\n   */\n", byId, "old.ts");
    expect(out).toContain("   * @deprecated See above.\n   * Operation `oldThing`: `POST /old`.");
  });
  it("refuses a marker naming an operation the spec does not have", () => {
    expect(() => withMethodDocs("  /**\n   * Operation `gone`: `GET /gone`.\n   */\n", byId, "gone.ts")).toThrow(
      /gone.ts: operation gone is not in the spec/,
    );
  });
});
