import { roleLabels } from "@banli/kernel";
import { login } from "../auth/login.js";
import { LoginInput } from "../inputs.js";
import { recordSecurityEvent } from "../security-log.js";
import { instantOf } from "../time.js";
import { publicProcedure, router, signedInProcedure } from "../trpc.js";

export const authRouter = router({
  login: publicProcedure
    .input(LoginInput)
    .mutation(({ ctx, input }) => login(ctx.deps, ctx.cookies, ctx.address, input)),
  logout: signedInProcedure.mutation(async ({ ctx }) => {
    await ctx.deps.sessions.destroy(ctx.session.id);
    ctx.cookies.clearSession();
    await recordSecurityEvent(
      ctx.deps.store,
      { _tag: "LoggedOut", userId: ctx.actor.userId },
      instantOf(ctx.deps.now()),
      ctx.actor,
    );
    return { ok: true as const };
  }),
  me: signedInProcedure.query(({ ctx }) => {
    const unit = ctx.deps.projector.directory().units.get(ctx.actor.unitId);
    return {
      ...ctx.actor,
      unitName: unit?.name,
      roleLabels: ctx.actor.roles.map((role) => roleLabels[role]),
    };
  }),
});
