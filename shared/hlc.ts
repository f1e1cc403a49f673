// Hybrid logical clock: stamps that order every change across devices even when their wall clocks
// disagree. A stamp is `<ISO millis>-<counter, 4 hex>-<node>`, fixed width, so stamps compare as
// plain strings (in JavaScript and in SQL), which is what the per-column last-writer-wins needs.
// A remote stamp far in the future is refused: accepting it would drag this clock forward and make
// every later local edit lose to it.

export const MAX_DRIFT_MS = 5 * 60 * 1000;
const MAX_COUNTER = 0xffff;

export interface Timestamp {
  millis: number;
  counter: number;
  node: string;
}

export class ClockDriftError extends Error {
  constructor(readonly remoteMillis: number, readonly localMillis: number) {
    super(
      `a change is stamped ${Math.round((remoteMillis - localMillis) / 1000)} s ahead of this computer's clock; check the clock of the device that made it`,
    );
    this.name = 'ClockDriftError';
  }
}

export function formatHlc(ts: Timestamp): string {
  return `${new Date(ts.millis).toISOString()}-${ts.counter.toString(16).padStart(4, '0')}-${ts.node}`;
}

const HLC_PATTERN = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)-([0-9a-f]{4})-([0-9a-zA-Z_-]{1,64})$/;

export function parseHlc(stamp: string): Timestamp | null {
  const match = HLC_PATTERN.exec(stamp);
  if (!match) return null;
  const millis = Date.parse(match[1]!);
  if (Number.isNaN(millis)) return null;
  return { millis, counter: parseInt(match[2]!, 16), node: match[3]! };
}

export function isHlc(stamp: string): boolean {
  return parseHlc(stamp) !== null;
}

/** One device's clock. `now` is injectable so that tests can move time. */
export class HybridClock {
  private last: Timestamp;

  constructor(
    readonly node: string,
    private readonly now: () => number = Date.now,
  ) {
    if (!/^[0-9a-zA-Z_-]{1,64}$/.test(node)) throw new Error(`invalid clock node id: ${node}`);
    this.last = { millis: 0, counter: 0, node };
  }

  /** A stamp for a local change, later than every stamp this clock has issued or seen. */
  tick(): string {
    const wall = this.now();
    if (wall > this.last.millis) this.last = { millis: wall, counter: 0, node: this.node };
    else this.last = this.after(this.last.millis, this.last.counter);
    return formatHlc(this.last);
  }

  /** Advances past a remote stamp, so later local changes order after it. */
  receive(stamp: string): void {
    const remote = parseHlc(stamp);
    if (!remote) throw new Error(`not a clock stamp: ${stamp}`);
    const wall = this.now();
    if (remote.millis - wall > MAX_DRIFT_MS) throw new ClockDriftError(remote.millis, wall);
    const millis = Math.max(wall, this.last.millis, remote.millis);
    if (millis === this.last.millis && millis === remote.millis) this.last = this.after(millis, Math.max(this.last.counter, remote.counter));
    else if (millis === this.last.millis) this.last = this.after(millis, this.last.counter);
    else if (millis === remote.millis) this.last = this.after(millis, remote.counter);
    else this.last = { millis, counter: 0, node: this.node };
  }

  /**
   * Starts this clock after a stamp it issued itself in an earlier run, so a wall clock that moved
   * backwards across a restart cannot make new changes order before old ones.
   */
  resumeAfter(stamp: string): void {
    const own = parseHlc(stamp);
    if (own && (own.millis > this.last.millis || (own.millis === this.last.millis && own.counter > this.last.counter))) {
      this.last = { millis: own.millis, counter: own.counter, node: this.node };
    }
  }

  /** The next stamp after (millis, counter); a full counter spills into the next millisecond. */
  private after(millis: number, counter: number): Timestamp {
    return counter >= MAX_COUNTER ? { millis: millis + 1, counter: 0, node: this.node } : { millis, counter: counter + 1, node: this.node };
  }
}
