import {
  type ApiDeps,
  type AppRouter,
  appRouter,
  type CookieJar,
  makeMemoryDeps,
  seedDemo,
} from "@banli/api";
import type { BanliClient } from "@banli/client";
import { createTRPCClient, localLink } from "@trpc/client";

/**
 * The real API in this process: the demo bureau seeded through the real command path on an
 * in-memory log, reached by tRPC's in-process link — the same procedures `banli serve` and
 * local mode run, without a port. Each `session()` is one person's client with its own cookie.
 */
export const makeInProcessApi = async () => {
  const deps: ApiDeps = makeMemoryDeps();
  await seedDemo(deps);
  const session = (): BanliClient => {
    let sessionId: string | undefined;
    const cookies: CookieJar = {
      get sessionId() {
        return sessionId;
      },
      setSession: (id) => {
        sessionId = id;
      },
      clearSession: () => {
        sessionId = undefined;
      },
    };
    return createTRPCClient<AppRouter>({
      links: [
        localLink({
          router: appRouter,
          createContext: async () => ({ deps, cookies, address: "127.0.0.1" }),
        }),
      ],
    });
  };
  /** A client already signed in (password of the demo bureau). */
  const signedIn = async (username: string): Promise<BanliClient> => {
    const client = session();
    await client.auth.login.mutate({ username, password: "demo12345" });
    return client;
  };
  return { deps, session, signedIn };
};

export type InProcessApi = Awaited<ReturnType<typeof makeInProcessApi>>;
