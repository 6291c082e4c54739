import pg from "pg";

/**
 * One LISTEN connection per store, shared by its subscriptions. It reconnects after a drop;
 * subscriptions also poll, so a notification lost while reconnecting delays delivery by at
 * most the poll interval and skips nothing.
 */
export const makeListener = (config: pg.ClientConfig, channel: string) => {
  const wakers = new Set<() => void>();
  let client: pg.Client | undefined;
  let connecting: Promise<void> | undefined;
  let closed = false;

  const connect = (): Promise<void> => {
    if (connecting !== undefined || closed) return connecting ?? Promise.resolve();
    const next = new pg.Client(config);
    connecting = next
      .connect()
      .then(() => next.query(`LISTEN "${channel}"`))
      .then(() => {
        client = next;
        connecting = undefined;
        next.on("notification", () => {
          for (const wake of wakers) wake();
        });
        const drop = () => {
          if (client === next) client = undefined;
          next.end().catch(() => undefined);
          if (!closed && wakers.size > 0) setTimeout(() => void connect(), 500).unref();
        };
        next.on("error", drop);
        next.on("end", drop);
        // Anything committed while we were connecting is found by the subscriber's next read.
        for (const wake of wakers) wake();
      })
      .catch(() => {
        connecting = undefined;
        next.end().catch(() => undefined);
        if (!closed && wakers.size > 0) setTimeout(() => void connect(), 500).unref();
      });
    return connecting;
  };

  return {
    add: (wake: () => void): (() => void) => {
      wakers.add(wake);
      if (client === undefined) void connect();
      return () => wakers.delete(wake);
    },
    close: async () => {
      closed = true;
      wakers.clear();
      await connecting;
      await client?.end().catch(() => undefined);
      client = undefined;
    },
  };
};
