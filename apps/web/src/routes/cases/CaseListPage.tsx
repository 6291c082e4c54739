import type { Label } from "@banli/kernel";
import { useSearchParams } from "@solidjs/router";
import { createResource, For, Show } from "solid-js";
import { useClient } from "../../api/ApiProvider.jsx";
import { errorLabel } from "../../api/errors.js";
import { useLive } from "../../api/LiveProvider.jsx";
import { latestOf } from "../../api/resource.js";
import type { ListInput } from "../../api/types.js";
import { RequireLogin } from "../../auth/RequireLogin.jsx";
import { useSession } from "../../auth/SessionProvider.jsx";
import { CaseTable } from "../../cases/CaseTable.jsx";
import { Pager } from "../../cases/Pager.jsx";
import { words } from "../../cases/words.js";
import { useI18n } from "../../i18n/I18nProvider.jsx";
import { ui } from "../../i18n/messages.js";

const text = {
  search: { zh: "搜索", en: "Search" },
  searchHint: {
    zh: "编号、标题或内容中的文字，多个词用空格分开",
    en: "Words of the number, title or text; separate several by spaces",
  },
  filters: { zh: "筛选", en: "Filters" },
  anyProcess: { zh: "全部流程", en: "All processes" },
  state: { zh: "办理状态", en: "State" },
  anyState: { zh: "全部", en: "All" },
  openOnly: { zh: "在办", en: "Open" },
  closedOnly: { zh: "已办结", en: "Closed" },
  overdue: { zh: "仅看逾期", en: "Overdue only" },
  from: { zh: "发起日期自", en: "Opened from" },
  to: { zh: "至", en: "to" },
  apply: { zh: "查询", en: "Apply" },
  reset: { zh: "清除条件", en: "Clear" },
  sort: { zh: "排序", en: "Order" },
  recent: { zh: "最近办理在前", en: "Latest activity first" },
  dueFirst: { zh: "期限最近在前", en: "Earliest due date first" },
  opened: { zh: "最新发起在前", en: "Newest first" },
} satisfies Record<string, Label>;

const pageSize = 50;

/** The list's state lives in the address, so a filtered page can be bookmarked and gone back to. */
type Params = Partial<
  Record<"q" | "process" | "state" | "overdue" | "from" | "to" | "sort" | "offset", string>
>;

/** The orders `cases.list` offers (the server sorts, so paging stays consistent). */
const sorts = [
  { value: "recent", label: text.recent },
  { value: "due", label: text.dueFirst },
  { value: "opened", label: text.opened },
] as const;
type Sort = (typeof sorts)[number]["value"];
const isSort = (value: unknown): value is Sort => sorts.some((s) => s.value === value);

const offsetOf = (params: Params) => Math.max(0, Number(params.offset ?? 0) || 0);

const toListInput = (params: Params): ListInput => ({
  ...(params.process ? { process: params.process } : {}),
  ...(params.state === "open" ? { open: true } : params.state === "closed" ? { open: false } : {}),
  ...(params.overdue === "1" ? { overdue: true } : {}),
  ...(params.from ? { from: params.from } : {}),
  ...(params.to ? { to: params.to } : {}),
  ...(isSort(params.sort) && params.sort !== "recent" ? { sort: params.sort } : {}),
  offset: offsetOf(params),
  limit: pageSize,
});

