import { type Role, roleLabels } from "@banli/kernel";
import { createResource, createSignal, For, onMount, Show } from "solid-js";
import { type Api, useClient } from "../../api/ApiProvider.jsx";
import { DataTable } from "../../components/charts/DataTable.jsx";
import { useI18n } from "../../i18n/I18nProvider.jsx";
import { fill } from "../../i18n/messages.js";
import { bo } from "../../i18n/messages-back-office.js";
import { AdminFrame } from "./AdminPage.jsx";
import { Loaded } from "./Loading.jsx";
import { RoleChoices } from "./RoleChoices.jsx";
import { createSubmit, Field, OutcomeNote } from "./submit.jsx";
import { checkNewUser, checkPassword, hasProblems, type Problems } from "./validate.js";

export type DirectoryUser = Awaited<ReturnType<Api["admin"]["users"]["query"]>>[number];
export type DirectoryUnit = Awaited<ReturnType<Api["admin"]["units"]["query"]>>[number];

const loadDirectory = async (client: Api) => {
  const [users, units] = await Promise.all([
    client.admin.users.query(),
    client.admin.units.query(),
  ]);
  return { users, units };
};

/** 用户: the directory's people, new users, roles, passwords and deactivation. */
export const UsersPage = () => (
  <AdminFrame>
    <Users />
  </AdminFrame>
);

const Users = () => {
  const { t } = useI18n();
  const client = useClient();
  const [directory, { refetch }] = createResource(() => loadDirectory(client));
  const [editing, setEditing] = createSignal<{ kind: "roles" | "password"; user: DirectoryUser }>();
  const deactivate = createSubmit();
  const unitName = (units: ReadonlyArray<DirectoryUnit>, unitId: string) =>
    units.find((u) => u.unitId === unitId)?.name ?? unitId;
  const roleNames = (roles: ReadonlyArray<Role>) => roles.map((r) => t(roleLabels[r])).join("、");
  const askDeactivate = async (user: DirectoryUser) => {
    if (!window.confirm(fill(t(bo.confirmDeactivate), { who: `${user.name}（${user.userId}）` }))) {
      return;
    }
    if (await deactivate.run(() => client.admin.deactivateUser.mutate({ userId: user.userId }))) {
      refetch();
    }
  };
  return (
    <Loaded resource={directory} retry={refetch}>
      {(d) => (
        <>
          <NewUserForm units={d.units} onDone={refetch} />
          <OutcomeNote outcome={deactivate.outcome()} />
          {/* Keyed: choosing another user draws a fresh form with that user's roles. */}
          <Show when={editing()} keyed>
            {(e) => (
              <Show
                when={e.kind === "roles"}
                fallback={<PasswordForm user={e.user} onClose={() => setEditing(undefined)} />}
              >
                <RolesForm
                  user={e.user}
                  onClose={() => setEditing(undefined)}
                  onDone={() => refetch()}
                />
              </Show>
            )}
          </Show>
          <DataTable
            caption={t(bo.users)}
            rows={d.users}
            rowKey={(u) => u.userId}
            columns={[
              { header: t(bo.userId), cell: (u) => u.userId },
              { header: t(bo.name), cell: (u) => u.name },
              { header: t(bo.unit), cell: (u) => unitName(d.units, u.unitId) },
              { header: t(bo.roles), cell: (u) => roleNames(u.roles) },
              {
                header: t(bo.active),
                cell: (u) => (
                  <span classList={{ "is-inactive": !u.active }}>
                    {t(u.active ? bo.isActive : bo.isInactive)}
                  </span>
                ),
              },
              {
                header: "",
                cell: (u) => (
                  <Show when={u.active}>
                    <span class="admin-row-actions">
                      <button
                        type="button"
                        aria-label={`${t(bo.changeRoles)}：${u.name}`}
                        onClick={() => setEditing({ kind: "roles", user: u })}
                      >
                        {t(bo.changeRoles)}
                      </button>
                      <button
                        type="button"
                        aria-label={`${t(bo.setPassword)}：${u.name}`}
                        onClick={() => setEditing({ kind: "password", user: u })}
                      >
                        {t(bo.setPassword)}
                      </button>
                      <button
                        type="button"
                        aria-label={`${t(bo.deactivate)}：${u.name}`}
                        disabled={deactivate.busy()}
                        onClick={() => askDeactivate(u)}
                      >
                        {t(bo.deactivate)}
                      </button>
                    </span>
                  </Show>
                ),
              },
            ]}
          />
        </>
      )}
    </Loaded>
  );
};

