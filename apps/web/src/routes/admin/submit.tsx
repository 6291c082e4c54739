import type { Label } from "@banli/kernel";
import { createSignal, type JSX, Show } from "solid-js";
import { errorLabel } from "../../api/errors.js";
import { useSession } from "../../auth/SessionProvider.jsx";
import { useI18n } from "../../i18n/I18nProvider.jsx";
import { bo } from "../../i18n/messages-back-office.js";

type Outcome = { readonly ok: true } | { readonly ok: false; readonly error: Label };

/**
 * One form's sending: busy while the server answers (the button says so and cannot be pressed
 * twice), then "saved" or the server's refusal in words. A lapsed session goes to login.
 */
export const createSubmit = () => {
  const session = useSession();
  const [busy, setBusy] = createSignal(false);
  const [outcome, setOutcome] = createSignal<Outcome>();
  const run = async (action: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    setOutcome(undefined);
    try {
      await action();
      setOutcome({ ok: true });
      return true;
    } catch (error) {
      if (!session.noticeError(error)) setOutcome({ ok: false, error: errorLabel(error) });
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, outcome, run, reset: () => setOutcome(undefined) };
};

export const OutcomeNote = (props: { readonly outcome: Outcome | undefined }) => {
  const { t } = useI18n();
  const words = (outcome: Outcome) =>
    outcome.ok ? (
      <p class="form-outcome form-outcome--ok" role="status">
        {t(bo.saved)}
      </p>
    ) : (
      <p class="form-outcome form-outcome--refused" role="alert">
        {t(bo.refused)}
        {t(outcome.error)}
      </p>
    );
  return <Show when={props.outcome}>{(outcome) => words(outcome())}</Show>;
};

/** A labelled control with its problem, if any, tied to it for screen readers. */
export const Field = (props: {
  readonly id: string;
  readonly label: Label;
  readonly problem: Label | undefined;
  readonly children: (attrs: {
    readonly id: string;
    readonly "aria-invalid": boolean;
    readonly "aria-describedby": string | undefined;
  }) => JSX.Element;
}) => {
  const { t } = useI18n();
  return (
    <div class="admin-field">
      <label for={props.id}>{t(props.label)}</label>
      {props.children({
        id: props.id,
        "aria-invalid": props.problem !== undefined,
        "aria-describedby": props.problem === undefined ? undefined : `${props.id}-problem`,
      })}
      <Show when={props.problem}>
        {(problem) => (
          <span class="admin-field__problem" id={`${props.id}-problem`}>
            {t(problem())}
          </span>
        )}
      </Show>
    </div>
  );
};
