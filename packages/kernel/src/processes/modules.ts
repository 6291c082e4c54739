import type { ProcessName } from "../shared/process.js";
import { defaultProcessConfig, type ProcessConfig } from "../shared/process-config.js";
import { type ArchiveConfig, defaultArchiveConfig, makeArchive } from "./archive/index.js";
import { makeIncoming } from "./incoming/index.js";
import { defaultOutgoingConfig, makeOutgoing, type OutgoingConfig } from "./outgoing/index.js";
import { makePetition } from "./petition/index.js";
import { defaultProposalConfig, makeProposal, type ProposalConfig } from "./proposal/index.js";
import { makePublication } from "./publication/index.js";
import { makeSupervision } from "./supervision/index.js";

/**
 * The settings of the whole kernel: what every process shares (the working-day calendar) and
 * what only one process has (议提案 reply classes and return period, 发文 机关代字, 档案 loan
 * period). The server reads it from its configuration; an administrator who loads next year's
 * holiday notice changes `calendar` once and every process counts on it.
 */
export interface KernelConfig extends ProcessConfig {
  readonly proposal: Omit<ProposalConfig, keyof ProcessConfig>;
  readonly outgoing: Omit<OutgoingConfig, keyof ProcessConfig>;
  readonly archive: Omit<ArchiveConfig, keyof ProcessConfig>;
}

export const defaultKernelConfig: KernelConfig = {
  ...defaultProcessConfig,
  proposal: {
    replyClasses: defaultProposalConfig.replyClasses,
    returnPeriod: defaultProposalConfig.returnPeriod,
  },
  outgoing: { agencyPrefixes: defaultOutgoingConfig.agencyPrefixes },
  archive: { loanPeriod: defaultArchiveConfig.loanPeriod },
};

/** Each process's module, keyed by the name its streams and event types carry. */
export const makeProcessModules = (config: KernelConfig = defaultKernelConfig) => {
  const shared: ProcessConfig = { calendar: config.calendar };
  return {
    supervision: makeSupervision(shared),
    petition: makePetition(shared),
    proposal: makeProposal({ ...config.proposal, ...shared }),
    archive: makeArchive({ ...config.archive, ...shared }),
    outgoing: makeOutgoing({ ...config.outgoing, ...shared }),
    incoming: makeIncoming(shared),
    publication: makePublication(shared),
  } satisfies Record<ProcessName, unknown>;
};

export type ProcessModules = ReturnType<typeof makeProcessModules>;
