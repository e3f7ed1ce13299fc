// An @msw/data collection with indexes beside it, so a lookup by id, key hash or membership is a
// Map lookup instead of a scan (@msw/data's queries test every record in turn), and a group (an
// organization's credentials or audit events) is read without touching the rest. The indexes
// follow every write, because every write goes through this class: create, update, delete.
import { Collection } from "@msw/data";

type Schema = ConstructorParameters<typeof Collection>[0]["schema"];
/** A stored record of a collection over `S`. */
export type RowOf<S extends Schema> = NonNullable<ReturnType<Collection<S>["findFirst"]>>;
type Query<S extends Schema> = Exclude<Parameters<Collection<S>["update"]>[0], RowOf<S>>;
/** A record as the handlers hold it, or a query. A record is found by its primary key, through the index. */
type Target<S extends Schema> = Query<S> | Parameters<Collection<S>["create"]>[0];

/** How a table is indexed: its primary key, further unique keys, and the keys it is grouped by. */
export interface IndexSpec<Row, U extends string, G extends string> {
  primary: (row: Row) => string;
  unique: Record<U, (row: Row) => string>;
  groups: Record<G, (row: Row) => string>;
}

export class IndexedCollection<S extends Schema, U extends string = never, G extends string = never> {
  readonly #table: Collection<S>;
  readonly #spec: IndexSpec<RowOf<S>, U, G>;
  readonly #byPrimary = new Map<string, RowOf<S>>();
  readonly #unique = new Map<U, Map<string, RowOf<S>>>();
  /** Per group and key: the members by primary key, in the table's order. */
  readonly #groups = new Map<G, Map<string, Map<string, RowOf<S>>>>();
  /** When each record was created, to keep a group in the table's order when a record joins it. */
  readonly #created = new Map<string, number>();
  /** Per group and key: the latest creation among its members (creations only grow). */
  readonly #lastCreated = new Map<G, Map<string, number>>();
  #creations = 0;

  /** Reads go to @msw/data as they are (a query scans: use them where no index fits). */
  readonly findFirst: Collection<S>["findFirst"];
  readonly findMany: Collection<S>["findMany"];
  readonly count: Collection<S>["count"];
  readonly all: Collection<S>["all"];

  constructor(schema: S, spec: IndexSpec<RowOf<S>, U, G>) {
    const table = new Collection({ schema });
    this.#table = table;
    this.#spec = spec;
    for (const name of Object.keys(spec.unique) as U[]) this.#unique.set(name, new Map());
    for (const name of Object.keys(spec.groups) as G[]) {
      this.#groups.set(name, new Map());
      this.#lastCreated.set(name, new Map());
    }
    this.findFirst = table.findFirst.bind(table);
    this.findMany = table.findMany.bind(table);
    this.count = table.count.bind(table);
    this.all = table.all.bind(table);
  }

  /** The record with this primary key. */
  get(primaryKey: string): RowOf<S> | undefined {
    return this.#byPrimary.get(primaryKey);
  }

  /** The record whose unique key `name` is `key`. */
  unique(name: U, key: string): RowOf<S> | undefined {
    return this.#unique.get(name)!.get(key);
  }

  /** The records whose group key `name` is `key`, in insertion order. */
  group(name: G, key: string): RowOf<S>[] {
    const members = this.#groups.get(name)!.get(key);
    return members ? [...members.values()] : [];
  }

  /** How many records have group key `name` = `key`. */
  groupSize(name: G, key: string): number {
    return this.#groups.get(name)!.get(key)?.size ?? 0;
  }

