import {
  emptyValue,
  type FieldPath,
  type FormField,
  type GroupField,
  type ListField,
  type RepeatField,
  type ScalarField,
} from "@banli/client";
import { For, Index, type JSX, Show } from "solid-js";
import { useI18n } from "../../i18n/I18nProvider.jsx";
import { fill, ui } from "../../i18n/messages.js";
import { formWords } from "../../i18n/messages-forms.js";
import { AttachmentPicker } from "./AttachmentPicker.jsx";
import { useDirectory } from "./directory-context.jsx";
import { useForm } from "./form-context.js";
import { isPickedReference, PickerSelect } from "./PickerSelect.jsx";
import { isAttachmentGroup, useUploader } from "./upload-context.js";

/** The label's text, its required/optional mark (in words for screen readers, too). */
const LabelText = (props: { readonly field: FormField }) => {
  const { t } = useI18n();
  return (
    <>
      {t(props.field.label)}
      <Show
        when={props.field.required}
        fallback={<span class="field-optional"> （{t(ui.optional)}）</span>}
      >
        <span class="field-required" aria-hidden="true">
          {" *"}
        </span>
        <span class="visually-hidden">（{t(ui.required)}）</span>
      </Show>
      <Show when={props.field.personal}>
        <span class="field-personal">{t(ui.personalData)}</span>
      </Show>
    </>
  );
};

/** The description and the error under a control, and the ids that tie them to it. */
const useHelp = (field: () => FormField, path: () => FieldPath) => {
  const form = useForm();
  const { t } = useI18n();
  const id = () => form.idOf(path());
  const error = () => form.error(path());
  const describedBy = () =>
    [field().description ? `${id()}-desc` : "", error() ? `${id()}-error` : ""]
      .filter((part) => part !== "")
      .join(" ") || undefined;
  const help = (): JSX.Element => (
    <>
      <Show when={field().description}>
        {(description) => (
          <small id={`${id()}-desc`} class="field-description">
            {t(description())}
          </small>
        )}
      </Show>
      <Show when={error()}>
        {(message) => (
          <span id={`${id()}-error`} class="field-error">
            {t(message())}
          </span>
        )}
      </Show>
    </>
  );
  return { id, error, describedBy, help };
};

/**
 * A field's kind never changes while its control lives (a new command draws a new form), so the
 * kind is read once here and TypeScript narrows the field for each control.
 */
const ScalarControl = (props: { readonly field: ScalarField; readonly path: FieldPath }) => {
  const form = useForm();
  const { t } = useI18n();
  const { id, error, describedBy, help } = useHelp(
    () => props.field,
    () => props.path,
  );
  const text = () => {
    const value = form.value(props.path);
    return typeof value === "string" ? value : "";
  };
  const set = (value: string | boolean) => form.set(props.path, value);
  const common = () => ({
    id: id(),
    name: props.path.join("."),
    "aria-invalid": error() ? ("true" as const) : undefined,
    "aria-describedby": describedBy(),
    "aria-required": props.field.required ? ("true" as const) : undefined,
  });
  const labelled = (control: JSX.Element, wide = false) => (
    <div class="field" classList={{ "field--invalid": !!error(), "field--wide": wide }}>
      <label for={id()}>
        <LabelText field={props.field} />
      </label>
      {control}
      {help()}
    </div>
  );
  const field = props.field;
  const directory = useDirectory();
  if (field.kind === "text" && isPickedReference(field.refersTo) && directory !== undefined) {
    const picker = { ...field, refersTo: field.refersTo };
    directory.request();
    // Until the names arrive (or if they cannot), the id is typed as before.
    return labelled(
      <Show
        when={directory.directory()}
        fallback={
          <input
            {...common()}
            type="text"
            placeholder={directory.loading() ? t(formWords.loadingDirectory) : undefined}
            aria-busy={directory.loading() ? "true" : undefined}
            value={text()}
            onInput={(event) => set(event.currentTarget.value)}
          />
        }
      >
        {(loaded) => (
          <PickerSelect
            field={picker}
            path={props.path}
            directory={loaded()}
            attributes={common()}
          />
        )}
      </Show>,
    );
  }
  // A name a picker fills is shown, not typed, once the picker offers names.
  const filled = () =>
    directory?.directory() !== undefined && form.pickerOf(props.path) !== undefined;
  switch (field.kind) {
    case "boolean":
      return (
        <div class="field field--checkbox" classList={{ "field--invalid": !!error() }}>
          <input
            type="checkbox"
            {...common()}
            checked={form.value(props.path) === true}
            onChange={(event) => set(event.currentTarget.checked)}
          />
          <label for={id()}>{t(field.label)}</label>
          {help()}
        </div>
      );
    case "choice":
      return labelled(
        <select {...common()} value={text()} onChange={(event) => set(event.currentTarget.value)}>
          <option value="">{t(field.required ? ui.choose : ui.leaveEmpty)}</option>
          <For each={field.options}>
            {(option) => (
              <option value={option.key} selected={option.key === text()}>
                {t(option.label)}
              </option>
            )}
          </For>
        </select>,
      );
    case "textarea":
      return labelled(
        <textarea
          {...common()}
          rows={4}
          value={text()}
          onInput={(event) => set(event.currentTarget.value)}
        />,
        true,
      );
    default:
      return labelled(
        <input
          {...common()}
          readOnly={filled()}
          title={filled() ? t(formWords.filledByPicker) : undefined}
          type={inputType(field)}
          inputMode={field.kind === "number" ? "decimal" : undefined}
          value={text()}
          onInput={(event) => set(event.currentTarget.value)}
        />,
      );
  }
};

