import { makeProcessModule } from "../../shared/process-module.js";
import { PublicationCommand } from "./commands.js";
import { defaultPublicationConfig, makeSpec, type PublicationConfig } from "./decider.js";
import { definition, history, stepOf } from "./definition.js";
import { eventVersions, PublicationEvent } from "./events.js";

export * from "./commands.js";
export {
  availableActions,
  decider,
  defaultPublicationConfig,
  evolve,
  makeSpec,
  makeTable,
  type PublicationConfig,
  spec,
  table,
} from "./decider.js";
export {
  definition,
  describe,
  history,
  type PublicationStep,
  stepOf,
} from "./definition.js";
export * from "./events.js";
export * from "./state.js";

/** 政务信息上载 as the rest of the system sees it, built on settings an administrator may change. */
export const makePublication = (config: PublicationConfig = defaultPublicationConfig) =>
  makeProcessModule({
    name: "publication",
    commandSchema: PublicationCommand,
    eventSchema: PublicationEvent,
    eventVersions,
    spec: makeSpec(config),
    definition,
    stepOf,
    history,
  });

/** 政务信息上载 on its default settings. */
export const publication = makePublication();
