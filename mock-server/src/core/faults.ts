// Armed faults (POST /__mock/faults): the next `count` requests matching method and path pattern
// (every one, until cleared, when `count` is null) answer with `status` after `delay_ms`; status 0
// only delays. At most `max` are armed at once:
// every request is matched against each of them.
import type { Fault, FaultRequest } from "../model/wire.js";
import { badRequest } from "./errors.js";
import { matchPathPattern } from "../policy/match-path-pattern.js";

export type FaultInput = Pick<FaultRequest, "path"> & Partial<Omit<FaultRequest, "path">>;

export class Faults {
  #armed: Fault[] = [];
  #nextId = 1;

  constructor(readonly max: number) {}

  /** Arms a fault; a 400 (ApiError) when `max` are armed already. */
  arm(input: FaultInput): Fault {
    if (this.#armed.length >= this.max) {
      throw badRequest(
        `${this.max} faults are armed already, the most the mock keeps: let them be used up, or DELETE /__mock/faults`,
      );
    }
    const fault: Fault = {
      fault_id: this.#nextId++,
      method: input.method ?? "*",
      path: input.path,
      status: input.status ?? 503,
      retry_after: input.retry_after ?? null,
      count: input.count === undefined ? 1 : input.count, // null: until cleared
      delay_ms: input.delay_ms ?? 0,
    };
    this.#armed.push(fault);
    return { ...fault };
  }

  clear(): void {
    this.#armed = [];
  }

  /** The first armed fault matching the request, counted as used (disarmed after its last use). */
  take(method: string, pathname: string): Fault | null {
    const fault = this.#armed.find(
      (f) => (f.method === "*" || f.method === method) && matchPathPattern(f.path, pathname),
    );
    if (!fault) return null;
    if (fault.count !== null) {
      fault.count -= 1;
      if (fault.count <= 0) this.#armed = this.#armed.filter((f) => f !== fault);
    }
    return { ...fault };
  }

  list(): Fault[] {
    return this.#armed.map((f) => ({ ...f }));
  }
}
