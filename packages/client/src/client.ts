import type { AppRouter } from "@banli/api";
import { createTRPCClient, httpBatchLink } from "@trpc/client";

/** tRPC's own fetch shape (not exported by name), so any fetch-like host fits. */
export type FetchLike = NonNullable<Parameters<typeof httpBatchLink>[0]["fetch"]>;

export interface ClientOptions {
  /** The server's base URL, e.g. `http://127.0.0.1:8080`. */
  readonly url: string;
  /** Injected by tests and non-browser hosts; the global fetch otherwise. */
  readonly fetch?: FetchLike;
}

/** The typed client every front end uses: the server's router type, nothing of its code. */
export const createBanliClient = (options: ClientOptions) =>
  createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: `${options.url.replace(/\/$/, "")}/trpc`,
        ...(options.fetch ? { fetch: options.fetch } : {}),
      }),
    ],
  });

export type BanliClient = ReturnType<typeof createBanliClient>;
