import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  sign,
  verify,
} from "node:crypto";
import { canonicalJson } from "./canonical.js";

/**
 * A signed statement "the log (or one stream of it) ended at this event". Signing the head of the
 * chain is what makes a cut tail detectable: without it, a shorter log is just as consistent.
 */
export interface CheckpointBody {
  readonly kind: "checkpoint";
  /** `"all"` for the whole log, `"stream:<id>"` for one case. */
  readonly scope: string;
  /** Position and hash of the last event covered (0 and the genesis hash when empty). */
  readonly position: number;
  readonly hash: string;
  /** Number of events covered. */
  readonly count: number;
  /**
   * For `"all"` the chain head already commits to every event, so this equals `hash`; for a
   * stream, whose events are not linked to one another, it is SHA-256 over their hashes in order.
   */
  readonly digest: string;
}

export interface SignedCheckpoint extends CheckpointBody {
  /** First 16 hex digits of SHA-256 of the public key (SPKI DER): which key to check with. */
  readonly keyId: string;
  /** Ed25519 signature of `canonicalJson(body)`, base64. */
  readonly signature: string;
}

export type PrivateKeyInput = KeyObject | string;
export type PublicKeyInput = KeyObject | string;

const privateKeyOf = (key: PrivateKeyInput): KeyObject =>
  typeof key === "string" ? createPrivateKey(key) : key;
const publicKeyOf = (key: PublicKeyInput): KeyObject =>
  typeof key === "string" ? createPublicKey(key) : key;

/** A fresh Ed25519 key pair; a server keeps the private half, auditors get the public PEM. */
export const generateSigningKeys = (): { privateKey: KeyObject; publicKey: KeyObject } =>
  generateKeyPairSync("ed25519");

export const keyIdOf = (publicKey: PublicKeyInput): string =>
  createHash("sha256")
    .update(publicKeyOf(publicKey).export({ type: "spki", format: "der" }))
    .digest("hex")
    .slice(0, 16);

export const signCheckpoint = (
  body: CheckpointBody,
  privateKey: PrivateKeyInput,
): SignedCheckpoint => {
  const key = privateKeyOf(privateKey);
  const signature = sign(null, Buffer.from(canonicalJson(body)), key).toString("base64");
  return { ...body, keyId: keyIdOf(createPublicKey(key)), signature };
};

export const checkpointBody = (checkpoint: SignedCheckpoint): CheckpointBody => ({
  kind: "checkpoint",
  scope: checkpoint.scope,
  position: checkpoint.position,
  hash: checkpoint.hash,
  count: checkpoint.count,
  digest: checkpoint.digest,
});

export const verifyCheckpointSignature = (
  checkpoint: SignedCheckpoint,
  publicKey: PublicKeyInput,
): boolean => {
  try {
    const key = publicKeyOf(publicKey);
    const signature = Buffer.from(checkpoint.signature, "base64");
    // Node's base64 decoder skips characters it does not know: without this, an edited
    // signature text could still decode to the valid bytes.
    if (signature.toString("base64") !== checkpoint.signature) return false;
    // The key id is not signed, so it must at least name the key we check with.
    if (checkpoint.keyId !== keyIdOf(key)) return false;
    return verify(null, Buffer.from(canonicalJson(checkpointBody(checkpoint))), key, signature);
  } catch {
    return false;
  }
};
