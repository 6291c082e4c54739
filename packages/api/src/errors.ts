import { TRPCError } from "@trpc/server";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";

/**
 * THE table from refusals to transport codes. Every refusal carries its tag and a zh/en message
 * to the client (see `errorFormatter` in trpc.ts); nothing else maps errors.
 */
export const errorCodes = {
  // The kernel's refusals.
  WrongStep: "CONFLICT",
  NotAuthorised: "FORBIDDEN",
  InvalidCommand: "BAD_REQUEST",
  CaseClosed: "CONFLICT",
  CaseAlreadyExists: "CONFLICT",
  // The event store's.
  ConcurrencyConflict: "CONFLICT",
  EventDecodeError: "INTERNAL_SERVER_ERROR",
  StoreError: "INTERNAL_SERVER_ERROR",
  // The working-day calendar's (a date outside the years it covers, a malformed date).
  CalendarOutOfRange: "BAD_REQUEST",
  InvalidCalendarInput: "BAD_REQUEST",
  // The API's own.
  NotFound: "NOT_FOUND",
  Unauthenticated: "UNAUTHORIZED",
  LoginFailed: "UNAUTHORIZED",
  StaleVersion: "CONFLICT",
  UnknownProcess: "BAD_REQUEST",
} as const satisfies Record<string, TRPC_ERROR_CODE_KEY>;
export type RefusalTag = keyof typeof errorCodes;

/** What a client reads off an error: the tag to branch on, the words to show. */
export interface Refusal {
  readonly tag: RefusalTag;
  readonly message: string;
  readonly messageZh: string;
}

export class RefusalError extends TRPCError {
  readonly refusal: Refusal;
  constructor(refusal: Refusal) {
    super({ code: errorCodes[refusal.tag], message: refusal.message });
    this.refusal = refusal;
  }
}

export const refuse = (tag: RefusalTag, zh: string, en: string): RefusalError =>
  new RefusalError({ tag, message: en, messageZh: zh });

const isTag = (tag: string): tag is RefusalTag => tag in errorCodes;

/** A kernel or store error (anything with a `_tag` and messages) as the transport's error. */
export const fromDomain = (error: {
  readonly _tag: string;
  readonly message: string;
  readonly messageZh?: string;
}): RefusalError => {
  if (!isTag(error._tag) || errorCodes[error._tag] === "INTERNAL_SERVER_ERROR") {
    return new RefusalError({
      tag: "StoreError",
      message: "The server could not complete the request",
      messageZh: "服务器暂时无法完成请求",
    });
  }
  return new RefusalError({
    tag: error._tag,
    message: error.message,
    messageZh: error.messageZh ?? error.message,
  });
};

export const notFound = (): RefusalError => refuse("NotFound", "案件不存在", "No such case");
