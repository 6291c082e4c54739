import { initTRPC, TRPCError } from "@trpc/server";
import type { AnyProcedure } from "@trpc/server/unstable-core-do-not-import";
import { Schema } from "effect";
import { describe, expect, it } from "vitest";
import { standardSchema } from "../standard-schema.js";
import { callProcedure } from "./procedure-call.js";

/**
 * `callProcedure` against tRPC's own procedure caller: for every kind of middleware chain, the
 * same result or the same error, and the resolver sees the same options.
 */
interface Ctx {
  readonly who: string;
  readonly seen: Array<unknown>;
}
const t = initTRPC.context<Ctx>().meta<{ readonly tag: string }>().create();

const Named = standardSchema(Schema.Struct({ name: Schema.String.pipe(Schema.minLength(1)) }));
const Aged = standardSchema(Schema.Struct({ age: Schema.Number }));

const signedIn = t.procedure.use(({ ctx, next }) => {
  if (ctx.who === "") throw new TRPCError({ code: "UNAUTHORIZED", message: "sign in" });
  return next({ ctx: { actor: ctx.who.toUpperCase() } });
});

/** What the resolver was called with, minus the functions (tRPC types leave some out). */
const record = (options: { readonly ctx: Ctx; readonly input: unknown }) => {
  const opts = options as typeof options & { path: string; type: string; meta: unknown };
  const { seen, ...ctx } = opts.ctx;
  seen.push({ ctx, input: opts.input, path: opts.path, type: opts.type, meta: opts.meta });
  return { ok: opts.input };
};

const procedures: Record<string, AnyProcedure> = {
  plain: t.procedure.query((opts) => record(opts)),
  signedIn: signedIn.input(Named).mutation((opts) => record(opts)),
  twoInputs: signedIn
    .meta({ tag: "two" })
    .input(Named)
    .input(Aged)
    .query((opts) => record(opts)),
  inputFromMiddleware: t.procedure
    .use(({ next }) => next({ input: { name: "given" } }))
    .query((opts) => record(opts)),
  rawInputFromMiddleware: t.procedure
    .use(({ next }) => next({ getRawInput: async () => ({ name: "raw" }) }))
    .input(Named)
    .query((opts) => record(opts)),
  resolverThrows: signedIn.query(() => {
    throw new Error("boom");
  }),
  noNext: t.procedure.use((async () => undefined) as never).query((opts) => record(opts)),
  observesFailure: t.procedure
    .use(async ({ next }) => {
      const result = await next();
      // A middleware may look at a failure below it and pass it on.
      return result.ok ? result : { ...result, error: new TRPCError({ code: "CONFLICT" }) };
    })
    .input(Named)
    .query((opts) => record(opts)),
  customCaller: t.procedure
    .experimental_caller(async ({ invoke, _def }) =>
      invoke({
        path: "custom",
        type: _def.type,
        ctx: { who: "caller", seen: [] },
        getRawInput: async () => ({ name: "c" }),
        signal: undefined,
        batchIndex: 0,
      }),
    )
    .input(Named)
    .query(({ input }) => ({ custom: input })) as unknown as AnyProcedure,
};

const outcome = async (
  call: () => Promise<unknown>,
): Promise<{ data: unknown } | { error: unknown }> => {
  try {
    return { data: await call() };
  } catch (error) {
    const e = error as TRPCError;
    return {
      error: {
        isTRPC: e instanceof TRPCError,
        code: e.code,
        message: e.message,
        cause: e.cause?.constructor.name,
      },
    };
  }
};

const both = async (name: string, who: string, rawInput: unknown) => {
  const procedure = procedures[name] as AnyProcedure;
  const type = procedure._def.type;
  const run = async (via: "trpc" | "ours") => {
    const seen: Array<unknown> = [];
    const opts = {
      path: name,
      getRawInput: async () => rawInput,
      ctx: { who, seen },
      type,
      signal: undefined,
      batchIndex: 3,
    };
    const result = await outcome(() =>
      via === "trpc" ? procedure(opts) : callProcedure(procedure, opts),
    );
    return { result, seen };
  };
  return { trpc: await run("trpc"), ours: await run("ours") };
};

describe("callProcedure", () => {
  const cases: ReadonlyArray<readonly [string, string, unknown]> = [
    ["plain", "a", undefined],
    ["signedIn", "a", { name: "x" }],
    ["signedIn", "", { name: "x" }],
    ["signedIn", "a", { name: "" }],
    ["signedIn", "a", "not an object"],
    ["twoInputs", "a", { name: "x", age: 3 }],
    ["twoInputs", "a", { name: "x" }],
    ["inputFromMiddleware", "a", undefined],
    ["rawInputFromMiddleware", "a", { name: "" }],
    ["resolverThrows", "a", undefined],
    ["noNext", "a", undefined],
    ["observesFailure", "a", { name: "" }],
    ["observesFailure", "a", { name: "ok" }],
    ["customCaller", "a", undefined],
  ];
  it.each(cases)("%s (%s, %j) gives what tRPC's caller gives", async (name, who, input) => {
    const { trpc, ours } = await both(name, who, input);
    expect(ours).toEqual(trpc);
    if (name === "customCaller") expect(ours.result).toEqual({ data: { custom: { name: "c" } } });
  });

  it("passes the merged context, the parsed input and the meta on to the resolver", async () => {
    const { ours } = await both("twoInputs", "a", { name: "x", age: 3 });
    expect(ours.result).toEqual({ data: { ok: { name: "x", age: 3 } } });
    expect(ours.seen).toEqual([
      {
        ctx: { who: "a", actor: "A" },
        input: { name: "x", age: 3 },
        path: "twoInputs",
        type: "query",
        meta: { tag: "two" },
      },
    ]);
  });
});
