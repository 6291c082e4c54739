import type { Schema } from "effect";
import type { Actor } from "./actor.js";
import type { Command, Decider } from "./decider.js";
import type { FlowDefinition } from "./flow.js";
import type { Label } from "./label.js";

export type { Label } from "./label.js";

/** The seven processes; the name is the stream prefix (`<process>-<caseId>`) and event-type prefix. */
export type ProcessName =
  | "supervision" // 政务督查
  | "petition" // 来信来访
  | "proposal" // 议提案办理
  | "archive" // 档案管理
  | "outgoing" // 公文制发
  | "incoming" // 公文收文处理
  | "publication"; // 政务信息上载

/** A command the actor may issue now, with the schema a front end draws its form from. */
export interface AvailableAction {
  readonly command: string;
  readonly label: Label;
  readonly schema: Schema.Schema.AnyNoContext;
}

/** One line of a case's human-readable timeline (the 处理单 / 发文稿纸 and the auditor's replay). */
export interface HistoryEntry {
  readonly at: string;
  readonly actor: string;
  readonly onBehalfOf?: string | undefined;
  readonly label: Label;
  readonly opinion?: string | undefined;
  readonly details?: Label | undefined;
}

/**
 * Everything the rest of the system needs of one process. The event store, projections, API and
 * front ends depend on this shape only, never on a process's internals.
 */
export interface ProcessModule<
  P extends { readonly _tag: string },
  E extends { readonly _tag: string },
  S,
> {
  readonly name: ProcessName;
  /** Union of the command payload schemas (tagged structs). */
  readonly commandSchema: Schema.Schema<P, unknown>;
  /** Union of the event schemas (tagged structs). */
  readonly eventSchema: Schema.Schema<E, unknown>;
  /** Current schema version of each event tag; older stored versions are upcast on read. */
  readonly eventVersions: { readonly [K in E["_tag"]]: number };
  /** Lifts a stored event of an older schema version to the current encoded shape. */
  readonly upcast: (tag: string, version: number, data: unknown) => unknown;
  readonly decider: Decider<Command<P>, E, S>;
  readonly availableActions: (state: S, actor: Actor) => ReadonlyArray<AvailableAction>;
  readonly history: (events: ReadonlyArray<E>) => ReadonlyArray<HistoryEntry>;
  /** The chart a front end draws: steps by the seed's own names, arrows by command. */
  readonly definition: FlowDefinition<string, string>;
  /** The step of the chart a case is at (to highlight), or none once it has ended. */
  readonly stepOf: (state: S) => string | undefined;
}
