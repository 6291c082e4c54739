import type { AvailableAction, Label } from "@banli/kernel";
import { A, useSearchParams } from "@solidjs/router";
import { createMemo, createResource, createSignal, For, Show } from "solid-js";
import { useActingFor } from "../../api/ActingFor.jsx";
import { useClient } from "../../api/ApiProvider.jsx";
import { errorLabel } from "../../api/errors.js";
import type { CaseView } from "../../api/types.js";
import { RequireLogin } from "../../auth/RequireLogin.jsx";
import { useSession } from "../../auth/SessionProvider.jsx";
import { serverUploader } from "../../cases/upload.js";
import { caseWords, words } from "../../cases/words.js";
import { CommandForm } from "../../components/CommandForm.jsx";
import { UploadContext } from "../../components/form/upload-context.js";
import { useI18n } from "../../i18n/I18nProvider.jsx";
import { fill } from "../../i18n/messages.js";
import { dw } from "../../i18n/messages-delegation.js";
import { withAllocatedNumber } from "../../processes/allocated-number.js";
import { type ProcessEntry, processes } from "../../processes/registry.js";
import { ActingNote } from "../../shell/ActingNote.jsx";
import { createStarter } from "./acting-starter.js";

interface Startable {
  readonly entry: ProcessEntry;
  readonly action: AvailableAction;
  /** `process/Command`: one choice, as the address keeps it. */
  readonly key: string;
  /** The form's schema: the command's, with `number` optional where the server allocates it. */
  readonly schema: AvailableAction["schema"];
}

/**
 * 发起: the start commands the kernel lets this user issue, each process's first form. While the
 * user acts for a principal (代理), the principal's: the case is opened in their name.
 */
const NewCase = () => {
  const { t } = useI18n();
  const client = useClient();
  const session = useSession();
  const acting = useActingFor();
  const starter = createStarter();
  const [params, setParams] = useSearchParams<{ start?: string }>();
  // Which start commands the server numbers itself (its registers are the server's business).
  const [served] = createResource(() => client.processes.list.query());
  const startable = createMemo((): ReadonlyArray<Startable> => {
    const who = starter.actor();
    const numbered = new Set((served.latest ?? []).map((p) => `${p.name}/${p.numberedBy}`));
    if (who === undefined) return [];
    return processes.flatMap((entry) =>
      entry.startActions(who).map((action) => {
        const key = `${entry.name}/${action.command}`;
        const schema = numbered.has(key) ? withAllocatedNumber(action.schema) : action.schema;
        return { entry, action, key, schema };
      }),
    );
  });
  const chosen = () => startable().find((s) => s.key === params.start);
  const [busy, setBusy] = createSignal(false);
  const [refusal, setRefusal] = createSignal<Label>();
  const [opened, setOpened] = createSignal<CaseView>();

  const open = async (choice: Startable, payload: unknown) => {
    setBusy(true);
    setRefusal(undefined);
    try {
      setOpened(
        await client.cases.open.mutate({
          process: choice.entry.name,
          command: payload,
          ...acting.onBehalfOf(),
        }),
      );
    } catch (error) {
      if (session.noticeError(error)) return;
      // Refused in the principal's name: the grant may have ended meanwhile.
      acting.noticeError(error);
      setRefusal(errorLabel(error));
    } finally {
      setBusy(false);
    }
  };
  const uploader = serverUploader(client);
  const loading = () => served.loading || starter.loading();
  const nothingToStart = () => {
    const principal = acting.principal();
    return principal === undefined
      ? t(caseWords.nothingToStart)
      : fill(t(dw.principalStartsNothing), { name: principal.name });
  };

  return (
    <section class="page new-case-page" aria-labelledby="new-case-title">
      <h1 id="new-case-title">{t(caseWords.startTitle)}</h1>
      <ActingNote />
      <Show when={starter.error()}>
        {(error) => (
          <p role="alert" class="load-error">
            {t(words.loadFailed)}
            {t(errorLabel(error()))}
          </p>
        )}
      </Show>
      <Show when={opened()}>
        {(view) => (
          <div class="new-case__opened" role="status">
            <p>
              {view().number === undefined
                ? t(caseWords.startedNoNumber)
                : fill(t(caseWords.started), { number: view().number ?? "" })}
            </p>
            <A href={`/cases/${encodeURIComponent(view().caseId)}`} class="button-primary">
              {t(caseWords.openCase)}
            </A>
          </div>
        )}
      </Show>
      <Show when={opened() === undefined}>
        <Show
          when={startable().length > 0 || loading()}
          fallback={
            // Unread roles are not "no roles": the alert above says what went wrong instead.
            <Show when={starter.error() === undefined}>
              <p class="page-note">{nothingToStart()}</p>
            </Show>
          }
        >
          {/* The forms wait for the server's list (and whose they are), so a form is not redrawn
              while typed in. */}
          <Show when={!loading()} fallback={<div class="page--loading" aria-busy="true" />}>
            <div class="field">
              <label for="new-case-choice">{t(caseWords.startWhich)}</label>
              <select
                id="new-case-choice"
                value={params.start ?? ""}
                onChange={(event) => {
                  setRefusal(undefined);
                  setParams({ start: event.currentTarget.value || undefined });
                }}
              >
                <option value="">—</option>
                <For each={startable()}>
                  {(s) => (
                    <option value={s.key} selected={s.key === params.start}>
                      {t(s.entry.definition.title)} · {t(s.action.label)}
                    </option>
                  )}
                </For>
              </select>
            </div>
            <Show when={chosen()} keyed>
              {(choice) => (
                <UploadContext.Provider value={uploader}>
                  <CommandForm
                    schema={choice.schema}
                    busy={busy()}
                    refusal={refusal()}
                    onSubmit={(payload) => void open(choice, payload)}
                  />
                </UploadContext.Provider>
              )}
            </Show>
          </Show>
        </Show>
      </Show>
    </section>
  );
};

export const NewCasePage = () => (
  <RequireLogin>
    <NewCase />
  </RequireLogin>
);
