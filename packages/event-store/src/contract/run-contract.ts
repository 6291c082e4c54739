import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { canonicalJson } from "../canonical.js";
import { generateSigningKeys, signCheckpoint } from "../checkpoint.js";
import { GENESIS_HASH, type NewEvent, type StoredEvent } from "../envelope.js";
import { ConcurrencyConflict, ImportError, StoreError } from "../errors.js";
import { hashEvent } from "../hash-chain.js";
import { exportLines } from "../log/export-log.js";
import { importLines } from "../log/import-log.js";
import { verifyLines } from "../log/verify-log.js";
import type { EventStorePort } from "../port.js";
import { type ConcurrencyLoad, runConcurrencyLoad } from "./concurrency.js";
import { appendRequest } from "./fixtures.js";

/** Storage an adapter test provides: each `open` is a new store over the same data (a restart). */
export interface ContractHarness {
  readonly open: () => Promise<EventStorePort>;
  /** Closes what `open` returned is the suite's job; this removes the storage itself. */
  readonly dispose: () => Promise<void>;
}

export interface ContractOptions {
  /** Size of the concurrency test; default 8 writers × 100 appends over 10 streams. */
  readonly concurrency?: ConcurrencyLoad & {
    /** Store instances the writers are spread over (two pools for PostgreSQL); default 1. */
    readonly instances?: number;
  };
  /** Per-test timeout for the concurrency test, ms. */
  readonly concurrencyTimeout?: number;
}

const conflictOf = async (promise: Promise<unknown>): Promise<ConcurrencyConflict> => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ConcurrencyConflict) return error;
    throw error;
  }
  throw new Error("expected a ConcurrencyConflict");
};

const readEverything = async (store: EventStorePort): Promise<ReadonlyArray<StoredEvent>> => {
  const all: Array<StoredEvent> = [];
  for (;;) {
    const page = await store.readAll({ after: all.length, limit: 500 });
    all.push(...page);
    if (page.length < 500) return all;
  }
};

const collect = async <A>(iterable: AsyncIterable<A>): Promise<Array<A>> => {
  const out: Array<A> = [];
  for await (const item of iterable) out.push(item);
  return out;
};

/**
 * The event store contract: what every adapter promises, proven the same way on memory, SQLite
 * and PostgreSQL. Call it from an adapter's test file with a harness over fresh storage.
 */
