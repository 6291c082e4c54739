import { fromUnknown, makeAvailableActions, makeDecider } from "../../shared/command-table.js";
import type { ProcessModule } from "../../shared/process.js";
import { defaultOutgoingConfig, OutgoingCommand, type OutgoingConfig } from "./commands.js";
import { makeSpec } from "./decider.js";
import { history } from "./definition.js";
import { eventVersions, OutgoingEvent } from "./events.js";
import type { OutgoingState } from "./state.js";

export * from "./commands.js";
export {
  availableActions,
  checkDocumentNumber,
  checkDraft,
  decider,
  evolve,
  makeSpec,
  makeTable,
  table,
} from "./decider.js";
export {
  type DraftingSheet,
  definition,
  draftingSheet,
  history,
  type OutgoingStep,
  type SheetOpinion,
  stepOf,
} from "./definition.js";
export * from "./events.js";
export * from "./state.js";

/** 公文制发 under a bureau's own 机关代字 (the numbering configuration). */
export const makeOutgoing = (
  config: OutgoingConfig,
): ProcessModule<OutgoingCommand, OutgoingEvent, OutgoingState> => {
  const spec = makeSpec(config);
  return {
    name: "outgoing",
    commandSchema: fromUnknown(OutgoingCommand),
    eventSchema: fromUnknown(OutgoingEvent),
    eventVersions,
    // Every event is at version 1: nothing to lift yet.
    upcast: (_tag, _version, data) => data,
    decider: makeDecider(spec),
    availableActions: makeAvailableActions(spec),
    history,
  };
};

/** 公文制发 as the rest of the system sees it (机关代字 武科 / 武科函 / 武科办). */
export const outgoing: ProcessModule<OutgoingCommand, OutgoingEvent, OutgoingState> =
  makeOutgoing(defaultOutgoingConfig);
