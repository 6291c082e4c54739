import {
  CaseAlreadyExists,
  CaseClosed,
  InvalidCommand,
  NotAuthorised,
  WrongStep,
} from "./errors.js";
import type { Label } from "./process.js";

/**
 * Builders for the kernel's refusals, so every rule words its refusal in both languages the same
 * way. `why` is shown to the user as is; keep it a sentence about the rule, not about the code.
 */
export const wrongStep = (command: string, step: Label): WrongStep =>
  new WrongStep({
    command,
    step: step.en,
    message: `${command} does not apply at step "${step.en}"`,
    messageZh: `当前环节「${step.zh}」不能执行此操作`,
  });

export const notAuthorised = (command: string, why: Label): NotAuthorised =>
  new NotAuthorised({ command, message: why.en, messageZh: why.zh });

export const invalid = (command: string, field: string, why: Label): InvalidCommand =>
  new InvalidCommand({ command, field, message: why.en, messageZh: why.zh });

export const caseClosed = (command: string): CaseClosed =>
  new CaseClosed({
    command,
    message: "The case is closed; nothing more can happen to it",
    messageZh: "本件已办结，不能再执行操作",
  });

export const caseAlreadyExists = (command: string): CaseAlreadyExists =>
  new CaseAlreadyExists({
    command,
    message: "The case has already been registered",
    messageZh: "本件已登记，不能重复登记",
  });
