import type { TextField } from "@banli/client";
import type { Label } from "@banli/kernel";
import { type JSX, Show } from "solid-js";
import { type DirectoryEntry, useDirectory } from "../../components/form/directory-context.jsx";
import { FormContext, type FormContextValue } from "../../components/form/form-context.js";
import { PickerSelect } from "../../components/form/PickerSelect.jsx";
import { useI18n } from "../../i18n/I18nProvider.jsx";
import { formWords } from "../../i18n/messages-forms.js";

/** The one field of the picker's form, named as the control is. */
const path = ["person"] as const;

/**
 * A person chosen with the console's one people picker — the control the generated command
 * forms draw, fed by the same once-per-session directory — for a form that is not generated
 * from a command. The picker reads and writes through a form context, so it gets a one-field
 * context over the caller's value. If the directory cannot be read the user id is typed, as in
 * the generated forms: the form is never blocked, and the server checks the id.
 */
export const PersonPicker = (props: {
  readonly label: Label;
  readonly required: boolean;
  readonly value: string;
  readonly onPick: (userId: string) => void;
  /** Who may be chosen, from the directory's people (e.g. not the principal themself). */
  readonly offer?: (person: DirectoryEntry) => boolean;
  /** The control's id and ARIA attributes, from the field that labels it. */
  readonly attributes: JSX.SelectHTMLAttributes<HTMLSelectElement> & { readonly id: string };
}) => {
  const { t } = useI18n();
  const directory = useDirectory();
  directory?.request();
  const form: FormContextValue = {
    value: () => props.value,
    set: (_path, value) => props.onPick(typeof value === "string" ? value : ""),
    // The page's field shows the problem under the control, tied by `aria-describedby`.
    error: () => undefined,
    idOf: () => props.attributes.id,
    // No name is typed beside the id here: the server records the person's name itself.
    pickerOf: () => undefined,
  };
  const field = (): TextField & { readonly refersTo: "user" } => ({
    kind: "text",
    key: path[0],
    label: props.label,
    required: props.required,
    refersTo: "user",
  });
  const offered = (people: ReadonlyArray<DirectoryEntry>) =>
    props.offer === undefined ? people : people.filter(props.offer);
  return (
    <Show
      when={directory?.directory()}
      fallback={
        // While the names load the control is already the picker it becomes (no switch of
        // control under the user's hand); only a directory that failed leaves the id typed.
        <Show
          when={directory?.loading()}
          fallback={
            <input
              {...(props.attributes as JSX.InputHTMLAttributes<HTMLInputElement>)}
              type="text"
              value={props.value}
              onInput={(event) => props.onPick(event.currentTarget.value)}
            />
          }
        >
          <select {...props.attributes} disabled aria-busy="true">
            <option value="">{t(formWords.loadingDirectory)}</option>
          </select>
        </Show>
      }
    >
      {(loaded) => (
        <FormContext.Provider value={form}>
          <PickerSelect
            field={field()}
            path={path}
            directory={{ units: [], people: offered(loaded().people) }}
            attributes={props.attributes}
          />
        </FormContext.Provider>
      )}
    </Show>
  );
};
