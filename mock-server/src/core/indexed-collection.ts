// One table of the mock's store: records in a Map by primary key (insertion order), each checked
// against the table's schema when written, with indexes beside them, so a lookup by id, key hash
// or membership is a Map lookup and a group (an organization's credentials, members or audit
// events) is read without touching the rest. Writes replace a record rather than change it, so a
// record handed out never changes under its reader. (This began as a layer over @msw/data, whose
// queries test every record and clone what they update; its API, findFirst/findMany with
// `q.where(...)`, create, update with a draft, delete, is kept.)
import type * as z from "zod/mini";

type Schema = z.ZodMiniType<object>;
/** A stored record of a table over `S`. */
export type RowOf<S extends Schema> = z.infer<S>;

type Condition<Row> = ((row: Row) => boolean) | { [K in keyof Row]?: Row[K] | ((value: Row[K]) => boolean) };

/** `q.where({ field: value | (value) => boolean, ... })` or `q.where((row) => boolean)`, as @msw/data's queries. */
class Query<Row> {
  #conditions: Array<Condition<Row>> = [];

  where(condition: Condition<Row>): Query<Row> {
    this.#conditions.push(condition);
    return this;
  }

  test(row: Row): boolean {
    return this.#conditions.every((condition) => {
      if (typeof condition === "function") return condition(row);
      return Object.entries(condition).every(([field, expected]) => {
        // The condition's keys are the row's fields (Condition<Row> says so); Object.entries widens them to string.
        const value = row[field as keyof Row];
        return typeof expected === "function" ? (expected as (v: unknown) => boolean)(value) : value === expected;
      });
    });
  }
}

type Predicate<Row> = (query: Query<Row>) => Query<Row>;

/** How a table is indexed: its primary key, further unique keys, and the keys it is grouped by. */
export interface IndexSpec<Row, U extends string, G extends string> {
  primary: (row: Row) => string;
  unique: Record<U, (row: Row) => string>;
  groups: Record<G, (row: Row) => string>;
}

export class IndexedCollection<S extends Schema, U extends string = never, G extends string = never> {
  readonly #schema: S;
  readonly #spec: IndexSpec<RowOf<S>, U, G>;
  /** The spec's unique and group keys as entries (Object.entries types its keys as strings; they are U and G). */
  readonly #uniqueKeys: Array<[U, (row: RowOf<S>) => string]>;
  readonly #groupKeys: Array<[G, (row: RowOf<S>) => string]>;
  readonly #rows = new Map<string, RowOf<S>>();
  readonly #unique = new Map<U, Map<string, RowOf<S>>>();
  /** Per group and key: the members by primary key, in the table's order. */
  readonly #groups = new Map<G, Map<string, Map<string, RowOf<S>>>>();
  /** When each record was created, to keep a group in the table's order when a record joins it. */
  readonly #created = new Map<string, number>();
  /** Per group and key: the latest creation among its members (creations only grow). */
  readonly #lastCreated = new Map<G, Map<string, number>>();
  #creations = 0;

