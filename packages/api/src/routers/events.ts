import { type CaseSummary, canSee } from "@banli/projections";
import { principalFor, viewerFor } from "../delegation/index.js";
import { LiveInput } from "../inputs.js";
import { router, signedInProcedure } from "../trpc.js";

/** What a console needs to refresh: which case moved, and to which version. */
export interface CaseChanged {
  readonly caseId: string;
  readonly process: string;
  readonly version: number;
  readonly status: string;
}

export const eventsRouter = router({
  /**
   * Pushes a notice for every change to a case this user may see (over SSE with tRPC's
   * `httpSubscriptionLink`); the console then re-reads what it shows. Only ids and versions go
   * out: the data itself is read through the checked procedures. With `onBehalfOf` (委托) the
   * notices are those the principal would get, as the deputy's 工作台 shows the principal's cases.
   */
  live: signedInProcedure.input(LiveInput).subscription(async ({ ctx, input, signal }) => {
    const onBehalfOf = input?.onBehalfOf;
    const viewer = await viewerFor(ctx.deps, ctx.actor, onBehalfOf);
    // Listening starts here, in the resolver, which tRPC awaits before it answers with the
    // stream's headers: a console that has the headers misses no change made after them. (In a
    // generator's body it would start only when the stream is first read, after the headers.)
    const queue: Array<CaseChanged> = [];
    let wake: (() => void) | undefined;
    const stop = ctx.deps.projector.onChange((changed: ReadonlyArray<CaseSummary>) => {
      for (const s of changed) {
        if (canSee(s, viewer)) {
          queue.push({
            caseId: s.caseId,
            process: s.process,
            version: s.version,
            status: s.status,
          });
        }
      }
      wake?.();
    });
    // The client gone: listening stops here too, since a stream closed before it is first read
    // never runs the generator's `finally`, and a waiting generator wakes to end.
    let aborted!: () => void;
    const ended = new Promise<void>((resolve) => {
      aborted = () => {
        stop();
        resolve();
      };
    });
    if (signal?.aborted === true) aborted();
    else signal?.addEventListener("abort", aborted, { once: true });
    return (async function* notices() {
      try {
        while (signal?.aborted !== true) {
          const next = queue.shift();
          if (next !== undefined) {
            // The grant is checked again before each notice in the principal's name: once it is
            // revoked or has ended, the stream ends with the same refusal as any other read.
            if (viewer !== ctx.actor) await principalFor(ctx.deps, ctx.actor, onBehalfOf);
            yield next;
            continue;
          }
          await Promise.race([new Promise<void>((resolve) => (wake = resolve)), ended]);
        }
      } finally {
        stop();
      }
    })();
  }),
});
