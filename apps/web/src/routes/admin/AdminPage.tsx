import { A } from "@solidjs/router";
import { For, type JSX } from "solid-js";
import { useI18n } from "../../i18n/I18nProvider.jsx";
import { bo } from "../../i18n/messages-back-office.js";
import { RequireRole } from "./RequireRole.jsx";
import "./admin.css";
import "../../components/charts/charts.css";

const tabs = [
  { href: "/admin", label: bo.users, end: true },
  { href: "/admin/units", label: bo.units },
  { href: "/admin/roles", label: bo.roles },
  { href: "/admin/registers", label: bo.registers },
] as const;

/** 管理: the frame of every administration page, for administrators only. */
export const AdminFrame = (props: { readonly children: JSX.Element }) => {
  const { t } = useI18n();
  return (
    <RequireRole roles={["administrator"]} title={bo.admin} refusal={bo.adminOnly}>
      <section class="page admin-page" aria-labelledby="admin-title">
        <h1 id="admin-title">{t(bo.admin)}</h1>
        <nav aria-label={t(bo.backOfficeNav)}>
          <ul class="admin-tabs">
            <For each={tabs}>
              {(tab) => (
                <li>
                  <A href={tab.href} end={"end" in tab} activeClass="is-active">
                    {t(tab.label)}
                  </A>
                </li>
              )}
            </For>
          </ul>
        </nav>
        {props.children}
      </section>
    </RequireRole>
  );
};
