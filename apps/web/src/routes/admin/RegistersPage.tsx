import {
  ArchiveCategory,
  archiveCategoryLabels,
  type Label,
  RegisterKind,
  RetentionPeriod,
  registerKindLabels,
  retentionPeriodLabels,
  roleLabels,
} from "@banli/kernel";
import { createResource, createSignal, For, Match, Show, Switch } from "solid-js";
import { type Api, useClient } from "../../api/ApiProvider.jsx";
import { DataTable } from "../../components/charts/DataTable.jsx";
import { useI18n } from "../../i18n/I18nProvider.jsx";
import { fill } from "../../i18n/messages.js";
import { bo } from "../../i18n/messages-back-office.js";
import { AdminFrame } from "./AdminPage.jsx";
import { Loaded } from "./Loading.jsx";
import { createSubmit, Field, OutcomeNote } from "./submit.jsx";
import { hasProblems, type Problems } from "./validate.js";

export type Numbering = Awaited<ReturnType<Api["admin"]["registers"]["query"]>>;
type CarryOverInput = Parameters<Api["admin"]["carryOverRegister"]["mutate"]>[0];
type RegisterKey = CarryOverInput["register"];

/** 「武科、武科函」 or 「武科,武科函」 → ["武科", "武科函"]. */
export const splitList = (text: string): ReadonlyArray<string> =>
  text
    .split(/[、,，\s]+/)
    .map((part) => part.trim())
    .filter((part) => part !== "");

/**
 * 登记簿与机关代字: the numbering configuration (机关代字, 全宗号, 机构代码, who may take numbers)
 * and carrying a register over from paper. The server decodes both with the kernel's schemas and
 * answers a refusal in words, shown beside the form.
 */
export const RegistersPage = () => (
  <AdminFrame>
    <Registers />
  </AdminFrame>
);

const Registers = () => {
  const client = useClient();
  const [numbering, { refetch }] = createResource(() => client.admin.registers.query());
  return (
    <Loaded resource={numbering} retry={refetch}>
      {(config) => (
        <>
          <NumberingTable config={config} />
          <NumberingForm config={config} onDone={refetch} />
          <CarryOverForm config={config} />
        </>
      )}
    </Loaded>
  );
};

const NumberingTable = (props: { readonly config: Numbering }) => {
  const { t } = useI18n();
  const allocators = () =>
    Object.entries(props.config.allocators ?? {}) as ReadonlyArray<
      [RegisterKind, ReadonlyArray<keyof typeof roleLabels>]
    >;
  const rows: ReadonlyArray<{ readonly label: Label; readonly value: () => string }> = [
    { label: bo.agencyPrefixes, value: () => props.config.agencyPrefixes.join("、") },
    { label: bo.fonds, value: () => props.config.fonds },
    { label: bo.orgCodes, value: () => props.config.orgCodes.join("、") },
    {
      label: bo.allocators,
      value: () =>
        allocators().length === 0
          ? t(bo.anyAllocator)
          : allocators()
              .map(
                ([kind, roles]) =>
                  `${t(registerKindLabels[kind])}：${roles.map((r) => t(roleLabels[r])).join("、")}`,
              )
              .join("；"),
    },
  ];
  return (
    <DataTable
      caption={t(bo.numbering)}
      rows={rows}
      columns={[
        { header: t(bo.setting), cell: (row) => t(row.label) },
        { header: t(bo.value), cell: (row) => row.value() },
      ]}
    />
  );
};

