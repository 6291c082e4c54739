import { type BanliClient, principalsOf } from "@banli/client";
import {
  type Actor,
  type AvailableAction,
  type Label,
  type Role,
  UnitId,
  UserId,
} from "@banli/kernel";
import type { ActResult, DataSource, Directory, DirectoryEntry } from "../data/data-source.js";
import { actionOf, startersOf } from "./catalog.js";
import { refusalOf } from "./refusal.js";
import { replayInstant, toDetail, toRow } from "./rows.js";

/** Who signed in, as `auth.me` answers. */
export interface SignedInUser {
  readonly userId: string;
  readonly name: string;
  readonly unitId: string;
  readonly unitName?: string | undefined;
  readonly roles: ReadonlyArray<Role>;
}

/** Many notices arrive together (one per changed case): the screens refetch once for them. */
const coalesceMs = 30;

/**
 * The screens' `DataSource` on the server's procedures through the typed client. The same code
 * serves a remote server (HTTP + SSE) and a local SQLite file (the API composed in-process):
 * only the client's link differs (see main.tsx).
 */
export const makeApiDataSource = (
  client: BanliClient,
  user: SignedInUser,
  /** Called when the server no longer knows the session (30 min idle, 12 h, logged out). */
  onSignedOut: () => void = () => undefined,
): DataSource => {
  const actor: Actor = {
    userId: UserId.make(user.userId),
    name: user.name,
    unitId: UnitId.make(user.unitId),
    roles: user.roles,
  };
  const listeners = new Set<() => void>();
  let live: { unsubscribe: () => void } | undefined;
  // 代理: the principal chosen with `:for`, in whose name every call below is made.
  let principal: { readonly entry: DirectoryEntry; readonly actor: Actor } | undefined;
  const behalf = () => (principal === undefined ? {} : { onBehalfOf: principal.entry.id });
  let pending: ReturnType<typeof setTimeout> | undefined;
  const notify = () => {
    if (pending !== undefined) return;
    pending = setTimeout(() => {
      pending = undefined;
      for (const listener of listeners) listener();
    }, coalesceMs);
  };

  /**
   * Every read and command: an ended session sends the user back to the login screen; a refusal
   * in a principal's name whose grant has ended (revoked, expired) returns the user to their own.
   */
  const guard = async <A>(run: () => Promise<A>): Promise<A> => {
    try {
      return await run();
    } catch (error) {
      const tag = refusalTag(error);
      if (tag === "Unauthenticated") onSignedOut();
      else if (tag === "NotAuthorised" && principal !== undefined) void recheckGrant();
      throw error;
    }
  };

  const answer = async (run: () => Promise<{ readonly caseId: string }>): Promise<ActResult> => {
    try {
      const view = await guard(run);
      notify();
      return { ok: true, caseId: view.caseId };
    } catch (error) {
      return { ok: false, reason: refusalOf(error) };
    }
  };

  // The bureau's phone-book (`directory.*`), which every member of staff may read: the pickers
  // offer its active people and its units.
  const directory = async (): Promise<Directory> => {
    const [units, people] = await guard(() =>
      Promise.all([client.directory.units.query(), client.directory.people.query({})]),
    );
    return {
      units: units.map((u) => ({ id: u.unitId, name: u.unitName })),
      users: people.map((p) => ({ id: p.userId, name: p.name, detail: p.unitName })),
    };
  };

  // One `events.live` subscription for all screens, open while any screen listens; it follows
  // the principal's cases while acting for one.
  const listen = () => {
    live = client.events.live.subscribe(principal === undefined ? undefined : behalf(), {
      onData: notify,
      // The SSE link reconnects by itself; a failed notice only delays a refresh.
      onError: () => undefined,
    });
  };

  /** Whom this user may act for today, as the web console's 代理 offers them. */
  const principals = async (): Promise<ReadonlyArray<DirectoryEntry>> =>
    principalsOf(await guard(() => client.delegations.list.query()), user.userId).map((p) => ({
      id: p.userId,
      name: p.name,
    }));

  const recheckGrant = async () => {
    const chosen = principal;
    const held = await principals().catch(() => undefined);
    if (
      chosen !== undefined &&
      principal === chosen &&
      held?.some((p) => p.id === chosen.entry.id) === false
    ) {
      await actFor(undefined);
    }
  };

  const actFor = async (entry: DirectoryEntry | undefined): Promise<boolean> => {
    let next: typeof principal;
    if (entry !== undefined) {
      // The principal's roles decide what may be started in their name: read from the directory.
      const people = await guard(() => client.directory.people.query({}));
      const person = people.find((p) => p.userId === entry.id);
      if (person === undefined) return false;
      next = {
        entry: { ...entry, detail: person.unitName },
        actor: {
          userId: UserId.make(person.userId),
          name: person.name,
          unitId: UnitId.make(person.unitId),
          roles: person.roles,
        },
      };
    }
    principal = next;
    if (live !== undefined) {
      live.unsubscribe();
      listen();
    }
    notify();
    return true;
  };

  return {
    me: { name: user.name, unit: user.unitName ?? user.unitId },
    inbox: {
      list: async ({ box }) =>
        (await guard(() => client.inbox.list.query({ box, limit: 200, ...behalf() }))).rows.map(
          toRow,
        ),
      counts: async () => {
        const counts = await guard(() => client.inbox.counts.query(behalf()));
        return {
          todo: counts.todo,
          done: counts.done,
          toRead: counts.toRead,
          started: counts.started,
        };
      },
    },
    cases: {
      get: async ({ caseId, asOf }) => {
        let view: Awaited<ReturnType<typeof client.cases.get.query>>;
        try {
          view = await guard(() => client.cases.get.query({ caseId, ...behalf() }));
        } catch (error) {
          // A case this user may not see is "no such case" (the server's NOT_FOUND), not a crash.
          if (refusalTag(error) === "NotFound") return undefined;
          throw new Error(refusalOf(error).zh);
        }
        const actions = view.actions
          .map((action) => actionOf(view.process, action))
          .filter((action): action is AvailableAction => action !== undefined);
        const past =
          asOf === undefined
            ? undefined
            : await guard(() =>
                client.cases.asOf.query({ caseId, at: replayInstant(asOf), ...behalf() }),
              );
        return toDetail(view, actions, asOf, past);
      },
      act: ({ caseId, payload }) =>
        answer(() => client.cases.act.mutate({ caseId, command: payload, ...behalf() })),
      startable: async () => startersOf(principal?.actor ?? actor),
      open: ({ process, payload }) =>
        answer(() => client.cases.open.mutate({ process, command: payload, ...behalf() })),
    },
    search: {
      query: async ({ text }) =>
        text.trim() === ""
          ? []
          : (
              await guard(() => client.search.query.query({ q: text.trim().slice(0, 100) }))
            ).rows.map(toRow),
    },
    directory,
    acting: { principals, current: () => principal?.entry, actFor },
    subscribe: (listener) => {
      listeners.add(listener);
      if (live === undefined) listen();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          live?.unsubscribe();
          live = undefined;
        }
      };
    },
  };
};

const refusalTag = (error: unknown): string | undefined => {
  const data =
    typeof error === "object" && error !== null && "data" in error ? error.data : undefined;
  const refusal =
    typeof data === "object" && data !== null && "refusal" in data ? data.refusal : undefined;
  return typeof refusal === "object" && refusal !== null && "tag" in refusal
    ? String(refusal.tag)
    : undefined;
};

export type SignInResult =
  | { readonly ok: true; readonly source: DataSource }
  | { readonly ok: false; readonly reason: Label };

/** `auth.login` then `auth.me`: the session cookie is kept by the client's link. */
export const signIn = async (
  client: BanliClient,
  credentials: { readonly username: string; readonly password: string },
  onSignedOut?: () => void,
): Promise<SignInResult> => {
  try {
    await client.auth.login.mutate(credentials);
    const me = await client.auth.me.query();
    return { ok: true, source: makeApiDataSource(client, me, onSignedOut) };
  } catch (error) {
    return { ok: false, reason: refusalOf(error) };
  }
};
