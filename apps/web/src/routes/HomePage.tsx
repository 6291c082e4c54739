import type { Label } from "@banli/kernel";
import { A, useSearchParams } from "@solidjs/router";
import { createResource, For, Show } from "solid-js";
import { useActingFor } from "../api/ActingFor.jsx";
import { useClient } from "../api/ApiProvider.jsx";
import { errorLabel } from "../api/errors.js";
import { useLive } from "../api/LiveProvider.jsx";
import { latestOf } from "../api/resource.js";
import type { Box } from "../api/types.js";
import { RequireLogin } from "../auth/RequireLogin.jsx";
import { useSession } from "../auth/SessionProvider.jsx";
import { CaseTable } from "../cases/CaseTable.jsx";
import { Pager } from "../cases/Pager.jsx";
import { words } from "../cases/words.js";
import { useI18n } from "../i18n/I18nProvider.jsx";
import { fill, ui } from "../i18n/messages.js";
import { dw } from "../i18n/messages-delegation.js";
import { ActingNote } from "../shell/ActingNote.jsx";

/** The four boxes of the 工作台, in the order the office reads them. */
export const homeBoxes: ReadonlyArray<{ readonly box: Box; readonly label: Label }> = [
  { box: "todo", label: words.todo },
  { box: "done", label: words.done },
  { box: "toRead", label: words.toRead },
  { box: "started", label: words.started },
];

const pageSize = 20;
/** The pressing list on the home page is a glance; the case list has them all. */
const pressingShown = 10;

const isBox = (value: unknown): value is Box => homeBoxes.some((b) => b.box === value);

/** 工作台: counts of the boxes, the chosen box's cases, what is due soon or overdue — live. */
const Home = () => {
  const { t } = useI18n();
  const client = useClient();
  const session = useSession();
  const live = useLive();
  const [params, setParams] = useSearchParams();
  const box = (): Box => (isBox(params.box) ? params.box : "todo");
  const offset = () => Math.max(0, Number(params.offset ?? 0) || 0);
  const acting = useActingFor();
  const fail = (error: unknown) => {
    session.noticeError(error);
    acting.noticeError(error);
    throw error;
  };

  // Each source reads `live.changes()`, so a notice of someone else's action re-reads them; and
  // whom the user acts for (代理), so the boxes and the pressing list are the principal's while
  // they act for them.
  const [counts] = createResource(
    () => {
      const who = acting.onBehalfOf();
      return who && { n: live.changes(), who };
    },
    (input) => client.inbox.counts.query(input.who).catch(fail),
  );
  const [list] = createResource(
    () => {
      const who = acting.onBehalfOf();
      return who && { box: box(), offset: offset(), n: live.changes(), who };
    },
    (input) =>
      client.inbox.list
        .query({ box: input.box, offset: input.offset, limit: pageSize, ...input.who })
        .catch(fail),
  );
  const [pressing] = createResource(
    () => {
      const who = acting.onBehalfOf();
      return who && { n: live.changes(), who };
    },
    (input) => client.calendar.pressing.query(input.who).catch(fail),
  );
  const current = () => homeBoxes.find((b) => b.box === box()) ?? homeBoxes[0];

  return (
    <section class="page home-page" aria-labelledby="home-title">
      <div class="page-head">
        <h1 id="home-title">
          {t(ui.home)}
          <Show when={acting.principal()}>
            {(principal) => (
              <span class="home-page__acting">
                {" · "}
                {fill(t(dw.actingFor), { name: principal().name })}
              </span>
            )}
          </Show>
        </h1>
        <A href="/cases/new" class="button-primary">
          {t(words.startCase)}
        </A>
      </div>
      <ActingNote />
      <ul class="inbox-tiles">
        <For each={homeBoxes}>
          {(entry) => (
            <li class="inbox-tile" classList={{ "is-active": entry.box === box() }}>
              <A
                href={`/?box=${entry.box}`}
                class="inbox-tile__link"
                aria-current={entry.box === box() ? "true" : undefined}
                data-box={entry.box}
              >
                <span class="inbox-tile__label">{t(entry.label)}</span>
                {/* A fixed-size slot: the count fills it without moving the page. */}
                <span class="inbox-tile__count">{latestOf(counts)?.[entry.box] ?? "—"}</span>
              </A>
            </li>
          )}
        </For>
      </ul>
      <div class="home-columns">
        <div class="home-box">
          <Show when={list.error}>
            <p role="alert" class="load-error">
              {t(words.loadFailed)}
              {t(errorLabel(list.error))}
            </p>
          </Show>
          <CaseTable
            caption={current()?.label ?? words.todo}
            rows={latestOf(list)?.rows}
            reserve={Math.min(pageSize, 8)}
          />
          <Pager
            offset={offset()}
            limit={pageSize}
            total={latestOf(list)?.total}
            onChange={(next) => setParams({ offset: next === 0 ? undefined : next })}
          />
        </div>
        <aside class="home-pressing" aria-labelledby="pressing-title">
          <h2 id="pressing-title">{t(words.pressing)}</h2>
          <Show when={latestOf(pressing)} fallback={<div class="reserve-list" aria-busy="true" />}>
            {(rows) => (
              <Show
                when={rows().length > 0}
                fallback={<p class="page-note">{t(words.noPressing)}</p>}
              >
                <CaseTable
                  caption={words.pressing}
                  captionHidden
                  rows={rows().slice(0, pressingShown)}
                  reserve={pressingShown}
                />
              </Show>
            )}
          </Show>
        </aside>
      </div>
    </section>
  );
};

export const HomePage = () => (
  <RequireLogin>
    <Home />
  </RequireLogin>
);
