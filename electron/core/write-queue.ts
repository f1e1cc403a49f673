// Writes run one at a time. PGlite is a single connection and the apply path reads then writes,
// so two interleaved writes could each miss the other's change; a queue rules that out.
// A write that, while running, starts another (a proposal's creation storing its body document)
// joins the running one instead of waiting behind itself, which would never end.
import { AsyncLocalStorage } from 'node:async_hooks';

export class WriteQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private pending = 0;
  private readonly inside = new AsyncLocalStorage<true>();

  run<T>(task: () => Promise<T>): Promise<T> {
    if (this.inside.getStore()) return task();
    this.pending++;
    const result = this.tail.then(() => this.inside.run(true, task));
    this.tail = result.catch(() => {}).finally(() => this.pending--);
    return result;
  }

  /** Resolves when every write queued so far has finished. */
  async idle(): Promise<void> {
    while (this.pending > 0) await this.tail;
  }
}
