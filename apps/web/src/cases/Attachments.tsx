import type { Label } from "@banli/kernel";
import { createSignal, For, Show } from "solid-js";
import { useClient } from "../api/ApiProvider.jsx";
import { errorLabel } from "../api/errors.js";
import { useI18n } from "../i18n/I18nProvider.jsx";
import { fill } from "../i18n/messages.js";
import type { ShownAttachment } from "./state-read.js";
import { caseWords } from "./words.js";

const mediumLabels: Record<string, Label> = {
  paper: { zh: "纸质", en: "Paper" },
  electronic: { zh: "电子", en: "Electronic" },
};

const sizeText = (bytes: number) =>
  bytes < 1024
    ? `${bytes} B`
    : bytes < 1048576
      ? `${(bytes / 1024).toFixed(0)} KB`
      : `${(bytes / 1048576).toFixed(1)} MB`;

/** Base64 to bytes without a library (atob gives a binary string). */
const bytesOf = (base64: string): Uint8Array<ArrayBuffer> =>
  Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));

/** Saves a file through a temporary link (the download procedure answers with its bytes). */
const save = (name: string, mediaType: string, base64: string) => {
  const url = URL.createObjectURL(new Blob([bytesOf(base64)], { type: mediaType }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};

/** The case's files, current version of each, downloadable; adding and replacing are actions. */
export const Attachments = (props: {
  readonly caseId: string;
  readonly attachments: ReadonlyArray<ShownAttachment>;
}) => {
  const { t } = useI18n();
  const client = useClient();
  const [failure, setFailure] = createSignal<Label>();
  const download = async (attachment: ShownAttachment) => {
    setFailure(undefined);
    try {
      const file = await client.attachments.download.query({
        caseId: props.caseId,
        sha256: attachment.sha256,
      });
      save(file.name, file.mediaType, file.contentBase64);
    } catch (error) {
      setFailure(errorLabel(error));
    }
  };
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
                <button type="button" class="button-quiet" onClick={() => download(attachment)}>
                  {t(caseWords.download)}
                  <span class="visually-hidden"> {attachment.name}</span>
                </button>
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
