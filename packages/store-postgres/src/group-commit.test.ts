import type { Outcome } from "@banli/event-store";
import { describe, expect, it } from "vitest";
import { makeGroupCommit } from "./group-commit.js";

/** A `run` whose batches are recorded and answered only when the test says so. */
const controlledRun = () => {
  const batches: Array<ReadonlyArray<number>> = [];
  const answers: Array<(outcomes: ReadonlyArray<Outcome<string>> | Error) => void> = [];
  const run = (inputs: ReadonlyArray<number>) => {
    batches.push(inputs);
    return new Promise<ReadonlyArray<Outcome<string>>>((resolve, reject) => {
      answers.push((outcomes) =>
        outcomes instanceof Error ? reject(outcomes) : resolve(outcomes),
      );
    });
  };
  return { batches, answers, run };
};

// A few turns of the event loop: enough for a batch's answers to settle and the next to start.
const turn = async () => {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setImmediate(resolve));
};

const okAll = (inputs: ReadonlyArray<number>): ReadonlyArray<Outcome<string>> =>
  inputs.map((n) => ({ ok: `done ${n}` }));

describe("group commit", () => {
  it("sends what arrives in one turn as one batch and answers each input with its own outcome", async () => {
    const { batches, answers, run } = controlledRun();
    const group = makeGroupCommit({ maxBatch: 10, run });
    const results = Promise.allSettled([1, 2, 3].map((n) => group.submit(n)));
    await turn();
    expect(batches).toEqual([[1, 2, 3]]);
    answers[0]?.([{ ok: "one" }, { error: new Error("two refused") }, { ok: "three" }]);
    const settled = await results;
    expect(settled.map((s) => (s.status === "fulfilled" ? s.value : String(s.reason)))).toEqual([
      "one",
      "Error: two refused",
      "three",
    ]);
  });

  it("keeps one batch in flight; what arrives meanwhile goes together in the next", async () => {
    const { batches, answers, run } = controlledRun();
    const group = makeGroupCommit({ maxBatch: 10, run });
    const first = group.submit(1);
    await turn();
    const later = [2, 3, 4].map((n) => group.submit(n));
    await turn();
    expect(batches).toEqual([[1]]);
    answers[0]?.(okAll([1]));
    expect(await first).toBe("done 1");
    await turn();
    expect(batches).toEqual([[1], [2, 3, 4]]);
    answers[1]?.(okAll([2, 3, 4]));
    expect(await Promise.all(later)).toEqual(["done 2", "done 3", "done 4"]);
  });

  it("lets callers answered by a batch join the next one with their next input", async () => {
    const { batches, answers, run } = controlledRun();
    const group = makeGroupCommit({ maxBatch: 10, run });
    const caller = async (n: number) => {
      await group.submit(n);
      await group.submit(n + 10);
    };
    const callers = Promise.all([1, 2].map(caller));
    await turn();
    answers[0]?.(okAll([1, 2]));
    await turn();
    expect(batches).toEqual([
      [1, 2],
      [11, 12],
    ]);
    answers[1]?.(okAll([11, 12]));
    await callers;
  });

  it("splits a queue longer than maxBatch", async () => {
    const { batches, answers, run } = controlledRun();
    const group = makeGroupCommit({ maxBatch: 2, run });
    const all = Promise.all([1, 2, 3, 4, 5].map((n) => group.submit(n)));
    for (let i = 0; i < 3; i++) {
      await turn();
      const batch = batches[i] ?? [];
      answers[i]?.(okAll(batch));
      await turn();
    }
    expect(batches).toEqual([[1, 2], [3, 4], [5]]);
    expect(await all).toHaveLength(5);
  });

  it("fails every input of a batch whose run rejects, and goes on with the next batch", async () => {
    const { batches, answers, run } = controlledRun();
    const group = makeGroupCommit({ maxBatch: 10, run });
    const doomed = [1, 2].map((n) => group.submit(n));
    await turn();
    const next = group.submit(3);
    answers[0]?.(new Error("connection lost"));
    for (const promise of doomed) await expect(promise).rejects.toThrow("connection lost");
    await turn();
    answers[1]?.(okAll([3]));
    expect(await next).toBe("done 3");
    expect(batches).toEqual([[1, 2], [3]]);
  });

  it("rejects an input whose outcome is missing rather than leave it waiting", async () => {
    const group = makeGroupCommit<number, string>({ maxBatch: 10, run: async () => [] });
    await expect(group.submit(1)).rejects.toThrow("outcome is missing");
  });

  it("drains: resolves once every submitted input has its answer", async () => {
    const { answers, run } = controlledRun();
    const group = makeGroupCommit({ maxBatch: 10, run });
    await group.drain();
    let answered = 0;
    void group.submit(1).then(() => answered++);
    await turn();
    void group.submit(2).then(() => answered++);
    let drained = false;
    const draining = group.drain().then(() => {
      drained = true;
    });
    answers[0]?.(okAll([1]));
    await turn();
    expect(drained).toBe(false);
    answers[1]?.(okAll([2]));
    await draining;
    expect(answered).toBe(2);
  });
});
