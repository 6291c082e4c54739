import { refusalLabel } from "@banli/client";
import type { Label } from "@banli/kernel";

/** The server's refusal as tRPC hands it over: `data.refusal = { tag, message, messageZh }`. */
export interface RefusalData {
  readonly tag: string;
  readonly message: string;
  readonly messageZh: string;
}

const isRefusal = (value: unknown): value is RefusalData =>
  typeof value === "object" &&
  value !== null &&
  "tag" in value &&
  typeof value.tag === "string" &&
  "message" in value &&
  typeof value.message === "string";

/** The refusal carried by a failed call, if the server sent one (a network failure has none). */
export const refusalOf = (error: unknown): RefusalData | undefined => {
  if (typeof error !== "object" || error === null || !("data" in error)) return undefined;
  const data = error.data;
  if (typeof data !== "object" || data === null || !("refusal" in data)) return undefined;
  return isRefusal(data.refusal) ? data.refusal : undefined;
};

/** The refusal's tag, to branch on (e.g. `Unauthenticated` sends the user to the login page). */
export const refusalTag = (error: unknown): string | undefined => refusalOf(error)?.tag;

/** A failed call in words, zh and en: the server's own message, or a general one. */
export const errorLabel = (error: unknown): Label => {
  const refusal = refusalOf(error);
  if (refusal !== undefined) return refusalLabel(refusal);
  if (error instanceof TypeError)
    return {
      zh: "无法连接服务器，请检查网络后重试",
      en: "The server cannot be reached; try again",
    };
  return refusalLabel(undefined);
};
