import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import Fastify, { type FastifyInstance } from "fastify";

/**
 * The two plain Fastify references the issue measures Banli against: a hello route, and a route
 * doing the raw SQLite append of the store benchmark (packages/store-sqlite/src/bench: WAL,
 * `synchronous = FULL`, `UPDATE streams … WHERE version = ?` + `INSERT` in one transaction per
 * request). No plugins, no validation, no session: the floor a framework route costs.
 */

export interface PlainServer {
  readonly url: string;
  readonly close: () => Promise<void>;
}

const listen = async (app: FastifyInstance, close: () => void = () => {}): Promise<PlainServer> => {
  const url = await app.listen({ port: 0, host: "127.0.0.1" });
  return {
    url,
    close: async () => {
      await app.close();
      close();
    },
  };
};

export const startHelloServer = async (): Promise<PlainServer> => {
  const app = Fastify({ logger: false });
  app.get("/hello", async () => ({ hello: "world" }));
  return listen(app);
};

/** A reply captured from another server: its body and the headers that describe it. */
export interface CapturedReply {
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer;
}

/** Hop-by-hop and per-reply headers, which Node writes itself on every reply. */
const ownHeaders = new Set([
  "date",
  "connection",
  "keep-alive",
  "content-length",
  "transfer-encoding",
]);

/** The status-200 reply of `GET url`, body and headers, for `startReplayServer`. */
export const captureReply = async (
  url: string,
  headers: Readonly<Record<string, string>>,
): Promise<CapturedReply> => {
  const res = await fetch(url, { headers });
  if (res.status !== 200) throw new Error(`capture ${url}: HTTP ${res.status}`);
  const kept: Record<string, string> = {};
  for (const [name, value] of res.headers) if (!ownHeaders.has(name)) kept[name] = value;
  return { headers: kept, body: Buffer.from(await res.arrayBuffer()) };
};

/**
 * A plain Fastify route answering `GET /reply` with fixed bytes and headers — a Banli reply
 * replayed. Against it a Banli route is measured for what its own logic costs, apart from what
 * moving that many bytes over loopback costs any server (the hello route's reply is 17 bytes).
 */
export const startReplayServer = async (reply: CapturedReply): Promise<PlainServer> => {
  const app = Fastify({ logger: false });
  app.get("/reply", (_req, res) => {
    res.headers(reply.headers).send(reply.body);
  });
  return listen(app);
};

/** What the raw route appends: the command from the same body the Banli route receives. */
const commandOf = (body: unknown): unknown =>
  typeof body === "object" && body !== null && "0" in body
    ? ((body as Record<string, { command?: unknown }>)["0"]?.command ?? body)
    : body;

export const startRawAppendServer = async (filename: string): Promise<PlainServer> => {
  const db = new Database(filename);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL");
  db.exec(`
    CREATE TABLE streams (stream_id TEXT PRIMARY KEY, version INTEGER NOT NULL);
    CREATE TABLE events (position INTEGER PRIMARY KEY, event_id TEXT NOT NULL UNIQUE,
      stream_id TEXT NOT NULL, version INTEGER NOT NULL, type TEXT NOT NULL, data TEXT NOT NULL,
      meta TEXT NOT NULL, UNIQUE (stream_id, version));`);
  const update = db.prepare("UPDATE streams SET version = ? WHERE stream_id = ? AND version = ?");
  const create = db.prepare("INSERT INTO streams (stream_id, version) VALUES (?, 1)");
  const insert = db.prepare(
    "INSERT INTO events (event_id, stream_id, version, type, data, meta) VALUES (?, ?, ?, ?, ?, ?)",
  );
  const append = db.transaction((streamId: string, expected: number, data: unknown) => {
    if (expected === 0) create.run(streamId);
    else if (update.run(expected + 1, streamId, expected).changes !== 1) {
      throw new Error("conflict");
    }
    const commandId = randomUUID();
    const info = insert.run(
      randomUUID(),
      streamId,
      expected + 1,
      "outgoing.DocumentDrafted",
      JSON.stringify(data),
      JSON.stringify({ commandId, at: new Date().toISOString() }),
    );
    return Number(info.lastInsertRowid);
  });
  // As the store benchmark: 50 streams, versions tracked in memory.
  const versions = new Map<string, number>();
  let next = 0;
  const app = Fastify({ logger: false, bodyLimit: 1_048_576 });
  app.post("/append", async (req) => {
    const streamId = `case-${next++ % 50}`;
    const version = versions.get(streamId) ?? 0;
    const position = append(streamId, version, commandOf(req.body));
    versions.set(streamId, version + 1);
    return { streamId, version: version + 1, position };
  });
  return listen(app, () => db.close());
};
