import { commandSchemasOf, makeFormModel } from "@banli/client";
import type { Label } from "@banli/kernel";
import { createMemo, createSignal, For, Show } from "solid-js";
import { CommandForm } from "../../components/CommandForm.jsx";
import { useI18n } from "../../i18n/I18nProvider.jsx";
import { processes } from "../../processes/registry.js";

const text = {
  heading: { zh: "表单试填", en: "Try a form" },
  process: { zh: "流程", en: "Process" },
  command: { zh: "操作", en: "Action" },
  refuse: { zh: "模拟服务器拒绝", en: "Simulate a refusal by the server" },
  accepted: { zh: "校验通过，将发送：", en: "Checked; this would be sent:" },
  sampleRefusal: {
    zh: "当前状态不能办理此操作（示例）",
    en: "This action is not possible in the case's current state (example)",
  },
} satisfies Record<string, Label>;

/** Pick any command of any process and fill the form generated for it. */
export const FormPlayground = () => {
  const { t } = useI18n();
  const [processName, setProcessName] = createSignal(processes[0]?.name ?? "");
  const entry = () => processes.find((p) => p.name === processName()) ?? processes[0];
  const commands = createMemo(() => {
    const current = entry();
    if (current === undefined) return [];
    return commandSchemasOf(current.commands).map((schema) => ({
      schema,
      model: makeFormModel(schema),
    }));
  });
  const [tag, setTag] = createSignal("");
  const command = () => commands().find((c) => c.model.tag === tag()) ?? commands()[0];
  const [payload, setPayload] = createSignal<unknown>();
  const [refuse, setRefuse] = createSignal(false);
  const [refusal, setRefusal] = createSignal<Label>();

  const choose = (name: string) => {
    setProcessName(name);
    setTag("");
    setPayload(undefined);
    setRefusal(undefined);
  };

  return (
    <section class="form-playground" aria-labelledby="form-playground-title">
      <h2 id="form-playground-title">{t(text.heading)}</h2>
      <div class="form-playground__choosers">
        <label>
          {t(text.process)}
          <select value={processName()} onChange={(e) => choose(e.currentTarget.value)}>
            <For each={processes}>
              {(p) => (
                <option value={p.name} selected={p.name === processName()}>
                  {t(p.definition.title)}
                </option>
              )}
            </For>
          </select>
        </label>
        <label>
          {t(text.command)}
          <select
            value={command()?.model.tag ?? ""}
            onChange={(e) => {
              setTag(e.currentTarget.value);
              setPayload(undefined);
              setRefusal(undefined);
            }}
          >
            <For each={commands()}>
              {(c) => (
                <option value={c.model.tag} selected={c.model.tag === command()?.model.tag}>
                  {t(c.model.label)}
                </option>
              )}
            </For>
          </select>
        </label>
        <label class="form-playground__refuse">
          <input
            type="checkbox"
            checked={refuse()}
            onChange={(e) => setRefuse(e.currentTarget.checked)}
          />
          {t(text.refuse)}
        </label>
      </div>
      <Show when={command()} keyed>
        {(current) => (
          <CommandForm
            schema={current.schema}
            refusal={refusal()}
            onSubmit={(sent) => {
              setPayload(sent);
              setRefusal(refuse() ? text.sampleRefusal : undefined);
            }}
          />
        )}
      </Show>
      <Show when={payload() !== undefined && refusal() === undefined}>
        <p>{t(text.accepted)}</p>
        <pre class="form-playground__payload">{JSON.stringify(payload(), null, 2)}</pre>
      </Show>
    </section>
  );
};
