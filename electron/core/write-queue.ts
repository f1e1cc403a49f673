// Writes run one at a time. PGlite is a single connection and the apply path reads then writes,
// so two interleaved writes could each miss the other's change; a queue rules that out.
export class WriteQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private pending = 0;

  run<T>(task: () => Promise<T>): Promise<T> {
    this.pending++;
    const result = this.tail.then(task);
    this.tail = result.catch(() => {}).finally(() => this.pending--);
    return result;
  }

  /** Resolves when every write queued so far has finished. */
  async idle(): Promise<void> {
    while (this.pending > 0) await this.tail;
  }
}
