import type { Schema } from "effect";
import {
  fromUnknown,
  makeAvailableActions,
  makeDecider,
  type ProcessSpec,
  type Tagged,
} from "./command-table.js";
import type { FlowDefinition } from "./flow.js";
import type { HistoryEntry, ProcessModule, ProcessName } from "./process.js";

/** Every event is at version 1: nothing to lift yet. */
const noUpcast = (_tag: string, _version: number, data: unknown): unknown => data;

/**
 * Assembles a process's `ProcessModule` from its parts, the same way for all seven, so a process
 * built on another configuration (`make<Process>(config)`) differs only in its spec.
 */
export const makeProcessModule = <
  P extends Tagged,
  E extends Tagged,
  S,
  Status extends string,
  Step extends string,
  IP,
  IE,
>(parts: {
  readonly name: ProcessName;
  readonly commandSchema: Schema.Schema<P, IP>;
  readonly eventSchema: Schema.Schema<E, IE>;
  readonly eventVersions: { readonly [K in E["_tag"]]: number };
  readonly upcast?: (tag: string, version: number, data: unknown) => unknown;
  readonly spec: ProcessSpec<P, E, S, Status>;
  readonly definition: FlowDefinition<Step, Status>;
  readonly stepOf: (state: S) => Step | undefined;
  readonly history: (events: ReadonlyArray<E>) => ReadonlyArray<HistoryEntry>;
}): ProcessModule<P, E, S> => ({
  name: parts.name,
  commandSchema: fromUnknown(parts.commandSchema),
  eventSchema: fromUnknown(parts.eventSchema),
  eventVersions: parts.eventVersions,
  upcast: parts.upcast ?? noUpcast,
  decider: makeDecider(parts.spec),
  availableActions: makeAvailableActions(parts.spec),
  history: parts.history,
  definition: parts.definition,
  stepOf: parts.stepOf,
});
