import { v7 } from "uuid";

/**
 * UUIDs of version 7 (RFC 9562): the first 48 bits are the Unix time in milliseconds, so ids
 * made later sort later. Case, command and event ids end up in B-tree indexes (the log's stream,
 * command and event id indexes; the read model's case rows and keys): a random id lands on a
 * random leaf page, so every new case dirtied a page of its own in each of them — pages SQLite
 * writes to the WAL (and the log fsyncs) whole. Time-ordered ids land on the rightmost leaf,
 * which the cases of one group commit share.
 *
 * The `uuid` package's v7 keeps a counter within the millisecond (RFC 9562 method 1) and moves on
 * when the clock steps back, so the ids one process makes always increase.
 */
export const timeOrderedId = (): string => v7();
