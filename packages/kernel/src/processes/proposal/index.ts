import { fromUnknown, makeAvailableActions, makeDecider } from "../../shared/command-table.js";
import type { ProcessModule } from "../../shared/process.js";
import { ProposalCommand } from "./commands.js";
import { defaultProposalConfig, makeSpec, type ProposalConfig } from "./decider.js";
import { history } from "./definition.js";
import { eventVersions, ProposalEvent } from "./events.js";
import type { ProposalState } from "./state.js";

export * from "./commands.js";
export {
  availableActions,
  decider,
  defaultProposalConfig,
  evolve,
  makeTable,
  type ProposalConfig,
  table,
} from "./decider.js";
export { definition, history, type ProposalStep, stepOf } from "./definition.js";
export * from "./events.js";
export * from "./state.js";

/**
 * 议提案办理 as the rest of the system sees it, built on a configuration (reply classes, return
 * time limit, calendar) that an administrator may change.
 */
export const makeProposalModule = (
  config: ProposalConfig,
): ProcessModule<ProposalCommand, ProposalEvent, ProposalState> => {
  const spec = makeSpec(config);
  return {
    name: "proposal",
    commandSchema: fromUnknown(ProposalCommand),
    eventSchema: fromUnknown(ProposalEvent),
    eventVersions,
    // Every event is at version 1: nothing to lift yet.
    upcast: (_tag, _version, data) => data,
    decider: makeDecider(spec),
    availableActions: makeAvailableActions(spec),
    history,
  };
};

/** 议提案办理 with the default configuration (reply classes A–C, return within 10 日). */
export const proposal = makeProposalModule(defaultProposalConfig);
