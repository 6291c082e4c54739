import { randomFillSync } from "node:crypto";
import { v7 } from "uuid";

/**
 * UUIDs of version 7 (RFC 9562): the first 48 bits are the Unix time in milliseconds, so ids
 * made later sort later. Case, command and event ids end up in B-tree indexes (the log's stream,
 * command and event id indexes; the read model's case rows and keys): a random id lands on a
 * random leaf page, so every new case dirtied a page of its own in each of them — pages SQLite
 * writes to the WAL (and the log fsyncs) whole. Time-ordered ids land on the rightmost leaf,
 * which the cases of one group commit share.
 *
 * The ids one process makes always increase: a counter within the millisecond (RFC 9562 method 1,
 * as the `uuid` package keeps it), moving on when the clock steps back.
 */

/**
 * Random bytes for many ids at once. `uuid`'s own generator calls `crypto.getRandomValues` for
 * 16 bytes per id, and each call crosses into C++ through WebCrypto's checks: a command makes
 * three ids, and that measured ~2% of a command's CPU. One `randomFillSync` per 256 ids draws
 * from the same CSPRNG.
 */
const idsPerFill = 256;
const pool = new Uint8Array(16 * idsPerFill);
let used = idsPerFill;

const nextRandom = (): Uint8Array => {
  if (used === idsPerFill) {
    randomFillSync(pool);
    used = 0;
  }
  used += 1;
  return pool.subarray(16 * (used - 1), 16 * used);
};

/**
 * `uuid`'s own v7 clock (its `updateV7State`, not exported): given the bytes through `random`,
 * `v7` keeps no state of its own, so the millisecond and counter are kept here. A new millisecond
 * starts the counter at 31 random bits (bytes 6–9); within one it counts up, and should the 32-bit
 * counter wrap, the id moves on to the next millisecond.
 */
let msecs = Number.NEGATIVE_INFINITY;
let seq = 0;

export const timeOrderedId = (): string => {
  const random = nextRandom();
  const now = Date.now();
  if (now > msecs) {
    seq =
      (((random[6] ?? 0) & 0x7f) << 24) |
      ((random[7] ?? 0) << 16) |
      ((random[8] ?? 0) << 8) |
      (random[9] ?? 0);
    msecs = now;
  } else {
    seq = (seq + 1) | 0;
    if (seq === 0) msecs += 1;
  }
  return v7({ random, msecs, seq });
};
