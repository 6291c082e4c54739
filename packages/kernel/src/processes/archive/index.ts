import { makeProcessModule } from "../../shared/process-module.js";
import { ArchiveCommand } from "./commands.js";
import { type ArchiveConfig, defaultArchiveConfig, makeSpec } from "./decider.js";
import { definition, history, stepOf } from "./definition.js";
import { ArchiveEvent, eventVersions } from "./events.js";

export * from "./commands.js";
export {
  type ArchiveConfig,
  availableActions,
  decider,
  defaultArchiveConfig,
  evolve,
  loanApprovalOf,
  loanPeriod,
  loanRules,
  makeSpec,
  makeTable,
  spec,
  table,
} from "./decider.js";
export {
  type ArchiveStep,
  definition,
  describe,
  history,
  stepOf,
} from "./definition.js";
export * from "./events.js";
export * from "./state.js";

/** 档案管理 as the rest of the system sees it, built on settings an administrator may change. */
export const makeArchive = (config: ArchiveConfig = defaultArchiveConfig) =>
  makeProcessModule({
    name: "archive",
    commandSchema: ArchiveCommand,
    eventSchema: ArchiveEvent,
    eventVersions,
    spec: makeSpec(config),
    definition,
    stepOf,
    history,
  });

/** 档案管理 on its default settings. */
export const archive = makeArchive();
