import { type PrivateKeyInput, type SignedCheckpoint, signCheckpoint } from "./checkpoint.js";
import type { EventStorePort } from "./port.js";

/**
 * Signs the store's current head and keeps it in the store. A later auditor holding the latest
 * checkpoint can tell a log that was cut back below it from one that merely stopped there.
 */
export const checkpointNow = async (
  store: EventStorePort,
  privateKey: PrivateKeyInput,
): Promise<SignedCheckpoint> => {
  const head = await store.head();
  const checkpoint = signCheckpoint(
    { kind: "checkpoint", scope: "all", ...head, count: head.position, digest: head.hash },
    privateKey,
  );
  await store.saveCheckpoint(checkpoint);
  return checkpoint;
};

/** Checkpoints every `everyMs` when the head has moved; `stop` ends it. */
export const startCheckpointing = (
  store: EventStorePort,
  privateKey: PrivateKeyInput,
  everyMs = 60_000,
): { readonly stop: () => void } => {
  let last = -1;
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    store
      .head()
      .then(async (head) => {
        if (head.position !== last) await checkpointNow(store, privateKey);
        last = head.position;
      })
      // A failed checkpoint is retried at the next tick; commands are not affected.
      .catch(() => undefined)
      .finally(() => {
        running = false;
      });
  }, everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
};
