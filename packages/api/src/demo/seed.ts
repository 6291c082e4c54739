import { RegisterConfig, UnitId, UserId } from "@banli/kernel";
import {
  type DirectoryCommand,
  directoryKind,
  directoryStreamId,
  runStreamCommand,
  userAsActor,
} from "@banli/projections";
import { Either, Schema } from "effect";
import { hashPassword } from "../auth/password.js";
import { actOnCase, openCase } from "../commands.js";
import type { ApiDeps } from "../deps.js";
import { instantOf, localDateOf } from "../time.js";
import { demoPassword, demoRegisters, demoUnits, demoUsers } from "./bureau.js";
import { demoCases } from "./cases.js";

export const demoRegisterConfig: RegisterConfig =
  Schema.decodeUnknownSync(RegisterConfig)(demoRegisters);

/** The installer's identity on directory events recorded before any administrator exists. */
const installer = {
  userId: UserId.make("installer"),
  name: "安装程序",
  roles: ["administrator" as const],
  unitId: UnitId.make("xinxizhongxin"),
};

/** Units and users (recorded as directory events) and their passwords (outside the log). */
export const seedDirectory = async (deps: ApiDeps, password = demoPassword): Promise<void> => {
  const at = instantOf(deps.now());
  const record = async (payload: DirectoryCommand, commandId: string) => {
    const outcome = await runStreamCommand(
      deps.store,
      directoryKind,
      directoryStreamId,
      { payload, actor: installer, at, system: true },
      { commandId, at, actor: installer },
    );
    if (Either.isLeft(outcome)) throw new Error(outcome.left.message);
  };
  await deps.projector.sync();
  const existing = deps.projector.directory();
  for (const unit of demoUnits) {
    await record(
      { _tag: "DefineUnit", unitId: UnitId.make(unit.unitId), name: unit.name },
      `seed-unit-${unit.unitId}`,
    );
  }
  const hash = await hashPassword(password);
  for (const user of demoUsers) {
    if (!existing.users.has(user.userId)) {
      await record(
        {
          _tag: "RegisterUser",
          userId: UserId.make(user.userId),
          name: user.name,
          unitId: UnitId.make(user.unitId),
          roles: user.roles,
        },
        `seed-user-${user.userId}`,
      );
    }
    if ((await deps.credentials.get(user.userId)) === undefined) {
      await deps.credentials.set(user.userId, hash);
    }
  }
  await deps.projector.sync();
};

/**
 * A clock for demo cases: they happened from 1 September 2026 on, one step an hour, so their
 * deadlines fall inside the years the working-day calendar covers.
 */
const demoClock = (start: string) => {
  let t = Date.parse(start);
  return () => {
    t += 60 * 60_000;
    return new Date(t);
  };
};

/**
 * Sample cases driven through the same command path as the API (`openCase`/`actOnCase`), as
 * the right users, so they are indistinguishable from real ones. Runs once: a log that already
 * holds cases is left alone.
 */
export const seedDemoCases = async (deps: ApiDeps): Promise<number> => {
  await deps.projector.sync();
  // One row through an auditor's eyes says whether any case exists, without loading them all.
  const any = await deps.projector.readModel.query({
    viewer: { userId: "system", unitId: "office", roles: ["auditor"] },
    today: localDateOf(deps.now()),
    limit: 1,
  });
  if (any.rows.length > 0) return 0;
  const clocked: ApiDeps = { ...deps, now: demoClock("2026-09-01T08:00:00+08:00") };
  const users = deps.projector.directory().users;
  const actor = (userId: string) => {
    const user = users.get(userId);
    if (user === undefined) throw new Error(`demo user ${userId} is missing`);
    return userAsActor(user);
  };
  let opened = 0;
  for (const demo of demoCases) {
    const [first, ...rest] = demo.steps;
    if (first === undefined) continue;
    const view = await openCase(clocked, actor(first.by), {
      process: demo.process,
      command: first.command,
    });
    opened += 1;
    for (const step of rest) {
      await actOnCase(clocked, actor(step.by), { caseId: view.caseId, command: step.command });
    }
  }
  return opened;
};

export const seedDemo = async (deps: ApiDeps) => {
  await seedDirectory(deps);
  const cases = await seedDemoCases(deps);
  return { users: demoUsers.map((u) => u.userId), password: demoPassword, cases };
};
