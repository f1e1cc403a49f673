// One chapter's writes, one batch at a time, within this hub instance. (Across instances sharing
// one PostgreSQL, the advisory lock in chapter-writer.ts does the same job; this queue keeps one
// instance from tying up pool connections that would only wait on that lock.)
// Different chapters run side by side.
export class ChapterQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(chapter: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(chapter) ?? Promise.resolve();
    const result = previous.then(task, task);
    const tail = result.catch(() => {});
    this.tails.set(chapter, tail);
    // Forget a chapter once its queue is empty, so the map does not grow with every chapter seen.
    void tail.then(() => {
      if (this.tails.get(chapter) === tail) this.tails.delete(chapter);
    });
    return result;
  }

  /** Resolves when every task queued so far has finished. */
  async drain(): Promise<void> {
    await Promise.all([...this.tails.values()]);
  }
}
