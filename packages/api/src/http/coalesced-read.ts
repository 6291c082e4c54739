/**
 * One read shared by every caller that asked before it started — never by one that asks after.
 *
 * The query cache must check the read model's position on every hit: a reply may not be older
 * than a command the viewer saw acknowledged, by this server or by another one on the same
 * database, and only the database knows what the others wrote. Under load many hits wait on that
 * check at once, and they can share it as long as it STARTS after each of them arrived: then it
 * sees everything committed before any of them was sent. So a read does not start at the first
 * call; it starts once the current turn of the event loop is done (`setImmediate`: every request
 * the loop took in this turn has asked by then), or once the read in flight ends, and it answers
 * exactly the calls made before it started. At most one read is in flight: SQLite's ~2–3 µs
 * query is paid once per turn instead of once per request, PostgreSQL's round trip once per
 * round trip instead of once per request.
 */
export const coalescedRead = <T>(read: () => Promise<T>): (() => Promise<T>) => {
  let waiting:
    | {
        readonly promise: Promise<T>;
        readonly resolve: (value: T) => void;
        readonly reject: (cause: unknown) => void;
      }
    | undefined;
  let inFlight = false;

  const start = () => {
    const batch = waiting;
    if (batch === undefined) return;
    waiting = undefined;
    inFlight = true;
    let result: Promise<T>;
    try {
      result = read();
    } catch (cause) {
      result = Promise.reject(cause);
    }
    result.then(batch.resolve, batch.reject).finally(() => {
      inFlight = false;
      // Calls made while this read ran need a read of their own, started after them.
      if (waiting !== undefined) setImmediate(start);
    });
  };

  return () => {
    if (waiting !== undefined) return waiting.promise;
    let resolve!: (value: T) => void;
    let reject!: (cause: unknown) => void;
    const promise = new Promise<T>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    waiting = { promise, resolve, reject };
    if (!inFlight) setImmediate(start);
    return promise;
  };
};
