import { createResource, createSignal } from "solid-js";
import { useClient } from "../../api/ApiProvider.jsx";
import { DataTable } from "../../components/charts/DataTable.jsx";
import { useI18n } from "../../i18n/I18nProvider.jsx";
import { bo } from "../../i18n/messages-back-office.js";
import { AdminFrame } from "./AdminPage.jsx";
import { Loaded } from "./Loading.jsx";
import { createSubmit, Field, OutcomeNote } from "./submit.jsx";
import { checkUnit, hasProblems, type Problems } from "./validate.js";

/** 单位: the bureau's units; defining an existing code again renames it (admin.defineUnit). */
export const UnitsPage = () => (
  <AdminFrame>
    <Units />
  </AdminFrame>
);

const Units = () => {
  const { t } = useI18n();
  const client = useClient();
  const [units, { refetch }] = createResource(() => client.admin.units.query());
  const submit = createSubmit();
  const [unitId, setUnitId] = createSignal("");
  const [name, setName] = createSignal("");
  const [problems, setProblems] = createSignal<Problems>({});
  const send = async (event: SubmitEvent) => {
    event.preventDefault();
    const unit = { unitId: unitId().trim(), name: name().trim() };
    const found = checkUnit(unit);
    setProblems(found);
    if (hasProblems(found)) return;
    if (await submit.run(() => client.admin.defineUnit.mutate(unit))) {
      setUnitId("");
      setName("");
      refetch();
    }
  };
  return (
    <>
      <form class="admin-form" onSubmit={send} aria-labelledby="unit-form-title" novalidate>
        <h2 id="unit-form-title">{t(bo.defineUnit)}</h2>
        <Field id="unit-id" label={bo.unitId} problem={problems().unitId}>
          {(attrs) => (
            <input {...attrs} value={unitId()} onInput={(e) => setUnitId(e.currentTarget.value)} />
          )}
        </Field>
        <Field id="unit-name" label={bo.unitName} problem={problems().name}>
          {(attrs) => (
            <input {...attrs} value={name()} onInput={(e) => setName(e.currentTarget.value)} />
          )}
        </Field>
        <div class="admin-actions">
          <button type="submit" disabled={submit.busy()}>
            {t(submit.busy() ? bo.saving : bo.save)}
          </button>
          <OutcomeNote outcome={submit.outcome()} />
        </div>
      </form>
      <Loaded resource={units} retry={refetch}>
        {(list) => (
          <DataTable
            caption={t(bo.units)}
            rows={list}
            rowKey={(u) => u.unitId}
            columns={[
              { header: t(bo.unitId), cell: (u) => u.unitId },
              { header: t(bo.unitName), cell: (u) => u.name },
            ]}
          />
        )}
      </Loaded>
    </>
  );
};
