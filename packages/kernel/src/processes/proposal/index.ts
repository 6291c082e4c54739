import { makeProcessModule } from "../../shared/process-module.js";
import { ProposalCommand } from "./commands.js";
import { defaultProposalConfig, makeSpec, type ProposalConfig } from "./decider.js";
import { definition, history, stepOf } from "./definition.js";
import { eventVersions, ProposalEvent } from "./events.js";

export * from "./commands.js";
export {
  availableActions,
  decider,
  defaultProposalConfig,
  evolve,
  makeSpec,
  makeTable,
  type ProposalConfig,
  spec,
  table,
} from "./decider.js";
export {
  definition,
  describe,
  history,
  type ProposalStep,
  stepOf,
} from "./definition.js";
export * from "./events.js";
export * from "./state.js";

/** 议提案办理 as the rest of the system sees it, built on settings an administrator may change. */
export const makeProposal = (config: ProposalConfig = defaultProposalConfig) =>
  makeProcessModule({
    name: "proposal",
    commandSchema: ProposalCommand,
    eventSchema: ProposalEvent,
    eventVersions,
    spec: makeSpec(config),
    definition,
    stepOf,
    history,
  });

/** 议提案办理 on its default settings. */
export const proposal = makeProposal();
