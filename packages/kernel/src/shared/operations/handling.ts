import { Schema } from "effect";
import type { HistoryEntry } from "../process.js";
import {
  applyCoOpinionSubmitted,
  applyUnitsAssigned,
  CoOpinionSubmitted,
  describeCoOpinionSubmitted,
  describeUnitsAssigned,
  UnitsAssigned,
} from "./assignment.js";
import {
  AttachmentReplaced,
  applyAttachmentReplaced,
  applyFileAttached,
  describeAttachmentReplaced,
  describeFileAttached,
  FileAttached,
} from "./attach.js";
import {
  applyCirculated,
  applyReadConfirmed,
  Circulated,
  describeCirculated,
  describeReadConfirmed,
  ReadConfirmed,
} from "./circulation.js";
import { CommentAdded, describeCommentAdded } from "./comment.js";
import {
  applyCountersigned,
  applyCountersignRequested,
  CountersignCompleted,
  Countersigned,
  CountersignRequested,
  CountersignReturned,
  closeCountersign,
  describeCountersignCompleted,
  describeCountersigned,
  describeCountersignRequested,
  describeCountersignReturned,
} from "./countersign.js";
import { DeadlineAlerted, describeDeadlineAlerted } from "./deadline-alert.js";
import {
  applyExtensionGranted,
  applyExtensionRefused,
  applyExtensionRequested,
  describeExtensionGranted,
  describeExtensionRefused,
  describeExtensionRequested,
  ExtensionGranted,
  ExtensionRefused,
  ExtensionRequested,
} from "./extension.js";
import type { Handling } from "./handling-state.js";
import { applyPressed, describePressed, Pressed } from "./press.js";
import { describeProgressReported, ProgressReported } from "./progress.js";
import { applyReassigned, describeReassigned, Reassigned } from "./reassign.js";

/**
 * The events of the generic operations, as one union a process spreads into its own event
 * union, with the one fold (`evolveHandling`) and the one timeline (`describeHandlingEvent`).
 */
export const handlingEventSchemas = [
  UnitsAssigned,
  CoOpinionSubmitted,
  Reassigned,
  Pressed,
  ExtensionRequested,
  ExtensionGranted,
  ExtensionRefused,
  Circulated,
  ReadConfirmed,
  CountersignRequested,
  Countersigned,
  CountersignCompleted,
  CountersignReturned,
  CommentAdded,
  ProgressReported,
  FileAttached,
  AttachmentReplaced,
  DeadlineAlerted,
] as const;

export const HandlingEvent = Schema.Union(...handlingEventSchemas);
export type HandlingEvent = typeof HandlingEvent.Type;
export type HandlingEventTag = HandlingEvent["_tag"];

/**
 * The schema version of each generic operation's event. They are shared schemas, so a change to
 * one is versioned (and upcast) once, here, for every process that spreads them.
 */
export const handlingEventVersions: { readonly [K in HandlingEventTag]: number } = {
  UnitsAssigned: 1,
  CoOpinionSubmitted: 1,
  Reassigned: 1,
  Pressed: 1,
  ExtensionRequested: 1,
  ExtensionGranted: 1,
  ExtensionRefused: 1,
  Circulated: 1,
  ReadConfirmed: 1,
  CountersignRequested: 1,
  Countersigned: 1,
  CountersignCompleted: 1,
  CountersignReturned: 1,
  CommentAdded: 1,
  ProgressReported: 1,
  FileAttached: 1,
  AttachmentReplaced: 1,
  DeadlineAlerted: 1,
};

export const isHandlingEvent = <E extends { readonly _tag: string }>(
  event: E,
): event is Extract<E, HandlingEvent> => Object.hasOwn(handlingEventVersions, event._tag);

/**
 * The generic events no process's own status reacts to: only the handling sub-state records
 * them, so a process's `apply` returns the state as it is for them. A process's `apply` takes
 * them out first (`if (isRecordOnlyEvent(event)) return state;`) and lists the rest in its
 * exhaustive switch; a process that came to react to one would get a type error there.
 */
const recordOnlyEventTags = {
  CoOpinionSubmitted: true,
  Pressed: true,
  ExtensionRequested: true,
  ExtensionRefused: true,
  Circulated: true,
  ReadConfirmed: true,
  CountersignRequested: true,
  Countersigned: true,
  CountersignCompleted: true,
  CommentAdded: true,
  ProgressReported: true,
  FileAttached: true,
  AttachmentReplaced: true,
  DeadlineAlerted: true,
} as const satisfies { readonly [K in HandlingEventTag]?: true };
export type RecordOnlyEventTag = keyof typeof recordOnlyEventTags;

export const isRecordOnlyEvent = <E extends { readonly _tag: string }>(
  event: E,
): event is Extract<E, { readonly _tag: RecordOnlyEventTag }> =>
  Object.hasOwn(recordOnlyEventTags, event._tag);

export const evolveHandling = (handling: Handling, event: HandlingEvent): Handling => {
  switch (event._tag) {
    case "UnitsAssigned":
      return applyUnitsAssigned(handling, event);
    case "CoOpinionSubmitted":
      return applyCoOpinionSubmitted(handling, event);
    case "Reassigned":
      return applyReassigned(handling, event);
    case "Pressed":
      return applyPressed(handling, event);
    case "ExtensionRequested":
      return applyExtensionRequested(handling, event);
    case "ExtensionGranted":
      return applyExtensionGranted(handling, event);
    case "ExtensionRefused":
      return applyExtensionRefused(handling);
    case "Circulated":
      return applyCirculated(handling, event);
    case "ReadConfirmed":
      return applyReadConfirmed(handling, event);
    case "CountersignRequested":
      return applyCountersignRequested(handling, event);
    case "Countersigned":
      return applyCountersigned(handling, event);
    case "CountersignCompleted":
    case "CountersignReturned":
      return closeCountersign(handling);
    case "FileAttached":
      return applyFileAttached(handling, event);
    case "AttachmentReplaced":
      return applyAttachmentReplaced(handling, event);
    // Facts for the record and the timeline only.
    case "CommentAdded":
    case "ProgressReported":
    case "DeadlineAlerted":
      return handling;
    default:
      return absurd(event);
  }
};

export const describeHandlingEvent = (event: HandlingEvent): HistoryEntry => {
  switch (event._tag) {
    case "UnitsAssigned":
      return describeUnitsAssigned(event);
    case "CoOpinionSubmitted":
      return describeCoOpinionSubmitted(event);
    case "Reassigned":
      return describeReassigned(event);
    case "Pressed":
      return describePressed(event);
    case "ExtensionRequested":
      return describeExtensionRequested(event);
    case "ExtensionGranted":
      return describeExtensionGranted(event);
    case "ExtensionRefused":
      return describeExtensionRefused(event);
    case "Circulated":
      return describeCirculated(event);
    case "ReadConfirmed":
      return describeReadConfirmed(event);
    case "CountersignRequested":
      return describeCountersignRequested(event);
    case "Countersigned":
      return describeCountersigned(event);
    case "CountersignCompleted":
      return describeCountersignCompleted(event);
    case "CountersignReturned":
      return describeCountersignReturned(event);
    case "CommentAdded":
      return describeCommentAdded(event);
    case "ProgressReported":
      return describeProgressReported(event);
    case "FileAttached":
      return describeFileAttached(event);
    case "AttachmentReplaced":
      return describeAttachmentReplaced(event);
    case "DeadlineAlerted":
      return describeDeadlineAlerted(event);
    default:
      return absurd(event);
  }
};

/** The `never` default of an exhaustive switch: a new event tag breaks the build here. */
export const absurd = (value: never): never => {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
};