const NumberingForm = (props: { readonly config: Numbering; readonly onDone: () => void }) => {
  const { t } = useI18n();
  const client = useClient();
  const submit = createSubmit();
  const [prefixes, setPrefixes] = createSignal(props.config.agencyPrefixes.join("、"));
  const [fonds, setFonds] = createSignal(props.config.fonds);
  const [orgCodes, setOrgCodes] = createSignal(props.config.orgCodes.join("、"));
  const [problems, setProblems] = createSignal<Problems>({});
  const send = async (event: SubmitEvent) => {
    event.preventDefault();
    const agencyPrefixes = splitList(prefixes());
    const codes = splitList(orgCodes());
    const found: Record<string, Label> = {};
    const missing = (field: Label) => ({
      zh: bo.fieldMissing.zh.replace("{field}", field.zh),
      en: bo.fieldMissing.en.replace("{field}", field.en),
    });
    if (agencyPrefixes.length === 0) found.prefixes = missing(bo.agencyPrefixes);
    if (fonds().trim() === "") found.fonds = missing(bo.fonds);
    if (codes.length === 0) found.orgCodes = missing(bo.orgCodes);
    setProblems(found);
    if (hasProblems(found)) return;
    const [firstPrefix, ...otherPrefixes] = agencyPrefixes;
    const [firstCode, ...otherCodes] = codes;
    if (firstPrefix === undefined || firstCode === undefined) return;
    const ok = await submit.run(() =>
      client.admin.configureRegisters.mutate({
        agencyPrefixes: [firstPrefix, ...otherPrefixes],
        fonds: fonds().trim(),
        orgCodes: [firstCode, ...otherCodes],
        ...(props.config.allocators === undefined ? {} : { allocators: props.config.allocators }),
      }),
    );
    if (ok) props.onDone();
  };
  return (
    <form class="admin-form" onSubmit={send} aria-labelledby="numbering-form-title" novalidate>
      <h2 id="numbering-form-title">{t(bo.replaceNumbering)}</h2>
      <Field id="numbering-prefixes" label={bo.agencyPrefixes} problem={problems().prefixes}>
        {(attrs) => (
          <input
            {...attrs}
            value={prefixes()}
            title={t(bo.listNote)}
            onInput={(e) => setPrefixes(e.currentTarget.value)}
          />
        )}
      </Field>
      <Field id="numbering-fonds" label={bo.fonds} problem={problems().fonds}>
        {(attrs) => (
          <input {...attrs} value={fonds()} onInput={(e) => setFonds(e.currentTarget.value)} />
        )}
      </Field>
      <Field id="numbering-orgs" label={bo.orgCodes} problem={problems().orgCodes}>
        {(attrs) => (
          <input
            {...attrs}
            value={orgCodes()}
            title={t(bo.listNote)}
            onInput={(e) => setOrgCodes(e.currentTarget.value)}
          />
        )}
      </Field>
      <p class="page-note admin-note">
        {t(bo.listNote)}。{t(bo.allocatorsKept)}
      </p>
      <div class="admin-actions">
        <button type="submit" disabled={submit.busy()}>
          {t(submit.busy() ? bo.saving : bo.save)}
        </button>
        <OutcomeNote outcome={submit.outcome()} />
      </div>
    </form>
  );
};

const thisYear = () => new Date().getFullYear();

/** The register a carry-over names, from the form's choices; the kind decides which apply. */
export const registerKeyOf = (choice: {
  readonly kind: RegisterKind;
  readonly year: number;
  readonly prefix: string;
  readonly fonds: string;
  readonly category: ArchiveCategory;
  readonly retention: RetentionPeriod;
  readonly org: string;
}): RegisterKey => {
  switch (choice.kind) {
    case "发文":
      return { kind: "发文", prefix: choice.prefix, year: choice.year };
    case "督办":
    case "信访":
    case "收文":
      return { kind: choice.kind, year: choice.year };
    case "档号":
      return {
        kind: "档号",
        fonds: choice.fonds,
        category: choice.category,
        year: choice.year,
        retention: choice.retention,
        org: choice.org,
      };
    default: {
      const never: never = choice.kind;
      return never;
    }
  }
};

