import { For } from "solid-js";
import { useI18n } from "../i18n/I18nProvider.jsx";
import { processes } from "../processes/registry.js";
import { FormPlayground } from "./gallery/FormPlayground.jsx";
import { ProcessCard } from "./gallery/ProcessCard.jsx";

const title = { zh: "流程一览", en: "Process gallery" };
const intro = {
  zh: "各流程的流程图和办理表单均直接由内核的流程定义和命令结构生成。选择步骤可查看高亮效果；表单可试填、校验，不会提交到服务器。",
  en: "Every chart and form here is generated from the kernel's process definitions and command schemas. Pick a step to see it highlighted; forms can be filled and checked, nothing is sent.",
};

/** A living reference of the processes as the kernel defines them (also a visual test page). */
export const GalleryPage = () => {
  const { t } = useI18n();
  return (
    <section class="page gallery">
      <h1>{t(title)}</h1>
      <p class="page-note">{t(intro)}</p>
      <div class="gallery__grid">
        <For each={processes}>{(entry) => <ProcessCard entry={entry} />}</For>
      </div>
      <FormPlayground />
    </section>
  );
};
