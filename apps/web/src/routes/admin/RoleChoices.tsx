import { Role, roleLabels } from "@banli/kernel";
import { For } from "solid-js";
import { useI18n } from "../../i18n/I18nProvider.jsx";

/** Every role of the kernel, as checkboxes with their zh/en names. */
export const RoleChoices = (props: {
  readonly idPrefix: string;
  readonly chosen: ReadonlyArray<string>;
  readonly onChange: (roles: ReadonlyArray<string>) => void;
}) => {
  const { t } = useI18n();
  const toggle = (role: string, on: boolean) =>
    props.onChange(
      on
        ? [...props.chosen.filter((r) => r !== role), role]
        : props.chosen.filter((r) => r !== role),
    );
  return (
    <div class="admin-roles">
      <For each={Role.literals}>
        {(role) => (
          <label for={`${props.idPrefix}-${role}`}>
            <input
              id={`${props.idPrefix}-${role}`}
              type="checkbox"
              checked={props.chosen.includes(role)}
              onChange={(event) => toggle(role, event.currentTarget.checked)}
            />{" "}
            {t(roleLabels[role])}
          </label>
        )}
      </For>
    </div>
  );
};
