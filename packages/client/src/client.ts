import type { AppRouter } from "@banli/api";
import { createTRPCClient, httpBatchLink, httpSubscriptionLink, splitLink } from "@trpc/client";

/** tRPC's own fetch shape (not exported by name), so any fetch-like host fits. */
export type FetchLike = NonNullable<Parameters<typeof httpBatchLink>[0]["fetch"]>;

export interface ClientOptions {
  /** The server's base URL, e.g. `http://127.0.0.1:8080`. */
  readonly url: string;
  /** Injected by tests and non-browser hosts; the global fetch otherwise. */
  readonly fetch?: typeof fetch;
  /**
   * Keep the session cookie in this client (Node scripts, the terminal UI). A browser keeps
   * cookies itself and leaves this off.
   */
  readonly cookieJar?: boolean;
}

/** The header the server requires on every mutation (its CSRF defence); see @banli/api. */
export const csrfHeaders = { "x-banli-csrf": "1" } as const;

/** A fetch that remembers `Set-Cookie` and sends the cookies back, as a browser would. */
export const withCookieJar = (inner: typeof fetch): typeof fetch => {
  const cookies = new Map<string, string>();
  return async (input, init) => {
    const headers = new Headers(init?.headers);
    if (cookies.size > 0) {
      headers.set("cookie", [...cookies].map(([k, v]) => `${k}=${v}`).join("; "));
    }
    const response = await inner(input, { ...init, headers });
    for (const line of response.headers.getSetCookie?.() ?? []) {
      const [pair = "", ...attributes] = line.split(";");
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attributes.some((a: string) => /^\s*expires=thu, 01 jan 1970/i.test(a));
      if (value === "" || expired) cookies.delete(name);
      else cookies.set(name, value);
    }
    return response;
  };
};

/**
 * tRPC hands fetch a `RequestInit`-like object whose `signal` may be `undefined`, which the DOM
 * type spells `null`; the values are the same, so only the spelling is adapted here.
 */
const toTrpcFetch =
  (inner: typeof fetch): FetchLike =>
  (input, init) => {
    const { signal, ...rest } = init ?? {};
    return inner(input, { ...(rest as RequestInit), signal: signal ?? null });
  };

/** The typed client every front end uses: the server's router type, nothing of its code. */
export const createBanliClient = (options: ClientOptions) => {
  const base: typeof fetch = options.fetch ?? fetch;
  const url = `${options.url.replace(/\/$/, "")}/trpc`;
  return createTRPCClient<AppRouter>({
    links: [
      splitLink({
        // `events.live` streams over Server-Sent Events (the browser's EventSource, which sends
        // the session cookie itself); everything else is batched over fetch.
        condition: (op) => op.type === "subscription",
        true: httpSubscriptionLink({ url }),
        false: httpBatchLink({
          url,
          fetch: toTrpcFetch(options.cookieJar === true ? withCookieJar(base) : base),
          headers: () => csrfHeaders,
        }),
      }),
    ],
  });
};

export type BanliClient = ReturnType<typeof createBanliClient>;
