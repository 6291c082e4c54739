import { makeProcessModule } from "../../shared/process-module.js";
import { IncomingCommand } from "./commands.js";
import { defaultIncomingConfig, type IncomingConfig, makeSpec } from "./decider.js";
import { definition, history, stepOf } from "./definition.js";
import { eventVersions, IncomingEvent } from "./events.js";

export * from "./commands.js";
export {
  availableActions,
  decider,
  defaultIncomingConfig,
  evolve,
  type IncomingConfig,
  makeSpec,
  makeTable,
  spec,
  table,
} from "./decider.js";
export {
  definition,
  describe,
  history,
  type IncomingStep,
  stepOf,
} from "./definition.js";
export * from "./events.js";
export * from "./state.js";

/** 公文收文处理 as the rest of the system sees it, built on settings an administrator may change. */
export const makeIncoming = (config: IncomingConfig = defaultIncomingConfig) =>
  makeProcessModule({
    name: "incoming",
    commandSchema: IncomingCommand,
    eventSchema: IncomingEvent,
    eventVersions,
    spec: makeSpec(config),
    definition,
    stepOf,
    history,
  });

/** 公文收文处理 on its default settings. */
export const incoming = makeIncoming();
