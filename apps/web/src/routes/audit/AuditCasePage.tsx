import { A, useParams } from "@solidjs/router";
import { createResource, createSignal, For, Show } from "solid-js";
import { useClient } from "../../api/ApiProvider.jsx";
import type { CaseView, HistoryLine } from "../../api/types.js";
import { wallTime } from "../../cases/format.js";
import { useI18n } from "../../i18n/I18nProvider.jsx";
import { fill } from "../../i18n/messages.js";
import { bo } from "../../i18n/messages-back-office.js";
import { Loaded } from "../admin/Loading.jsx";
import { RequireRole } from "../admin/RequireRole.jsx";
import { auditRoles } from "./AuditPage.jsx";
import { instantTextOfLocal, localOfInstant } from "./as-of.js";
import "./audit.css";

/** One case, read-only, its history replayed as of a moment the auditor picks. */
export const AuditCasePage = () => {
  const { t } = useI18n();
  const client = useClient();
  const params = useParams<{ id: string }>();
  const [view, { refetch }] = createResource(
    () => params.id,
    (caseId) => client.cases.get.query({ caseId }),
  );
  return (
    <RequireRole roles={auditRoles} title={bo.replay} refusal={bo.auditOnly}>
      <section class="page audit-page" aria-labelledby="replay-title">
        <p class="audit-links">
          <A href="/audit">{t(bo.audit)}</A>
        </p>
        <Loaded resource={view} retry={refetch}>
          {(v) => <Replay view={v} />}
        </Loaded>
      </section>
    </RequireRole>
  );
};

const Replay = (props: { readonly view: CaseView }) => {
  const { t } = useI18n();
  const client = useClient();
  const [asOf, setAsOf] = createSignal("");
  // No instant picked (or a half-typed one) means "now": the case as it stands.
  const [replayed] = createResource(
    () => instantTextOfLocal(asOf()),
    (at) => client.cases.asOf.query({ caseId: props.view.caseId, at }),
  );
  const replaying = () => instantTextOfLocal(asOf()) !== undefined;
  const shown = () => (replaying() ? replayed.latest : props.view);
  const history = (): ReadonlyArray<HistoryLine> => shown()?.history ?? [];
  const last = () => history()[history().length - 1];
  const first = () => props.view.history[0];
  return (
    <>
      <h1 id="replay-title">
        {t(bo.replay)}：{props.view.number ?? ""} {props.view.title ?? ""}
      </h1>
      <p class="page-note">
        {t(props.view.processLabel)} · {t(bo.currentStatus)}：{t(props.view.statusLabel)} ·{" "}
        <A href={`/print/case/${encodeURIComponent(props.view.caseId)}`}>{t(bo.printCase)}</A>
      </p>
      <div class="audit-as-of">
        <label for="as-of">{t(bo.asOf)}</label>
        <input
          id="as-of"
          type="datetime-local"
          step="60"
          min={first() ? localOfInstant(first()?.at ?? "") : undefined}
          value={asOf()}
          onInput={(e) => setAsOf(e.currentTarget.value)}
          aria-describedby="as-of-note"
        />
        <button type="button" onClick={() => setAsOf("")}>
          {t(bo.now)}
        </button>
      </div>
      <p id="as-of-note" class="page-note">
        {t(bo.asOfServer)}
      </p>
      <p role="status" class="audit-summary">
        <Show when={replaying() && replayed.latest}>
          {(then) => (
            <>
              {fill(t(bo.asOfNote), {
                at: asOf().replace("T", " "),
                n: then().history.length,
                total: props.view.history.length,
              })}{" "}
              <Show when={then().statusLabel}>
                {(status) => fill(t(bo.statusAsOf), { status: t(status()) })}
              </Show>
              <Show when={then().stepLabel}>
                {(step) => fill(t(bo.stepAsOf), { step: t(step()) })}
              </Show>{" "}
            </>
          )}
        </Show>
        <Show when={last()} fallback={t(bo.nothingYet)}>
          {(entry) => (
            <>
              {t(bo.lastEntry)}：{t(entry().label)}（{entry().actor}，{wallTime(entry().at)}）
            </>
          )}
        </Show>
      </p>
      <ol class="audit-timeline" aria-label={t(bo.replay)}>
        <For each={history()}>
          {(entry) => (
            <li>
              <time datetime={entry.at}>{wallTime(entry.at)}</time>
              <strong>{t(entry.label)}</strong>
              <span>
                {entry.actor}
                <Show when={entry.onBehalfOf}>
                  {(who) => fill(t(bo.onBehalfOf), { who: who() })}
                </Show>
              </span>
              <Show when={entry.opinion}>
                <q>{entry.opinion}</q>
              </Show>
              <Show when={entry.details}>{(details) => <small>{t(details())}</small>}</Show>
            </li>
          )}
        </For>
      </ol>
    </>
  );
};
