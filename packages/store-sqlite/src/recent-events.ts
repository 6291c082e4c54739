/**
 * The events this connection committed last, by position. Each commit is read back at once by
 * several followers — the projector catching the read model up for the reply, the subscriptions
 * that wake it, the process managers, the settings — and each would otherwise query the rows and
 * parse their JSON again. Events never change once committed, so they are answered from here.
 *
 * Only a run of consecutive positions is kept: when a commit does not continue it (another
 * process appended to the same file in between), the run starts over at that commit, and a read
 * of anything outside the run goes to the database, which has every event.
 *
 * Commits are kept as the rows they wrote and turned into events (their JSON parsed) on the first
 * read only: a commit nobody follows costs its writer nothing more.
 */
export class RecentEvents<Row extends { readonly position: number }, Event> {
  private rows: Array<Row> = [];
  /** `events[i]` is `rows[i]` read once; filled on the first read of it. */
  private events: Array<Event | undefined> = [];
  /** Index of the oldest kept row in `rows` (dropped ones are cut off in bulk). */
  private start = 0;

  constructor(
    private readonly capacity: number,
    private readonly toEvent: (row: Row) => Event,
  ) {}

  /** Rows just committed, in position order. */
  add(committed: ReadonlyArray<Row>): void {
    const first = committed[0];
    if (first === undefined) return;
    const last = this.rows[this.rows.length - 1];
    if (last === undefined || first.position !== last.position + 1) this.clear();
    for (const row of committed) {
      this.rows.push(row);
      this.events.push(undefined);
    }
    const excess = this.rows.length - this.start - this.capacity;
    if (excess > 0) this.start += excess;
    // Cutting the arrays only once half of them is dead keeps `add` amortised O(1).
    if (this.start > this.capacity) {
      this.rows = this.rows.slice(this.start);
      this.events = this.events.slice(this.start);
      this.start = 0;
    }
  }

  /** The position of the newest kept event, if any. */
  get end(): number | undefined {
    return this.rows[this.rows.length - 1]?.position;
  }

  /**
   * Up to `limit` events after `after`, or `undefined` when the run does not hold the next one.
   * A page may stop short at the run's end; the caller reads on from there.
   */
  read(after: number, limit: number): ReadonlyArray<Event> | undefined {
    const oldest = this.rows[this.start];
    if (oldest === undefined || limit <= 0) return undefined;
    const from = this.start + (after + 1 - oldest.position);
    if (from < this.start || from >= this.rows.length) return undefined;
    const to = Math.min(from + limit, this.rows.length);
    const page: Array<Event> = [];
    for (let i = from; i < to; i++) {
      let event = this.events[i];
      if (event === undefined) {
        event = this.toEvent(this.rows[i] as Row);
        this.events[i] = event;
      }
      page.push(event);
    }
    return page;
  }

  clear(): void {
    this.rows = [];
    this.events = [];
    this.start = 0;
  }
}
