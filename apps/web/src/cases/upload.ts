import type { Api } from "../api/ApiProvider.jsx";
import type { Uploader } from "../components/form/upload-context.js";

/** Reads a browser file as base64 (what the upload procedure takes), in chunks for big files. */
export const base64Of = async (file: Blob): Promise<string> => {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
};

/** Uploads through `attachments.upload`; the answer fills a command's attachment fields. */
export const serverUploader = (client: Api): Uploader => ({
  upload: async (file, medium) =>
    client.attachments.upload.mutate({
      name: file.name,
      mediaType: file.type || "application/octet-stream",
      medium,
      contentBase64: await base64Of(file),
    }),
});
