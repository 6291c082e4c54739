import type { IncomingHttpHeaders } from "node:http";
import { type DirectoryUser, userAsActor } from "@banli/projections";
import type { ApiDeps } from "../deps.js";
import { localDateOf } from "../time.js";
import { signedInUserOf } from "../trpc.js";
import { coalescedRead } from "./coalesced-read.js";
import { makeReplyCache, type ReplyCache } from "./reply-cache.js";
import type { LeanQueryCache } from "./trpc-fastify.js";

/**
 * The queries whose answer is a function of the viewer, the input and `versionOf` alone: each
 * reads the read model (a fold of the log, so fixed at a given projector position) with the
 * viewer's roles and unit, and dates rows by today's date on the working-day calendar.
 * A query that reads anything else (the event store, side storage, the clock beyond the date)
 * must not be listed here.
 */
export const cachedQueryPaths: ReadonlySet<string> = new Set([
  "inbox.list",
  "inbox.counts",
  "cases.list",
]);

/**
 * Banli's policy for the lean HTTP layer's query cache. The viewer is resolved by the same rule
 * as `signedInProcedure` (a live session of an active user, the session touched as on any call),
 * and keyed by user id, unit and roles, so no reply is ever shared between users. The version is
 * the read model's position (it moves with every event, the directory's included), today's date
 * and which calendar the administrator's settings hold. A rebuild passes through old positions
 * again, but the read model is a pure fold of the log, so each position holds the same rows.
 */
export const banliQueryCache = (
  deps: ApiDeps,
  sessionIdOf: (headers: IncomingHttpHeaders) => string | undefined,
  replies: ReplyCache = makeReplyCache(),
): LeanQueryCache => {
  // A new calendar object comes with each settings change; numbering them keeps the key short.
  const calendars = new WeakMap<object, number>();
  let calendarCount = 0;
  const calendarGeneration = (): number => {
    const calendar = deps.calendar;
    let generation = calendars.get(calendar);
    if (generation === undefined) {
      calendarCount += 1;
      generation = calendarCount;
      calendars.set(calendar, generation);
    }
    return generation;
  };
  // Today's date, worked out once a minute: time zone offsets are whole minutes, so every instant
  // of one UTC minute falls on the same local date (the ISO formatting measured ~3% of a hit).
  let dateMinute = Number.NaN;
  let date = "";
  const today = (): string => {
    const ms = deps.now().getTime();
    const minute = Math.floor(ms / 60_000);
    if (minute !== dateMinute) {
      date = localDateOf(new Date(ms));
      dateMinute = minute;
    }
    return date;
  };
  // A directory change brings new user objects, so a user's key is worked out once per change.
  const viewers = new WeakMap<DirectoryUser, string>();
  // Asked on every hit, shared by the hits that arrive together (see coalesced-read.ts).
  const position = coalescedRead(() => deps.projector.readModel.position());
  return {
    paths: cachedQueryPaths,
    viewerOf: async (headers) => {
      const user = await signedInUserOf(deps, sessionIdOf(headers));
      if (user === undefined) return undefined;
      let viewer = viewers.get(user);
      if (viewer === undefined) {
        const { userId, unitId, roles, name } = userAsActor(user);
        viewer = JSON.stringify([userId, unitId, roles, name]);
        viewers.set(user, viewer);
      }
      return viewer;
    },
    version: async () => `${await position()}|${today()}|${calendarGeneration()}`,
    replies,
  };
};
