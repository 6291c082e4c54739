import type { EventStorePort, StoredEvent, Subscription } from "@banli/event-store";
import { Either } from "effect";
import type { CaseCursor, CaseProcess } from "./case-process.js";
import { type CaseSummary, CaseTracker } from "./case-summary.js";
import {
  type DirectoryState,
  directoryKind,
  directoryStreamId,
  emptyDirectory,
} from "./directory/decider.js";
import { parseStreamId } from "./processes.js";
import type { ReadModelStore } from "./read-model.js";
import { decodeStreamEvent } from "./stream-command.js";

export interface ProjectorOptions {
  readonly store: EventStorePort;
  readonly readModel: ReadModelStore;
  readonly processes: ReadonlyArray<CaseProcess>;
  /** Events read per page while catching up; default 500. */
  readonly pageSize?: number;
}

export interface Projector {
  /**
   * Folds every event after the checkpoint into the read model. Calls are serialised, so the
   * reply to a command (which syncs before answering) already shows the command's effect.
   */
  readonly sync: () => Promise<number>;
  /** Drops the read model and replays the whole log; the rows come out identical. */
  readonly rebuild: () => Promise<number>;
  /**
   * The fold of one case's stream as far as the read model has caught up, if this projector
   * holds it: the same cursor `loadCursor` would build from the log, without reading it again.
   * It keeps moving with later events, so read what you need from it before awaiting anything,
   * and never `apply` to it: the projector alone folds events into it.
   */
  readonly cursor: (streamId: string) => CaseCursor | undefined;
  /**
   * A case's summary as this projector last wrote it, if it wrote it recently: what a reply to a
   * command shows, without reading back the row just written. Older cases: ask the read model.
   */
  readonly recentSummary: (caseId: string) => CaseSummary | undefined;
  /** Units and users, folded from the directory stream. */
  readonly directory: () => DirectoryState;
  readonly readModel: ReadModelStore;
  /** Follows the log live (another server's commands on a shared PostgreSQL). */
  readonly follow: () => Subscription;
  /** Called with the summaries each catch-up changed (live consoles); returns an unsubscribe. */
  readonly onChange: (listener: (changed: ReadonlyArray<CaseSummary>) => void) => () => void;
}

/** Summaries kept by `recentSummary`: enough for every reply of a busy group commit. */
const recentLimit = 1024;

export const createProjector = (options: ProjectorOptions): Projector => {
  const { store, readModel, processes } = options;
  const pageSize = options.pageSize ?? 500;
  // Case folds kept between events; a case not here is loaded from its stream when it next moves.
  const trackers = new Map<string, CaseTracker>();
  let directory = emptyDirectory;
  let directoryVersion = 0;
  let queue: Promise<unknown> = Promise.resolve();
  const listeners = new Set<(changed: ReadonlyArray<CaseSummary>) => void>();
  // The summaries written last, oldest first (a Map keeps insertion order), at most a few pages.
  const recent = new Map<string, CaseSummary>();
  const rememberWritten = (summaries: ReadonlyArray<CaseSummary>) => {
    for (const summary of summaries) {
      recent.delete(summary.caseId);
      recent.set(summary.caseId, summary);
    }
    for (const caseId of recent.keys()) {
      if (recent.size <= recentLimit) break;
      recent.delete(caseId);
    }
  };

  const serialised = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  const refreshDirectory = async () => {
    for (;;) {
      const page = await store.readStream(directoryStreamId, {
        fromVersion: directoryVersion + 1,
        limit: pageSize,
      });
      for (const stored of page) {
        const event = decodeStreamEvent(directoryKind, stored);
        if (event !== undefined) directory = directoryKind.decider.evolve(directory, event);
        directoryVersion = stored.version;
      }
      if (page.length < pageSize) return;
    }
  };

  const trackerFor = async (stored: StoredEvent): Promise<CaseTracker | undefined> => {
    const known = trackers.get(stored.streamId);
    if (known !== undefined) return known;
    const parsed = parseStreamId(processes, stored.streamId);
    if (parsed === undefined) return undefined;
    const tracker = new CaseTracker(parsed.process.newCursor(parsed.caseId));
    // Fold what came before this event (a restart from a checkpoint, or a rebuilt cache).
    if (stored.version > 1) {
      const earlier = await store.readStream(stored.streamId, { limit: stored.version - 1 });
      for (const event of earlier) applyTo(tracker, event);
    }
    trackers.set(stored.streamId, tracker);
    return tracker;
  };

  const applyTo = (tracker: CaseTracker, stored: StoredEvent) => {
    const applied = tracker.cursor.apply(stored);
    if (Either.isLeft(applied)) throw applied.left;
    tracker.add(stored);
  };

  const catchUp = async (): Promise<number> => {
    let position = await readModel.position();
    let directoryMoved = directoryVersion === 0;
    for (;;) {
      const page = await store.readAll({ after: position, limit: pageSize });
      if (page.length === 0) break;
      const dirty = new Map<string, CaseTracker>();
      for (const stored of page) {
        if (stored.streamId === directoryStreamId) directoryMoved = true;
        const tracker = await trackerFor(stored);
        if (tracker === undefined) continue;
        // A shared checkpoint (several servers on one database) may have moved past events of
        // a case this server holds: fold the gap from the stream before this event.
        if (tracker.cursor.version() < stored.version - 1) {
          const gap = await store.readStream(stored.streamId, {
            fromVersion: tracker.cursor.version() + 1,
            limit: stored.version - 1 - tracker.cursor.version(),
          });
          for (const event of gap) applyTo(tracker, event);
        }
        // trackerFor may have folded this very event already while loading the stream.
        if (tracker.cursor.version() < stored.version) applyTo(tracker, stored);
        dirty.set(stored.streamId, tracker);
      }
      position = page[page.length - 1]?.position ?? position;
      const summaries: Array<CaseSummary> = [...dirty.values()].map((t) => t.summary());
      await readModel.write(summaries, position);
      rememberWritten(summaries);
      // A listener's failure is its own: it must not stop the read model from moving on.
      for (const listener of listeners) {
        try {
          listener(summaries);
        } catch {}
      }
    }
    if (directoryMoved) await refreshDirectory();
    return position;
  };

  // How far the read model is known to have caught up (a catch-up's result).
  let caughtUp = 0;
  // The catch-up queued but not yet started, which every further `sync` may share: it starts
  // after all of their calls, so it reads every event any of them committed. Without this, each
  // of a group commit's replies would run a catch-up of its own, all but the first finding nothing.
  let next: Promise<number> | undefined;
  const sync = (): Promise<number> => {
    if (next !== undefined) return next;
    const queued = serialised(async () => {
      next = undefined;
      caughtUp = await catchUp();
      return caughtUp;
    });
    next = queued;
    return queued;
  };

  return {
    sync,
    rebuild: () =>
      serialised(async () => {
        await readModel.clear();
        trackers.clear();
        recent.clear();
        caughtUp = await catchUp();
        return caughtUp;
      }),
    cursor: (streamId) => trackers.get(streamId)?.cursor,
    recentSummary: (caseId) => recent.get(caseId),
    directory: () => directory,
    readModel,
    onChange: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    follow: () =>
      // The subscription only wakes the projector; `sync` reads from the checkpoint itself, so
      // events it has already folded (the log before `follow`, a reply's own sync) wake nothing.
      store.subscribe({ after: 0 }, async (event) => {
        if (event.position > caughtUp) await sync();
      }),
  };
};
