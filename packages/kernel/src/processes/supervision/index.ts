import { makeProcessModule } from "../../shared/process-module.js";
import { SupervisionCommand } from "./commands.js";
import { defaultSupervisionConfig, makeSpec, type SupervisionConfig } from "./decider.js";
import { definition, history, stepOf } from "./definition.js";
import { eventVersions, SupervisionEvent } from "./events.js";

export * from "./commands.js";
export {
  availableActions,
  decider,
  defaultSupervisionConfig,
  evolve,
  makeSpec,
  makeTable,
  type SupervisionConfig,
  spec,
  table,
} from "./decider.js";
export {
  definition,
  describe,
  history,
  type SupervisionStep,
  stepOf,
} from "./definition.js";
export * from "./events.js";
export * from "./state.js";

/** 政务督查 as the rest of the system sees it, built on settings an administrator may change. */
export const makeSupervision = (config: SupervisionConfig = defaultSupervisionConfig) =>
  makeProcessModule({
    name: "supervision",
    commandSchema: SupervisionCommand,
    eventSchema: SupervisionEvent,
    eventVersions,
    spec: makeSpec(config),
    definition,
    stepOf,
    history,
  });

/** 政务督查 on its default settings. */
export const supervision = makeSupervision();
