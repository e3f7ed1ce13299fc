// Reads run side by side; a write runs alone, after the reads and writes before it, so no request
// ever sees half a change (a write may await WebCrypto between its steps). Requests are served in
// arrival order: a read that arrives after a write waits for it.

export class ReadWriteLock {
  /** Settles when the last write queued so far is done. */
  #lastWrite: Promise<unknown> = Promise.resolve();
  /** Reads started since that write was queued; the next write waits for them. */
  #reads: Array<Promise<unknown>> = [];

  /** Runs `work` once every earlier write is done, alongside other reads. */
  read<T>(work: () => Promise<T> | T): Promise<T> {
    const run = this.#lastWrite.then(work);
    this.#reads.push(run.catch(() => undefined));
    // Bounded: settled reads are dropped as soon as they are done.
    if (this.#reads.length > 256) this.#reads = [Promise.all(this.#reads)];
    return run;
  }

  /** Runs `work` alone: after every earlier read and write, before any later one. */
  write<T>(work: () => Promise<T> | T): Promise<T> {
    const before = Promise.all([this.#lastWrite, ...this.#reads]);
    this.#reads = [];
    const run = before.then(work);
    this.#lastWrite = run.catch(() => undefined);
    return run;
  }
}
