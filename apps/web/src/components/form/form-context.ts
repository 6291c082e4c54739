import type { DraftValue, FieldPath } from "@banli/client";
import type { Label } from "@banli/kernel";
import { createContext, useContext } from "solid-js";

/** What every control of one form shares: its draft, its errors and how ids are made. */
export interface FormContextValue {
  readonly value: (path: FieldPath) => DraftValue | undefined;
  readonly set: (path: FieldPath, value: DraftValue) => void;
  readonly error: (path: FieldPath) => Label | undefined;
  readonly idOf: (path: FieldPath) => string;
  /** The unit or person picker that fills the name at `path`, if this form has one there. */
  readonly pickerOf: (path: FieldPath) => FieldPath | undefined;
}

export const FormContext = createContext<FormContextValue>();

export const useForm = (): FormContextValue => {
  const form = useContext(FormContext);
  if (form === undefined) throw new Error("a field control outside <CommandForm>");
  return form;
};
