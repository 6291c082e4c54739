import { fromUnknown } from "../../shared/command-table.js";
import type { ProcessModule } from "../../shared/process.js";
import { PetitionCommand } from "./commands.js";
import { availableActions, decider } from "./decider.js";
import { history } from "./definition.js";
import { eventVersions, PetitionEvent } from "./events.js";
import type { PetitionState } from "./state.js";

export * from "./commands.js";
export { availableActions, decider, evolve, table } from "./decider.js";
export { channelLabels, definition, history, type PetitionStep, stepOf } from "./definition.js";
export * from "./events.js";
export * from "./state.js";

/** 来信来访 as the rest of the system sees it. */
export const petition: ProcessModule<PetitionCommand, PetitionEvent, PetitionState> = {
  name: "petition",
  commandSchema: fromUnknown(PetitionCommand),
  eventSchema: fromUnknown(PetitionEvent),
  eventVersions,
  // Every event is at version 1: nothing to lift yet.
  upcast: (_tag, _version, data) => data,
  decider,
  availableActions,
  history,
};
