import type { ApiDeps } from "../deps.js";
import { appRouter } from "../router.js";
import { type CookieJar, createCallerFactory } from "../trpc.js";

const factory = createCallerFactory(appRouter);

/** A browser stand-in: a caller whose cookie jar keeps the session between calls. */
export const browser = (deps: ApiDeps, address = "127.0.0.1", signal?: AbortSignal) => {
  const jar: { sessionId: string | undefined } = { sessionId: undefined };
  const cookies: CookieJar = {
    get sessionId() {
      return jar.sessionId;
    },
    setSession: (id) => {
      jar.sessionId = id;
    },
    clearSession: () => {
      jar.sessionId = undefined;
    },
  };
  return {
    caller: factory({ deps, cookies, address }, signal === undefined ? {} : { signal }),
    jar,
  };
};

export const signedIn = async (
  deps: ApiDeps,
  username: string,
  password = "demo12345",
  signal?: AbortSignal,
) => {
  const b = browser(deps, "127.0.0.1", signal);
  await b.caller.auth.login({ username, password });
  return b.caller;
};
