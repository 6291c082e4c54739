import type { Label } from "@banli/kernel";
import { For } from "solid-js";
import type { Api } from "../api/ApiProvider.jsx";
import { useI18n } from "../i18n/I18nProvider.jsx";
import { fill } from "../i18n/messages.js";
import { formWords } from "../i18n/messages-forms.js";
import { sizeText } from "./download.js";
import { wallTime } from "./format.js";
import { caseWords } from "./words.js";

/** One version of a case's file as `attachments.versions` answers. */
export type AttachmentVersion = Awaited<
  ReturnType<Api["attachments"]["versions"]["query"]>
>[number];

const versionLabel = (n: number): Label => ({
  zh: fill(caseWords.version.zh, { n }),
  en: fill(caseWords.version.en, { n }),
});

/** Who recorded a version, and for whom when acting as a deputy (代理). */
const byLabel = (version: AttachmentVersion): Label => {
  const by = version.by?.name;
  if (by === undefined) return formWords.unknown;
  const onBehalfOf = version.onBehalfOf?.name;
  if (onBehalfOf === undefined) return { zh: by, en: by };
  return {
    zh: fill(formWords.onBehalfOf.zh, { by, for: onBehalfOf }),
    en: fill(formWords.onBehalfOf.en, { by, for: onBehalfOf }),
  };
};

/**
 * Every version of one file, newest first: what was read or signed before a replacement stays
 * visible and downloadable (the kernel keeps each version's hash in the case's events).
 */
export const AttachmentVersions = (props: {
  readonly name: string;
  /** This file's versions, oldest first (as the server lists them). */
  readonly versions: ReadonlyArray<AttachmentVersion>;
  readonly currentVersion: number;
  readonly onDownload: (version: AttachmentVersion) => void;
}) => {
  const { t } = useI18n();
  const newestFirst = () => [...props.versions].reverse();
  return (
    <table class="attachment-versions">
      <caption class="visually-hidden">
        {fill(t(formWords.versionsOf), { name: props.name })}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t(formWords.versionColumn)}</th>
          <th scope="col">{t(formWords.nameColumn)}</th>
          <th scope="col">{t(formWords.sizeColumn)}</th>
          <th scope="col">{t(formWords.byColumn)}</th>
          <th scope="col">{t(formWords.atColumn)}</th>
          <th scope="col">{t(formWords.actionColumn)}</th>
        </tr>
      </thead>
      <tbody>
        <For each={newestFirst()}>
          {(version) => (
            <tr data-version={version.version}>
              <th scope="row">
                {t(versionLabel(version.version))}
                {version.version === props.currentVersion ? t(formWords.current) : ""}
              </th>
              <td>{version.name}</td>
              <td>{sizeText(version.size)}</td>
              <td>{t(byLabel(version))}</td>
              <td>
                <time datetime={version.recordedAt}>{wallTime(version.recordedAt)}</time>
              </td>
              <td>
                <button
                  type="button"
                  class="button-quiet"
                  onClick={() => props.onDownload(version)}
                >
                  {t(caseWords.download)}
                  <span class="visually-hidden">
                    {" "}
                    {version.name} {t(versionLabel(version.version))}
                  </span>
                </button>
              </td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
};
