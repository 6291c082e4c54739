import type { Label } from "@banli/kernel";
import { createEffect, createSignal, For, Show } from "solid-js";
import { useClient } from "../api/ApiProvider.jsx";
import { errorLabel } from "../api/errors.js";
import { useI18n } from "../i18n/I18nProvider.jsx";
import { fill } from "../i18n/messages.js";
import { formWords } from "../i18n/messages-forms.js";
import { type AttachmentVersion, AttachmentVersions } from "./AttachmentVersions.jsx";
import "./attachment-versions.css";
import { downloadAttachment, sizeText } from "./download.js";
import type { ShownAttachment } from "./state-read.js";
import { caseWords } from "./words.js";

const mediumLabels: Record<string, Label> = {
  paper: { zh: "纸质", en: "Paper" },
  electronic: { zh: "电子", en: "Electronic" },
};

/**
 * The case's files, current version of each, downloadable; a replaced file also lists its
 * earlier versions. Adding and replacing are actions of the case.
 */
export const Attachments = (props: {
  readonly caseId: string;
  readonly attachments: ReadonlyArray<ShownAttachment>;
}) => {
  const { t } = useI18n();
  const client = useClient();
  const [failure, setFailure] = createSignal<Label>();
  const download = async (sha256: string) => {
    setFailure(undefined);
    try {
      await downloadAttachment(client, props.caseId, sha256);
    } catch (error) {
      setFailure(errorLabel(error));
    }
  };

  // Earlier versions are read from the server the first time someone opens a version list,
  // and again when the case records a new version while they look, or when they reopen a list
  // after a failed load. Signals rather than a resource: loading must not suspend the page.
  const [opened, setOpened] = createSignal(0);
  const [versions, setVersions] = createSignal<ReadonlyArray<AttachmentVersion>>();
  let loadedFor: string | undefined;
  createEffect(() => {
    if (opened() === 0) return;
    const caseId = props.caseId;
    const key = `${caseId}|${props.attachments.map((a) => `${a.id}:${a.version}`).join(",")}`;
    if (key === loadedFor) return;
    loadedFor = key;
    client.attachments.versions.query({ caseId }).then(
      (list) => {
        if (loadedFor === key) setVersions(list);
      },
      (error: unknown) => {
        if (loadedFor !== key) return;
        loadedFor = undefined;
        setFailure(errorLabel(error));
      },
    );
  });
  const versionsOf = (id: string) => versions()?.filter((version) => version.id === id);

  return (
    <div class="attachments">
      <Show
        when={props.attachments.length > 0}
        fallback={<p class="page-note">{t(caseWords.noAttachments)}</p>}
      >
        <ul class="attachments__list">
          <For each={props.attachments}>
            {(attachment) => (
              <li data-attachment={attachment.id}>
                <span class="attachments__name">{attachment.name}</span>{" "}
                <span class="attachments__meta">
                  {fill(t(caseWords.version), { n: attachment.version })} ·{" "}
                  {t(
                    mediumLabels[attachment.medium] ?? {
                      zh: attachment.medium,
                      en: attachment.medium,
                    },
                  )}{" "}
                  · {sizeText(attachment.size)}
                </span>{" "}
                <button
                  type="button"
                  class="button-quiet"
                  onClick={() => download(attachment.sha256)}
                >
                  {t(caseWords.download)}
                  <span class="visually-hidden"> {attachment.name}</span>
                </button>
                <Show when={attachment.version > 1}>
                  <details
                    class="attachments__versions"
                    onToggle={(event) => {
                      if (event.currentTarget.open) setOpened((n) => n + 1);
                    }}
                  >
                    <summary>
                      {fill(t(formWords.showVersions), { n: attachment.version })}
                      <span class="visually-hidden"> {attachment.name}</span>
                    </summary>
                    <Show
                      when={versionsOf(attachment.id)}
                      fallback={<p class="page-note">{t(formWords.loadingVersions)}</p>}
                    >
                      {(list) => (
                        <AttachmentVersions
                          name={attachment.name}
                          versions={list()}
                          currentVersion={attachment.version}
                          onDownload={(version: AttachmentVersion) => download(version.sha256)}
                        />
                      )}
                    </Show>
                  </details>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={failure()}>
        {(label) => (
          <p role="alert" class="load-error">
            {t(label())}
          </p>
        )}
      </Show>
    </div>
  );
};
