import { fromUnknown } from "../../shared/command-table.js";
import type { ProcessModule } from "../../shared/process.js";
import { PublicationCommand } from "./commands.js";
import { availableActions, decider } from "./decider.js";
import { history } from "./definition.js";
import { eventVersions, PublicationEvent } from "./events.js";
import type { PublicationState } from "./state.js";

export * from "./commands.js";
export { availableActions, decider, evolve, table } from "./decider.js";
export { definition, history, type PublicationStep, stepOf } from "./definition.js";
export * from "./events.js";
export * from "./state.js";

/** 政务信息上载 as the rest of the system sees it. */
export const publication: ProcessModule<PublicationCommand, PublicationEvent, PublicationState> = {
  name: "publication",
  commandSchema: fromUnknown(PublicationCommand),
  eventSchema: fromUnknown(PublicationEvent),
  eventVersions,
  // Every event is at version 1: nothing to lift yet.
  upcast: (_tag, _version, data) => data,
  decider,
  availableActions,
  history,
};
