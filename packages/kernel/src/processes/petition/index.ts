import { makeProcessModule } from "../../shared/process-module.js";
import { PetitionCommand } from "./commands.js";
import { defaultPetitionConfig, makeSpec, type PetitionConfig } from "./decider.js";
import { definition, history, stepOf } from "./definition.js";
import { eventVersions, PetitionEvent } from "./events.js";

export * from "./commands.js";
export {
  availableActions,
  decider,
  defaultPetitionConfig,
  evolve,
  makeSpec,
  makeTable,
  type PetitionConfig,
  spec,
  table,
} from "./decider.js";
export {
  channelLabels,
  definition,
  describe,
  history,
  type PetitionStep,
  stepOf,
} from "./definition.js";
export * from "./events.js";
export * from "./state.js";

/** 来信来访 as the rest of the system sees it, built on settings an administrator may change. */
export const makePetition = (config: PetitionConfig = defaultPetitionConfig) =>
  makeProcessModule({
    name: "petition",
    commandSchema: PetitionCommand,
    eventSchema: PetitionEvent,
    eventVersions,
    spec: makeSpec(config),
    definition,
    stepOf,
    history,
  });

/** 来信来访 on its default settings. */
export const petition = makePetition();
