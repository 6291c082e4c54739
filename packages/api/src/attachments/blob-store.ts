import { createHash } from "node:crypto";
import { mkdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";

/**
 * Attachment bytes, content-addressed by SHA-256: the log holds only the metadata and the hash
 * (kernel `Attachment`), so an event never carries a file and the same file is stored once.
 */
export interface BlobStore {
  /** Stores the bytes; resolves with their SHA-256 (lower-case hex). */
  readonly put: (bytes: Uint8Array) => Promise<string>;
  /** The bytes of a hash, checked against it on the way out; `undefined` when absent. */
  readonly get: (sha256: string) => Promise<Uint8Array | undefined>;
}

export const sha256Of = (bytes: Uint8Array): string =>
  createHash("sha256").update(bytes).digest("hex");

const isSha = (text: string) => /^[0-9a-f]{64}$/.test(text);

export const memoryBlobs = (): BlobStore => {
  const blobs = new Map<string, Uint8Array>();
  return {
    put: async (bytes) => {
      const sha = sha256Of(bytes);
      blobs.set(sha, Uint8Array.from(bytes));
      return sha;
    },
    get: async (sha) => blobs.get(sha),
  };
};

/** Files under `<dir>/<first two hex digits>/<hash>`, written to a temporary name then renamed. */
export const directoryBlobs = (dir: string): BlobStore => ({
  put: async (bytes) => {
    const sha = sha256Of(bytes);
    const folder = join(dir, sha.slice(0, 2));
    const path = join(folder, sha);
    const exists = await stat(path).then(
      () => true,
      () => false,
    );
    if (!exists) {
      await mkdir(folder, { recursive: true });
      const temporary = `${path}.${process.pid}.partial`;
      await writeFile(temporary, bytes);
      await rename(temporary, path);
    }
    return sha;
  },
  get: async (sha) => {
    if (!isSha(sha)) return undefined;
    const bytes = await readFile(join(dir, sha.slice(0, 2), sha)).catch(() => undefined);
    // A file changed on disk is not served as the attachment it claims to be.
    if (bytes === undefined || sha256Of(bytes) !== sha) return undefined;
    return new Uint8Array(bytes);
  },
});
