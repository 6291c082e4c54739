import type { Label } from "@banli/kernel";
import { createSignal, For, Show } from "solid-js";
import { useClient } from "../../api/ApiProvider.jsx";
import type { Me } from "../../auth/SessionProvider.jsx";
import { useI18n } from "../../i18n/I18nProvider.jsx";
import { fill, ui } from "../../i18n/messages.js";
import { dw } from "../../i18n/messages-delegation.js";
import { createSubmit, Field, OutcomeNote } from "../admin/submit.jsx";
import type { Person } from "./grants.js";

/** A person as the pickers show them: name and unit, so two of one name are told apart. */
const personWords = (person: Person) =>
  person.unitName === undefined ? person.name : `${person.name}（${person.unitName}）`;

/**
 * 新增委托: the deputy (picked from the directory's people), the last day (optional: until
 * revoked) and — for the administrator only — whose authority it is. The server checks again
 * (one's own authority only, not to oneself, not ending in the past) and its refusal is shown.
 */
export const GrantForm = (props: {
  readonly me: Me;
  readonly people: ReadonlyArray<Person>;
  readonly admin: boolean;
  readonly onGranted: () => void;
}) => {
  const { t } = useI18n();
  const client = useClient();
  const submit = createSubmit();
  const [principal, setPrincipal] = createSignal("");
  const [deputy, setDeputy] = createSignal("");
  const [until, setUntil] = createSignal("");
  const [problem, setProblem] = createSignal<Label>();
  const [granted, setGranted] = createSignal<string>();
  const principalId = () => principal() || props.me.userId;
  const nameOf = (userId: string) => props.people.find((p) => p.userId === userId)?.name ?? userId;
  // Nobody delegates to the person whose authority it is.
  const deputies = () => props.people.filter((p) => p.userId !== principalId());

  const send = async (event: SubmitEvent) => {
    event.preventDefault();
    setGranted(undefined);
    if (deputy() === "") {
      setProblem(dw.chooseDeputy);
      return;
    }
    setProblem(undefined);
    const input = {
      deputy: deputy(),
      ...(until() === "" ? {} : { until: until() }),
      ...(principal() === "" ? {} : { principal: principal() }),
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
            <select {...attrs} onChange={(e) => setPrincipal(e.currentTarget.value)}>
              <option value="" selected={principal() === ""}>
                {fill(t(dw.principalSelf), { name: props.me.name })}
              </option>
              <For each={props.people.filter((p) => p.userId !== props.me.userId)}>
                {(p) => (
                  <option value={p.userId} selected={principal() === p.userId}>
                    {personWords(p)}
                  </option>
                )}
              </For>
            </select>
          )}
        </Field>
      </Show>
      <Field id="grant-deputy" label={dw.deputy} problem={problem()}>
        {(attrs) => (
          <select {...attrs} onChange={(e) => setDeputy(e.currentTarget.value)}>
            <option value="" selected={deputy() === ""}>
              {t(ui.choose)}
            </option>
            <For each={deputies()}>
              {(p) => (
                <option value={p.userId} selected={deputy() === p.userId}>
                  {personWords(p)}
                </option>
              )}
            </For>
          </select>
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
