import { Role, roleLabels } from "@banli/kernel";
import { createResource } from "solid-js";
import { useClient } from "../../api/ApiProvider.jsx";
import { DataTable } from "../../components/charts/DataTable.jsx";
import { useI18n } from "../../i18n/I18nProvider.jsx";
import { bo } from "../../i18n/messages-back-office.js";
import { AdminFrame } from "./AdminPage.jsx";
import { Loaded } from "./Loading.jsx";

/**
 * 角色: the kernel's roles and who holds each (a role is what a step checks, never a person's
 * name). Roles are given to people on the 用户 page.
 */
export const RolesPage = () => (
  <AdminFrame>
    <Roles />
  </AdminFrame>
);

const Roles = () => {
  const { t } = useI18n();
  const client = useClient();
  const [users, { refetch }] = createResource(() => client.admin.users.query());
  return (
    <Loaded resource={users} retry={refetch}>
      {(list) => (
        <DataTable
          caption={t(bo.roles)}
          rows={Role.literals}
          rowKey={(role) => role}
          columns={[
            { header: t(bo.roleName), cell: (role) => t(roleLabels[role]) },
            { header: "", cell: (role) => <code>{role}</code> },
            {
              header: t(bo.usersOfRole),
              cell: (role) =>
                list
                  .filter((u) => u.active && u.roles.includes(role))
                  .map((u) => `${u.name}（${u.userId}）`)
                  .join("、"),
            },
          ]}
        />
      )}
    </Loaded>
  );
};
