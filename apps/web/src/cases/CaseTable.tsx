import type { Label } from "@banli/kernel";
import { A } from "@solidjs/router";
import { For, Index, Show } from "solid-js";
import type { CaseRow } from "../api/types.js";
import { TrafficLight } from "../components/TrafficLight.jsx";
import { useI18n } from "../i18n/I18nProvider.jsx";
import { wallTime } from "./format.js";
import { words } from "./words.js";

export interface CaseTableProps {
  readonly caption: Label;
  /** Undefined while loading: the table keeps `reserve` empty rows, so nothing below moves. */
  readonly rows: ReadonlyArray<CaseRow> | undefined;
  readonly reserve: number;
  readonly captionHidden?: boolean;
}

/** Cases as rows: light, number (the link), title, process, status and step, due date, update. */
export const CaseTable = (props: CaseTableProps) => {
  const { t } = useI18n();
  return (
    <table class="case-table" aria-busy={props.rows === undefined}>
      <caption classList={{ "visually-hidden": props.captionHidden === true }}>
        {t(props.caption)}
      </caption>
      <thead>
        <tr>
          <th scope="col" class="case-table__light">
            <span class="visually-hidden">{t(words.light)}</span>
          </th>
          <th scope="col">{t(words.number)}</th>
          <th scope="col">{t(words.title)}</th>
          <th scope="col">{t(words.process)}</th>
          <th scope="col">{t(words.status)}</th>
          <th scope="col">{t(words.due)}</th>
          <th scope="col">{t(words.updated)}</th>
        </tr>
      </thead>
      <tbody>
        <Show
          when={props.rows}
          fallback={
            <Index each={Array.from({ length: props.reserve })}>
              {() => (
                <tr class="case-table__placeholder">
                  <td colSpan={7}>&nbsp;</td>
                </tr>
              )}
            </Index>
          }
        >
          {(rows) => (
            <>
              <Show when={rows().length === 0}>
                <tr>
                  <td colSpan={7} class="case-table__empty">
                    {t(words.noRows)}
                  </td>
                </tr>
              </Show>
              <For each={rows()}>
                {(row) => (
                  <tr data-case={row.caseId}>
                    <td class="case-table__light">
                      <Show when={row.light}>{(light) => <TrafficLight light={light()} />}</Show>
                    </td>
                    <td>
                      <A href={`/cases/${encodeURIComponent(row.caseId)}`}>
                        {row.number ?? t(words.noNumber)}
                      </A>
                    </td>
                    <td>{row.title ?? t(words.noTitle)}</td>
                    <td>{t(row.processLabel)}</td>
                    <td>
                      {t(row.statusLabel)}
                      <Show when={row.stepLabel && !row.closed}>
                        <span class="case-table__step"> · {t(row.stepLabel as Label)}</span>
                      </Show>
                    </td>
                    <td>{row.dueOn ?? ""}</td>
                    <td>{wallTime(row.updatedAt)}</td>
                  </tr>
                )}
              </For>
            </>
          )}
        </Show>
      </tbody>
    </table>
  );
};