/** 案件: all the cases this user may see — search (Chinese substrings), filters, pages. */
const CaseList = () => {
  const { t } = useI18n();
  const client = useClient();
  const session = useSession();
  const live = useLive();
  const [params, setParams] = useSearchParams<Params>();
  const fail = (error: unknown) => {
    session.noticeError(error);
    throw error;
  };
  const [processes] = createResource(() => client.processes.list.query().catch(fail));
  const query = () => (params.q ?? "").trim();
  // Both page on the server by offset: a search through its matches, a list through everything.
  const [found] = createResource(
    () => ({ q: query(), list: toListInput(params), n: live.changes() }),
    (input) =>
      (input.q === ""
        ? client.cases.list.query(input.list)
        : client.search.query.query({
            q: input.q,
            limit: pageSize,
            offset: input.list.offset ?? 0,
          })
      ).catch(fail),
  );

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const value = (name: string) => {
      const v = form.get(name);
      return typeof v === "string" && v.trim() !== "" ? v.trim() : undefined;
    };
    setParams({
      q: value("q"),
      process: value("process"),
      state: value("state"),
      overdue: form.get("overdue") === "1" ? "1" : undefined,
      from: value("from"),
      to: value("to"),
      sort: value("sort"),
      offset: undefined,
    });
  };
  const reset = () =>
    setParams({
      q: undefined,
      process: undefined,
      state: undefined,
      overdue: undefined,
      from: undefined,
      to: undefined,
      sort: undefined,
      offset: undefined,
    });

  return (
    <section class="page case-list-page" aria-labelledby="cases-title">
      <h1 id="cases-title">{t(ui.cases)}</h1>
      <search>
        <form class="case-filters" onSubmit={submit}>
          <div class="field field--wide">
            <label for="case-search">{t(text.search)}</label>
            <input
              id="case-search"
              name="q"
              type="search"
              value={params.q ?? ""}
              aria-describedby="case-search-hint"
            />
            <small id="case-search-hint" class="field-description">
              {t(text.searchHint)}
            </small>
          </div>
          <fieldset class="case-filters__more" disabled={query() !== ""}>
            <legend>{t(text.filters)}</legend>
            <div class="field">
              <label for="case-process">{t(words.process)}</label>
              <select id="case-process" name="process">
                <option value="">{t(text.anyProcess)}</option>
                <For each={latestOf(processes) ?? []}>
                  {(p) => (
                    <option value={p.name} selected={p.name === params.process}>
                      {t(p.title)}
                    </option>
                  )}
                </For>
              </select>
            </div>
            <div class="field">
              <label for="case-state">{t(text.state)}</label>
              <select id="case-state" name="state">
                <option value="">{t(text.anyState)}</option>
                <option value="open" selected={params.state === "open"}>
                  {t(text.openOnly)}
                </option>
                <option value="closed" selected={params.state === "closed"}>
                  {t(text.closedOnly)}
                </option>
              </select>
            </div>
            <div class="field">
              <label for="case-from">{t(text.from)}</label>
              <input id="case-from" name="from" type="date" value={params.from ?? ""} />
            </div>
            <div class="field">
              <label for="case-to">{t(text.to)}</label>
              <input id="case-to" name="to" type="date" value={params.to ?? ""} />
            </div>
            <div class="field">
              <label for="case-sort">{t(text.sort)}</label>
              <select id="case-sort" name="sort">
                <For each={sorts}>
                  {(sort) => (
                    <option value={sort.value} selected={sort.value === (params.sort ?? "recent")}>
                      {t(sort.label)}
                    </option>
                  )}
                </For>
              </select>
            </div>
            <div class="field field--checkbox">
              <input
                id="case-overdue"
                name="overdue"
                type="checkbox"
                value="1"
                checked={params.overdue === "1"}
              />
              <label for="case-overdue">{t(text.overdue)}</label>
            </div>
          </fieldset>
          <div class="case-filters__actions">
            <button type="submit">{t(text.apply)}</button>
            <button type="button" class="button-quiet" onClick={reset}>
              {t(text.reset)}
            </button>
          </div>
        </form>
      </search>
      <Show when={found.error}>
        <p role="alert" class="load-error">
          {t(words.loadFailed)}
          {t(errorLabel(found.error))}
        </p>
      </Show>
      <CaseTable caption={ui.cases} captionHidden rows={latestOf(found)?.rows} reserve={12} />
      <Pager
        offset={offsetOf(params)}
        limit={pageSize}
        total={latestOf(found)?.total}
        onChange={(next) => setParams({ offset: next === 0 ? undefined : String(next) })}
      />
    </section>
  );
};

export const CaseListPage = () => (
  <RequireLogin>
    <CaseList />
  </RequireLogin>
);
