import type { Label } from "@banli/kernel";
import { useNavigate } from "@solidjs/router";
import { createResource, type JSX, Show } from "solid-js";
import { type DelegationGrant, useActingFor } from "../../api/ActingFor.jsx";
import { useClient } from "../../api/ApiProvider.jsx";
import { RequireLogin } from "../../auth/RequireLogin.jsx";
import { type Me, useSession } from "../../auth/SessionProvider.jsx";
import { wallTime } from "../../cases/format.js";
import { DataTable } from "../../components/charts/DataTable.jsx";
import { useI18n } from "../../i18n/I18nProvider.jsx";
import { fill } from "../../i18n/messages.js";
import { dw } from "../../i18n/messages-delegation.js";
import { Loaded } from "../admin/Loading.jsx";
import { createSubmit, OutcomeNote } from "../admin/submit.jsx";
import { GrantForm } from "./GrantForm.jsx";
import { grantStatus, grantsBy, statusLabels } from "./grants.js";
import "../admin/admin.css";
import "./delegations.css";

/**
 * 委托: grant one's authority to a deputy until a date, see the grants one gave and holds, revoke
 * one's own; the administrator records grants for anyone (a leader away who cannot sign in) and
 * sees all of them. Auditors change nothing, so they are told so instead of shown a form.
 */
export const DelegationsPage = () => (
  <RequireLogin>
    <Delegations />
  </RequireLogin>
);

const Delegations = () => {
  const { t } = useI18n();
  const session = useSession();
  const onlyAuditor = () => session.me()?.roles.every((role) => role === "auditor") === true;
  return (
    <section class="page delegations-page" aria-labelledby="delegations-title">
      <h1 id="delegations-title">{t(dw.delegations)}</h1>
      <Show
        when={!onlyAuditor()}
        fallback={
          <p class="page-note" role="alert">
            {t(dw.auditorsNone)}
          </p>
        }
      >
        <p class="page-note">{t(dw.intro)}</p>
        <Show when={session.me()}>{(me) => <DelegationsOf me={me()} />}</Show>
      </Show>
    </section>
  );
};

const DelegationsOf = (props: { readonly me: Me }) => {
  const { t } = useI18n();
  const client = useClient();
  const acting = useActingFor();
  const navigate = useNavigate();
  // The form stands outside the grants' resource: re-reading them after a change must not redraw
  // (and so clear) it. Its people come from the console's directory, read once per session.
  const [grants, { refetch }] = createResource(() => client.delegations.list.query());
  const revoke = createSubmit();
  const isAdmin = () => props.me.roles.includes("administrator");
  // The console's act-for choices follow every change made here.
  const changed = () => {
    void refetch();
    acting.refresh();
  };
  const revokeGrant = async (grant: DelegationGrant) => {
    if (await revoke.run(() => client.delegations.revoke.mutate({ grantId: grant.grantId }))) {
      changed();
    }
  };
  const actFor = (grant: DelegationGrant) => {
    acting.choose(grant.principal.userId);
    navigate("/");
  };
  return (
    <>
      <GrantForm me={props.me} admin={isAdmin()} onGranted={changed} />
      <Loaded resource={grants} retry={refetch}>
        {(list) => {
          const split = () => grantsBy(list, props.me.userId);
          return (
            <>
              <Show when={revoke.outcome()?.ok === true}>
                <p class="form-outcome form-outcome--ok" role="status">
                  {t(dw.revokedNote)}
                </p>
              </Show>
              <OutcomeNote
                outcome={revoke.outcome()?.ok === false ? revoke.outcome() : undefined}
              />
              <GrantTable
                id="grants-given"
                title={dw.given}
                grants={split().given}
                show="deputy"
                action={(g) => (
                  <RevokeButton grant={g} busy={revoke.busy()} onRevoke={revokeGrant} />
                )}
              />
              <GrantTable
                id="grants-held"
                title={dw.held}
                grants={split().held}
                show="principal"
                action={(g) => (
                  <Show when={g.active}>
                    <button
                      type="button"
                      class="button-quiet"
                      aria-label={fill(t(dw.actForOf), { name: g.principal.name })}
                      onClick={() => actFor(g)}
                    >
                      {t(dw.actFor)}
                    </button>
                  </Show>
                )}
              />
              <Show when={isAdmin()}>
                <GrantTable
                  id="grants-all"
                  title={dw.all}
                  grants={split().others}
                  show="both"
                  action={(g) => (
                    <RevokeButton grant={g} busy={revoke.busy()} onRevoke={revokeGrant} />
                  )}
                />
              </Show>
            </>
          );
        }}
      </Loaded>
    </>
  );
};

const RevokeButton = (props: {
  readonly grant: DelegationGrant;
  readonly busy: boolean;
  readonly onRevoke: (grant: DelegationGrant) => void;
}) => {
  const { t } = useI18n();
  return (
    // An ended or revoked grant stays in the list (the record), with nothing more to do.
    <Show when={props.grant.active}>
      <button
        type="button"
        disabled={props.busy}
        aria-label={fill(t(dw.revokeOf), { deputy: props.grant.deputy.name })}
        onClick={() => props.onRevoke(props.grant)}
      >
        {t(dw.revoke)}
      </button>
    </Show>
  );
};

/** One list of grants: the other person (or both), until when, since when, status, action. */
const GrantTable = (props: {
  readonly id: string;
  readonly title: Label;
  readonly grants: ReadonlyArray<DelegationGrant>;
  readonly show: "deputy" | "principal" | "both";
  readonly action: (grant: DelegationGrant) => JSX.Element;
}) => {
  const { t } = useI18n();
  const people = () =>
    [
      ...(props.show === "deputy"
        ? []
        : [{ header: t(dw.principal), cell: (g: DelegationGrant) => g.principal.name }]),
      ...(props.show === "principal"
        ? []
        : [{ header: t(dw.deputy), cell: (g: DelegationGrant) => g.deputy.name }]),
    ] as const;
  return (
    <section class="delegations-list" aria-labelledby={`${props.id}-title`} id={props.id}>
      <h2 id={`${props.id}-title`}>{t(props.title)}</h2>
      <Show when={props.grants.length > 0} fallback={<p class="page-note">{t(dw.none)}</p>}>
        <DataTable
          caption={t(props.title)}
          rowKey={(g) => g.grantId}
          rows={props.grants}
          columns={[
            ...people(),
            { header: t(dw.until), cell: (g) => g.until ?? t(dw.openEnded) },
            { header: t(dw.grantedAt), cell: (g) => wallTime(g.grantedAt) },
            {
              header: t(dw.status),
              cell: (g) => (
                <span class="grant-status" data-status={grantStatus(g)}>
                  {t(statusLabels[grantStatus(g)])}
                </span>
              ),
            },
            { header: t(dw.actions), cell: (g) => props.action(g) },
          ]}
        />
      </Show>
    </section>
  );
};