  constructor(schema: S, spec: IndexSpec<RowOf<S>, U, G>) {
    this.#schema = schema;
    this.#spec = spec;
    // Object.entries types the keys as string; the spec's keys are U and G.
    this.#uniqueKeys = Object.entries(spec.unique) as Array<[U, (row: RowOf<S>) => string]>;
    this.#groupKeys = Object.entries(spec.groups) as Array<[G, (row: RowOf<S>) => string]>;
    for (const [name] of this.#uniqueKeys) this.#unique.set(name, new Map());
    for (const [name] of this.#groupKeys) {
      this.#groups.set(name, new Map());
      this.#lastCreated.set(name, new Map());
    }
  }

  /** The record with this primary key. */
  get(primaryKey: string): RowOf<S> | undefined {
    return this.#rows.get(primaryKey);
  }

  /** The record whose unique key `name` is `key`. */
  unique(name: U, key: string): RowOf<S> | undefined {
    return this.#unique.get(name)!.get(key);
  }

  /** The records whose group key `name` is `key`, in the table's order. */
  group(name: G, key: string): RowOf<S>[] {
    const members = this.#groups.get(name)!.get(key);
    return members ? [...members.values()] : [];
  }

  /** The first `count` records of a group, in the table's order (its oldest), without copying the rest. */
  groupHead(name: G, key: string, count: number): RowOf<S>[] {
    const head: RowOf<S>[] = [];
    const members = this.#groups.get(name)!.get(key);
    if (!members || count <= 0) return head;
    for (const row of members.values()) {
      head.push(row);
      if (head.length === count) break;
    }
    return head;
  }

  /** How many records have group key `name` = `key`. */
  groupSize(name: G, key: string): number {
    return this.#groups.get(name)!.get(key)?.size ?? 0;
  }

  /** The first record the query matches (the first record with none), scanning in order: use an index where one fits. */
  findFirst(predicate?: Predicate<RowOf<S>>): RowOf<S> | undefined {
    if (!predicate) return this.#rows.values().next().value;
    const query = predicate(new Query());
    for (const row of this.#rows.values()) if (query.test(row)) return row;
    return undefined;
  }

  /** Every record the query matches (all with none), in order. */
  findMany(predicate?: Predicate<RowOf<S>>): RowOf<S>[] {
    if (!predicate) return this.all();
    const query = predicate(new Query());
    return [...this.#rows.values()].filter((row) => query.test(row));
  }

  count(): number {
    return this.#rows.size;
  }

  all(): RowOf<S>[] {
    return [...this.#rows.values()];
  }

  /** Checks `values` against the schema and stores them; throws for a primary key already stored. */
  async create(values: z.input<S>): Promise<RowOf<S>> {
    const row = this.#schema.parse(values);
    const id = this.#spec.primary(row);
    if (this.#rows.has(id)) throw new Error(`a record with primary key ${id} already exists`);
    this.#rows.set(id, row);
    this.#created.set(id, this.#creations++);
    this.#index(row);
    return row;
  }

  /**
   * Replaces the record given (found by its primary key) or the first the query matches with a
   * copy changed by `data` and checked against the schema; its place in the table is kept.
   */
  async update(
    target: RowOf<S> | Predicate<RowOf<S>>,
    options: { data: (draft: RowOf<S>) => void },
  ): Promise<RowOf<S> | undefined> {
    const before = this.#current(target);
    if (!before) return undefined;
    const draft = structuredClone(before);
    options.data(draft);
    const after = this.#schema.parse(draft);
    const id = this.#spec.primary(before);
    if (this.#spec.primary(after) !== id) throw new Error(`an update may not change the primary key ${id}`);
    this.#rows.set(id, after);
    this.#replace(before, after);
    return after;
  }

  delete(target: RowOf<S> | Predicate<RowOf<S>>): RowOf<S> | undefined {
    const row = this.#current(target);
    if (row) this.#remove(row);
    return row;
  }

  deleteMany(predicate: Predicate<RowOf<S>>): RowOf<S>[] {
    const rows = this.findMany(predicate);
    for (const row of rows) this.#remove(row);
    return rows;
  }

  /** The stored record a write targets: a record by its primary key, or the query's first match. */
  #current(target: RowOf<S> | Predicate<RowOf<S>>): RowOf<S> | undefined {
    return typeof target === "function" ? this.findFirst(target) : this.#rows.get(this.#spec.primary(target));
  }

  #index(row: RowOf<S>): void {
    const id = this.#spec.primary(row);
    for (const [name, key] of this.#uniqueKeys) this.#unique.get(name)!.set(key(row), row);
    for (const [name, key] of this.#groupKeys) this.#join(name, key(row), id, row);
  }

  /** An updated record in place of its previous version: same places, unless a key changed. */
  #replace(before: RowOf<S>, after: RowOf<S>): void {
    const id = this.#spec.primary(after);
    for (const [name, key] of this.#uniqueKeys) {
      const index = this.#unique.get(name)!;
      if (key(before) !== key(after) && index.get(key(before)) === before) index.delete(key(before));
      index.set(key(after), after);
    }
    for (const [name, key] of this.#groupKeys) {
      if (key(before) === key(after)) this.#groups.get(name)!.get(key(after))!.set(id, after);
      else {
        this.#leave(name, key(before), id);
        this.#join(name, key(after), id, after);
      }
    }
  }

  #remove(row: RowOf<S>): void {
    const id = this.#spec.primary(row);
    this.#rows.delete(id);
    for (const [name, key] of this.#uniqueKeys) {
      const index = this.#unique.get(name)!;
      if (index.get(key(row)) === row) index.delete(key(row));
    }
    for (const [name, key] of this.#groupKeys) this.#leave(name, key(row), id);
    this.#created.delete(id);
  }

  /** Adds a member to a group, in the table's order: at the end, unless it was created before the last. */
  #join(name: G, groupKey: string, id: string, row: RowOf<S>): void {
    const groups = this.#groups.get(name)!;
    const created = this.#created.get(id)!;
    const members = groups.get(groupKey);
    if (!members) {
      groups.set(groupKey, new Map([[id, row]]));
      this.#lastCreated.get(name)!.set(groupKey, created);
      return;
    }
    members.set(id, row);
    const last = this.#lastCreated.get(name)!.get(groupKey)!;
    if (last > created) {
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
}
