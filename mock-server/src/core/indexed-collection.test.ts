import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IndexedCollection } from "./indexed-collection.js";
import * as z from "zod/mini";

const schema = z.object({ id: z.string(), org: z.string(), hash: z.string(), n: z.number() });
const table = () =>
  new IndexedCollection(schema, {
    primary: (r) => r.id,
    unique: { hash: (r) => r.hash },
    groups: { org: (r) => r.org },
  });

type Op =
  | { kind: "create"; id: string; org: string; n: number }
  | { kind: "update"; id: string; n: number; org: string }
  | { kind: "delete"; id: string }
  | { kind: "deleteMany"; org: string };

const ids = fc.constantFrom("a", "b", "c", "d", "e");
const orgs = fc.constantFrom("o1", "o2");
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant("create" as const), id: ids, org: orgs, n: fc.nat(9) }),
  fc.record({ kind: fc.constant("update" as const), id: ids, n: fc.nat(9), org: orgs }),
  fc.record({ kind: fc.constant("delete" as const), id: ids }),
  fc.record({ kind: fc.constant("deleteMany" as const), org: orgs }),
);

describe("IndexedCollection", () => {
  it("after any sequence of writes, every index answers what a scan of the table answers, in the table's order", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 30 }), async (ops) => {
        const t = table();
        for (const o of ops) {
          if (o.kind === "create") {
            if (t.get(o.id)) continue; // ids are unique, as the store's are
            await t.create({ id: o.id, org: o.org, hash: `h-${o.id}`, n: o.n });
          } else if (o.kind === "update") {
            const row = t.get(o.id);
            if (row) await t.update(row, { data: (r) => void Object.assign(r, { n: o.n, org: o.org }) });
          } else if (o.kind === "delete") {
            const row = t.get(o.id);
            if (row) t.delete(row);
          } else t.deleteMany((q) => q.where({ org: o.org }));
        }
        const all = t.all();
        for (const id of ["a", "b", "c", "d", "e"]) {
          expect(t.get(id)).toEqual(all.find((r) => r.id === id));
          expect(t.unique("hash", `h-${id}`)).toEqual(all.find((r) => r.hash === `h-${id}`));
        }
        for (const org of ["o1", "o2"]) {
          expect(t.group("org", org)).toEqual(all.filter((r) => r.org === org));
          expect(t.groupSize("org", org)).toBe(all.filter((r) => r.org === org).length);
          for (const count of [0, 1, 2, 10])
            expect(t.groupHead("org", org, count)).toEqual(t.group("org", org).slice(0, count));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("updates through a query too, and returns what the collection stored", async () => {
    const t = table();
    await t.create({ id: "a", org: "o1", hash: "h", n: 1 });
    const updated = await t.update((q) => q.where({ id: "a" }), {
      data: (r) => {
        r.n = 2;
      },
    });
    expect(updated).toMatchObject({ id: "a", n: 2 });
    expect(t.get("a")).toBe(updated);
  });
});
