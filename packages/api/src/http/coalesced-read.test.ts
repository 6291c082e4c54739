import { setImmediate as nextTurn } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { coalescedRead } from "./coalesced-read.js";

/** A read whose answers the test hands out one by one, recording when each read started. */
const manualReads = () => {
  const started: Array<(value: number) => void> = [];
  const failures: Array<(cause: unknown) => void> = [];
  const read = () =>
    new Promise<number>((resolve, reject) => {
      started.push(resolve);
      failures.push(reject);
    });
  return { read, started, failures };
};

/** Lets the event loop turn until `done`, a few turns at most. */
const turnsUntil = async (done: () => boolean) => {
  for (let turn = 0; turn < 10 && !done(); turn++) await nextTurn();
  expect(done()).toBe(true);
};

describe("a coalesced read", () => {
  it("is shared by the calls of one turn of the event loop", async () => {
    let reads = 0;
    const position = coalescedRead(async () => ++reads);
    const answers = await Promise.all([position(), position(), position()]);
    expect(answers).toEqual([1, 1, 1]);
    expect(reads).toBe(1);
    // A later turn reads again: nothing is remembered between reads.
    expect(await position()).toBe(2);
  });

  it("never answers a call with a read that started before it", async () => {
    const { read, started } = manualReads();
    const position = coalescedRead(read);
    const first = position();
    await nextTurn();
    expect(started).toHaveLength(1);
    // The first read is in flight: this call must wait for one that starts after it.
    const second = position();
    const third = position();
    await nextTurn();
    expect(started).toHaveLength(1);
    started[0]?.(10);
    expect(await first).toBe(10);
    await turnsUntil(() => started.length === 2);
    started[1]?.(11);
    expect(await second).toBe(11);
    expect(await third).toBe(11);
  });

  it("keeps at most one read in flight", async () => {
    const { read, started } = manualReads();
    const position = coalescedRead(read);
    const first = position();
    await nextTurn();
    const second = position();
    await nextTurn();
    await nextTurn();
    expect(started).toHaveLength(1);
    started[0]?.(1);
    await first;
    await turnsUntil(() => started.length === 2);
    started[1]?.(2);
    expect(await second).toBe(2);
  });

  it("hands a failure to the calls that shared the read, and reads afresh for the next", async () => {
    const { read, started, failures } = manualReads();
    const position = coalescedRead(read);
    const a = position();
    const b = position();
    await nextTurn();
    failures[0]?.(new Error("database gone"));
    await expect(a).rejects.toThrow("database gone");
    await expect(b).rejects.toThrow("database gone");
    const c = position();
    await turnsUntil(() => started.length === 2);
    started[1]?.(3);
    expect(await c).toBe(3);
  });

  it("turns a read that throws at once into a rejection", async () => {
    const position = coalescedRead<number>(() => {
      throw new Error("closed");
    });
    await expect(position()).rejects.toThrow("closed");
  });
});
