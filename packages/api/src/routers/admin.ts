import {
  type Actor,
  CalendarData,
  CaseId,
  CommandId,
  RegisterConfig,
  RegisterKey,
  Role,
  UnitId,
  UserId,
} from "@banli/kernel";
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
import { configureRegister, registerStatus } from "../numbers.js";
import { recordSecurityEvent } from "../security-log.js";
import { extendedCalendar, recordSettingsChange } from "../settings/index.js";
import { standardSchema } from "../standard-schema.js";
import { instantOf } from "../time.js";
import { router, signedInProcedure } from "../trpc.js";

/** Administrators only; anyone else is refused before anything is read. */
const adminProcedure = signedInProcedure.use(({ ctx, next }) => {
  if (!ctx.actor.roles.includes("administrator")) {
    throw refuse("NotAuthorised", "只有系统管理员可以执行此操作", "Administrators only");
  }
  return next();
});

const Password = Schema.String.pipe(Schema.minLength(8), Schema.maxLength(1024));

/** Every administrator change goes into the security log: what, to what, by whom — never a secret. */
const audit = (deps: ApiDeps, actor: Actor, change: string, target: string) =>
  recordSecurityEvent(
    deps.store,
    { _tag: "AdminChanged", userId: actor.userId, change, target: target.slice(0, 128) },
    instantOf(deps.now()),
    actor,
  );

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

const existingUser = (deps: ApiDeps, userId: string) => {
  if (!deps.projector.directory().users.has(userId)) {
    throw refuse("InvalidCommand", "用户不存在", "No such user");
  }
};

export const adminRouter = router({
  users: adminProcedure.query(({ ctx }) => [...ctx.deps.projector.directory().users.values()]),
  units: adminProcedure.query(({ ctx }) => [...ctx.deps.projector.directory().units.values()]),
  defineUnit: adminProcedure
    .input(standardSchema(Schema.Struct({ unitId: UnitId, name: Schema.NonEmptyTrimmedString })))
    .mutation(async ({ ctx, input }) => {
      const result = await change(ctx.deps, ctx.actor, { _tag: "DefineUnit", ...input });
      await audit(ctx.deps, ctx.actor, "defineUnit", input.unitId);
      return result;
    }),
  registerUser: adminProcedure
    .input(
      standardSchema(
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
      await audit(ctx.deps, ctx.actor, "registerUser", user.userId);
      return result;
    }),
  changeRoles: adminProcedure
    .input(standardSchema(Schema.Struct({ userId: UserId, roles: Schema.Array(Role) })))
    .mutation(async ({ ctx, input }) => {
      const result = await change(ctx.deps, ctx.actor, { _tag: "ChangeRoles", ...input });
      // New roles take effect on the next call; sessions stay, since the actor is re-read per call.
      await audit(ctx.deps, ctx.actor, "changeRoles", input.userId);
      return result;
    }),
  deactivateUser: adminProcedure
    .input(standardSchema(Schema.Struct({ userId: UserId })))
    .mutation(async ({ ctx, input }) => {
      const result = await change(ctx.deps, ctx.actor, { _tag: "DeactivateUser", ...input });
      // A deactivated user is signed out everywhere, and their password is purged.
      await ctx.deps.sessions.destroyUser(input.userId);
      await ctx.deps.credentials.remove(input.userId);
      await audit(ctx.deps, ctx.actor, "deactivateUser", input.userId);
      return result;
    }),
  /** Sets a password (kept outside the log); the user's sessions end. */
  setPassword: adminProcedure
    .input(standardSchema(Schema.Struct({ userId: UserId, password: Password })))
    .mutation(async ({ ctx, input }) => {
      existingUser(ctx.deps, input.userId);
      await ctx.deps.credentials.set(input.userId, await hashPassword(input.password));
      await ctx.deps.sessions.destroyUser(input.userId);
      await audit(ctx.deps, ctx.actor, "setPassword", input.userId);
      return { ok: true as const };
    }),
  /** The numbering configuration: 机关代字, 全宗号, 机构代码, who may take numbers. */
  registers: adminProcedure.query(({ ctx }) =>
    Schema.encodeSync(RegisterConfig)(ctx.deps.registers),
  ),
  configureRegisters: adminProcedure
    .input(standardSchema(RegisterConfig))
    .mutation(async ({ ctx, input }) => {
      await recordSettingsChange(
        ctx.deps.store,
        { _tag: "RegistersConfigured", config: input },
        instantOf(ctx.deps.now()),
        ctx.actor,
      );
      ctx.deps.settings.replace({ ...ctx.deps.settings.current(), registers: input });
      await audit(ctx.deps, ctx.actor, "configureRegisters", input.agencyPrefixes.join(","));
      return Schema.encodeSync(RegisterConfig)(input);
    }),
  /** One register's state: the last number used and the one the next allocation will give. */
  registerStatus: adminProcedure
    .input(standardSchema(Schema.Struct({ register: RegisterKey })))
    .query(({ ctx, input }) => registerStatus(ctx.deps, input.register)),
  /** 设置登记簿: numbers used on paper before the system (only before its first allocation). */
  carryOverRegister: adminProcedure
    .input(
      standardSchema(
        Schema.Struct({
          register: RegisterKey,
          carriedOver: Schema.Int.pipe(Schema.between(0, 99_999)),
        }),
      ),
    )
    .mutation(async ({ ctx, input }) => {
      const next = await configureRegister(
        ctx.deps,
        {
          commandId: CommandId.make(ctx.deps.newId()),
          caseId: CaseId.make("register"),
          actor: ctx.actor,
          at: instantOf(ctx.deps.now()),
        },
        input.register,
        input.carriedOver,
      );
      await audit(ctx.deps, ctx.actor, "carryOverRegister", JSON.stringify(input.register));
      return { nextSequence: next };
    }),
  /** The working-day calendar's source and the years it covers. */
  calendar: adminProcedure.query(({ ctx }) => {
    const { source, coverage } = ctx.deps.settings.current().calendarData;
    return { source, coverage, added: ctx.deps.settings.current().calendarAdditions.length };
  }),
  /**
   * Loads a year's State Council holiday notice (放假 and 调休上班 days) beyond what
   * `chinese-days` carries; persisted in the log, applied now and at every startup.
   */
  loadCalendar: adminProcedure
    .input(standardSchema(CalendarData))
    .mutation(async ({ ctx, input }) => {
      const current = ctx.deps.settings.current();
      const additions = [...current.calendarAdditions, input];
      const extended = extendedCalendar(additions);
      if (Either.isLeft(extended)) throw fromDomain(extended.left);
      await recordSettingsChange(
        ctx.deps.store,
        { _tag: "CalendarLoaded", data: input },
        instantOf(ctx.deps.now()),
        ctx.actor,
      );
      ctx.deps.settings.replace({ ...current, calendarAdditions: additions });
      const { firstYear, lastYear } = input.coverage;
      await audit(ctx.deps, ctx.actor, "loadCalendar", `${firstYear}-${lastYear}`);
      return { coverage: extended.right.coverage };
    }),
});
