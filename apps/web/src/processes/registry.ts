import {
  type Actor,
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
  /**
   * The commands this actor may issue on a case not yet opened: the kernel's own
   * `availableActions` on the initial state, i.e. exactly the start commands whose guard
   * (roles, the initial status) lets them through.
   */
  readonly startActions: (actor: Actor) => ReadonlyArray<AvailableAction>;
  /** A command's schema by its tag (the server's available actions name commands by tag). */
  readonly schemaOf: (tag: string) => AvailableAction["schema"] | undefined;
}

interface Namespace<S> {
  readonly definition: FlowDefinition<string, string>;
  readonly initialState: S;
  readonly availableActions: (state: S, actor: Actor) => ReadonlyArray<AvailableAction>;
  readonly table: { readonly [tag: string]: { readonly schema: AvailableAction["schema"] } };
}

const entry = <S>(
  name: ProcessName,
  namespace: Namespace<S>,
  commands: AvailableAction["schema"],
): ProcessEntry => ({
  name,
  definition: namespace.definition,
  commands,
  startActions: (actor) => namespace.availableActions(namespace.initialState, actor),
  schemaOf: (tag) =>
    Object.hasOwn(namespace.table, tag) ? namespace.table[tag]?.schema : undefined,
});

/** In the order of spec/processes.md. */
export const processes: ReadonlyArray<ProcessEntry> = [
  entry("supervision", Supervision, Supervision.SupervisionCommand),
  entry("petition", Petition, Petition.PetitionCommand),
  entry("proposal", Proposal, Proposal.ProposalCommand),
  entry("archive", Archive, Archive.ArchiveCommand),
  entry("outgoing", Outgoing, Outgoing.OutgoingCommand),
  entry("incoming", Incoming, Incoming.IncomingCommand),
  entry("publication", Publication, Publication.PublicationCommand),
];

export const processByName = (name: string): ProcessEntry | undefined =>
  processes.find((p) => p.name === name);
