import { type Label, Petition, petition, Supervision, supervision } from "@banli/kernel";
import { type DemoProcess, makeDemoProcess } from "./demo-process.js";

/** A value that reads the same in both languages (a date, a name, a number). */
const same = (text: string | undefined): Label => ({ zh: text ?? "—", en: text ?? "—" });

/**
 * The processes the kernel's public entry exports today (来信来访, 政务督查). Each shows the
 * fields an office keeps on its 登记簿 (the real console reads them from the server's case view).
 */
export const makeDemoProcesses = (): ReadonlyArray<DemoProcess> => [
  makeDemoProcess(petition, {
    definition: Petition.definition,
    statusLabels: Petition.statusLabels,
    summarize: (state) => ({
      number: state.item?.number ?? "",
      title: state.item?.subject ?? "",
      fields: [
        {
          label: { zh: "信访渠道", en: "Channel" },
          value: state.item ? Petition.channelLabels[state.item.channel] : same(undefined),
        },
        { label: { zh: "收到日期", en: "Received on" }, value: same(state.item?.receivedOn) },
        { label: { zh: "重要程度", en: "Importance" }, value: same(state.importance) },
        {
          label: { zh: "承办单位", en: "Lead unit" },
          value: same(state.handling.lead?.unitName),
        },
      ],
      due: state.dueOn,
    }),
  }),
  makeDemoProcess(supervision, {
    definition: Supervision.definition,
    statusLabels: Supervision.statusLabels,
    summarize: (state) => ({
      number: state.item?.number ?? "",
      title: state.item?.title ?? "",
      fields: [
        { label: { zh: "来件类型", en: "Kind" }, value: same(state.item?.kind) },
        { label: { zh: "督办单位", en: "Source organ" }, value: same(state.item?.sourceOrgan) },
        { label: { zh: "收到日期", en: "Received on" }, value: same(state.item?.receivedOn) },
        {
          label: { zh: "承办单位", en: "Lead unit" },
          value: same(state.handling.lead?.unitName),
        },
      ],
      due: state.timeLimit ?? state.handling.lead?.dueOn,
    }),
  }),
];
