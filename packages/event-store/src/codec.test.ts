import { Either } from "effect";
import { describe, expect, it } from "vitest";
import { makeEventCodec } from "./codec.js";
import { executeCommand } from "./handle-command.js";
import { makeMemoryEventStore } from "./memory-store.js";
import { replayProcess } from "./replay.js";
import { command, ledger } from "./test/ledger-process.js";

const codec = makeEventCodec(ledger);

describe("event codec", () => {
  it("encodes with the current schema version and decodes back", () => {
    const encoded = codec.encode({ _tag: "Deposited", amount: 3, note: "首笔" });
    expect(encoded).toEqual({
      type: "archive.Deposited",
      schemaVersion: 2,
      data: { amount: 3, note: "首笔" },
    });
    const decoded = codec.decode({ ...encoded, position: 1 });
    expect(decoded).toEqual(Either.right({ _tag: "Deposited", amount: 3, note: "首笔" }));
  });

  it("upcasts an older schema version on read", () => {
    const decoded = codec.decode({
      type: "archive.Deposited",
      schemaVersion: 1,
      data: { value: 7 },
      position: 4,
    });
    expect(decoded).toEqual(Either.right({ _tag: "Deposited", amount: 7 }));
  });

  it("refuses a newer schema version, an unknown tag, another process and bad data", () => {
    const bad = [
      { type: "archive.Deposited", schemaVersion: 3, data: { amount: 1 } },
      { type: "archive.Vanished", schemaVersion: 1, data: {} },
      { type: "petition.Deposited", schemaVersion: 2, data: { amount: 1 } },
      { type: "archive.Deposited", schemaVersion: 2, data: { amount: "one" } },
    ];
    for (const stored of bad) {
      const decoded = codec.decode({ ...stored, position: 9 });
      expect(Either.isLeft(decoded) && decoded.left._tag).toBe("EventDecodeError");
    }
  });
});

describe("replay", () => {
  it("rebuilds every case of the process from the log, upcasting old events", async () => {
    const store = makeMemoryEventStore();
    for (let c = 0; c < 5; c++) {
      await executeCommand(store, ledger, command(`L${c}`, { _tag: "Open", owner: "王" }));
      for (let d = 0; d <= c; d++) {
        await executeCommand(store, ledger, command(`L${c}`, { _tag: "Deposit", amount: 10 }));
      }
    }
    // An old-format event written directly, as a store from an earlier release would hold it.
    await store.append({
      streamId: "archive-L0",
      expectedVersion: 2,
      events: [
        { eventId: "old-1", type: "archive.Deposited", schemaVersion: 1, data: { value: 5 } },
      ],
      commandId: "old-cmd",
      recordedAt: "2024-01-01T00:00:00Z",
      actor: { userId: "u-old" },
      correlationId: "old-cmd",
      causationId: "old-cmd",
    });
    await store.append({
      streamId: "petition-P1",
      expectedVersion: "any",
      events: [{ eventId: "other", type: "petition.Registered", schemaVersion: 1, data: {} }],
      commandId: "other-cmd",
      recordedAt: "2024-01-01T00:00:00Z",
      actor: {},
      correlationId: "x",
      causationId: "x",
    });
    const states = await replayProcess(store, ledger, { pageSize: 4 });
    expect(Either.isRight(states)).toBe(true);
    if (Either.isLeft(states)) return;
    expect(states.right.size).toBe(5);
    expect(states.right.get("archive-L0")).toEqual({ step: "Open", balance: 15, deposits: 2 });
    expect(states.right.get("archive-L4")).toEqual({ step: "Open", balance: 50, deposits: 5 });
  });

  it("stops at the first event that no longer decodes", async () => {
    const store = makeMemoryEventStore();
    await store.append({
      streamId: "archive-X",
      expectedVersion: "any",
      events: [{ eventId: "bad", type: "archive.Opened", schemaVersion: 1, data: { owner: 1 } }],
      commandId: "bad-cmd",
      recordedAt: "2024-01-01T00:00:00Z",
      actor: {},
      correlationId: "x",
      causationId: "x",
    });
    const states = await replayProcess(store, ledger);
    expect(Either.isLeft(states) && states.left.position).toBe(1);
  });
});
