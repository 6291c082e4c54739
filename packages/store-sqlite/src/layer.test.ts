import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EventStore } from "@banli/event-store";
import { appendRequest } from "@banli/event-store/contract";
import { afterAll, describe, expect, it } from "@effect/vitest";
import { Effect } from "effect";
import { layerSqlite } from "./sqlite-store.js";

const dir = mkdtempSync(join(tmpdir(), "banli-layer-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("layerSqlite", () => {
  it.effect("provides the EventStore service and closes it with the scope", () =>
    Effect.gen(function* () {
      const store = yield* EventStore;
      const result = yield* Effect.promise(() =>
        store.append(appendRequest("case-1", "no_stream", 2)),
      );
      expect(result.version).toBe(2);
    }).pipe(Effect.provide(layerSqlite({ filename: join(dir, "layer.db") }))),
  );

  it.effect("fails with StoreError when the file cannot be opened", () =>
    Effect.gen(function* () {
      const error = yield* Effect.flip(
        Effect.provide(EventStore, layerSqlite({ filename: join(dir, "missing", "x.db") })),
      );
      expect(error._tag).toBe("StoreError");
    }),
  );
});
