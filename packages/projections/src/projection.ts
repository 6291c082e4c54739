/**
 * A read model folded from the log. `apply` must be deterministic: a rebuild that replays the
 * same events from scratch gives an identical result.
 */
export interface Projection<E, M> {
  readonly name: string;
  readonly initial: () => M;
  readonly apply: (model: M, event: E) => M;
}

/** Replays events through a projection from its initial value (the `rebuild` path). */
export const replay = <E, M>(projection: Projection<E, M>, events: Iterable<E>): M => {
  let model = projection.initial();
  for (const event of events) model = projection.apply(model, event);
  return model;
};
