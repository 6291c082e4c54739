import type { CommandHandler } from "../command-table.js";
import type { CaseState } from "./handling-state.js";

/**
 * 催办, 转办 and 延期 act on a unit holding a due date. Where a time limit is optional (a 发文 is
 * drafted with one only when it answers a 收文 with a limit), the operation is offered only once
 * a unit holds one: an extra `when`, so `availableActions` and `decide` keep agreeing.
 */
export const withTimeLimit = <P, S extends CaseState<Status>, E, Status extends string>(
  handler: CommandHandler<P, S, E, Status>,
): CommandHandler<P, S, E, Status> => ({
  ...handler,
  when: (state) =>
    state.handling.lead !== undefined && (handler.when === undefined || handler.when(state)),
});
