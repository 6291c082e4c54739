import { LocalDate } from "@banli/kernel";
import { Schema } from "effect";
import { grantDelegation, listDelegations, revokeDelegation } from "../delegation/index.js";
import { refuse } from "../errors.js";
import { standardSchema } from "../standard-schema.js";
import { router, signedInProcedure } from "../trpc.js";

const Id = Schema.String.pipe(Schema.minLength(1), Schema.maxLength(128));
const isAdmin = (roles: ReadonlyArray<string>) => roles.includes("administrator");

/**
 * 委托: a user lets a deputy act in their name until a date (or until revoked); the deputy then
 * passes `onBehalfOf` to `cases.act/open/get`. A user grants their own authority only; the
 * administrator may record a grant for anyone (e.g. a leader who is away and cannot sign in).
 */
export const delegationsRouter = router({
  grant: signedInProcedure
    .input(
      standardSchema(
        Schema.Struct({
          deputy: Id,
          until: Schema.optional(LocalDate),
          principal: Schema.optional(Id),
        }),
      ),
    )
    .mutation(({ ctx, input }) => {
      const principal = input.principal ?? ctx.actor.userId;
      if (principal !== ctx.actor.userId && !isAdmin(ctx.actor.roles)) {
        throw refuse(
          "NotAuthorised",
          "只能委托本人的权限",
          "You can delegate only your own authority",
        );
      }
      // Auditors change nothing, delegations included.
      if (ctx.actor.roles.every((r) => r === "auditor")) {
        throw refuse("NotAuthorised", "审计人员不能委托", "Auditors delegate nothing");
      }
      return grantDelegation(ctx.deps, ctx.actor, { ...input, principal });
    }),
  revoke: signedInProcedure
    .input(standardSchema(Schema.Struct({ grantId: Id })))
    .mutation(({ ctx, input }) =>
      revokeDelegation(
        ctx.deps,
        ctx.actor,
        input.grantId,
        (grant) => grant.principal.userId === ctx.actor.userId || isAdmin(ctx.actor.roles),
      ),
    ),
  /** The grants this user gave or holds (the administrator: all of them). */
  list: signedInProcedure.query(({ ctx }) =>
    listDelegations(ctx.deps, ctx.actor.userId, isAdmin(ctx.actor.roles)),
  ),
});
