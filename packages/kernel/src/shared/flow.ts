import type { Label } from "./label.js";

/**
 * The data a front end draws a process's flow diagram from: the chart's boxes (steps, with the
 * seed's own Chinese names), the arrows between them (each the command that takes it), and the
 * step a case is at (`stepOf`) to highlight. Plain data: no rule lives here.
 */
export interface FlowStep<StepId extends string> {
  readonly id: StepId;
  readonly label: Label;
  /** main: on the way through; loop: repeatable beside a main step (协调, 催办); end: closed. */
  readonly kind: "main" | "loop" | "end";
  /** For a loop: the main step it stands beside. */
  readonly beside?: StepId;
  readonly description?: Label;
}

export interface FlowTransition<StepId extends string> {
  readonly from: StepId;
  readonly to: StepId;
  /** The command tag that takes this arrow. */
  readonly command: string;
  readonly label: Label;
  /** A branch or a way back (退回, 撤回) rather than the main path. */
  readonly kind: "main" | "branch" | "back";
}

export interface FlowDefinition<StepId extends string, Status extends string> {
  readonly title: Label;
  readonly steps: ReadonlyArray<FlowStep<StepId>>;
  readonly transitions: ReadonlyArray<FlowTransition<StepId>>;
  /** Which box each case status is drawn at. */
  readonly stepOfStatus: { readonly [K in Status]: StepId | undefined };
}
