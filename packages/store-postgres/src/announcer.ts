/**
 * Tells listeners (this server's and others') that the log has grown, after the append has
 * committed rather than inside it: a NOTIFY in the append's transaction takes PostgreSQL's
 * notify-queue lock at commit while the head lock is still held, which cost ~7% of append
 * throughput at 16 connections (`banli bench pg`).
 *
 * Announcements coalesce: while one is in flight, later positions wait and only the highest is
 * sent next — a listener re-reads everything after its own position, so one wake-up per burst
 * is enough. A lost announcement (a crash between commit and NOTIFY, a failed query) delays
 * delivery until the subscribers' poll; it can never make them skip an event.
 */
export const makeAnnouncer = (
  notify: (position: number) => Promise<void>,
): ((position: number) => void) => {
  let inFlight = false;
  let waiting: number | undefined;

  const send = (position: number): void => {
    inFlight = true;
    notify(position)
      .catch(() => undefined)
      .finally(() => {
        inFlight = false;
        const next = waiting;
        waiting = undefined;
        if (next !== undefined) send(next);
      });
  };

  return (position) => {
    if (inFlight) waiting = Math.max(waiting ?? 0, position);
    else send(position);
  };
};
