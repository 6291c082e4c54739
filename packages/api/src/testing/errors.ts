import { TRPCError } from "@trpc/server";
import { expect } from "vitest";
import { RefusalError } from "../errors.js";

/** Awaits a call that must be refused and returns its tRPC code and refusal tag. */
export const refusalOf = async (call: Promise<unknown>) => {
  try {
    await call;
  } catch (error) {
    expect(error).toBeInstanceOf(TRPCError);
    if (!(error instanceof TRPCError)) throw error;
    return { code: error.code, tag: error instanceof RefusalError ? error.refusal.tag : undefined };
  }
  throw new Error("the call was not refused");
};