export const runEventStoreContract = (
  name: string,
  makeHarness: () => Promise<ContractHarness>,
  options: ContractOptions = {},
): void => {
  describe(`event store contract: ${name}`, () => {
    let harness: ContractHarness;
    let opened: Array<EventStorePort>;
    let store: EventStorePort;
    const open = async () => {
      const next = await harness.open();
      opened.push(next);
      return next;
    };

    beforeEach(async () => {
      harness = await makeHarness();
      opened = [];
      store = await open();
    });
    afterEach(async () => {
      for (const s of opened) await s.close();
      await harness.dispose();
    });

    describe("append with an expected version", () => {
      it("starts a stream at version 1 and the log at position 1", async () => {
        const result = await store.append(appendRequest("case-1", "no_stream", 3));
        expect(result).toMatchObject({
          streamId: "case-1",
          version: 3,
          firstVersion: 1,
          firstPosition: 1,
          lastPosition: 3,
          duplicate: false,
        });
        const events = await store.readStream("case-1");
        expect(events.map((e) => [e.version, e.position])).toEqual([
          [1, 1],
          [2, 2],
          [3, 3],
        ]);
        expect(await store.streamVersion("case-1")).toBe(3);
        expect(await store.streamVersion("case-none")).toBe(0);
      });

      it("stores every field of the envelope as given", async () => {
        const request = appendRequest("case-1", "no_stream", 1, {
          onBehalfOf: { userId: "u-director", name: "李主任" },
          correlationId: "corr-1",
          causationId: "cause-1",
        });
        await store.append(request);
        const [event] = await store.readStream("case-1");
        const sent = request.events[0];
        expect(event).toEqual({
          position: 1,
          eventId: sent?.eventId,
          streamId: "case-1",
          version: 1,
          type: sent?.type,
          schemaVersion: 1,
          data: sent?.data,
          recordedAt: request.recordedAt,
          actor: request.actor,
          onBehalfOf: request.onBehalfOf,
          commandId: request.commandId,
          correlationId: "corr-1",
          causationId: "cause-1",
          prevHash: GENESIS_HASH,
          hash: event?.hash,
        });
        expect(Object.hasOwn(event ?? {}, "onBehalfOf")).toBe(true);
        await store.append(appendRequest("case-2", "no_stream"));
        const [other] = await store.readStream("case-2");
        expect(Object.hasOwn(other ?? {}, "onBehalfOf")).toBe(false);
      });

      it("appends at the exact expected version", async () => {
        await store.append(appendRequest("case-1", "no_stream", 2));
        const result = await store.append(appendRequest("case-1", 2, 1));
        expect(result.version).toBe(3);
        expect(result.firstVersion).toBe(3);
      });

      it("refuses a stale expected version with the actual one and writes nothing", async () => {
        await store.append(appendRequest("case-1", "no_stream", 2));
        const before = await store.head();
        const conflict = await conflictOf(store.append(appendRequest("case-1", 1, 1)));
        expect(conflict._tag).toBe("ConcurrencyConflict");
        expect(conflict).toMatchObject({ streamId: "case-1", expected: 1, actual: 2 });
        expect(await store.head()).toEqual(before);
        expect(await store.streamVersion("case-1")).toBe(2);
      });

      it("refuses an expected version ahead of the stream", async () => {
        await store.append(appendRequest("case-1", "no_stream", 1));
        const conflict = await conflictOf(store.append(appendRequest("case-1", 5, 1)));
        expect(conflict.actual).toBe(1);
      });

      it("refuses 'no stream' for a stream that exists", async () => {
        await store.append(appendRequest("case-1", "no_stream", 1));
        const conflict = await conflictOf(store.append(appendRequest("case-1", "no_stream", 1)));
        expect(conflict).toMatchObject({ expected: "no_stream", actual: 1 });
      });

      it("refuses an exact version for a stream that does not exist", async () => {
        const conflict = await conflictOf(store.append(appendRequest("case-1", 1, 1)));
        expect(conflict.actual).toBe(0);
        expect((await store.head()).position).toBe(0);
      });

      it("appends with 'any' whatever the version", async () => {
        await store.append(appendRequest("case-1", "any", 1));
        const result = await store.append(appendRequest("case-1", "any", 2));
        expect(result).toMatchObject({ version: 3, firstVersion: 2 });
      });

      it("fails only the command whose write fails, and writes none of it", async () => {
        const first = appendRequest("case-1", "no_stream", 1);
        await store.append(first);
        const reused = first.events[0]?.eventId ?? "";
        const bad = appendRequest("case-2", "no_stream", 2);
        const badEvents = [bad.events[0], { ...bad.events[1], eventId: reused }];
        const outcomes = await Promise.allSettled([
          store.append(appendRequest("case-3", "no_stream", 1)),
          store.append({ ...bad, events: badEvents.filter((e): e is NewEvent => e !== undefined) }),
          store.append(appendRequest("case-4", "no_stream", 1)),
        ]);
        expect(outcomes.map((o) => o.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
        const failure = outcomes[1];
        expect(failure?.status === "rejected" && failure.reason).toBeInstanceOf(StoreError);
        expect(await store.streamVersion("case-2")).toBe(0);
        expect(await store.findCommand(bad.commandId)).toBeUndefined();
        // Alone, too: its first event must not stay behind.
        await expect(
          store.append({ ...bad, events: badEvents.filter((e): e is NewEvent => e !== undefined) }),
        ).rejects.toBeInstanceOf(StoreError);
        expect(await store.streamVersion("case-2")).toBe(0);
        const events = await readEverything(store);
        expect(events.map((e) => e.position)).toEqual([1, 2, 3]);
        expect(events[2]?.prevHash).toBe(events[1]?.hash);
        await store.append(appendRequest("case-2", "no_stream", 1));
        expect((await store.head()).position).toBe(4);
      });

      it("writes nothing for a command that decided no events", async () => {
        await store.append(appendRequest("case-1", "no_stream", 1));
        const result = await store.append(appendRequest("case-1", 1, 0));
        expect(result).toMatchObject({ version: 1, firstVersion: undefined, duplicate: false });
        expect((await store.head()).position).toBe(1);
      });
    });

    describe("idempotent commands", () => {
      it("answers a retried command id with the original result and writes nothing", async () => {
        const request = appendRequest("case-1", "no_stream", 2);
        const original = await store.append(request);
        await store.append(appendRequest("case-1", 2, 1));
        const retried = await store.append(request);
        expect(retried).toEqual({ ...original, duplicate: true });
        expect((await store.head()).position).toBe(3);
      });

      it("answers the original even when the retry names another stream or version", async () => {
        const request = appendRequest("case-1", "no_stream", 1);
        const original = await store.append(request);
        const retried = await store.append({ ...request, streamId: "case-2", expectedVersion: 7 });
        expect(retried).toEqual({ ...original, duplicate: true });
        expect(await store.streamVersion("case-2")).toBe(0);
      });

      it("remembers command ids across a restart", async () => {
        const request = appendRequest("case-1", "no_stream", 1);
        const original = await store.append(request);
        await store.close();
        opened = opened.filter((s) => s !== store);
        const reopened = await open();
        expect(await reopened.append(request)).toEqual({ ...original, duplicate: true });
        expect(await reopened.findCommand(request.commandId)).toEqual({
          ...original,
          duplicate: true,
        });
        expect((await reopened.head()).position).toBe(1);
      });

      it("finds no result for an unknown command id", async () => {
        expect(await store.findCommand("cmd-unknown")).toBeUndefined();
      });

      it("stores a command once when it is sent twice at the same moment", async () => {
        const request = appendRequest("case-1", "any", 1);
        const results = await Promise.all([store.append(request), store.append(request)]);
        expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
        expect((await store.head()).position).toBe(1);
      });
    });

    describe("reading", () => {
      it("reads a stream from a version, with a limit", async () => {
        await store.append(appendRequest("case-1", "no_stream", 5));
        await store.append(appendRequest("case-2", "no_stream", 1));
        const page = await store.readStream("case-1", { fromVersion: 2, limit: 2 });
        expect(page.map((e) => e.version)).toEqual([2, 3]);
        expect(await store.readStream("case-missing")).toEqual([]);
      });

      it("reads the whole log in pages after a position", async () => {
        for (let i = 0; i < 7; i++) await store.append(appendRequest(`case-${i % 3}`, "any", 1));
        const first = await store.readAll({ after: 0, limit: 3 });
        const second = await store.readAll({ after: 3, limit: 3 });
        const third = await store.readAll({ after: 6, limit: 3 });
        expect([...first, ...second, ...third].map((e) => e.position)).toEqual([
          1, 2, 3, 4, 5, 6, 7,
        ]);
        // The record read is the same page without the audit fields.
        const records = await store.readAllRecords({ after: 2, limit: 3 });
        const full = await store.readAll({ after: 2, limit: 3 });
        expect(records).toEqual(
          full.map(({ position, streamId, version, type, schemaVersion, data }) => ({
            position,
            streamId,
            version,
            type,
            schemaVersion,
            data,
          })),
        );
      });
    });

    describe("the hash chain", () => {
      it("links every event to the one before by SHA-256 over canonical bytes", async () => {
        for (let i = 0; i < 5; i++) await store.append(appendRequest(`case-${i % 2}`, "any", 2));
        const events = await readEverything(store);
        let prevHash = GENESIS_HASH;
        for (const event of events) {
          expect(event.prevHash).toBe(prevHash);
          const { hash, ...unhashed } = event;
          expect(hashEvent(unhashed)).toBe(hash);
          prevHash = hash;
        }
        expect(await store.head()).toEqual({ position: 10, hash: prevHash });
      });

      it("keeps the chain across a restart", async () => {
        await store.append(appendRequest("case-1", "no_stream", 2));
        await store.close();
        opened = opened.filter((s) => s !== store);
        const reopened = await open();
        await reopened.append(appendRequest("case-1", 2, 1));
        const events = await readEverything(reopened);
        expect(events[2]?.prevHash).toBe(events[1]?.hash);
      });
    });

    describe("subscriptions", () => {
      it("delivers the past, then live events, in position order without gaps", async () => {
        await store.append(appendRequest("case-1", "no_stream", 3));
        const seen: Array<number> = [];
        let resolveAll: () => void = () => undefined;
        const all = new Promise<void>((resolve) => {
          resolveAll = resolve;
        });
        const subscription = store.subscribe({ after: 1 }, (event) => {
          seen.push(event.position);
          if (event.position === 10) resolveAll();
        });
        for (let i = 0; i < 7; i++) await store.append(appendRequest(`case-${i}`, "any", 1));
        await all;
        await subscription.close();
        expect(seen).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
      });

      it("reports a handler's failure through done", async () => {
        await store.append(appendRequest("case-1", "no_stream", 1));
        const subscription = store.subscribe({ after: 0 }, () => {
          throw new Error("projection broke");
        });
        await expect(subscription.done).rejects.toThrow("projection broke");
        await subscription.close();
      });
    });

    describe("export, verify and import", () => {
      const keys = generateSigningKeys();

      it("exports a log that verifies, and imports it byte for byte", async () => {
        for (let i = 0; i < 6; i++) await store.append(appendRequest(`case-${i % 3}`, "any", 2));
        const lines = await collect(exportLines(store, { privateKey: keys.privateKey }));
        expect(lines).toHaveLength(13);
        const report = await verifyLines(lines, keys.publicKey);
        expect(report).toMatchObject({ ok: true, scope: "all", events: 12, position: 12 });

        const target = await harness.open();
        opened.push(target);
        // The same storage is not empty, so the import must be refused there.
        await expect(importLines(target, lines, { publicKey: keys.publicKey })).rejects.toThrow(
          ImportError,
        );
      });

      it("round-trips an export through an empty store", async () => {
        for (let i = 0; i < 4; i++) await store.append(appendRequest(`case-${i % 2}`, "any", 3));
        const lines = await collect(exportLines(store, { privateKey: keys.privateKey }));
        const other = await makeHarness();
        const fresh = await other.open();
        try {
          expect(await importLines(fresh, lines, { publicKey: keys.publicKey })).toBe(12);
          const again = await collect(exportLines(fresh, { privateKey: keys.privateKey }));
          expect(again.join("\n")).toBe(lines.join("\n"));
          expect(await fresh.readAll({ after: 0, limit: 100 })).toEqual(
            await store.readAll({ after: 0, limit: 100 }),
          );
          // Imported command ids are remembered, and appends continue the imported chain.
          const first = lines[0] === undefined ? undefined : (JSON.parse(lines[0]) as StoredEvent);
          expect(await fresh.findCommand(first?.commandId ?? "")).toBeDefined();
          await fresh.append(appendRequest("case-0", 6, 1));
          expect((await fresh.readAll({ after: 12, limit: 1 }))[0]?.prevHash).toBe(
            (await store.head()).hash,
          );
        } finally {
          await fresh.close();
          await other.dispose();
        }
      });

      it("exports one case that verifies on its own", async () => {
        for (let i = 0; i < 6; i++) await store.append(appendRequest(`case-${i % 2}`, "any", 1));
        const lines = await collect(
          exportLines(store, { privateKey: keys.privateKey, streamId: "case-1" }),
        );
        expect(lines).toHaveLength(4);
        expect(await verifyLines(lines, keys.publicKey)).toMatchObject({
          ok: true,
          scope: "stream:case-1",
          events: 3,
        });
        const cut = lines.filter((_, i) => i !== 1);
        expect(await verifyLines(cut, keys.publicKey)).toMatchObject({ ok: false });
      });
    });

    describe("signed checkpoints", () => {
      it("keeps the latest checkpoint across a restart", async () => {
        await store.append(appendRequest("case-1", "no_stream", 2));
        const head = await store.head();
        const { privateKey } = generateSigningKeys();
        const checkpoint = signCheckpoint(
          { kind: "checkpoint", scope: "all", ...head, count: 2, digest: head.hash },
          privateKey,
        );
        await store.saveCheckpoint(checkpoint);
        await store.close();
        opened = opened.filter((s) => s !== store);
        const reopened = await open();
        expect(canonicalJson(await reopened.latestCheckpoint())).toBe(canonicalJson(checkpoint));
      });
    });

    describe("concurrency", () => {
      const load = options.concurrency ?? { writers: 8, appendsPerWriter: 100, streams: 10 };
      it(
        `${load.writers} writers × ${load.appendsPerWriter} appends over ${load.streams} hot streams: no lost update, one winner per version, no gap`,
        async () => {
          const stores = [store];
          for (let i = 1; i < (load.instances ?? 1); i++) stores.push(await open());
          // A live reader on the last instance during the load: if positions could commit out
          // of order, it would see a jump and later the event it skipped.
          let next = 1;
          let jumps = 0;
          const reader = (stores[stores.length - 1] ?? store).subscribe({ after: 0 }, (event) => {
            if (event.position !== next) jumps++;
            next = event.position + 1;
          });
          const outcome = await runConcurrencyLoad(stores, load);
          const total = load.writers * load.appendsPerWriter;
          const deadline = Date.now() + 30_000;
          while (next <= total && Date.now() < deadline) {
            await new Promise((resolve) => setTimeout(resolve, 50));
          }
          await reader.close();
          expect({ delivered: next - 1, jumps }).toEqual({ delivered: total, jumps: 0 });
          console.info(`[${name}] concurrency`, outcome);
        },
        options.concurrencyTimeout ?? 120_000,
      );
    });
  });
};