  async create(values: Parameters<Collection<S>["create"]>[0]): Promise<RowOf<S>> {
    const row = (await this.#table.create(values)) as RowOf<S>;
    this.#created.set(this.#spec.primary(row), this.#creations++);
    this.#add(row);
    return row;
  }

  /** Updates the record given (found by its primary key) or the first the query matches. */
  async update(target: Target<S>, options: Parameters<Collection<S>["update"]>[1]): Promise<RowOf<S> | undefined> {
    const before = this.#current(target);
    if (!before) return undefined;
    // The stored record itself: @msw/data finds it by its primary key, not by testing a query on each record.
    const after = (await this.#table.update(before, options)) as RowOf<S> | undefined;
    if (after) this.#replace(before, after);
    return after;
  }

  delete(target: Target<S>): RowOf<S> | undefined {
    const stored = this.#current(target);
    if (!stored) return undefined;
    const row = this.#table.delete(stored) as RowOf<S> | undefined;
    if (row) this.#remove(row);
    return row;
  }

  deleteMany(query: Parameters<Collection<S>["deleteMany"]>[0]): RowOf<S>[] {
    const rows = this.#table.deleteMany(query) as RowOf<S>[];
    for (const row of rows) this.#remove(row);
    return rows;
  }

  /** The stored record a write targets: the record itself by primary key, or the query's first match. */
  #current(target: Target<S>): RowOf<S> | undefined {
    if (typeof target === "function" || !isRow(target))
      return this.#table.findFirst(target as Query<S>) as RowOf<S> | undefined;
    return this.#byPrimary.get(this.#spec.primary(target as RowOf<S>));
  }

  #add(row: RowOf<S>): void {
    const id = this.#spec.primary(row);
    this.#byPrimary.set(id, row);
    for (const [name, key] of this.#uniqueKeys()) this.#unique.get(name)!.set(key(row), row);
    for (const [name, key] of this.#groupKeys()) this.#join(name, key(row), id, row);
  }

  /** An updated record in place of its previous version: same places, unless a key changed. */
  #replace(before: RowOf<S>, after: RowOf<S>): void {
    const id = this.#spec.primary(after);
    this.#byPrimary.set(id, after);
    for (const [name, key] of this.#uniqueKeys()) {
      const index = this.#unique.get(name)!;
      if (key(before) !== key(after) && index.get(key(before)) === before) index.delete(key(before));
      index.set(key(after), after);
    }
    for (const [name, key] of this.#groupKeys()) {
      if (key(before) === key(after)) this.#groups.get(name)!.get(key(after))!.set(id, after);
      else {
        this.#leave(name, key(before), id);
        this.#join(name, key(after), id, after);
      }
    }
  }

  #remove(row: RowOf<S>): void {
    const id = this.#spec.primary(row);
    this.#byPrimary.delete(id);
    this.#created.delete(id);
    for (const [name, key] of this.#uniqueKeys()) {
      const index = this.#unique.get(name)!;
      if (index.get(key(row)) === row) index.delete(key(row));
    }
    for (const [name, key] of this.#groupKeys()) this.#leave(name, key(row), id);
  }

  /** Adds a member to a group, in the table's order: at the end, unless it was created before the last. */
  #join(name: G, groupKey: string, id: string, row: RowOf<S>): void {
    const groups = this.#groups.get(name)!;
    const members = groups.get(groupKey);
    if (!members) {
      groups.set(groupKey, new Map([[id, row]]));
      this.#lastCreated.get(name)!.set(groupKey, this.#created.get(id)!);
      return;
    }
    members.set(id, row);
    const created = this.#created.get(id)!;
    const last = this.#lastCreated.get(name)?.get(groupKey);
    if (last !== undefined && last > created) {
      // Only an update that changes a group key gets here (creations come in order).
      groups.set(groupKey, new Map([...members].sort(([a], [b]) => this.#created.get(a)! - this.#created.get(b)!)));
    } else this.#lastCreated.get(name)!.set(groupKey, created);
  }

  #leave(name: G, groupKey: string, id: string): void {
    const groups = this.#groups.get(name)!;
    const members = groups.get(groupKey);
    members?.delete(id);
    if (members?.size === 0) {
      groups.delete(groupKey);
      this.#lastCreated.get(name)!.delete(groupKey);
    }
  }

  #uniqueKeys(): Array<[U, (row: RowOf<S>) => string]> {
    return Object.entries(this.#spec.unique) as Array<[U, (row: RowOf<S>) => string]>;
  }

  #groupKeys(): Array<[G, (row: RowOf<S>) => string]> {
    return Object.entries(this.#spec.groups) as Array<[G, (row: RowOf<S>) => string]>;
  }
}

/** A record (not a query object): @msw/data's queries are class instances with a `test` method. */
function isRow(value: unknown): boolean {
  return typeof value === "object" && value !== null && typeof (value as { test?: unknown }).test !== "function";
}
