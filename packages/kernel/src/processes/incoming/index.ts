import { fromUnknown } from "../../shared/command-table.js";
import type { ProcessModule } from "../../shared/process.js";
import { IncomingCommand } from "./commands.js";
import { availableActions, decider } from "./decider.js";
import { history } from "./definition.js";
import { eventVersions, IncomingEvent } from "./events.js";
import type { IncomingState } from "./state.js";

export * from "./commands.js";
export { availableActions, decider, evolve, table } from "./decider.js";
export { definition, history, type IncomingStep, stepOf } from "./definition.js";
export * from "./document.js";
export * from "./events.js";
export * from "./state.js";

/** 公文收文处理 as the rest of the system sees it. */
export const incoming: ProcessModule<IncomingCommand, IncomingEvent, IncomingState> = {
  name: "incoming",
  commandSchema: fromUnknown(IncomingCommand),
  eventSchema: fromUnknown(IncomingEvent),
  eventVersions,
  // Every event is at version 1: nothing to lift yet.
  upcast: (_tag, _version, data) => data,
  decider,
  availableActions,
  history,
};
