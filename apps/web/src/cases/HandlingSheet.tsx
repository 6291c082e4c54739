import type { Label } from "@banli/kernel";
import { For, Show } from "solid-js";
import type { HistoryLine } from "../api/types.js";
import { useI18n } from "../i18n/I18nProvider.jsx";
import { fill } from "../i18n/messages.js";
import { wallTime } from "./format.js";
import { caseWords } from "./words.js";

/**
 * The 处理单 (发文稿纸 for outgoing documents): every step as the kernel's history tells it —
 * when, who (and for whom, 委托), what, and the opinion in the signer's own words.
 */
export const HandlingSheet = (props: {
  readonly title: Label;
  readonly history: ReadonlyArray<HistoryLine>;
}) => {
  const { t } = useI18n();
  return (
    <table class="handling-sheet">
      <caption>{t(props.title)}</caption>
      <thead>
        <tr>
          <th scope="col">{t(caseWords.when)}</th>
          <th scope="col">{t(caseWords.who)}</th>
          <th scope="col">{t(caseWords.what)}</th>
          <th scope="col">{t(caseWords.opinion)}</th>
        </tr>
      </thead>
      <tbody>
        <Show when={props.history.length === 0}>
          <tr>
            <td colSpan={4}>{t(caseWords.noHistory)}</td>
          </tr>
        </Show>
        <For each={props.history}>
          {(line) => (
            <tr>
              <td class="handling-sheet__time">
                <time datetime={line.at}>{wallTime(line.at)}</time>
              </td>
              <td>
                {line.actor}
                <Show when={line.onBehalfOf}>
                  {(principal) => (
                    <span class="handling-sheet__deputy">
                      {" "}
                      （{fill(t(caseWords.onBehalfOf), { name: principal() })}）
                    </span>
                  )}
                </Show>
              </td>
              <td>
                {t(line.label)}
                <Show when={line.details}>
                  {(details) => <div class="handling-sheet__details">{t(details())}</div>}
                </Show>
              </td>
              <td class="handling-sheet__opinion">{line.opinion ?? ""}</td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
};
