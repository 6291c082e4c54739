import { randomUUID } from "node:crypto";
import { get } from "node:http";
import { openRawAppender } from "@banli/store-sqlite/bench";
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

/**
 * The status-200 reply of `GET url`, body and headers, for `startReplayServer`. Read with
 * `node:http`, not `fetch`: `fetch` undoes a content coding, and the replay must send the very
 * bytes the server sent (compressed when the request accepted it).
 */
export const captureReply = (
  url: string,
  headers: Readonly<Record<string, string>>,
): Promise<CapturedReply> =>
  new Promise((resolve, reject) => {
    const req = get(url, { headers }, (res) => {
      const chunks: Array<Buffer> = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("error", reject);
      res.on("end", () => {
        if (res.statusCode !== 200) {
          reject(new Error(`capture ${url}: HTTP ${res.statusCode}`));
          return;
        }
        const kept: Record<string, string> = {};
        for (const [name, value] of Object.entries(res.headers)) {
          if (value !== undefined && !ownHeaders.has(name)) {
            kept[name] = Array.isArray(value) ? value.join(", ") : value;
          }
        }
        resolve({ headers: kept, body: Buffer.concat(chunks) });
      });
    });
    req.on("error", reject);
  });

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
  const raw = openRawAppender(filename);
  const append = (streamId: string, expected: number, data: unknown) =>
    raw.append(streamId, expected, [
      {
        eventId: randomUUID(),
        type: "outgoing.DocumentDrafted",
        data: JSON.stringify(data),
        meta: JSON.stringify({ commandId: randomUUID(), at: new Date().toISOString() }),
      },
    ]);
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
  return listen(app, raw.close);
};
