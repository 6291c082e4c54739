import { randomUUID } from "node:crypto";
import type { AppendRequest, ExpectedVersion, NewEvent } from "../envelope.js";

let counter = 0;

/** A request appending `count` small events; every call gets fresh command and event ids. */
export const appendRequest = (
  streamId: string,
  expectedVersion: ExpectedVersion,
  count = 1,
  overrides: Partial<AppendRequest> = {},
): AppendRequest => {
  const commandId = overrides.commandId ?? `cmd-${randomUUID()}`;
  const events: Array<NewEvent> = [];
  for (let i = 0; i < count; i++) {
    counter++;
    events.push({
      eventId: randomUUID(),
      type: "test.Noted",
      schemaVersion: 1,
      data: { n: counter, text: `第${counter}条 note`, nested: { b: [1, 2.5, null], a: true } },
    });
  }
  return {
    streamId,
    expectedVersion,
    events,
    commandId,
    recordedAt: "2025-03-01T09:30:00+08:00",
    actor: { userId: "u-clerk", name: "王小明", unitId: "office", roles: ["office-clerk"] },
    correlationId: commandId,
    causationId: commandId,
    ...overrides,
  };
};
