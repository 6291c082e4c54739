import { initTRPC } from "@trpc/server";
import { fastifyTRPCPlugin } from "@trpc/server/adapters/fastify";
import Fastify, { type FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerLeanTrpc } from "./trpc-fastify.js";

/**
 * Banli's router has no transformer, so the lean path skips tRPC's output transform; a router
 * WITH one must still have its replies transformed exactly as tRPC's stock adapter does.
 */
const tagged = {
  serialize: (value: unknown) => ({ tagged: value }),
  deserialize: (value: unknown) => (value as { tagged: unknown }).tagged,
};
const t = initTRPC.create({ transformer: tagged });
const router = t.router({
  echo: t.procedure
    .input((raw) => raw as { n: number })
    .query(({ input }) => ({ twice: input.n * 2 })),
});

let lean: FastifyInstance;
let stock: FastifyInstance;
beforeAll(async () => {
  lean = Fastify();
  await registerLeanTrpc(lean, { prefix: "/trpc", router, createContext: () => ({}) });
  stock = Fastify();
  await stock.register(fastifyTRPCPlugin, {
    prefix: "/trpc",
    trpcOptions: { router, createContext: () => ({}) },
  });
});
afterAll(async () => {
  await lean.close();
  await stock.close();
});

describe("the lean path with a transformer", () => {
  it("transforms inputs and outputs as the stock adapter does", async () => {
    const input = encodeURIComponent(JSON.stringify({ "0": { tagged: { n: 21 } } }));
    const url = `/trpc/echo?batch=1&input=${input}`;
    const [mine, theirs] = await Promise.all([lean.inject(url), stock.inject(url)]);
    expect(mine.statusCode).toBe(200);
    expect(JSON.parse(mine.body)).toEqual([{ result: { data: { tagged: { twice: 42 } } } }]);
    expect(JSON.parse(mine.body)).toEqual(JSON.parse(theirs.body));
  });
});
