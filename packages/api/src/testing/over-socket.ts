import { type OutgoingHttpHeaders, request } from "node:http";
import type { FastifyInstance, InjectOptions } from "fastify";

/** What a test reads of a reply, in the shape of Fastify's `inject` response. */
export interface SocketReply {
  readonly statusCode: number;
  readonly headers: OutgoingHttpHeaders;
  readonly rawPayload: Buffer;
  readonly body: string;
}

/**
 * `inject` over a real socket: the server listens on an ephemeral loopback port and each request
 * goes through Node's HTTP server, so whatever answers ahead of Fastify's handler (the query
 * cache's hits) is exercised too, which `inject` passes by. The body comes back as sent
 * (compressed bytes stay compressed).
 */
export const overSocket = async (
  app: FastifyInstance,
): Promise<(options: InjectOptions) => Promise<SocketReply>> => {
  const base = await app.listen({ port: 0, host: "127.0.0.1" });
  return (options) =>
    new Promise((resolve, reject) => {
      const payload = options.payload === undefined ? undefined : String(options.payload);
      const req = request(
        `${base}${options.url ?? "/"}`,
        {
          method: options.method ?? "GET",
          headers: options.headers as Record<string, string> | undefined,
        },
        (res) => {
          const chunks: Array<Buffer> = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("error", reject);
          res.on("end", () => {
            const rawPayload = Buffer.concat(chunks);
            resolve({
              statusCode: res.statusCode ?? 0,
              headers: res.headers,
              rawPayload,
              body: rawPayload.toString(),
            });
          });
        },
      );
      req.on("error", reject);
      req.end(payload);
    });
};
