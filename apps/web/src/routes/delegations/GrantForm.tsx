import type { Label } from "@banli/kernel";
import { createSignal, Show } from "solid-js";
import { useClient } from "../../api/ApiProvider.jsx";
import type { Me } from "../../auth/SessionProvider.jsx";
import { useDirectory } from "../../components/form/directory-context.jsx";
import { useI18n } from "../../i18n/I18nProvider.jsx";
import { fill } from "../../i18n/messages.js";
import { dw } from "../../i18n/messages-delegation.js";
import { createSubmit, Field, OutcomeNote } from "../admin/submit.jsx";
import { PersonPicker } from "./PersonPicker.jsx";

/**
 * 新增委托: the deputy (picked from the directory's people), the last day (optional: until
 * revoked) and — for the administrator only — whose authority it is. The server checks again
 * (one's own authority only, not to oneself, not ending in the past) and its refusal is shown.
 */
export const GrantForm = (props: {
  readonly me: Me;
  readonly admin: boolean;
  readonly onGranted: () => void;
}) => {
  const { t } = useI18n();
  const client = useClient();
  const directory = useDirectory();
  const submit = createSubmit();
  // The administrator's choice of principal; by default (and for everyone else) oneself.
  const [principal, setPrincipal] = createSignal<string>(props.me.userId);
  const [deputy, setDeputy] = createSignal("");
  const [until, setUntil] = createSignal("");
  const [problem, setProblem] = createSignal<Label>();
  const [granted, setGranted] = createSignal<string>();
  const principalId = () => principal().trim() || props.me.userId;
  const nameOf = (userId: string) =>
    userId === props.me.userId
      ? props.me.name
      : (directory?.directory()?.people.find((p) => p.id === userId)?.name ?? userId);

  const send = async (event: SubmitEvent) => {
    event.preventDefault();
    setGranted(undefined);
    const chosen = deputy().trim();
    if (chosen === "") {
      setProblem(dw.chooseDeputy);
      return;
    }
    setProblem(undefined);
    const input = {
      deputy: chosen,
      ...(until() === "" ? {} : { until: until() }),
      ...(principalId() === props.me.userId ? {} : { principal: principalId() }),
    };
    if (await submit.run(() => client.delegations.grant.mutate(input))) {
      setGranted(
        fill(t(dw.granted), { deputy: nameOf(input.deputy), principal: nameOf(principalId()) }),
      );
      setDeputy("");
      setUntil("");
      props.onGranted();
    }
  };

  return (
    <form class="admin-form grant-form" onSubmit={send} aria-labelledby="grant-title" novalidate>
      <h2 id="grant-title">{t(dw.grantTitle)}</h2>
      <Show when={props.admin}>
        <Field id="grant-principal" label={dw.principal} problem={undefined}>
          {(attrs) => (
            <PersonPicker
              label={dw.principal}
              required
              value={principal()}
              onPick={(userId) => {
                setPrincipal(userId);
                // Nobody delegates to themself: a deputy who became the principal is unpicked.
                if (deputy() === userId) setDeputy("");
              }}
              attributes={attrs}
            />
          )}
        </Field>
      </Show>
      <Field id="grant-deputy" label={dw.deputy} problem={problem()}>
        {(attrs) => (
          <PersonPicker
            label={dw.deputy}
            required
            value={deputy()}
            onPick={setDeputy}
            // Nobody delegates to the person whose authority it is.
            offer={(person) => person.id !== principalId()}
            attributes={attrs}
          />
        )}
      </Field>
      <Field id="grant-until" label={dw.until} problem={undefined}>
        {(attrs) => (
          <input
            {...attrs}
            type="date"
            value={until()}
            aria-describedby="grant-until-hint"
            onInput={(e) => setUntil(e.currentTarget.value)}
          />
        )}
      </Field>
      <p class="admin-note" id="grant-until-hint">
        {t(dw.untilHint)}
      </p>
      <div class="admin-actions">
        <button type="submit" disabled={submit.busy()}>
          {t(submit.busy() ? dw.granting : dw.grant)}
        </button>
        <Show when={granted()}>
          {(words) => (
            <p class="form-outcome form-outcome--ok" role="status">
              {words()}
            </p>
          )}
        </Show>
        <OutcomeNote outcome={submit.outcome()?.ok === false ? submit.outcome() : undefined} />
      </div>
    </form>
  );
};