const NewUserForm = (props: {
  readonly units: ReadonlyArray<DirectoryUnit>;
  readonly onDone: () => void;
}) => {
  const { t } = useI18n();
  const client = useClient();
  const submit = createSubmit();
  const [userId, setUserId] = createSignal("");
  const [name, setName] = createSignal("");
  const [unitId, setUnitId] = createSignal("");
  const [roles, setRoles] = createSignal<ReadonlyArray<string>>([]);
  const [password, setPassword] = createSignal("");
  const [problems, setProblems] = createSignal<Problems>({});
  const send = async (event: SubmitEvent) => {
    event.preventDefault();
    const user = {
      userId: userId().trim(),
      name: name().trim(),
      unitId: unitId(),
      roles: roles(),
      password: password(),
    };
    const found = checkNewUser(user);
    setProblems(found);
    if (hasProblems(found)) return;
    const ok = await submit.run(() =>
      client.admin.registerUser.mutate({ ...user, roles: user.roles as Array<Role> }),
    );
    if (ok) {
      setUserId("");
      setName("");
      setRoles([]);
      setPassword("");
      props.onDone();
    }
  };
  return (
    <form class="admin-form" onSubmit={send} aria-labelledby="new-user-title" novalidate>
      <h2 id="new-user-title">{t(bo.registerUser)}</h2>
      <Field id="new-user-id" label={bo.userId} problem={problems().userId}>
        {(attrs) => (
          <input
            {...attrs}
            value={userId()}
            autocomplete="off"
            onInput={(e) => setUserId(e.currentTarget.value)}
          />
        )}
      </Field>
      <Field id="new-user-name" label={bo.name} problem={problems().name}>
        {(attrs) => (
          <input {...attrs} value={name()} onInput={(e) => setName(e.currentTarget.value)} />
        )}
      </Field>
      <Field id="new-user-unit" label={bo.unit} problem={problems().unitId}>
        {(attrs) => (
          <select {...attrs} value={unitId()} onChange={(e) => setUnitId(e.currentTarget.value)}>
            <option value="">{t(bo.choose)}</option>
            <For each={props.units}>{(u) => <option value={u.unitId}>{u.name}</option>}</For>
          </select>
        )}
      </Field>
      <Field id="new-user-password" label={bo.password} problem={problems().password}>
        {(attrs) => (
          <input
            {...attrs}
            type="password"
            autocomplete="new-password"
            value={password()}
            onInput={(e) => setPassword(e.currentTarget.value)}
          />
        )}
      </Field>
      <fieldset aria-describedby={problems().roles ? "new-user-roles-problem" : undefined}>
        <legend>{t(bo.roles)}</legend>
        <RoleChoices idPrefix="new-user-role" chosen={roles()} onChange={setRoles} />
        <Show when={problems().roles}>
          {(problem) => (
            <span class="admin-field__problem" id="new-user-roles-problem">
              {t(problem())}
            </span>
          )}
        </Show>
      </fieldset>
      <div class="admin-actions">
        <button type="submit" disabled={submit.busy()}>
          {t(submit.busy() ? bo.saving : bo.registerUser)}
        </button>
        <OutcomeNote outcome={submit.outcome()} />
      </div>
    </form>
  );
};

const RolesForm = (props: {
  readonly user: DirectoryUser;
  readonly onClose: () => void;
  readonly onDone: () => void;
}) => {
  const { t } = useI18n();
  const client = useClient();
  const submit = createSubmit();
  const [roles, setRoles] = createSignal<ReadonlyArray<string>>(props.user.roles);
  const send = async (event: SubmitEvent) => {
    event.preventDefault();
    const ok = await submit.run(() =>
      client.admin.changeRoles.mutate({ userId: props.user.userId, roles: roles() as Array<Role> }),
    );
    if (ok) props.onDone();
  };
  return (
    <form class="admin-form" onSubmit={send} aria-labelledby="roles-title">
      <h2 id="roles-title" tabIndex={-1} ref={(el) => onMount(() => el.focus())}>
        {t(bo.changeRoles)}：{props.user.name}（{props.user.userId}）
      </h2>
      <fieldset>
        <legend>{t(bo.roles)}</legend>
        <RoleChoices idPrefix="edit-role" chosen={roles()} onChange={setRoles} />
      </fieldset>
      <div class="admin-actions">
        <button type="submit" disabled={submit.busy()}>
          {t(submit.busy() ? bo.saving : bo.saveRoles)}
        </button>
        <button type="button" onClick={() => props.onClose()}>
          {t(bo.close)}
        </button>
        <OutcomeNote outcome={submit.outcome()} />
      </div>
    </form>
  );
};

const PasswordForm = (props: { readonly user: DirectoryUser; readonly onClose: () => void }) => {
  const { t } = useI18n();
  const client = useClient();
  const submit = createSubmit();
  const [password, setPassword] = createSignal("");
  const [problems, setProblems] = createSignal<Problems>({});
  const send = async (event: SubmitEvent) => {
    event.preventDefault();
    const found = checkPassword(password());
    setProblems(found);
    if (hasProblems(found)) return;
    const ok = await submit.run(() =>
      client.admin.setPassword.mutate({ userId: props.user.userId, password: password() }),
    );
    if (ok) setPassword("");
  };
  return (
    <form class="admin-form" onSubmit={send} aria-labelledby="password-title" novalidate>
      <h2 id="password-title" tabIndex={-1} ref={(el) => onMount(() => el.focus())}>
        {t(bo.setPassword)}：{props.user.name}（{props.user.userId}）
      </h2>
      <Field id="set-password" label={bo.newPassword} problem={problems().password}>
        {(attrs) => (
          <input
            {...attrs}
            type="password"
            autocomplete="new-password"
            value={password()}
            onInput={(e) => setPassword(e.currentTarget.value)}
          />
        )}
      </Field>
      <div class="admin-actions">
        <button type="submit" disabled={submit.busy()}>
          {t(submit.busy() ? bo.saving : bo.setPassword)}
        </button>
        <button type="button" onClick={() => props.onClose()}>
          {t(bo.close)}
        </button>
        <OutcomeNote outcome={submit.outcome()} />
      </div>
    </form>
  );
};
