import type { FieldPath } from "@banli/client";
import type { Label } from "@banli/kernel";
import { createSignal, createUniqueId } from "solid-js";
import { errorLabel } from "../../api/errors.js";
import { caseWords } from "../../cases/words.js";
import { useI18n } from "../../i18n/I18nProvider.jsx";
import { fill } from "../../i18n/messages.js";
import { useForm } from "./form-context.js";
import type { Uploader } from "./upload-context.js";

/**
 * Uploads a chosen file and fills the attachment's fields with what the server answers (id,
 * size and SHA-256 of the stored bytes), so nobody types a hash. An id already filled in is kept:
 * replacing a file (替换附件) names the attachment it replaces.
 */
export const AttachmentPicker = (props: {
  readonly path: FieldPath;
  readonly uploader: Uploader;
}) => {
  const { t } = useI18n();
  const form = useForm();
  const id = `upload-${createUniqueId()}`;
  const [busy, setBusy] = createSignal(false);
  const [status, setStatus] = createSignal<Label>();
  const at = (key: string) => [...props.path, key];
  const choose = async (file: File | undefined) => {
    if (file === undefined) return;
    setBusy(true);
    setStatus(caseWords.uploading);
    try {
      const chosenMedium = form.value(at("medium"));
      const medium = chosenMedium === "paper" ? "paper" : "electronic";
      const uploaded = await props.uploader.upload(file, medium);
      const currentId = form.value(at("id"));
      if (typeof currentId !== "string" || currentId.trim() === "") form.set(at("id"), uploaded.id);
      form.set(at("name"), uploaded.name);
      form.set(at("mediaType"), uploaded.mediaType);
      form.set(at("size"), String(uploaded.size));
      form.set(at("sha256"), uploaded.sha256);
      form.set(at("medium"), uploaded.medium);
      setStatus({
        zh: fill(caseWords.uploaded.zh, { name: uploaded.name }),
        en: fill(caseWords.uploaded.en, { name: uploaded.name }),
      });
    } catch (error) {
      setStatus(errorLabel(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="field field--wide attachment-picker">
      <label for={id}>{t(caseWords.chooseFile)}</label>
      <input
        id={id}
        type="file"
        disabled={busy()}
        onChange={(event) => void choose(event.currentTarget.files?.[0])}
      />
      <p class="attachment-picker__status" aria-live="polite">
        {status() === undefined ? "" : t(status() as Label)}
      </p>
    </div>
  );
};
