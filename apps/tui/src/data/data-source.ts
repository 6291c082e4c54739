import type {
  AvailableAction,
  HistoryEntry,
  Label,
  ProcessName,
  TrafficLight,
} from "@banli/kernel";

/**
 * What the screens need of the server, named as the API names it (`inbox.list({ box })`,
 * `inbox.counts`, `cases.get`, `cases.act`, `cases.open`, `search.query`). Implemented by the
 * tRPC client (api/api-data-source.ts, over HTTP or in-process) and, for screen tests, by an
 * in-memory fake over the real kernel (test/fake-office/). All calls are async: the real one crosses the
 * network.
 */
export type Box = "todo" | "done" | "toRead" | "started";
export const boxes: ReadonlyArray<Box> = ["todo", "done", "toRead", "started"];

export interface Person {
  readonly name: string;
  readonly unit: string;
}

/** One row of a box or of search results. */
export interface CaseRow {
  readonly caseId: string;
  readonly process: ProcessName;
  readonly processTitle: Label;
  readonly number: string;
  readonly title: string;
  readonly status: Label;
  readonly due?: DeadlineView | undefined;
}

export interface DeadlineView {
  readonly due: string;
  /** Decided by the server (the kernel's `trafficLight`); the TUI only colours it. */
  readonly light: TrafficLight;
  readonly basis?: string | undefined;
}

export interface StepView {
  readonly id: string;
  readonly label: Label;
  readonly kind: "main" | "loop" | "end";
  readonly current: boolean;
}

export interface CaseDetail extends CaseRow {
  /** Values are labels too: a channel or a kind reads 来信 in Chinese and Letter in English. */
  readonly fields: ReadonlyArray<{ readonly label: Label; readonly value: Label }>;
  readonly steps: ReadonlyArray<StepView>;
  readonly opinions: ReadonlyArray<HistoryEntry>;
  readonly history: ReadonlyArray<HistoryEntry>;
  /** Empty when replaying: the past is read-only. */
  readonly actions: ReadonlyArray<AvailableAction>;
  /** Set when this is the case as it stood at that time (`:replay --at`). */
  readonly asOf?: string | undefined;
}

/** A process the user may start, with the command (and so the form) that starts it. */
export interface Startable {
  readonly process: ProcessName;
  readonly title: Label;
  readonly action: AvailableAction;
}

/** A command's payload as a form fills it: the tag plus its fields; the schema judges it. */
export interface Payload {
  readonly _tag: string;
  readonly [field: string]: unknown;
}

/** The server's answer to a command: done, or refused with the reason in words. */
export type ActResult =
  | { readonly ok: true; readonly caseId: string }
  | { readonly ok: false; readonly reason: Label };

/** One unit or person a picker offers; `id` is what the command carries. */
export interface DirectoryEntry {
  readonly id: string;
  readonly name: string;
  /** A person's unit, to tell two 王s apart. */
  readonly detail?: string | undefined;
}

export interface Directory {
  readonly units: ReadonlyArray<DirectoryEntry>;
  readonly users: ReadonlyArray<DirectoryEntry>;
}

export interface DataSource {
  readonly me: Person;
  readonly inbox: {
    readonly list: (input: { readonly box: Box }) => Promise<ReadonlyArray<CaseRow>>;
    readonly counts: () => Promise<Readonly<Record<Box, number>>>;
  };
  readonly cases: {
    readonly get: (input: {
      readonly caseId: string;
      readonly asOf?: string | undefined;
    }) => Promise<CaseDetail | undefined>;
    readonly act: (input: {
      readonly caseId: string;
      readonly payload: Payload;
    }) => Promise<ActResult>;
    readonly startable: () => Promise<ReadonlyArray<Startable>>;
    readonly open: (input: {
      readonly process: ProcessName;
      readonly payload: Payload;
    }) => Promise<ActResult>;
  };
  readonly search: {
    readonly query: (input: { readonly text: string }) => Promise<ReadonlyArray<CaseRow>>;
  };
  /** Units and people for the pickers of a form (ids the kernel's commands carry). */
  readonly directory: () => Promise<Directory>;
  /**
   * 委托/代理: the people whose delegation this user holds today, and the one chosen to act for.
   * While one is chosen, every box, case, start and command is read or sent in their name (the
   * server checks the grant again on each call).
   */
  readonly acting: {
    readonly principals: () => Promise<ReadonlyArray<DirectoryEntry>>;
    readonly current: () => DirectoryEntry | undefined;
    /**
     * Act from now on for this principal, one of `principals()` (`undefined`: as oneself); false
     * if they are no longer in the directory.
     */
    readonly actFor: (principal: DirectoryEntry | undefined) => Promise<boolean>;
  };
  /** Live updates: called after any change another screen (or user) made. */
  readonly subscribe: (listener: () => void) => () => void;
}
