import { TRPCError } from "@trpc/server";
import {
  type AnyProcedure,
  type AnyRouter,
  getProcedureAtPath,
  isObject,
  urlPathToProcedurePath,
} from "@trpc/server/unstable-core-do-not-import";

/**
 * The request side of tRPC's HTTP protocol (https://trpc.io/docs/rpc), read from what Fastify
 * already parsed instead of from a Fetch `Request`: the procedure path(s) from the URL, batching
 * (`?batch=1`, comma-separated paths, inputs keyed `"0"`, `"1"`, …), and the input from
 * `?input=` (GET) or the JSON body (POST). Every rule here mirrors tRPC 11's own
 * `jsonContentTypeHandler` / `resolveResponse` so the reply is the one the stock adapter gives.
 */

export interface LeanCall {
  readonly index: number;
  readonly path: string;
  readonly procedure: AnyProcedure | null;
}

export interface LeanRequest {
  readonly isBatch: boolean;
  readonly calls: ReadonlyArray<LeanCall>;
  /** The one procedure type of the call(s), `"unknown"` when none was found. */
  readonly type: "query" | "mutation" | "subscription" | "unknown";
  /** The raw input of call `index`, parsed at most once and only when a procedure asks. */
  readonly rawInput: (index: number) => unknown;
  /** The input of call `index` if it was parsed already (error shapes report it). */
  readonly parsedInput: (index: number) => unknown;
}

/** `decodeURIComponent` throws a bare `URIError`; tRPC answers a malformed path with 400. */
const decodePath = (path: string): string => {
  try {
    return decodeURIComponent(path);
  } catch (cause) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: `Invalid URL-encoding in path "${path}"`,
      cause,
    });
  }
};

/** Lazily parses the request's input once, with tRPC's messages for each bad shape. */
const inputsOf = (router: AnyRouter, isBatch: boolean, count: number, raw: string | undefined) => {
  const transformer = router._def._config.transformer;
  let parsed: Record<number, unknown> | undefined;
  let failure: TRPCError | undefined;
  const parse = (): Record<number, unknown> => {
    const result: Record<number, unknown> = Object.create(null);
    // An absent or empty input is "no input" for every call, as in tRPC.
    if (raw === undefined || raw === "") return result;
    let inputs: unknown;
    try {
      inputs = JSON.parse(raw);
    } catch (cause) {
      // tRPC's `memo` turns any parse failure into BAD_REQUEST with the parser's message.
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: cause instanceof Error ? cause.message : "Invalid input",
        cause,
      });
    }
    if (!isBatch) {
      result[0] = transformer.input.deserialize(inputs);
      return result;
    }
    if (!isObject(inputs)) {
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: '"input" needs to be an object when doing a batch call',
      });
    }
    for (let index = 0; index < count; index++) {
      const input = inputs[index];
      if (input !== undefined) result[index] = transformer.input.deserialize(input);
    }
    return result;
  };
  const read = (): Record<number, unknown> => {
    if (parsed !== undefined) return parsed;
    if (failure !== undefined) throw failure;
    try {
      parsed = parse();
      return parsed;
    } catch (cause) {
      failure =
        cause instanceof TRPCError
          ? cause
          : new TRPCError({
              code: "BAD_REQUEST",
              message: cause instanceof Error ? cause.message : "Invalid input",
              cause,
            });
      throw failure;
    }
  };
  return {
    rawInput: (index: number) => read()[index],
    parsedInput: (index: number) => parsed?.[index],
  };
};

/** A procedure from the router's flat table; lazy routers load through tRPC's own lookup. */
const procedureAt = async (router: AnyRouter, path: string): Promise<AnyProcedure | null> =>
  (router._def.procedures as Record<string, AnyProcedure | undefined>)[path] ??
  (await getProcedureAtPath(router, path));

export interface LeanRequestOptions {
  readonly router: AnyRouter;
  /** The `:path` route parameter (everything after the prefix). */
  readonly urlPath: string;
  readonly batch: boolean;
  /** `?input=` for GET, the body text for POST. */
  readonly rawInput: string | undefined;
  readonly maxBatchSize?: number | undefined;
}

export const readLeanRequest = async (options: LeanRequestOptions): Promise<LeanRequest> => {
  const { router } = options;
  const path = urlPathToProcedurePath(
    decodePath(options.urlPath),
    router._def._config.pathSeparator ?? ".",
  );
  const paths = options.batch ? path.split(",") : [path];
  if (options.batch && options.maxBatchSize !== undefined && paths.length > options.maxBatchSize) {
    throw new TRPCError({ code: "BAD_REQUEST", message: "Batch call exceeds maximum size" });
  }
  const calls = await Promise.all(
    paths.map(async (p, index) => ({ index, path: p, procedure: await procedureAt(router, p) })),
  );
  const types = new Set<string>();
  for (const call of calls) if (call.procedure !== null) types.add(call.procedure._def.type);
  if (types.size > 1) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: `Cannot mix procedure types in call: ${[...types].join(", ")}`,
    });
  }
  const inputs = inputsOf(router, options.batch, paths.length, options.rawInput);
  return {
    isBatch: options.batch,
    calls,
    type: (types.values().next().value as LeanRequest["type"] | undefined) ?? "unknown",
    rawInput: inputs.rawInput,
    parsedInput: inputs.parsedInput,
  };
};
