import type { Label } from "@banli/kernel";
import { createSignal, For, Show } from "solid-js";
import type { CaseView } from "../api/types.js";
import { CommandForm } from "../components/CommandForm.jsx";
import { useI18n } from "../i18n/I18nProvider.jsx";
import { fill } from "../i18n/messages.js";
import type { ProcessEntry } from "../processes/registry.js";
import { caseWords } from "./words.js";

export interface ActionPanelProps {
  readonly view: CaseView;
  readonly entry: ProcessEntry;
  /** Sends the command; resolves when done, rejects with the server's refusal in words. */
  readonly act: (payload: unknown) => Promise<void>;
}

/**
 * The actions the server says this user may take now (the kernel's `availableActions`), one
 * button each; the chosen one opens its form, generated from the command's schema.
 */
export const ActionPanel = (props: ActionPanelProps) => {
  const { t } = useI18n();
  const [chosen, setChosen] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);
  const [refusal, setRefusal] = createSignal<Label>();
  const [done, setDone] = createSignal<Label>();
  const action = () => props.view.actions.find((a) => a.command === chosen());
  const schema = () => {
    const tag = chosen();
    return tag === undefined ? undefined : props.entry.schemaOf(tag);
  };
  const choose = (tag: string | undefined) => {
    setChosen(tag);
    setRefusal(undefined);
    setDone(undefined);
  };
  const submit = async (payload: unknown) => {
    const current = action();
    setBusy(true);
    setRefusal(undefined);
    try {
      await props.act(payload);
      setChosen(undefined);
      if (current !== undefined)
        setDone({
          zh: fill(caseWords.done.zh, { action: current.label.zh }),
          en: fill(caseWords.done.en, { action: current.label.en }),
        });
    } catch (error) {
      setRefusal(error as Label);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="action-panel">
      <p class="action-panel__done" role="status">
        {done() === undefined ? "" : t(done() as Label)}
      </p>
      <Show
        when={props.view.actions.length > 0}
        fallback={<p class="page-note">{t(caseWords.noActions)}</p>}
      >
        <ul class="action-panel__buttons">
          <For each={props.view.actions}>
            {(available) => (
              <li>
                <button
                  type="button"
                  data-command={available.command}
                  aria-pressed={chosen() === available.command}
                  onClick={() =>
                    choose(chosen() === available.command ? undefined : available.command)
                  }
                >
                  {t(available.label)}
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={schema()} keyed>
        {(current) => (
          <div class="action-panel__form" data-form={chosen()}>
            <CommandForm
              schema={current}
              busy={busy()}
              refusal={refusal()}
              onSubmit={(payload) => void submit(payload)}
            />
            <button type="button" class="button-quiet" onClick={() => choose(undefined)}>
              {t(caseWords.cancel)}
            </button>
          </div>
        )}
      </Show>
    </div>
  );
};
