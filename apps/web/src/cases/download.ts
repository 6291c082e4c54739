import type { Api } from "../api/ApiProvider.jsx";

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

/**
 * Downloads one version of a case's file by its hash (any version the case recorded) and
 * saves it under the name that version had.
 */
export const downloadAttachment = async (client: Api, caseId: string, sha256: string) => {
  const file = await client.attachments.download.query({ caseId, sha256 });
  save(file.name, file.mediaType, file.contentBase64);
};

export const sizeText = (bytes: number) =>
  bytes < 1024
    ? `${bytes} B`
    : bytes < 1048576
      ? `${(bytes / 1024).toFixed(0)} KB`
      : `${(bytes / 1048576).toFixed(1)} MB`;
