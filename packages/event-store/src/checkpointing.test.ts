import { describe, expect, it } from "vitest";
import { generateSigningKeys, verifyCheckpointSignature } from "./checkpoint.js";
import { checkpointNow, startCheckpointing } from "./checkpointing.js";
import { appendRequest } from "./contract/fixtures.js";
import { makeMemoryEventStore } from "./memory-store.js";

describe("signed checkpoints of the store's head", () => {
  const keys = generateSigningKeys();

  it("signs the current head and keeps it as the latest checkpoint", async () => {
    const store = makeMemoryEventStore();
    await store.append(appendRequest("case-1", "no_stream", 3));
    const checkpoint = await checkpointNow(store, keys.privateKey);
    expect(checkpoint).toMatchObject({ scope: "all", position: 3, count: 3 });
    expect(checkpoint.hash).toBe((await store.head()).hash);
    expect(verifyCheckpointSignature(checkpoint, keys.publicKey)).toBe(true);
    expect(await store.latestCheckpoint()).toEqual(checkpoint);
  });

  it("checkpoints periodically only when the head moved", async () => {
    const store = makeMemoryEventStore();
    await store.append(appendRequest("case-1", "no_stream", 1));
    const periodic = startCheckpointing(store, keys.privateKey, 10);
    await new Promise((resolve) => setTimeout(resolve, 60));
    periodic.stop();
    const latest = await store.latestCheckpoint();
    expect(latest?.position).toBe(1);
  });
});
