import type { Lifecycle, Roles } from "../shared/command-table.js";
import type { FlowDefinition } from "../shared/flow.js";
import type { Label, ProcessName } from "../shared/process.js";
import { roleLabels } from "../shared/roles.js";

/**
 * A process described as plain data: its commands (who may issue them, at which statuses), its
 * events and its statuses. Derived from the same table, lifecycle and definition the decider
 * runs on, so the kernel's README and any front end's reference pages cannot drift from it.
 */
export interface ProcessCatalog {
  readonly name: ProcessName;
  readonly title: Label;
  readonly commands: ReadonlyArray<{
    readonly tag: string;
    readonly label: Label;
    readonly roles: ReadonlyArray<Label>;
    readonly at: ReadonlyArray<Label>;
  }>;
  readonly events: ReadonlyArray<string>;
  readonly statuses: ReadonlyArray<{
    readonly status: string;
    readonly label: Label;
    readonly step: Label | undefined;
    readonly terminal: boolean;
  }>;
}

const staff: Label = { zh: "办理人员（审计、管理员除外）", en: "Staff (not auditors or admins)" };

const rolesOf = (roles: Roles): ReadonlyArray<Label> =>
  roles === "staff" ? [staff] : roles.map((role) => roleLabels[role]);

/** What the catalog reads of a command handler (the rest of the table is behaviour). */
interface HandlerFacts<Status extends string> {
  readonly label: Label;
  readonly roles: Roles;
  readonly at: ReadonlyArray<Status>;
}

export const describeProcess = <S, Status extends string, Step extends string>(parts: {
  readonly name: ProcessName;
  readonly table: { readonly [tag: string]: HandlerFacts<Status> };
  readonly lifecycle: Lifecycle<S, Status>;
  readonly definition: FlowDefinition<Step, Status>;
  readonly eventVersions: Readonly<Record<string, number>>;
  /** Statuses that end the case (`isTerminal` works on states, the catalog on statuses). */
  readonly terminal: ReadonlyArray<Status>;
}): ProcessCatalog => {
  const { lifecycle, definition } = parts;
  const statusLabel = (status: Status): Label => lifecycle.statusLabels[status];
  const stepLabel = (status: Status): Label | undefined => {
    const id = definition.stepOfStatus[status];
    return definition.steps.find((step) => step.id === id)?.label;
  };
  const statuses = Object.keys(lifecycle.statusLabels) as Status[];
  return {
    name: parts.name,
    title: definition.title,
    commands: Object.entries(parts.table).map(([tag, handler]) => ({
      tag,
      label: handler.label,
      roles: rolesOf(handler.roles),
      at: handler.at.map(statusLabel),
    })),
    events: Object.keys(parts.eventVersions),
    statuses: statuses.map((status) => ({
      status,
      label: statusLabel(status),
      step: stepLabel(status),
      terminal: parts.terminal.includes(status),
    })),
  };
};
