// Child process of the crash test: appends under load and prints each acknowledged append.
// Plain JavaScript over the built package, because Node 20 cannot run the TypeScript sources.
import { randomUUID } from "node:crypto";

// The built entry is passed in rather than imported by path: it does not exist before a build.
const [entry, filename, writerCount = "8"] = process.argv.slice(2);
const { openSqliteEventStore } = await import(entry);
const store = openSqliteEventStore({ filename, checkpointEvery: 20 });

const writer = async () => {
  for (;;) {
    const commandId = randomUUID();
    const streamId = `crash-${Math.floor(Math.random() * 50)}`;
    const result = await store.append({
      streamId,
      expectedVersion: "any",
      commandId,
      correlationId: commandId,
      causationId: commandId,
      recordedAt: new Date().toISOString(),
      actor: { userId: "u-crash" },
      events: Array.from({ length: 1 + Math.floor(Math.random() * 3) }, (_, i) => ({
        eventId: randomUUID(),
        type: "test.Crashed",
        schemaVersion: 1,
        data: { i, pad: "x".repeat(Math.floor(Math.random() * 400)) },
      })),
    });
    // Printed only after the commit returned: the parent may rely on every line it reads.
    process.stdout.write(`${commandId} ${result.lastPosition}\n`);
  }
};

process.stdout.write("ready\n");
await Promise.all(Array.from({ length: Number(writerCount) }, writer));
