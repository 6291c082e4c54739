import type { Label } from "@banli/kernel";
import { A, useParams } from "@solidjs/router";
import { createEffect, createResource, createSignal, on, Show } from "solid-js";
import { useActingFor } from "../../api/ActingFor.jsx";
import { useClient } from "../../api/ApiProvider.jsx";
import { errorLabel } from "../../api/errors.js";
import { useLive } from "../../api/LiveProvider.jsx";
import { latestOf } from "../../api/resource.js";
import type { CaseView } from "../../api/types.js";
import { RequireLogin } from "../../auth/RequireLogin.jsx";
import { useSession } from "../../auth/SessionProvider.jsx";
import { ActionPanel } from "../../cases/ActionPanel.jsx";
import { Attachments } from "../../cases/Attachments.jsx";
import { CaseFacts } from "../../cases/CaseFacts.jsx";
import { HandlingSheet } from "../../cases/HandlingSheet.jsx";
import { attachmentsOf } from "../../cases/state-read.js";
import { serverUploader } from "../../cases/upload.js";
import { caseWords, words } from "../../cases/words.js";
import { FlowDiagram } from "../../components/FlowDiagram.jsx";
import { UploadContext } from "../../components/form/upload-context.js";
import { TrafficLight } from "../../components/TrafficLight.jsx";
import { useI18n } from "../../i18n/I18nProvider.jsx";
import { fill, ui } from "../../i18n/messages.js";
import { processByName } from "../../processes/registry.js";
import { ActingNote } from "../../shell/ActingNote.jsx";

/** The 发文 process keeps a 发文稿纸; every other process a 处理单. */
const sheetTitle = (process: string): Label =>
  process === "outgoing" ? caseWords.draftSheet : caseWords.sheet;

/** One case: fields, flow with its current step, 处理单, attachments, deadline, actions. */
const Case = () => {
  const { t } = useI18n();
  const client = useClient();
  const session = useSession();
  const live = useLive();
  const params = useParams<{ id: string }>();
  const acting = useActingFor();
  // 代理: the case as the principal sees it, with the actions open to them.
  const [loaded, { mutate, refetch }] = createResource(
    () => {
      const who = acting.onBehalfOf();
      return who && { caseId: params.id, ...who };
    },
    (input) =>
      client.cases.get.query(input).catch((error: unknown) => {
        session.noticeError(error);
        acting.noticeError(error);
        throw error;
      }),
  );
  const [changedElsewhere, setChangedElsewhere] = createSignal(false);
  // Someone else moved this case: read it again (the notice carries only its id and version).
  createEffect(
    on(live.lastChange, (change) => {
      const current = latestOf(loaded);
      if (change === undefined || current === undefined) return;
      if (change.caseId === current.caseId && change.version > current.version) {
        setChangedElsewhere(true);
        void refetch();
      }
    }),
  );

  const act = async (view: CaseView, payload: unknown) => {
    try {
      const next = await client.cases.act.mutate({
        caseId: view.caseId,
        command: payload,
        expectedVersion: view.version,
        ...acting.onBehalfOf(),
      });
      setChangedElsewhere(false);
      mutate(next);
    } catch (error) {
      if (session.noticeError(error)) return;
      acting.noticeError(error);
      // A refusal is shown in the form in words; the case is read again in case it moved.
      void refetch();
      throw errorLabel(error);
    }
  };
  const uploader = serverUploader(client);

  return (
    <section class="page case-page" aria-labelledby="case-title">
      <Show when={loaded.error}>
        <h1 id="case-title">{t(caseWords.caseTitle)}</h1>
        <p role="alert" class="load-error">
          {t(words.loadFailed)}
          {t(errorLabel(loaded.error))}
        </p>
        <A href="/">{t(ui.backHome)}</A>
      </Show>
      <Show
        when={latestOf(loaded)}
        fallback={<div class="page--loading" aria-busy={loaded.loading} />}
      >
        {(view) => {
          const entry = () => processByName(view().process);
          return (
            <>
              <header class="case-head">
                <h1 id="case-title">
                  <span class="case-head__number">{view().number ?? t(words.noNumber)}</span>{" "}
                  {view().title ?? t(words.noTitle)}
                </h1>
                <p class="case-head__print">
                  <A href={`/print/case/${encodeURIComponent(view().caseId)}`}>
                    {fill(t(caseWords.print), {
                      sheet: t(sheetTitle(view().process)).toLowerCase(),
                    })}
                  </A>
                </p>
                <p class="case-head__status">
                  <span class="status-badge" data-status={view().status}>
                    {t(view().statusLabel)}
                  </span>
                  <Show when={view().light}>{(light) => <TrafficLight light={light()} />}</Show>
                </p>
              </header>
              <p class="case-page__notice" role="status">
                {changedElsewhere() ? t(caseWords.changed) : ""}
              </p>
              <Show when={entry()} fallback={<p>{t(caseWords.unknownProcess)}</p>}>
                {(process) => (
                  <div class="case-layout">
                    <div class="case-main">
                      <section aria-labelledby="case-actions-title" class="case-section">
                        <h2 id="case-actions-title">{t(caseWords.actions)}</h2>
                        <ActingNote />
                        <UploadContext.Provider value={uploader}>
                          <ActionPanel
                            view={view()}
                            entry={process()}
                            act={(payload) => act(view(), payload)}
                          />
                        </UploadContext.Provider>
                      </section>
                      <section aria-labelledby="case-flow-title" class="case-section">
                        <h2 id="case-flow-title">{t(caseWords.flow)}</h2>
                        <FlowDiagram
                          definition={process().definition}
                          current={process().definition.stepOfStatus[view().status]}
                        />
                      </section>
                      <section aria-labelledby="case-sheet-title" class="case-section">
                        <h2 id="case-sheet-title">{t(sheetTitle(view().process))}</h2>
                        <HandlingSheet
                          title={sheetTitle(view().process)}
                          history={view().history}
                        />
                      </section>
                    </div>
                    <aside class="case-side">
                      <section aria-labelledby="case-facts-title" class="case-section">
                        <h2 id="case-facts-title">{t(caseWords.facts)}</h2>
                        <CaseFacts view={view()} entry={process()} />
                      </section>
                      <section aria-labelledby="case-files-title" class="case-section">
                        <h2 id="case-files-title">{t(caseWords.attachments)}</h2>
                        <Attachments
                          caseId={view().caseId}
                          attachments={attachmentsOf(view().state)}
                        />
                      </section>
                    </aside>
                  </div>
                )}
              </Show>
            </>
          );
        }}
      </Show>
    </section>
  );
};

export const CasePage = () => (
  <RequireLogin>
    <Case />
  </RequireLogin>
);
