import { A } from "@solidjs/router";
import { createResource, createSignal, Show } from "solid-js";
import { type Api, useClient } from "../../api/ApiProvider.jsx";
import type { CaseRow } from "../../api/types.js";
import { wallTime } from "../../cases/format.js";
import { DataTable } from "../../components/charts/DataTable.jsx";
import { useI18n } from "../../i18n/I18nProvider.jsx";
import { fill } from "../../i18n/messages.js";
import { bo } from "../../i18n/messages-back-office.js";
import { Loaded } from "../admin/Loading.jsx";
import { RequireRole } from "../admin/RequireRole.jsx";
import "../../components/charts/charts.css";
import "./audit.css";

/**
 * Who may use the audit pages: auditors. The server shows an administrator no case (they run
 * the directory, not the office's work), so the pages would be empty for them.
 */
export const auditRoles = ["auditor"] as const;

const pageSize = 50;

const casesPage = (client: Api, query: { readonly q: string; readonly offset: number }) =>
  query.q === ""
    ? client.cases.list.query({ limit: pageSize, offset: query.offset })
    : client.search.query.query({ q: query.q, limit: pageSize, offset: query.offset });

/**
 * 审计: every case (auditors see them all and may change none — the kernel refuses them every
 * command), found by number or title, each opened read-only with its history as of any moment.
 */
export const AuditPage = () => {
  const { t } = useI18n();
  return (
    <RequireRole roles={auditRoles} title={bo.audit} refusal={bo.auditOnly}>
      <section class="page audit-page" aria-labelledby="audit-title">
        <h1 id="audit-title">{t(bo.audit)}</h1>
        <p class="page-note">{t(bo.auditIntro)}</p>
        <p class="audit-links">
          <A href="/stats">{t(bo.statistics)}</A> · <A href="/print/catalogue">{t(bo.catalogue)}</A>
        </p>
        <AuditCases />
      </section>
    </RequireRole>
  );
};

const AuditCases = () => {
  const { t } = useI18n();
  const client = useClient();
  const [text, setText] = createSignal("");
  const [query, setQuery] = createSignal({ q: "", offset: 0 });
  const [page, { refetch }] = createResource(query, (q) => casesPage(client, q));
  const search = (event: SubmitEvent) => {
    event.preventDefault();
    setQuery({ q: text().trim(), offset: 0 });
  };
  const move = (by: number) => setQuery((q) => ({ ...q, offset: Math.max(0, q.offset + by) }));
  return (
    <>
      <form class="audit-search" onSubmit={search}>
        <label for="audit-q">{t(bo.searchCases)}</label>
        <input
          id="audit-q"
          type="search"
          value={text()}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <button type="submit">{t(bo.search)}</button>
      </form>
      <Loaded resource={page} retry={refetch}>
        {(p) => (
          <>
            <DataTable
              caption={fill(t(bo.results), { n: p.total })}
              rows={p.rows}
              rowKey={(row) => row.caseId}
              columns={[
                {
                  header: t(bo.caseNumber),
                  cell: (row: CaseRow) => (
                    <A href={`/audit/case/${encodeURIComponent(row.caseId)}`}>
                      {row.number ?? t(bo.open)}
                    </A>
                  ),
                },
                { header: t(bo.caseTitle), cell: (row: CaseRow) => row.title ?? "" },
                { header: t(bo.process), cell: (row: CaseRow) => t(row.processLabel) },
                { header: t(bo.currentStatus), cell: (row: CaseRow) => t(row.statusLabel) },
                { header: t(bo.openedAt), cell: (row: CaseRow) => wallTime(row.openedAt) },
              ]}
            />
            <nav class="audit-pager" aria-label={t(bo.results).replace("{n}", "")}>
              <button type="button" disabled={query().offset === 0} onClick={() => move(-pageSize)}>
                {t(bo.previous)}
              </button>
              <Show when={p.total > 0}>
                <span>
                  {fill(t(bo.pageOf), {
                    from: query().offset + 1,
                    to: query().offset + p.rows.length,
                    total: p.total,
                  })}
                </span>
              </Show>
              <button
                type="button"
                disabled={query().offset + pageSize >= p.total}
                onClick={() => move(pageSize)}
              >
                {t(bo.next)}
              </button>
            </nav>
          </>
        )}
      </Loaded>
    </>
  );
};
