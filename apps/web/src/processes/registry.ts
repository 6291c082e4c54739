import {
  Archive,
  type AvailableAction,
  type FlowDefinition,
  Incoming,
  Outgoing,
  Petition,
  type ProcessName,
  Proposal,
  Publication,
  Supervision,
} from "@banli/kernel";

/**
 * The processes the console can draw, straight from the kernel's public entry: each one's chart
 * and its command union (every command a form can be generated for). Read from the namespaces
 * rather than `processModules`, which would build the deciders (and the holiday calendar) too.
 */
export interface ProcessEntry {
  readonly name: ProcessName;
  readonly definition: FlowDefinition<string, string>;
  readonly commands: AvailableAction["schema"];
}

/** In the order of spec/processes.md. */
export const processes: ReadonlyArray<ProcessEntry> = [
  {
    name: "supervision",
    definition: Supervision.definition,
    commands: Supervision.SupervisionCommand,
  },
  { name: "petition", definition: Petition.definition, commands: Petition.PetitionCommand },
  { name: "proposal", definition: Proposal.definition, commands: Proposal.ProposalCommand },
  { name: "archive", definition: Archive.definition, commands: Archive.ArchiveCommand },
  { name: "outgoing", definition: Outgoing.definition, commands: Outgoing.OutgoingCommand },
  { name: "incoming", definition: Incoming.definition, commands: Incoming.IncomingCommand },
  {
    name: "publication",
    definition: Publication.definition,
    commands: Publication.PublicationCommand,
  },
];
