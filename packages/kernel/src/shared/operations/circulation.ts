import { Either, Schema } from "effect";
import { type CommandHandler, principalOf } from "../command-table.js";
import type { UserId } from "../ids.js";
import type { HistoryEntry } from "../process.js";
import type { OperationConfig } from "./config.js";
import { entry, fact, recorded, recordedFields } from "./delegation.js";
import type { CaseState, CirculationEntry, Handling } from "./handling-state.js";
import { NoteText, PersonRef } from "./text.js";

/**
 * 传阅: circulate the case to people for reading; each reader confirms, and the receipt is kept.
 * Circulating to someone already on the list, or confirming twice, records nothing (no-op).
 */
export const Circulate = Schema.TaggedStruct("Circulate", {
  readers: Schema.NonEmptyArray(PersonRef).annotations({ title: "传阅人 / Readers" }),
  note: Schema.optional(NoteText),
}).annotations({ title: "传阅 / Circulate", description: "送有关人员阅知 / Send for reading" });
export type Circulate = typeof Circulate.Type;

export const Circulated = Schema.TaggedStruct("Circulated", {
  ...recordedFields,
  readers: Schema.Array(PersonRef),
  note: Schema.optional(Schema.String),
});
export type Circulated = typeof Circulated.Type;

export const ConfirmRead = Schema.TaggedStruct("ConfirmRead", {}).annotations({
  title: "已阅 / Confirm read",
});
export type ConfirmRead = typeof ConfirmRead.Type;

export const ReadConfirmed = Schema.TaggedStruct("ReadConfirmed", { ...recordedFields });
export type ReadConfirmed = typeof ReadConfirmed.Type;

const onList = (handling: Handling, userId: UserId): CirculationEntry | undefined =>
  handling.circulation.find((c) => c.reader.userId === userId);

export const circulateCommand = <S extends CaseState<Status>, Status extends string>(
  config: OperationConfig<Status, S>,
): CommandHandler<Circulate, S, Circulated, Status> => ({
  schema: Circulate,
  label: config.label ?? { zh: "传阅", en: "Circulate" },
  at: config.at,
  roles: config.roles ?? ["office-clerk", "office-director"],
  who: config.who,
  decide: (payload, state, meta) => {
    const seen = new Set<string>();
    const readers = payload.readers.filter((r) => {
      const fresh = !seen.has(r.userId) && onList(state.handling, r.userId) === undefined;
      seen.add(r.userId);
      return fresh;
    });
    return Either.right(
      readers.length === 0 ? [] : [{ ...fact("Circulated", meta, payload), readers }],
    );
  },
});

/** Any reader on the list may confirm (for oneself; a deputy confirms for the principal). */
export const confirmReadCommand = <S extends CaseState<Status>, Status extends string>(
  config: OperationConfig<Status, S>,
): CommandHandler<ConfirmRead, S, ReadConfirmed, Status> => ({
  schema: ConfirmRead,
  label: config.label ?? { zh: "已阅", en: "Confirm read" },
  at: config.at,
  roles: config.roles ?? "staff",
  who: {
    test: (state, actor) => onList(state.handling, actor.userId) !== undefined,
    why: { zh: "您不在传阅名单中", en: "You are not on the circulation list" },
  },
  decide: (_payload, state, meta) => {
    const reader = onList(state.handling, principalOf(meta).userId);
    return Either.right(
      reader === undefined || reader.readAt !== undefined
        ? []
        : [{ _tag: "ReadConfirmed", ...recorded(meta) }],
    );
  },
});

export const applyCirculated = (handling: Handling, event: Circulated): Handling => ({
  ...handling,
  circulation: [
    ...handling.circulation,
    ...event.readers.map((reader) => ({ reader, sentAt: event.at, readAt: undefined })),
  ],
});

/** The receipt belongs to the principal when a deputy confirms on their behalf. */
export const applyReadConfirmed = (handling: Handling, event: ReadConfirmed): Handling => {
  const reader = (event.onBehalfOf ?? event.by).userId;
  return {
    ...handling,
    circulation: handling.circulation.map((c) =>
      c.reader.userId === reader && c.readAt === undefined ? { ...c, readAt: event.at } : c,
    ),
  };
};

/**
 * A hand-off that circulated the case as part of it (收文「阅办处理」 sends it to readers) is taken
 * back (撤回) or sent back (退回): the readers who have not read it come off the list — a new
 * dispatch names its own readers. A reader who has read keeps the receipt: reading happened and
 * stays on the record.
 */
export const recallUnread = (handling: Handling, readers: ReadonlyArray<UserId>): Handling => ({
  ...handling,
  circulation: handling.circulation.filter(
    (c) => c.readAt !== undefined || !readers.includes(c.reader.userId),
  ),
});

export const unread = (handling: Handling): ReadonlyArray<PersonRef> =>
  handling.circulation.filter((c) => c.readAt === undefined).map((c) => c.reader);

export const describeCirculated = (event: Circulated): HistoryEntry =>
  entry(
    event,
    { zh: "传阅", en: "Circulated" },
    {
      opinion: event.note,
      details: {
        zh: event.readers.map((r) => r.name).join("、"),
        en: event.readers.map((r) => r.name).join(", "),
      },
    },
  );

export const describeReadConfirmed = (event: ReadConfirmed): HistoryEntry =>
  entry(event, { zh: "已阅", en: "Read" });
