import { runEventStoreContract } from "./contract/run-contract.js";
import { makeMemoryEventStore, makeMemoryState } from "./memory-store.js";

runEventStoreContract("memory", async () => {
  const state = makeMemoryState();
  return { open: async () => makeMemoryEventStore(state), dispose: async () => undefined };
});
