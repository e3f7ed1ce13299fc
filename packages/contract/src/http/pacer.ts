// Paces the run's requests: at most --rate a second and --concurrency in flight at once.

export interface PacerOptions {
  /** Requests per second at most (--rate), or null. */
  ratePerSecond: number | null;
  /** Requests in flight at once (--concurrency). */
  concurrency: number;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
}

/** Hands out turns to send: `acquire()` before a request, `release()` when its answer is read. */
export class Pacer {
  #nextStart = 0;
  #inFlight = 0;
  readonly #waiting: Array<() => void> = [];

  constructor(private readonly options: PacerOptions) {}

  /** Waits until a request may start: its slot in --rate has come and fewer than --concurrency are in flight. */
  async acquire(): Promise<void> {
    const { ratePerSecond, now, sleep } = this.options;
    if (ratePerSecond !== null) {
      const at = Math.max(now(), this.#nextStart);
      this.#nextStart = at + 1000 / ratePerSecond;
      if (at > now()) await sleep(at - now());
    }
    while (this.#inFlight >= this.options.concurrency)
      await new Promise<void>((resolve) => this.#waiting.push(resolve));
    this.#inFlight++;
  }

  /** A request is done: the next waiting one may go. */
  release(): void {
    this.#inFlight--;
    this.#waiting.shift()?.();
  }
}
