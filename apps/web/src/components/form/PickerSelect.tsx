import { type FieldPath, namePathFor, type TextField } from "@banli/client";
import { For, type JSX, onMount, Show } from "solid-js";
import { useI18n } from "../../i18n/I18nProvider.jsx";
import { fill, ui } from "../../i18n/messages.js";
import { formWords } from "../../i18n/messages-forms.js";
import type { Directory, DirectoryEntry } from "./directory-context.jsx";
import { useForm } from "./form-context.js";
import "./picker.css";

/** The kind of reference a picker chooses: a unit or a person of the directory. */
export type PickedReference = "unit" | "user";

export const isPickedReference = (refersTo: TextField["refersTo"]): refersTo is PickedReference =>
  refersTo === "unit" || refersTo === "user";

/**
 * A unit or a person chosen by name from the directory; the command gets the id, and the name
 * the kernel records beside it (`unitName`, `name`) is filled from the same entry. A native
 * select: labelled by the field's label, and typing a name's first characters jumps to it.
 */
export const PickerSelect = (props: {
  readonly field: TextField & { readonly refersTo: PickedReference };
  readonly path: FieldPath;
  readonly directory: Directory;
  /** The control's id, name and ARIA attributes, shared with every control of the form. */
  readonly attributes: JSX.SelectHTMLAttributes<HTMLSelectElement>;
}) => {
  const form = useForm();
  const { t } = useI18n();
  const entries = (): ReadonlyArray<DirectoryEntry> =>
    props.field.refersTo === "unit" ? props.directory.units : props.directory.people;
  const current = () => {
    const value = form.value(props.path);
    return typeof value === "string" ? value : "";
  };
  /** An id given before (a draft, a replayed command) that the directory no longer lists. */
  const stray = () => {
    const id = current();
    return id !== "" && !entries().some((entry) => entry.id === id) ? id : undefined;
  };
  const nameOf = (entry: DirectoryEntry) =>
    entry.unitName === undefined
      ? entry.name
      : fill(t(formWords.personInUnit), { name: entry.name, unit: entry.unitName });
  /** Writes the name beside the id from the directory's entry (empty for no entry). */
  const fillName = (id: string) => {
    const namePath = namePathFor(props.path, props.field.refersTo);
    // Only a name this form asks for: a bare list of unit ids has none beside it.
    if (namePath === undefined || form.pickerOf(namePath) === undefined) return;
    const name = entries().find((entry) => entry.id === id)?.name ?? "";
    if (form.value(namePath) !== name) form.set(namePath, name);
  };
  const pick = (id: string) => {
    form.set(props.path, id);
    fillName(id);
  };
  // An id typed while the names were loading: its name now comes from the directory too, as
  // the name field stops being typed from here on.
  onMount(() => {
    if (current() !== "" && stray() === undefined) fillName(current());
  });
  return (
    <select
      {...props.attributes}
      value={current()}
      onChange={(event) => pick(event.currentTarget.value)}
    >
      <option value="">
        {t(
          !props.field.required
            ? ui.leaveEmpty
            : props.field.refersTo === "unit"
              ? formWords.chooseUnit
              : formWords.choosePerson,
        )}
      </option>
      <Show when={stray()}>
        {(id) => (
          <option value={id()} selected>
            {fill(t(formWords.notInDirectory), { id: id() })}
          </option>
        )}
      </Show>
      <For each={entries()}>
        {(entry) => (
          <option value={entry.id} selected={entry.id === current()}>
            {nameOf(entry)}
          </option>
        )}
      </For>
    </select>
  );
};
