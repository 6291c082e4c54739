import type { Label } from "@banli/kernel";

/** The words of generated forms' pickers and of attachment versions. */
export const formWords = {
  // Unit and person pickers.
  chooseUnit: { zh: "请选择单位", en: "Choose a unit…" },
  choosePerson: { zh: "请选择人员", en: "Choose a person…" },
  loadingDirectory: { zh: "正在加载通讯录…", en: "Loading the directory…" },
  notInDirectory: { zh: "{id}（不在通讯录中）", en: "{id} (not in the directory)" },
  personInUnit: { zh: "{name}（{unit}）", en: "{name} ({unit})" },
  filledByPicker: { zh: "随所选项自动填写", en: "Filled in from the choice above" },

  // Attachment versions.
  actionColumn: { zh: "操作", en: "Action" },
  loadingVersions: { zh: "正在加载各版本…", en: "Loading the versions…" },
  showVersions: { zh: "查看全部 {n} 个版本", en: "All {n} versions" },
  versionsOf: { zh: "{name} 的各版本", en: "Versions of {name}" },
  versionColumn: { zh: "版本", en: "Version" },
  nameColumn: { zh: "文件名", en: "File name" },
  sizeColumn: { zh: "大小", en: "Size" },
  byColumn: { zh: "上传人", en: "By" },
  atColumn: { zh: "时间", en: "When" },
  current: { zh: "（当前）", en: " (current)" },
  unknown: { zh: "不详", en: "Unknown" },
  onBehalfOf: { zh: "{by}（代 {for}）", en: "{by} (for {for})" },
} as const satisfies Record<string, Label>;
