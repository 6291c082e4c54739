import { type Actor, Role, UnitId, UserId } from "@banli/kernel";
import {
  type DirectoryCommand,
  directoryKind,
  directoryStreamId,
  runStreamCommand,
} from "@banli/projections";
import { Either, Schema } from "effect";
import { hashPassword } from "../auth/password.js";
import type { ApiDeps } from "../deps.js";
import { fromDomain, refuse } from "../errors.js";
import { instantOf } from "../time.js";
import { router, signedInProcedure } from "../trpc.js";

/** Administrators only; anyone else is refused before anything is read. */
const adminProcedure = signedInProcedure.use(({ ctx, next }) => {
  if (!ctx.actor.roles.includes("administrator")) {
    throw refuse("NotAuthorised", "只有系统管理员可以执行此操作", "Administrators only");
  }
  return next();
});

const std = <A, I>(schema: Schema.Schema<A, I>) => Schema.standardSchemaV1(schema);
const Password = Schema.String.pipe(Schema.minLength(8), Schema.maxLength(1024));

/** The directory command through its decider: the change is an event with the admin's name. */
const change = async (deps: ApiDeps, actor: Actor, payload: DirectoryCommand) => {
  const at = instantOf(deps.now());
  const outcome = await runStreamCommand(
    deps.store,
    directoryKind,
    directoryStreamId,
    { payload, actor, at },
    { commandId: deps.newId(), at, actor },
  );
  if (Either.isLeft(outcome)) throw fromDomain(outcome.left);
  await deps.projector.sync();
  return { changed: outcome.right.events.length };
};

export const adminRouter = router({
  users: adminProcedure.query(({ ctx }) => [...ctx.deps.projector.directory().users.values()]),
  units: adminProcedure.query(({ ctx }) => [...ctx.deps.projector.directory().units.values()]),
  defineUnit: adminProcedure
    .input(std(Schema.Struct({ unitId: UnitId, name: Schema.NonEmptyTrimmedString })))
    .mutation(({ ctx, input }) => change(ctx.deps, ctx.actor, { _tag: "DefineUnit", ...input })),
  registerUser: adminProcedure
    .input(
      std(
        Schema.Struct({
          userId: UserId.pipe(Schema.pattern(/^[a-z][a-z0-9._-]{1,31}$/)),
          name: Schema.NonEmptyTrimmedString,
          unitId: UnitId,
          roles: Schema.Array(Role),
          password: Password,
        }),
      ),
    )
    .mutation(async ({ ctx, input }) => {
      const { password, ...user } = input;
      const result = await change(ctx.deps, ctx.actor, { _tag: "RegisterUser", ...user });
      await ctx.deps.credentials.set(user.userId, await hashPassword(password));
      return result;
    }),
  changeRoles: adminProcedure
    .input(std(Schema.Struct({ userId: UserId, roles: Schema.Array(Role) })))
    .mutation(({ ctx, input }) => change(ctx.deps, ctx.actor, { _tag: "ChangeRoles", ...input })),
  deactivateUser: adminProcedure
    .input(std(Schema.Struct({ userId: UserId })))
    .mutation(async ({ ctx, input }) => {
      const result = await change(ctx.deps, ctx.actor, { _tag: "DeactivateUser", ...input });
      // A deactivated user is signed out everywhere, and their password is purged.
      ctx.deps.sessions.destroyUser(input.userId);
      await ctx.deps.credentials.remove(input.userId);
      return result;
    }),
  /** Sets a password (kept outside the log); the user's sessions end. */
  setPassword: adminProcedure
    .input(std(Schema.Struct({ userId: UserId, password: Password })))
    .mutation(async ({ ctx, input }) => {
      if (!ctx.deps.projector.directory().users.has(input.userId)) {
        throw refuse("InvalidCommand", "用户不存在", "No such user");
      }
      await ctx.deps.credentials.set(input.userId, await hashPassword(input.password));
      ctx.deps.sessions.destroyUser(input.userId);
      return { ok: true as const };
    }),
});
