import { Schema } from "effect";
import { ActorRef, actorRef } from "../actor.js";
import type { CommandMeta } from "../decider.js";
import { Instant } from "../ids.js";
import type { HistoryEntry, Label } from "../process.js";

/**
 * 委托/代理 and the "who, when" every event records. A deputy acting for an absent leader is
 * `by`; the leader is `onBehalfOf`; the record keeps both so the 处理单 can print 「代」.
 */
export const recordedFields = {
  by: ActorRef.annotations({ title: "办理人 / Done by" }),
  onBehalfOf: Schema.optional(ActorRef.annotations({ title: "被代理人 / On behalf of" })),
  at: Instant,
};

export interface Recorded {
  readonly by: ActorRef;
  readonly onBehalfOf?: ActorRef | undefined;
  readonly at: Instant;
}

/** The facts of the command's metadata, as an event records them. */
export const recorded = (meta: CommandMeta): Recorded =>
  meta.onBehalfOf === undefined || meta.onBehalfOf.userId === meta.actor.userId
    ? { by: actorRef(meta.actor), at: meta.at }
    : { by: actorRef(meta.actor), onBehalfOf: actorRef(meta.onBehalfOf), at: meta.at };

/** Builds an event from a command payload: the payload's data, the record, the event's tag. */
export const fact = <Tag extends string, P extends { readonly _tag: string }>(
  tag: Tag,
  meta: CommandMeta,
  payload: P,
): Omit<P, "_tag"> & Recorded & { readonly _tag: Tag } => ({
  ...payload,
  ...recorded(meta),
  _tag: tag,
});

/** One timeline line for an event. */
export const entry = (
  event: Recorded,
  label: Label,
  more: { readonly opinion?: string | undefined; readonly details?: Label | undefined } = {},
): HistoryEntry => ({
  at: event.at,
  actor: event.by.name,
  onBehalfOf: event.onBehalfOf?.name,
  label,
  opinion: more.opinion,
  details: more.details,
});

/** 「王秘书（代 李局长）」: how a delegated act reads in the timeline and on the 处理单. */
export const whoDid = (line: HistoryEntry): Label =>
  line.onBehalfOf === undefined
    ? { zh: line.actor, en: line.actor }
    : {
        zh: `${line.actor}（代 ${line.onBehalfOf}）`,
        en: `${line.actor} (on behalf of ${line.onBehalfOf})`,
      };
