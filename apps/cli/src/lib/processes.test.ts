import { Either } from "effect";
import { describe, expect, it } from "vitest";
import { replayerOfStream, replayers } from "./processes.js";

describe("replayers", () => {
  it("covers all seven processes, each with its title and labelled initial status", () => {
    expect(replayers.map((r) => r.name).sort()).toEqual([
      "archive",
      "incoming",
      "outgoing",
      "petition",
      "proposal",
      "publication",
      "supervision",
    ]);
    for (const replayer of replayers) {
      const empty = replayer.replay([]);
      if (Either.isLeft(empty)) throw empty.left;
      expect(empty.right.title.zh, replayer.name).not.toBe("");
      expect(empty.right.status, replayer.name).toBeDefined();
      expect(empty.right.statusLabel, replayer.name).toBeDefined();
      expect(empty.right.history).toEqual([]);
    }
  });

  it("picks a stream's process by its prefix", () => {
    expect(replayerOfStream("outgoing-x-1")?.name).toBe("outgoing");
    expect(replayerOfStream("test-x")).toBeUndefined();
  });

  it("stops at an event that does not decode, naming its position", () => {
    const bad = replayers[0]?.replay([
      {
        position: 7,
        eventId: "e",
        streamId: "supervision-x",
        version: 1,
        type: "supervision.NoSuchEvent",
        schemaVersion: 1,
        data: {},
        recordedAt: "2026-03-02T09:00:00+08:00",
        actor: {},
        commandId: "c",
        correlationId: "c",
        causationId: "c",
        prevHash: "",
        hash: "",
      },
    ]);
    expect(bad !== undefined && Either.isLeft(bad) ? bad.left.position : undefined).toBe(7);
  });
});
