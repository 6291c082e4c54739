import {
  type Actor,
  actorRef,
  type Decider,
  fromUnknown,
  hasRole,
  type Instant,
  InvalidCommand,
  NotAuthorised,
  type Role,
  type UnitId,
  type UserId,
} from "@banli/kernel";
import { Either } from "effect";
import type { StreamKind } from "../stream-command.js";
import { type DirectoryCommand, DirectoryEvent } from "./events.js";

export const directoryStreamId = "directory-bureau";

export interface DirectoryUser {
  readonly userId: UserId;
  readonly name: string;
  readonly unitId: UnitId;
  readonly roles: ReadonlyArray<Role>;
  readonly active: boolean;
}

export interface DirectoryState {
  readonly units: ReadonlyMap<string, { readonly unitId: UnitId; readonly name: string }>;
  readonly users: ReadonlyMap<string, DirectoryUser>;
}

export const emptyDirectory: DirectoryState = { units: new Map(), users: new Map() };

/** Who issues a directory command, and when; `system` is the installer's seed (no user yet). */
export interface DirectoryCommandEnvelope {
  readonly payload: DirectoryCommand;
  readonly actor: Actor;
  readonly at: Instant;
  /** Bootstrapping an empty directory (`banli seed`) runs with the installer's authority. */
  readonly system?: boolean;
}

const invalid = (command: string, field: string, zh: string, en: string) =>
  new InvalidCommand({ message: en, messageZh: zh, command, field });

export const userAsActor = (user: DirectoryUser): Actor => ({
  userId: user.userId,
  name: user.name,
  roles: [...user.roles],
  unitId: user.unitId,
});

const decide = (
  { payload, actor, at, system }: DirectoryCommandEnvelope,
  state: DirectoryState,
): Either.Either<ReadonlyArray<DirectoryEvent>, InvalidCommand | NotAuthorised> => {
  // Only administrators change the directory; the change is recorded with their name.
  if (system !== true && !hasRole(actor, "administrator")) {
    return Either.left(
      new NotAuthorised({
        message: "Only an administrator may change users and units",
        messageZh: "只有系统管理员可以管理用户和单位",
        command: payload._tag,
      }),
    );
  }
  const recorded = { by: actorRef(actor), at };
  switch (payload._tag) {
    case "DefineUnit": {
      const existing = state.units.get(payload.unitId);
      if (existing?.name === payload.name) return Either.right([]);
      return Either.right([{ _tag: "UnitDefined", ...recorded, ...omitTag(payload) }]);
    }
    case "RegisterUser": {
      if (state.users.has(payload.userId)) {
        return Either.left(
          invalid(payload._tag, "userId", "用户名已存在", "The user name is taken"),
        );
      }
      if (!state.units.has(payload.unitId)) {
        return Either.left(invalid(payload._tag, "unitId", "单位不存在", "No such unit"));
      }
      return Either.right([{ _tag: "UserRegistered", ...recorded, ...omitTag(payload) }]);
    }
    case "ChangeRoles": {
      if (!state.users.has(payload.userId)) {
        return Either.left(invalid(payload._tag, "userId", "用户不存在", "No such user"));
      }
      return Either.right([{ _tag: "UserRolesChanged", ...recorded, ...omitTag(payload) }]);
    }
    case "DeactivateUser": {
      const user = state.users.get(payload.userId);
      if (user === undefined) {
        return Either.left(invalid(payload._tag, "userId", "用户不存在", "No such user"));
      }
      return Either.right(
        user.active ? [{ _tag: "UserDeactivated", ...recorded, userId: payload.userId }] : [],
      );
    }
  }
};

const omitTag = <T extends { readonly _tag: string }>({ _tag, ...rest }: T): Omit<T, "_tag"> =>
  rest;

export const evolveDirectory = (state: DirectoryState, event: DirectoryEvent): DirectoryState => {
  switch (event._tag) {
    case "UnitDefined":
      return {
        ...state,
        units: new Map(state.units).set(event.unitId, { unitId: event.unitId, name: event.name }),
      };
    case "UserRegistered":
      return {
        ...state,
        users: new Map(state.users).set(event.userId, {
          userId: event.userId,
          name: event.name,
          unitId: event.unitId,
          roles: event.roles,
          active: true,
        }),
      };
    case "UserRolesChanged":
    case "UserDeactivated": {
      const user = state.users.get(event.userId);
      if (user === undefined) return state;
      const next =
        event._tag === "UserRolesChanged"
          ? { ...user, roles: event.roles }
          : { ...user, active: false };
      return { ...state, users: new Map(state.users).set(event.userId, next) };
    }
  }
};

export const directoryDecider: Decider<DirectoryCommandEnvelope, DirectoryEvent, DirectoryState> = {
  initialState: emptyDirectory,
  decide,
  evolve: evolveDirectory,
  isTerminal: () => false,
};

export const directoryKind: StreamKind<DirectoryCommandEnvelope, DirectoryEvent, DirectoryState> = {
  prefix: "directory",
  eventSchema: fromUnknown(DirectoryEvent),
  decider: directoryDecider,
};
