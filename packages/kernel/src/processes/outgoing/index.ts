import { makeProcessModule } from "../../shared/process-module.js";
import { OutgoingCommand } from "./commands.js";
import { defaultOutgoingConfig, makeSpec, type OutgoingConfig } from "./decider.js";
import { definition, history, stepOf } from "./definition.js";
import { eventVersions, OutgoingEvent } from "./events.js";

export * from "./commands.js";
export {
  availableActions,
  checkDraft,
  decider,
  defaultOutgoingConfig,
  evolve,
  makeSpec,
  makeTable,
  type OutgoingConfig,
  spec,
  table,
} from "./decider.js";
export {
  type DraftingSheet,
  definition,
  describe,
  draftingSheet,
  history,
  type OutgoingStep,
  type SheetOpinion,
  stepOf,
} from "./definition.js";
export * from "./events.js";
export * from "./state.js";

/** 公文制发 as the rest of the system sees it, built on settings an administrator may change. */
export const makeOutgoing = (config: OutgoingConfig = defaultOutgoingConfig) =>
  makeProcessModule({
    name: "outgoing",
    commandSchema: OutgoingCommand,
    eventSchema: OutgoingEvent,
    eventVersions,
    spec: makeSpec(config),
    definition,
    stepOf,
    history,
  });

/** 公文制发 on its default settings. */
export const outgoing = makeOutgoing();
