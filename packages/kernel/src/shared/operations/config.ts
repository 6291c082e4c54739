import type { Roles, WhoRule } from "../command-table.js";
import type { Label } from "../process.js";

/**
 * How a process places a generic operation in its table: at which statuses, by which roles,
 * under which label. The operation adds its own sub-state and person rules.
 */
export interface OperationConfig<Status extends string, S = unknown> {
  readonly at: ReadonlyArray<NoInfer<Status>>;
  readonly roles?: Roles;
  readonly label?: Label;
  readonly who?: WhoRule<S>;
}
