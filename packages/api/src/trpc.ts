import type { Actor } from "@banli/kernel";
import { type DirectoryUser, userAsActor } from "@banli/projections";
import { initTRPC } from "@trpc/server";
import type { Session } from "./auth/sessions.js";
import type { ApiDeps } from "./deps.js";
import { type Refusal, RefusalError, refuse } from "./errors.js";

/** The cookie side of a request, so procedures can log in and out without knowing the host. */
export interface CookieJar {
  readonly sessionId: string | undefined;
  readonly setSession: (id: string) => void;
  readonly clearSession: () => void;
}

/** What every procedure receives; `createContext` in http/ or a test fills it in. */
export interface ApiContext {
  readonly deps: ApiDeps;
  readonly cookies: CookieJar;
  /** The client's address, for login throttling. */
  readonly address: string;
}

const t = initTRPC.context<ApiContext>().create({
  errorFormatter: ({ shape, error }) => {
    const refusal: Refusal | undefined = error instanceof RefusalError ? error.refusal : undefined;
    // Validation failures of the input schemas arrive as BAD_REQUEST without a refusal.
    const fallback: Refusal | undefined =
      error.code === "BAD_REQUEST"
        ? { tag: "InvalidCommand", message: "Invalid input", messageZh: "输入数据不符合要求" }
        : undefined;
    const { stack: _stack, ...data } = shape.data;
    return {
      ...shape,
      message: error.code === "INTERNAL_SERVER_ERROR" ? "Internal error" : shape.message,
      data: { ...data, refusal: refusal ?? fallback },
    };
  },
});

export const router = t.router;
export const publicProcedure = t.procedure;
export const createCallerFactory = t.createCallerFactory;

/** The signed-in user, resolved from the session and the directory on every call. */
export interface SignedIn {
  readonly session: Session;
  readonly actor: Actor;
}

/**
 * The one sign-in rule: a live session of an active user in the directory. Shared by
 * `signedInProcedure` and the HTTP layer's query cache, so a cached reply is never served to a
 * request the procedure would refuse.
 */
const signedInUser = async (deps: ApiDeps, sessionId: string | undefined) => {
  const session =
    sessionId === undefined
      ? undefined
      : await deps.sessions.touch(sessionId, deps.now().getTime());
  const user =
    session === undefined ? undefined : deps.projector.directory().users.get(session.userId);
  return session === undefined || user === undefined || !user.active
    ? undefined
    : { session, user };
};

export const signedInOf = async (
  deps: ApiDeps,
  sessionId: string | undefined,
): Promise<SignedIn | undefined> => {
  const signedIn = await signedInUser(deps, sessionId);
  return signedIn === undefined
    ? undefined
    : { session: signedIn.session, actor: userAsActor(signedIn.user) };
};

/** The directory's entry for the signed-in user (the same object until the directory changes). */
export const signedInUserOf = async (
  deps: ApiDeps,
  sessionId: string | undefined,
): Promise<DirectoryUser | undefined> => (await signedInUser(deps, sessionId))?.user;

export const signedInProcedure = t.procedure.use(async ({ ctx, next }) => {
  const signedIn = await signedInOf(ctx.deps, ctx.cookies.sessionId);
  if (signedIn === undefined) throw refuse("Unauthenticated", "请先登录", "Please sign in");
  // tRPC merges the context a middleware passes over the one it got: no need to copy it here.
  return next({ ctx: signedIn });
});
