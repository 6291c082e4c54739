import type { StoredEvent } from "@banli/event-store";
import { describe, expect, it } from "vitest";
import { RecentEvents } from "./recent-events.js";

const at = (position: number) => ({ position }) as StoredEvent;
const same = (event: StoredEvent) => event;
const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => at(from + i));
const positions = (events: ReadonlyArray<StoredEvent> | undefined) =>
  events?.map((e) => e.position);

describe("the recently committed events", () => {
  it("answers a read inside the kept run, up to the limit", () => {
    const recent = new RecentEvents(10, same);
    recent.add(range(1, 3));
    recent.add(range(4, 6));
    expect(positions(recent.read(0, 100))).toEqual([1, 2, 3, 4, 5, 6]);
    expect(positions(recent.read(2, 2))).toEqual([3, 4]);
    expect(recent.end).toBe(6);
  });

  it("leaves to the database what it does not hold: before the run and after its end", () => {
    const recent = new RecentEvents(10, same);
    recent.add(range(5, 6));
    expect(recent.read(3, 10)).toBeUndefined();
    expect(recent.read(6, 10)).toBeUndefined();
    expect(recent.read(4, 0)).toBeUndefined();
  });

  it("keeps only the newest events up to its capacity", () => {
    const recent = new RecentEvents(4, same);
    for (let p = 1; p <= 50; p++) recent.add([at(p)]);
    expect(recent.read(45, 10)).toBeUndefined();
    expect(positions(recent.read(46, 10))).toEqual([47, 48, 49, 50]);
  });

  it("starts over when a commit does not continue the run (another writer in between)", () => {
    const recent = new RecentEvents(10, same);
    recent.add(range(1, 3));
    recent.add(range(6, 7));
    expect(recent.read(2, 10)).toBeUndefined();
    expect(recent.read(3, 10)).toBeUndefined();
    expect(positions(recent.read(5, 10))).toEqual([6, 7]);
  });

  it("turns a row into an event on its first read only, and once", () => {
    const made: Array<number> = [];
    const recent = new RecentEvents(10, (row: { position: number }) => {
      made.push(row.position);
      return { ...row, parsed: true };
    });
    recent.add(range(1, 4));
    expect(made).toEqual([]);
    const first = recent.read(1, 2);
    expect(first).toEqual([
      { position: 2, parsed: true },
      { position: 3, parsed: true },
    ]);
    expect(recent.read(0, 10)?.[1]).toBe(first?.[0]);
    expect(made).toEqual([2, 3, 1, 4]);
  });
});
