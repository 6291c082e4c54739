import type { StoredEvent } from "@banli/event-store";

/**
 * The events this connection committed last, by position. Each commit is read back at once by
 * several followers — the projector catching the read model up for the reply, the subscriptions
 * that wake it, the process managers, the settings — and each would otherwise query the rows and
 * parse their JSON again. Events never change once committed, so they are answered from here.
 *
 * Only a run of consecutive positions is kept: when a commit does not continue it (another
 * process appended to the same file in between), the run starts over at that commit, and a read
 * of anything outside the run goes to the database, which has every event.
 */
export class RecentEvents {
  private events: Array<StoredEvent> = [];
  /** Index of the oldest kept event in `events` (dropped ones are cut off in bulk). */
  private start = 0;

  constructor(private readonly capacity: number) {}

  /** Events just committed, in position order. */
  add(committed: ReadonlyArray<StoredEvent>): void {
    const first = committed[0];
    if (first === undefined) return;
    const last = this.events[this.events.length - 1];
    if (last === undefined || first.position !== last.position + 1) this.clear();
    for (const event of committed) this.events.push(event);
    const excess = this.events.length - this.start - this.capacity;
    if (excess > 0) this.start += excess;
    // Cutting the array only once half of it is dead keeps `add` amortised O(1).
    if (this.start > this.capacity) {
      this.events = this.events.slice(this.start);
      this.start = 0;
    }
  }

  /** The position of the newest kept event, if any. */
  get end(): number | undefined {
    return this.events[this.events.length - 1]?.position;
  }

  /**
   * Up to `limit` events after `after`, or `undefined` when the run does not hold the next one.
   * A page may stop short at the run's end; the caller reads on from there.
   */
  read(after: number, limit: number): ReadonlyArray<StoredEvent> | undefined {
    const oldest = this.events[this.start];
    if (oldest === undefined || limit <= 0) return undefined;
    const from = this.start + (after + 1 - oldest.position);
    if (from < this.start || from >= this.events.length) return undefined;
    return this.events.slice(from, from + limit);
  }

  clear(): void {
    this.events = [];
    this.start = 0;
  }
}
