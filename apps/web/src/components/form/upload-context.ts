import type { GroupField } from "@banli/client";
import { createContext, useContext } from "solid-js";

/** What the server answers for an uploaded file: the fields of the kernel's `AttachmentInput`. */
export interface UploadedFile {
  readonly id: string;
  readonly name: string;
  readonly mediaType: string;
  readonly size: number;
  readonly sha256: string;
  readonly medium: "paper" | "electronic";
}

/** Given by a page that can upload (the case page): attachment groups then offer a file picker. */
export interface Uploader {
  readonly upload: (file: File, medium: "paper" | "electronic") => Promise<UploadedFile>;
}

export const UploadContext = createContext<Uploader>();
export const useUploader = (): Uploader | undefined => useContext(UploadContext);

const attachmentKeys = ["id", "name", "mediaType", "size", "sha256", "medium"];

/** A group with exactly the kernel's `AttachmentInput` fields describes one uploaded file. */
export const isAttachmentGroup = (field: GroupField): boolean =>
  attachmentKeys.every((key) => field.fields.some((inner) => inner.key === key));
