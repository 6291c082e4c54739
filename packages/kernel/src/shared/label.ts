/** A text in both languages of the console: zh-CN (the default) and English. */
export interface Label {
  readonly zh: string;
  readonly en: string;
}
