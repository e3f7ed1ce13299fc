import type { IndexedCollection, RowOf } from "./indexed-collection.js";
import type * as z from "zod/mini";

type Expiring = z.ZodMiniType<{ expires_at: string }>;

/**
 * Before one more record is added: drops the table's expired records, then, while it holds `max`
 * or more, its oldest (tables keep insertion order). `dropped` hears of each, to evict what
 * belongs to it (a derived key).
 */
export function makeRoom<S extends Expiring, U extends string, G extends string>(
  table: IndexedCollection<S, U, G>,
  max: number,
  now: number,
  dropped: (row: RowOf<S>) => void = () => {},
): void {
  for (const row of table.deleteMany((q) => q.where((r) => Date.parse(r.expires_at) <= now))) dropped(row);
  while (table.count() >= max) {
    const oldest = table.findFirst()!;
    table.delete(oldest);
    dropped(oldest);
  }
}
