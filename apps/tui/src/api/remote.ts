import { createBanliClient, withCookieJar } from "@banli/client";
import { EventSource, type EventSourceInit } from "eventsource";
import type { Connection } from "./connection.js";

/**
 * Node 20 has no `EventSource`, and tRPC's SSE link (`events.live`) takes the global one when it
 * connects. This one is the WHATWG-compliant `eventsource` package, made to send the session
 * cookie through the same jar as the batched requests — the server knows the subscriber by it.
 */
const installEventSource = (fetchWithCookies: typeof fetch) => {
  class SessionEventSource extends EventSource {
    constructor(url: string | URL, init?: EventSourceInit) {
      super(url, { ...init, fetch: (input, options) => fetchWithCookies(input, options) });
    }
  }
  Object.assign(globalThis, { EventSource: SessionEventSource });
};

/** A client of the server at `url` (`banli serve`), keeping its session cookie like a browser. */
export const connectRemote = (url: string): Connection => {
  const fetchWithCookies = withCookieJar(fetch);
  installEventSource(fetchWithCookies);
  return {
    client: createBanliClient({ url, fetch: fetchWithCookies }),
    where: url,
    close: async () => undefined,
  };
};
