import { fromUnknown } from "../../shared/command-table.js";
import type { ProcessModule } from "../../shared/process.js";
import { ArchiveCommand } from "./commands.js";
import { availableActions, decider } from "./decider.js";
import { history } from "./definition.js";
import { ArchiveEvent, eventVersions } from "./events.js";
import type { ArchiveState } from "./state.js";

export * from "./commands.js";
export {
  availableActions,
  decider,
  evolve,
  loanApprovalOf,
  loanPeriod,
  loanRules,
  table,
} from "./decider.js";
export { type ArchiveStep, definition, history, stepOf } from "./definition.js";
export * from "./events.js";
export { destroyableFrom, isSystemActor, systemActor, systemUserId } from "./shared-candidates.js";
export * from "./state.js";

/** 档案管理 as the rest of the system sees it. */
export const archive: ProcessModule<ArchiveCommand, ArchiveEvent, ArchiveState> = {
  name: "archive",
  commandSchema: fromUnknown(ArchiveCommand),
  eventSchema: fromUnknown(ArchiveEvent),
  eventVersions,
  // Every event is at version 1: nothing to lift yet.
  upcast: (_tag, _version, data) => data,
  decider,
  availableActions,
  history,
};
