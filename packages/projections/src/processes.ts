import {
  Archive,
  Incoming,
  Outgoing,
  Petition,
  type ProcessModules,
  Proposal,
  Publication,
  processModules,
  Supervision,
} from "@banli/kernel";
import { type CaseProcess, caseProcess } from "./case-process.js";

/**
 * The seven processes as the read side and the API run them, built from the kernel's modules
 * (a server on another kernel configuration passes its own `makeProcessModules(config)`).
 */
export const makeCaseProcesses = (modules: ProcessModules): ReadonlyArray<CaseProcess> => [
  caseProcess(modules.supervision, {
    statusLabels: Supervision.statusLabels,
    commandTags: Object.keys(Supervision.table),
  }),
  caseProcess(modules.petition, {
    statusLabels: Petition.statusLabels,
    commandTags: Object.keys(Petition.table),
  }),
  caseProcess(modules.proposal, {
    statusLabels: Proposal.statusLabels,
    commandTags: Object.keys(Proposal.table),
  }),
  caseProcess(modules.archive, {
    statusLabels: Archive.statusLabels,
    commandTags: Object.keys(Archive.table),
  }),
  caseProcess(modules.outgoing, {
    statusLabels: Outgoing.statusLabels,
    commandTags: Object.keys(Outgoing.table),
  }),
  caseProcess(modules.incoming, {
    statusLabels: Incoming.statusLabels,
    commandTags: Object.keys(Incoming.table),
  }),
  caseProcess(modules.publication, {
    statusLabels: Publication.statusLabels,
    commandTags: Object.keys(Publication.table),
  }),
];

export const defaultProcesses: ReadonlyArray<CaseProcess> = makeCaseProcesses(processModules);

export const processByName = (
  processes: ReadonlyArray<CaseProcess>,
  name: string,
): CaseProcess | undefined => processes.find((p) => p.name === name);

/** `<process>-<caseId>` → the process and the case id, for the processes given. */
export const parseStreamId = (
  processes: ReadonlyArray<CaseProcess>,
  streamId: string,
): { readonly process: CaseProcess; readonly caseId: string } | undefined => {
  for (const process of processes) {
    const prefix = `${process.name}-`;
    if (streamId.startsWith(prefix)) return { process, caseId: streamId.slice(prefix.length) };
  }
  return undefined;
};
