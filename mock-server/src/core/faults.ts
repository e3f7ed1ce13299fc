// Armed faults (POST /__mock/faults): the next `count` requests matching method and path pattern
// answer with `status` after `delay_ms`; status 0 only delays.
import type { Fault, FaultRequest } from "./wire.js";
import { matchPathPattern } from "../policy/match-path-pattern.js";

export type FaultInput = Pick<FaultRequest, "path"> & Partial<Omit<FaultRequest, "path">>;

export class Faults {
  #armed: Fault[] = [];
  #nextId = 1;

  arm(input: FaultInput): Fault {
    const fault: Fault = {
      fault_id: this.#nextId++,
      method: input.method ?? "*",
      path: input.path,
      status: input.status ?? 503,
      retry_after: input.retry_after ?? null,
      count: input.count ?? 1,
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
    const fault = this.#armed.find((f) => (f.method === "*" || f.method === method) && matchPathPattern(f.path, pathname));
    if (!fault) return null;
    fault.count -= 1;
    if (fault.count <= 0) this.#armed = this.#armed.filter((f) => f !== fault);
    return { ...fault };
  }

  list(): Fault[] {
    return this.#armed.map((f) => ({ ...f }));
  }
}