const inputType = (field: ScalarField): string => {
  switch (field.kind) {
    case "date":
      return "date";
    case "datetime":
      return "datetime-local";
    case "number":
      // Typed as text so a half-typed or wrong number stays visible and is explained.
      return "text";
    default:
      return "text";
  }
};

const GroupControl = (props: { readonly field: GroupField; readonly path: FieldPath }) => {
  const { help } = useHelp(
    () => props.field,
    () => props.path,
  );
  const uploader = useUploader();
  return (
    <fieldset class="field-group">
      <legend>
        <LabelText field={props.field} />
      </legend>
      {help()}
      <Show when={uploader !== undefined && isAttachmentGroup(props.field) ? uploader : undefined}>
        {(available) => <AttachmentPicker path={props.path} uploader={available()} />}
      </Show>
      <For each={props.field.fields}>
        {(inner) => <FieldControl field={inner} path={[...props.path, inner.key]} />}
      </For>
    </fieldset>
  );
};

/** Entries of a list or a repeated group: add at the end, remove any (not below the minimum). */
const useEntries = (path: () => FieldPath) => {
  const form = useForm();
  const entries = () => {
    const value = form.value(path());
    return Array.isArray(value) ? value : [];
  };
  return {
    entries,
    add: (field: ListField | RepeatField) =>
      form.set(path(), [...entries(), emptyValue(field.item)]),
    remove: (index: number) =>
      form.set(
        path(),
        entries().filter((_, i) => i !== index),
      ),
  };
};

const entryLabel = (index: number) => ({
  zh: fill(ui.entry.zh, { n: index + 1 }),
  en: fill(ui.entry.en, { n: index + 1 }),
});

const RepeatControl = (props: {
  readonly field: ListField | RepeatField;
  readonly path: FieldPath;
}) => {
  const { t } = useI18n();
  const { help, id } = useHelp(
    () => props.field,
    () => props.path,
  );
  const { entries, add, remove } = useEntries(() => props.path);
  const canRemove = () => entries().length > props.field.minItems;
  const entryName = (index: number) => t(entryLabel(index));
  let fieldset: HTMLFieldSetElement | undefined;
  let addButton: HTMLButtonElement | undefined;
  // Keyboard users land in what they just added, and not on <body> after a removal.
  const addEntry = () => {
    add(props.field);
    const entries = fieldset?.querySelectorAll(".repeat-entry");
    entries?.[entries.length - 1]?.querySelector<HTMLElement>("input, select, textarea")?.focus();
  };
  const removeEntry = (index: number) => {
    remove(index);
    addButton?.focus();
  };
  return (
    <fieldset
      class="field-group field-repeat"
      id={id()}
      tabIndex={-1}
      ref={fieldset}
      data-path={props.path.join(".")}
    >
      <legend>
        <LabelText field={props.field} />
      </legend>
      {help()}
      <Show when={entries().length === 0}>
        <p class="field-empty">{t(ui.noEntries)}</p>
      </Show>
      <Index each={entries()}>
        {(_entry, index) => {
          const entryPath = () => [...props.path, index];
          const name = entryLabel(index);
          const item = props.field.item;
          return (
            <div class="repeat-entry">
              {item.kind === "group" ? (
                <GroupControl field={{ ...item, label: name }} path={entryPath()} />
              ) : (
                <ScalarControl field={{ ...item, label: name }} path={entryPath()} />
              )}
              <Show when={canRemove()}>
                <button type="button" class="button-quiet" onClick={() => removeEntry(index)}>
                  {t(ui.remove)}
                  <span class="visually-hidden">
                    {" "}
                    {t(props.field.label)} {entryName(index)}
                  </span>
                </button>
              </Show>
            </div>
          );
        }}
      </Index>
      <button
        type="button"
        class="button-quiet"
        onClick={addEntry}
        ref={addButton}
        data-add={props.path.join(".")}
      >
        + {t(ui.add)}
        <span class="visually-hidden"> {t(props.field.label)}</span>
      </button>
    </fieldset>
  );
};

/** One field of a command form, drawn by its kind. */
export const FieldControl = (props: { readonly field: FormField; readonly path: FieldPath }) => {
  const field = props.field;
  switch (field.kind) {
    case "group":
      return <GroupControl field={field} path={props.path} />;
    case "repeat":
    case "list":
      return <RepeatControl field={field} path={props.path} />;
    default:
      return <ScalarControl field={field} path={props.path} />;
  }
};
