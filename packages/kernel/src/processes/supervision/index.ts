import { fromUnknown } from "../../shared/command-table.js";
import type { ProcessModule } from "../../shared/process.js";
import { SupervisionCommand } from "./commands.js";
import { availableActions, decider } from "./decider.js";
import { history } from "./definition.js";
import { eventVersions, SupervisionEvent } from "./events.js";
import type { SupervisionState } from "./state.js";

export * from "./commands.js";
export { availableActions, decider, evolve, table } from "./decider.js";
export { definition, history, type SupervisionStep, stepOf } from "./definition.js";
export * from "./events.js";
export * from "./state.js";

/** 政务督查 as the rest of the system sees it. */
export const supervision: ProcessModule<SupervisionCommand, SupervisionEvent, SupervisionState> = {
  name: "supervision",
  commandSchema: fromUnknown(SupervisionCommand),
  eventSchema: fromUnknown(SupervisionEvent),
  eventVersions,
  // Every event is at version 1: nothing to lift yet.
  upcast: (_tag, _version, data) => data,
  decider,
  availableActions,
  history,
};
