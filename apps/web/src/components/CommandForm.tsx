import {
  type DraftGroup,
  type DraftValue,
  type FieldError,
  type FormModel,
  fieldAt,
  isDraftGroup,
  makeEmptyDraft,
  makeFormModel,
  pathKey,
  pickerPathFor,
  validateForm,
  withoutPickedNameErrors,
} from "@banli/client";
import type { AvailableAction, Label } from "@banli/kernel";
import { createMemo, createSignal, createUniqueId, For, Show } from "solid-js";
import { useI18n } from "../i18n/I18nProvider.jsx";
import { fill, ui } from "../i18n/messages.js";
import { useDirectory } from "./form/directory-context.jsx";
import { controlId, getIn, setIn } from "./form/draft-path.js";
import { FieldControl } from "./form/FieldControl.jsx";
import { FormContext, type FormContextValue } from "./form/form-context.js";

/**
 * Following a link to a field moves the keyboard there (a fragment link alone only scrolls),
 * and keeps the router from treating it as navigation.
 */
const focusControl = (event: MouseEvent, id: string) => {
  const control = document.getElementById(id);
  if (control === null) return;
  event.preventDefault();
  control.focus();
};

export interface CommandFormProps {
  /** The command's schema (e.g. an `AvailableAction`'s): the form and its checks come from it. */
  readonly schema: AvailableAction["schema"];
  /** Called with a payload the schema accepts; the server may still refuse it. */
  readonly onSubmit: (payload: unknown) => void;
  /** The server's refusal of the last attempt, in words (e.g. a DomainError's zh/en message). */
  readonly refusal?: Label | undefined;
  readonly busy?: boolean;
  readonly submitLabel?: Label;
}

/**
 * A command drawn as a form from its schema (see @banli/client's form model): labelled controls,
 * checked with the same schema before sending, errors shown at each field and summarised on top.
 * The form is made for one schema: give a new command a new form (e.g. `<Show keyed>`).
 */
export const CommandForm = (props: CommandFormProps) => {
  const { t } = useI18n();
  const formId = `form-${createUniqueId()}`;
  const model = createMemo((): FormModel => makeFormModel(props.schema));
  const [draft, setDraft] = createSignal<DraftGroup>(makeEmptyDraft(model().fields));
  const [errors, setErrors] = createSignal<ReadonlyArray<FieldError>>([]);
  const errorOf = createMemo(() => new Map(errors().map((e) => [pathKey(e.path), e.message])));
  const directory = useDirectory();
  let summary: HTMLDivElement | undefined;

  const context: FormContextValue = {
    value: (path) => getIn(draft(), path),
    set: (path, value: DraftValue) => {
      const next = setIn(draft(), path, value);
      if (isDraftGroup(next)) setDraft(next);
      // A corrected field loses its error at once; the others wait for the next attempt.
      if (errorOf().has(pathKey(path)))
        setErrors(errors().filter((e) => pathKey(e.path) !== pathKey(path)));
    },
    error: (path) => errorOf().get(pathKey(path)),
    idOf: (path) => controlId(formId, path),
    pickerOf: (path) => pickerPathFor(model().fields, path),
  };

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const result = validateForm(props.schema, model(), draft());
    if (result.ok) {
      setErrors([]);
      props.onSubmit(result.payload);
      return;
    }
    // With names offered, an unpicked unit is one mistake, said at its picker.
    const picking = directory?.directory() !== undefined;
    setErrors(picking ? withoutPickedNameErrors(model().fields, result.errors) : result.errors);
    summary?.focus();
  };

  return (
    <FormContext.Provider value={context}>
      <form class="command-form" noValidate onSubmit={submit} aria-labelledby={`${formId}-heading`}>
        <h3 id={`${formId}-heading`}>{t(model().label)}</h3>
        <Show when={model().description}>
          {(description) => <p class="command-form__description">{t(description())}</p>}
        </Show>
        <Show when={props.refusal}>
          {(refusal) => (
            <div class="command-form__refusal" role="alert">
              {t(ui.refused)}
              {t(refusal())}
            </div>
          )}
        </Show>
        <div
          class="command-form__summary"
          role="alert"
          tabIndex={-1}
          ref={summary}
          hidden={errors().length === 0}
        >
          <Show when={errors().length > 0}>
            <p>{fill(t(ui.fixErrors), { n: errors().length })}</p>
            <ul>
              <For each={errors()}>
                {(error) => (
                  <li>
                    <a
                      href={`#${controlId(formId, error.path)}`}
                      onClick={(event) => focusControl(event, controlId(formId, error.path))}
                    >
                      <Show when={fieldAt(model().fields, error.path)}>
                        {(field) => `${t(field().label)}：`}
                      </Show>
                      {t(error.message)}
                    </a>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </div>
        <Show when={model().fields.length === 0}>
          <p>{t(ui.noFields)}</p>
        </Show>
        <For each={model().fields}>
          {(field) => <FieldControl field={field} path={[field.key]} />}
        </For>
        <div class="command-form__actions">
          <button type="submit" disabled={props.busy === true}>
            {props.busy === true ? t(ui.sending) : t(props.submitLabel ?? ui.submit)}
          </button>
        </div>
      </form>
    </FormContext.Provider>
  );
};
