import {
  type Actor,
  type AvailableAction,
  CaseId,
  type Command,
  CommandId,
  type DomainError,
  type FlowDefinition,
  fold,
  type HistoryEntry,
  Instant,
  type Label,
  type ProcessModule,
  type ProcessName,
} from "@banli/kernel";
import { Either, ParseResult, Schema } from "effect";

/** What a process shows of a case in rows and in the detail's field list. */
export interface CaseSummary {
  readonly number: string;
  readonly title: string;
  readonly fields: ReadonlyArray<{ readonly label: Label; readonly value: Label }>;
  readonly due: string | undefined;
}

export interface Recorded {
  readonly at: string;
  readonly actor: Actor;
}

/** One case as the fake's read side sees it, at a point of its history. */
export interface CaseSnapshot {
  readonly summary: CaseSummary;
  readonly status: Label;
  readonly terminal: boolean;
  readonly stepId: string | undefined;
  readonly history: ReadonlyArray<HistoryEntry>;
  readonly records: ReadonlyArray<Recorded>;
  readonly actions: ReadonlyArray<AvailableAction>;
}

/**
 * A process module with its streams, hidden behind a type-free face so the fake can hold
 * processes of different event types in one list. Everything it decides, the kernel decides.
 */
export interface DemoProcess {
  readonly name: ProcessName;
  readonly title: Label;
  readonly definition: FlowDefinition<string, string>;
  readonly caseIds: () => ReadonlyArray<string>;
  readonly starter: (actor: Actor) => AvailableAction | undefined;
  readonly decide: (
    caseId: string,
    payload: unknown,
    meta: { readonly actor: Actor; readonly at: string; readonly commandId: string },
  ) => Either.Either<true, Label>;
  readonly snapshot: (caseId: string, actor: Actor, asOf?: string) => CaseSnapshot | undefined;
}

export const makeDemoProcess = <
  P extends { readonly _tag: string },
  E extends { readonly _tag: string },
  S extends { readonly status: string },
>(
  module: ProcessModule<P, E, S>,
  parts: {
    readonly definition: FlowDefinition<string, string>;
    readonly statusLabels: Readonly<Record<string, Label>>;
    readonly summarize: (state: S) => CaseSummary;
  },
): DemoProcess => {
  const streams = new Map<string, Array<Recorded & { readonly event: E }>>();
  const stateOf = (records: ReadonlyArray<{ readonly event: E }>): S =>
    fold(
      module.decider,
      records.map((r) => r.event),
    );

  return {
    name: module.name,
    title: parts.definition.title,
    definition: parts.definition,
    caseIds: () => [...streams.keys()],
    starter: (actor) => module.availableActions(module.decider.initialState, actor)[0],
    decide: (caseId, payload, meta) => {
      const decoded = Schema.decodeUnknownEither(module.commandSchema)(payload);
      if (Either.isLeft(decoded)) {
        const text = ParseResult.TreeFormatter.formatErrorSync(decoded.left);
        return Either.left({ zh: text, en: text });
      }
      const records = streams.get(caseId) ?? [];
      const command: Command<P> = {
        meta: {
          commandId: CommandId.make(meta.commandId),
          caseId: CaseId.make(caseId),
          actor: meta.actor,
          at: Instant.make(meta.at),
        },
        payload: decoded.right,
      };
      return Either.match(module.decider.decide(command, stateOf(records)), {
        onLeft: (error: DomainError) => Either.left({ zh: error.messageZh, en: error.message }),
        onRight: (events) => {
          const recorded = events.map((event) => ({ at: meta.at, actor: meta.actor, event }));
          streams.set(caseId, [...records, ...recorded]);
          return Either.right(true as const);
        },
      });
    },
    snapshot: (caseId, actor, asOf) => {
      const all = streams.get(caseId);
      if (all === undefined) return undefined;
      // A replay shows what was recorded up to the end of that day, and offers no action.
      const records = asOf === undefined ? all : all.filter((r) => r.at.slice(0, 10) <= asOf);
      const state = stateOf(records);
      return {
        summary: parts.summarize(state),
        status: parts.statusLabels[state.status] ?? { zh: state.status, en: state.status },
        terminal: module.decider.isTerminal(state),
        stepId: parts.definition.stepOfStatus[state.status],
        history: module.history(records.map((r) => r.event)),
        records,
        actions: asOf === undefined ? module.availableActions(state, actor) : [],
      };
    },
  };
};
