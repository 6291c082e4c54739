import { refusalLabel } from "@banli/client";
import type { Label } from "@banli/kernel";
import { TRPCClientError } from "@trpc/client";

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === "object" && value !== null;

const unreachable = (detail: string): Label => ({
  zh: `无法连接服务器（${detail}）`,
  en: `Cannot reach the server (${detail})`,
});

/**
 * The server's refusal in words: every error it sends carries `data.refusal = { tag, message,
 * messageZh }` (@banli/api errors.ts). An error without that never reached the server's
 * procedures (connection refused, a proxy's page), so it is named as such.
 */
export const refusalOf = (error: unknown): Label => {
  if (error instanceof TRPCClientError) {
    const data: unknown = error.data;
    const refusal = isRecord(data) ? data.refusal : undefined;
    if (isRecord(refusal) && typeof refusal.message === "string") {
      return refusalLabel(refusal);
    }
    if (data === undefined || data === null) {
      const cause = error.cause instanceof Error ? error.cause : undefined;
      return unreachable(cause?.message ?? error.message);
    }
  }
  return refusalLabel(error);
};
