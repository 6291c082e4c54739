import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { useTempDir } from "../test/cli.js";
import {
  captureReply,
  startHelloServer,
  startRawAppendServer,
  startReplayServer,
} from "./plain-routes.js";
import { commandBody } from "./workloads.js";

const tempDir = useTempDir();

describe("the plain reference routes", () => {
  it("appends each request durably, one stream version after another, the command as data", async () => {
    const file = join(tempDir(), "raw.sqlite");
    const raw = await startRawAppendServer(file);
    const replies: Array<{ streamId: string; version: number; position: number }> = [];
    try {
      for (let i = 0; i < 52; i++) {
        const res = await fetch(`${raw.url}/append`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: commandBody,
        });
        expect(res.status).toBe(200);
        replies.push((await res.json()) as (typeof replies)[number]);
      }
    } finally {
      await raw.close();
    }
    expect(replies.map((r) => r.position)).toEqual(replies.map((_, i) => i + 1));
    // 50 streams round-robin, as the store benchmark: the 51st request is version 2 of case-0.
    expect(replies[50]).toMatchObject({ streamId: "case-0", version: 2 });
    const db = new Database(file, { readonly: true });
    try {
      expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
      const row = db.prepare("SELECT type, data FROM events WHERE position = 1").get() as {
        type: string;
        data: string;
      };
      expect(JSON.parse(row.data)).toMatchObject({ _tag: "DraftDocument" });
      expect(db.prepare("SELECT count(*) AS n FROM events").get()).toEqual({ n: 52 });
    } finally {
      db.close();
    }
  });

  it("says hello", async () => {
    const hello = await startHelloServer();
    try {
      expect(await (await fetch(`${hello.url}/hello`)).json()).toEqual({ hello: "world" });
    } finally {
      await hello.close();
    }
  });

  it("replays a captured reply byte for byte, with its headers", async () => {
    const source = await startReplayServer({
      headers: { "content-type": "application/json", vary: "accept", "x-frame-options": "DENY" },
      body: Buffer.from(JSON.stringify([{ result: { data: { rows: ["办理"] } } }])),
    });
    try {
      // Captured from one replay server and replayed by another: nothing may change on the way.
      const captured = await captureReply(`${source.url}/reply`, {});
      expect(captured.headers).toEqual({
        "content-type": "application/json",
        vary: "accept",
        "x-frame-options": "DENY",
      });
      const replay = await startReplayServer(captured);
      try {
        const res = await fetch(`${replay.url}/reply`);
        expect(res.headers.get("x-frame-options")).toBe("DENY");
        expect(res.headers.get("content-length")).toBe(String(captured.body.length));
        expect(await res.json()).toEqual([{ result: { data: { rows: ["办理"] } } }]);
      } finally {
        await replay.close();
      }
      await expect(captureReply(`${source.url}/missing`, {})).rejects.toThrow("HTTP 404");
    } finally {
      await source.close();
    }
  });

  it("captures a compressed reply as sent, coded bytes and coding header", async () => {
    const json = JSON.stringify({ rows: ["待办"] });
    const coded = gzipSync(json);
    const source = await startReplayServer({
      headers: { "content-type": "application/json", "content-encoding": "gzip" },
      body: coded,
    });
    try {
      const captured = await captureReply(`${source.url}/reply`, { "accept-encoding": "gzip" });
      expect(captured.headers["content-encoding"]).toBe("gzip");
      expect(captured.body.equals(coded)).toBe(true);
      expect(gunzipSync(captured.body).toString()).toBe(json);
    } finally {
      await source.close();
    }
  });
});
