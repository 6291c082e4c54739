import { useParams } from "@solidjs/router";
import { createResource, For, Show } from "solid-js";
import { useClient } from "../../api/ApiProvider.jsx";
import { RequireLogin } from "../../auth/RequireLogin.jsx";
import { useI18n } from "../../i18n/I18nProvider.jsx";
import { fill } from "../../i18n/messages.js";
import { bo } from "../../i18n/messages-back-office.js";
import { Loaded } from "../admin/Loading.jsx";
import { draftFields, formLines, formTitle, headingFields } from "./case-form.js";
import "./print.css";

/** The 处理单 / 发文稿纸 of a case, laid out for paper: every step, opinion, signer and time. */
export const PrintCasePage = () => (
  <RequireLogin>
    <PrintCase />
  </RequireLogin>
);

const PrintCase = () => {
  const { t } = useI18n();
  const client = useClient();
  const params = useParams<{ id: string }>();
  const [view, { refetch }] = createResource(
    () => params.id,
    (caseId) => client.cases.get.query({ caseId }),
  );
  return (
    <Loaded resource={view} retry={refetch}>
      {(v) => (
        <>
          <div class="print-toolbar">
            <button type="button" onClick={() => window.print()}>
              {t(bo.printThis)}
            </button>
          </div>
          <article class="print-sheet" aria-labelledby="print-title">
            <h1 id="print-title">{t(formTitle(v))}</h1>
            <table class="print-heading">
              <tbody>
                <For each={[...headingFields(v), ...draftFields(v)]}>
                  {(field) => (
                    <tr>
                      <th scope="row">{t(field.label)}</th>
                      <td>{field.value}</td>
                    </tr>
                  )}
                </For>
                <tr>
                  <th scope="row">{t(bo.currentStatus)}</th>
                  <td>{t(v.statusLabel)}</td>
                </tr>
              </tbody>
            </table>
            <table class="print-lines">
              <thead>
                <tr>
                  <th scope="col">{t(bo.step)}</th>
                  <th scope="col">{t(bo.opinion)}</th>
                  <th scope="col">{t(bo.signer)}</th>
                  <th scope="col">{t(bo.time)}</th>
                </tr>
              </thead>
              <tbody>
                <For each={formLines(v.history)}>
                  {(line) => (
                    <tr>
                      <th scope="row">{t(line.step)}</th>
                      <td>
                        <Show when={line.opinion}>
                          <span class="print-opinion">{line.opinion}</span>
                        </Show>
                        <Show when={line.details}>
                          {(details) => <span class="print-details">{t(details())}</span>}
                        </Show>
                      </td>
                      <td>
                        {line.signer}
                        <Show when={line.onBehalfOf}>
                          {(who) => fill(t(bo.onBehalfOf), { who: who() })}
                        </Show>
                      </td>
                      <td>{line.at}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
            <p class="print-foot">
              {fill(t(bo.printedAt), {
                at: new Date().toLocaleString("zh-CN", {
                  hour12: false,
                  timeZone: "Asia/Shanghai",
                }),
              })}
            </p>
          </article>
        </>
      )}
    </Loaded>
  );
};
