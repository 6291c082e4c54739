import { ActorRef, Instant, Role, UnitId, UserId } from "@banli/kernel";
import { Schema } from "effect";

/**
 * The directory of units and users is itself recorded in the log (stream `directory-bureau`),
 * so every administrator's change is auditable like any case. Password hashes are not here:
 * they live outside the log so they can be changed and purged.
 */
const recorded = { by: ActorRef, at: Instant };

export const UnitDefined = Schema.TaggedStruct("UnitDefined", {
  ...recorded,
  unitId: UnitId,
  name: Schema.NonEmptyTrimmedString,
});
export const UserRegistered = Schema.TaggedStruct("UserRegistered", {
  ...recorded,
  userId: UserId,
  name: Schema.NonEmptyTrimmedString,
  unitId: UnitId,
  roles: Schema.Array(Role),
});
export const UserRolesChanged = Schema.TaggedStruct("UserRolesChanged", {
  ...recorded,
  userId: UserId,
  roles: Schema.Array(Role),
});
export const UserDeactivated = Schema.TaggedStruct("UserDeactivated", {
  ...recorded,
  userId: UserId,
});

export const DirectoryEvent = Schema.Union(
  UnitDefined,
  UserRegistered,
  UserRolesChanged,
  UserDeactivated,
);
export type DirectoryEvent = typeof DirectoryEvent.Type;

export const DefineUnit = Schema.TaggedStruct("DefineUnit", {
  unitId: UnitId,
  name: Schema.NonEmptyTrimmedString,
}).annotations({ title: "新建单位 / Define unit" });
export const RegisterUser = Schema.TaggedStruct("RegisterUser", {
  userId: UserId.pipe(Schema.pattern(/^[a-z][a-z0-9._-]{1,31}$/)),
  name: Schema.NonEmptyTrimmedString,
  unitId: UnitId,
  roles: Schema.Array(Role),
}).annotations({ title: "新建用户 / Register user" });
export const ChangeRoles = Schema.TaggedStruct("ChangeRoles", {
  userId: UserId,
  roles: Schema.Array(Role),
}).annotations({ title: "修改角色 / Change roles" });
export const DeactivateUser = Schema.TaggedStruct("DeactivateUser", {
  userId: UserId,
}).annotations({ title: "停用用户 / Deactivate user" });

export const DirectoryCommand = Schema.Union(DefineUnit, RegisterUser, ChangeRoles, DeactivateUser);
export type DirectoryCommand = typeof DirectoryCommand.Type;
