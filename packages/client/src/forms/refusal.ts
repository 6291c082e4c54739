import type { Label } from "@banli/kernel";

/**
 * A refusal as the kernel words it (every DomainError carries `message` and `messageZh`), as a
 * label a form shows. Anything else (a network failure, an unexpected shape) still gets words.
 */
export const refusalLabel = (error: unknown): Label => {
  if (typeof error === "object" && error !== null && "message" in error) {
    const { message } = error;
    const messageZh = "messageZh" in error ? error.messageZh : undefined;
    if (typeof message === "string")
      return { zh: typeof messageZh === "string" ? messageZh : message, en: message };
  }
  return { zh: "操作未能完成，请稍后重试", en: "The action could not be completed; try again" };
};
