import { describe, expect, it } from "@effect/vitest";
import { Effect, Either } from "effect";
import { executeCommand, handleCommand } from "./handle-command.js";
import { layerMemory, makeMemoryEventStore } from "./memory-store.js";
import { command, ledger } from "./test/ledger-process.js";

const right = <A, E>(either: Either.Either<A, E>): A => {
  if (Either.isLeft(either)) throw new Error(`expected Right, got ${String(either.left)}`);
  return either.right;
};
const leftTag = <A, E extends { _tag: string }>(either: Either.Either<A, E>): string => {
  if (Either.isRight(either)) throw new Error("expected Left");
  return either.left._tag;
};

describe("handleCommand", () => {
  it("loads, decides and appends the events as <process>.<Tag> without _tag in data", async () => {
    const store = makeMemoryEventStore();
    const opened = right(
      await executeCommand(store, ledger, command("L1", { _tag: "Open", owner: "王" })),
    );
    expect(opened.state).toEqual({ step: "Open", balance: 0, deposits: 0 });
    expect(opened.result).toMatchObject({ streamId: "archive-L1", version: 1 });
    const [stored] = await store.readStream("archive-L1");
    expect(stored).toMatchObject({
      type: "archive.Opened",
      schemaVersion: 1,
      data: { owner: "王", at: "2025-03-01T09:30:00+08:00" },
      actor: { userId: "u-clerk" },
    });
  });

  it("returns the domain's refusal and writes nothing", async () => {
    const store = makeMemoryEventStore();
    const outcome = await executeCommand(
      store,
      ledger,
      command("L1", { _tag: "Deposit", amount: 5 }),
    );
    expect(leftTag(outcome)).toBe("WrongStep");
    expect((await store.head()).position).toBe(0);
  });

  it("writes nothing for a command the decider turns into no events", async () => {
    const store = makeMemoryEventStore();
    const outcome = right(await executeCommand(store, ledger, command("L1", { _tag: "Touch" })));
    expect(outcome.result).toBeUndefined();
    expect((await store.head()).position).toBe(0);
  });

  it("answers a retried command id from the log instead of deciding it again", async () => {
    const store = makeMemoryEventStore();
    await executeCommand(store, ledger, command("L1", { _tag: "Open", owner: "王" }));
    const deposit = command("L1", { _tag: "Deposit", amount: 5 });
    const first = right(await executeCommand(store, ledger, deposit));
    const again = right(await executeCommand(store, ledger, deposit));
    expect(again.duplicate).toBe(true);
    expect(again.events).toEqual(first.events);
    expect(again.result).toEqual({ ...first.result, duplicate: true });
    expect((await store.head()).position).toBe(2);
  });

  it("lets two clerks deposit at once: the loser reloads and succeeds", async () => {
    const store = makeMemoryEventStore();
    await executeCommand(store, ledger, command("L1", { _tag: "Open", owner: "王" }));
    const outcomes = await Promise.all(
      Array.from({ length: 5 }, () =>
        executeCommand(store, ledger, command("L1", { _tag: "Deposit", amount: 10 })),
      ),
    );
    for (const outcome of outcomes) right(outcome);
    const last = right(await executeCommand(store, ledger, command("L1", { _tag: "Touch" })));
    expect(last.state).toEqual({ step: "Open", balance: 50, deposits: 5 });
  });

  it("gives the loser of a race the domain's refusal, not a conflict", async () => {
    const store = makeMemoryEventStore();
    await executeCommand(store, ledger, command("L1", { _tag: "Open", owner: "王" }));
    const outcomes = await Promise.all([
      executeCommand(store, ledger, command("L1", { _tag: "Close" })),
      executeCommand(store, ledger, command("L1", { _tag: "Close" })),
    ]);
    expect(outcomes.filter(Either.isRight)).toHaveLength(1);
    expect(outcomes.filter(Either.isLeft).map(leftTag)).toEqual(["CaseClosed"]);
  });

  it("gives up with ConcurrencyConflict after the bounded retries", async () => {
    const inner = makeMemoryEventStore();
    // A store whose stream always moves on between load and append.
    const store = {
      ...inner,
      append: async () => {
        const { ConcurrencyConflict } = await import("./errors.js");
        throw new ConcurrencyConflict({ streamId: "archive-L1", expected: "no_stream", actual: 1 });
      },
    };
    const outcome = await executeCommand(
      store,
      ledger,
      command("L1", { _tag: "Open", owner: "王" }),
      {
        maxRetries: 2,
      },
    );
    expect(leftTag(outcome)).toBe("ConcurrencyConflict");
  });

  it("skips the retry look-up for a fresh command id, and still never records an id twice", async () => {
    const inner = makeMemoryEventStore();
    let lookUps = 0;
    const store = {
      ...inner,
      findCommand: (commandId: string) => {
        lookUps++;
        return inner.findCommand(commandId);
      },
    };
    await executeCommand(store, ledger, command("L1", { _tag: "Open", owner: "王" }));
    const deposit = command("L1", { _tag: "Deposit", amount: 5 });
    right(await executeCommand(store, ledger, deposit, { freshCommandId: true }));
    expect(lookUps).toBe(1);
    // Claimed fresh but not: the store's own check answers it as the retry it is.
    const again = right(await executeCommand(store, ledger, deposit, { freshCommandId: true }));
    expect(again.duplicate).toBe(true);
    expect((await store.head()).position).toBe(2);
  });

  describe("deciding on a state the caller already holds", () => {
    const opened = { version: 1, state: { step: "Open", balance: 0, deposits: 0 } as const };

    it("decides on it without reading the stream", async () => {
      const inner = makeMemoryEventStore();
      await executeCommand(inner, ledger, command("L1", { _tag: "Open", owner: "王" }));
      let reads = 0;
      const store = {
        ...inner,
        readStream: (...args: Parameters<typeof inner.readStream>) => {
          reads++;
          return inner.readStream(...args);
        },
      };
      const deposit = command("L1", { _tag: "Deposit", amount: 5 });
      const outcome = right(await executeCommand(store, ledger, deposit, { known: opened }));
      expect(outcome.state).toEqual({ step: "Open", balance: 5, deposits: 1 });
      expect(outcome.result).toMatchObject({ version: 2 });
      expect(reads).toBe(0);
    });

    it("decides again on the log when the held state is behind (the append conflicts)", async () => {
      const store = makeMemoryEventStore();
      await executeCommand(store, ledger, command("L1", { _tag: "Open", owner: "王" }));
      await executeCommand(store, ledger, command("L1", { _tag: "Deposit", amount: 7 }));
      const deposit = command("L1", { _tag: "Deposit", amount: 5 });
      // Even with no retries allowed: a stale held state is not contention.
      const outcome = right(
        await executeCommand(store, ledger, deposit, { known: opened, maxRetries: 0 }),
      );
      expect(outcome.state).toEqual({ step: "Open", balance: 12, deposits: 2 });
      expect(outcome.result).toMatchObject({ version: 3 });
    });

    it("does not refuse on a stale held state what the log's state allows", async () => {
      const store = makeMemoryEventStore();
      await executeCommand(store, ledger, command("L1", { _tag: "Open", owner: "王" }));
      const deposit = command("L1", { _tag: "Deposit", amount: 5 });
      const stale = { version: 0, state: { step: "None" } as const };
      const outcome = right(await executeCommand(store, ledger, deposit, { known: stale }));
      expect(outcome.result).toMatchObject({ version: 2 });
    });

    it("refuses on a current held state as on the log", async () => {
      const store = makeMemoryEventStore();
      const deposit = command("L1", { _tag: "Deposit", amount: 5 });
      const none = { version: 0, state: { step: "None" } as const };
      expect(leftTag(await executeCommand(store, ledger, deposit, { known: none }))).toBe(
        "WrongStep",
      );
      expect((await store.head()).position).toBe(0);
    });
  });

  it.effect("runs as an Effect over the EventStore service", () =>
    Effect.gen(function* () {
      const opened = yield* handleCommand(ledger, command("L9", { _tag: "Open", owner: "李" }));
      expect(opened.events).toHaveLength(1);
      const refused = yield* Effect.flip(
        handleCommand(ledger, command("L9", { _tag: "Deposit", amount: -1 })),
      );
      expect(refused._tag).toBe("InvalidCommand");
    }).pipe(Effect.provide(layerMemory())),
  );
});
