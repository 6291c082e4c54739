import { createMemo, createResource, createSignal, For, Show } from "solid-js";
import { useClient } from "../../api/ApiProvider.jsx";
import { RequireLogin } from "../../auth/RequireLogin.jsx";
import { useI18n } from "../../i18n/I18nProvider.jsx";
import { fill } from "../../i18n/messages.js";
import { bo } from "../../i18n/messages-back-office.js";
import { Loaded } from "../admin/Loading.jsx";
import { type CatalogueEntry, loadCatalogue } from "./catalogue.js";
import "./print.css";

/** 归档文件目录: filed items by year and 档号, for printing and binding with the files. */
export const PrintCataloguePage = () => (
  <RequireLogin>
    <Catalogue />
  </RequireLogin>
);

const Catalogue = () => {
  const { t } = useI18n();
  const client = useClient();
  const [year, setYear] = createSignal("");
  const [filedOnly, setFiledOnly] = createSignal(true);
  // The source is an object: a bare `false` would tell the resource not to load at all.
  const [entries, { refetch }] = createResource(
    () => ({ filed: filedOnly() }),
    (source) => loadCatalogue(client, source.filed),
  );
  const years = createMemo(() =>
    [...new Set((entries.state === "ready" ? entries() : []).map((e) => e.year))]
      .filter((y): y is number => y !== undefined)
      .sort(),
  );
  const shown = (all: ReadonlyArray<CatalogueEntry>) =>
    all.filter((e) => year() === "" || String(e.year) === year());
  return (
    <>
      <div class="print-toolbar">
        <label>
          {t(bo.year)}{" "}
          <select value={year()} onChange={(event) => setYear(event.currentTarget.value)}>
            <option value="">{t(bo.allYears)}</option>
            <For each={years()}>{(y) => <option value={String(y)}>{y}</option>}</For>
          </select>
        </label>
        <label>
          <input
            type="checkbox"
            checked={filedOnly()}
            onChange={(event) => setFiledOnly(event.currentTarget.checked)}
          />{" "}
          {t(bo.filedOnly)}
        </label>
        <button type="button" onClick={() => window.print()}>
          {t(bo.printThis)}
        </button>
      </div>
      <article class="print-sheet print-catalogue" aria-labelledby="catalogue-title">
        <h1 id="catalogue-title">{t(bo.catalogue)}</h1>
        <p class="print-toolbar print-intro">{t(bo.catalogueIntro)}</p>
        <Loaded resource={entries} retry={refetch}>
          {(all) => (
            <>
              <table>
                <caption class="visually-hidden">{t(bo.catalogue)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t(bo.serial)}</th>
                    <th scope="col">{t(bo.archivalCode)}</th>
                    <th scope="col">{t(bo.documentNumber)}</th>
                    <th scope="col">{t(bo.responsible)}</th>
                    <th scope="col">{t(bo.itemTitle)}</th>
                    <th scope="col">{t(bo.year)}</th>
                    <th scope="col">{t(bo.pages)}</th>
                    <th scope="col">{t(bo.retention)}</th>
                    <th scope="col">{t(bo.remarks)}</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={shown(all)}>
                    {(entry, index) => (
                      <tr data-case={entry.caseId}>
                        <td class="is-numeric">{index() + 1}</td>
                        <td>{entry.archivalCode ?? ""}</td>
                        <td>{entry.documentNumber}</td>
                        <td>{entry.responsible}</td>
                        <th scope="row">{entry.title}</th>
                        <td>{entry.year ?? ""}</td>
                        <td class="is-numeric">{entry.pages ?? ""}</td>
                        <td>{entry.retention === undefined ? "" : t(entry.retention)}</td>
                        <td>{entry.archivalCode === undefined ? t(entry.status) : ""}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
              <p class="print-foot">{fill(t(bo.itemsFiled), { n: shown(all).length })}</p>
              <Show when={shown(all).length === 0}>
                <p class="page-note">{t(bo.none)}</p>
              </Show>
            </>
          )}
        </Loaded>
      </article>
    </>
  );
};