const CarryOverForm = (props: { readonly config: Numbering }) => {
  const { t } = useI18n();
  const client = useClient();
  const submit = createSubmit();
  const [kind, setKind] = createSignal<RegisterKind>("发文");
  const [year, setYear] = createSignal(String(thisYear()));
  const [prefix, setPrefix] = createSignal(props.config.agencyPrefixes[0]);
  const [category, setCategory] = createSignal<ArchiveCategory>("WS");
  const [retention, setRetention] = createSignal<RetentionPeriod>("Y");
  const [org, setOrg] = createSignal(props.config.orgCodes[0]);
  const [carried, setCarried] = createSignal("");
  const [problems, setProblems] = createSignal<Problems>({});
  const [next, setNext] = createSignal<number>();
  const send = async (event: SubmitEvent) => {
    event.preventDefault();
    const found: Record<string, Label> = {};
    const y = Number(year());
    const n = Number(carried());
    if (!/^\d{4}$/.test(year()) || y < 1000) found.year = bo.badYear;
    if (carried().trim() === "" || !Number.isInteger(n) || n < 0 || n > 99_999) {
      found.carried = bo.badCarriedOver;
    }
    setProblems(found);
    setNext(undefined);
    if (hasProblems(found)) return;
    const register = registerKeyOf({
      kind: kind(),
      year: y,
      prefix: prefix(),
      fonds: props.config.fonds,
      category: category(),
      retention: retention(),
      org: org(),
    });
    await submit.run(async () => {
      const answer = await client.admin.carryOverRegister.mutate({ register, carriedOver: n });
      setNext(answer.nextSequence);
    });
  };
  return (
    <form class="admin-form" onSubmit={send} aria-labelledby="carry-over-title" novalidate>
      <h2 id="carry-over-title">{t(bo.carryOver)}</h2>
      <p class="page-note admin-note">{t(bo.carryOverNote)}</p>
      <Field id="carry-kind" label={bo.registerKind} problem={undefined}>
        {(attrs) => (
          <select
            {...attrs}
            value={kind()}
            onChange={(e) => setKind(e.currentTarget.value as RegisterKind)}
          >
            <For each={RegisterKind.literals}>
              {(k) => <option value={k}>{t(registerKindLabels[k])}</option>}
            </For>
          </select>
        )}
      </Field>
      <Switch>
        <Match when={kind() === "发文"}>
          <Field id="carry-prefix" label={bo.agencyPrefixes} problem={undefined}>
            {(attrs) => (
              <select
                {...attrs}
                value={prefix()}
                onChange={(e) => setPrefix(e.currentTarget.value)}
              >
                <For each={props.config.agencyPrefixes}>
                  {(p) => <option value={p}>{p}</option>}
                </For>
              </select>
            )}
          </Field>
        </Match>
        <Match when={kind() === "档号"}>
          <Field id="carry-category" label={bo.category} problem={undefined}>
            {(attrs) => (
              <select
                {...attrs}
                value={category()}
                onChange={(e) => setCategory(e.currentTarget.value as ArchiveCategory)}
              >
                <For each={ArchiveCategory.literals}>
                  {(c) => <option value={c}>{`${c} ${t(archiveCategoryLabels[c])}`}</option>}
                </For>
              </select>
            )}
          </Field>
          <Field id="carry-retention" label={bo.retention} problem={undefined}>
            {(attrs) => (
              <select
                {...attrs}
                value={retention()}
                onChange={(e) => setRetention(e.currentTarget.value as RetentionPeriod)}
              >
                <For each={RetentionPeriod.literals}>
                  {(r) => <option value={r}>{t(retentionPeriodLabels[r])}</option>}
                </For>
              </select>
            )}
          </Field>
          <Field id="carry-org" label={bo.orgCodes} problem={undefined}>
            {(attrs) => (
              <select {...attrs} value={org()} onChange={(e) => setOrg(e.currentTarget.value)}>
                <For each={props.config.orgCodes}>{(o) => <option value={o}>{o}</option>}</For>
              </select>
            )}
          </Field>
        </Match>
      </Switch>
      <Field id="carry-year" label={bo.year} problem={problems().year}>
        {(attrs) => (
          <input
            {...attrs}
            inputMode="numeric"
            value={year()}
            onInput={(e) => setYear(e.currentTarget.value)}
          />
        )}
      </Field>
      <Field id="carry-count" label={bo.carriedOver} problem={problems().carried}>
        {(attrs) => (
          <input
            {...attrs}
            inputMode="numeric"
            value={carried()}
            onInput={(e) => setCarried(e.currentTarget.value)}
          />
        )}
      </Field>
      <div class="admin-actions">
        <button type="submit" disabled={submit.busy()}>
          {t(submit.busy() ? bo.saving : bo.save)}
        </button>
        <Show when={next()} fallback={<OutcomeNote outcome={submit.outcome()} />}>
          {(n) => (
            <p class="form-outcome form-outcome--ok" role="status">
              {fill(t(bo.nextNumber), { n: n() })}
            </p>
          )}
        </Show>
      </div>
    </form>
  );
};
