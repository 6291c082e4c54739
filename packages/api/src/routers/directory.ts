import { Role } from "@banli/kernel";
import { Schema } from "effect";
import { standardSchema } from "../standard-schema.js";
import { router, signedInProcedure } from "../trpc.js";

const Id = Schema.String.pipe(Schema.minLength(1), Schema.maxLength(128));

/**
 * What the forms' pickers choose from: the leader to submit to (`SubmitForInstruction.leader`),
 * the units to assign (`AssignUnits.lead`), readers to circulate to, 监销人, a deputy to delegate
 * to. Names, units and roles of active users only — the bureau's internal phone-book, which
 * every member of staff may read; nothing about accounts or passwords.
 */
export const directoryRouter = router({
  people: signedInProcedure
    .input(
      standardSchema(Schema.Struct({ role: Schema.optional(Role), unitId: Schema.optional(Id) })),
    )
    .query(({ ctx, input }) => {
      const { units, users } = ctx.deps.projector.directory();
      return [...users.values()]
        .filter((u) => u.active)
        .filter((u) => input.role === undefined || u.roles.includes(input.role))
        .filter((u) => input.unitId === undefined || u.unitId === input.unitId)
        .map((u) => ({
          userId: u.userId,
          name: u.name,
          unitId: u.unitId,
          unitName: units.get(u.unitId)?.name,
          roles: u.roles,
        }))
        .sort((a, b) => a.userId.localeCompare(b.userId));
    }),
  units: signedInProcedure.query(({ ctx }) =>
    [...ctx.deps.projector.directory().units.values()]
      .map((u) => ({ unitId: u.unitId, unitName: u.name }))
      .sort((a, b) => a.unitId.localeCompare(b.unitId)),
  ),
});
