import { createPrivateKey, createPublicKey, type KeyObject } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateSigningKeys, keyIdOf } from "@banli/event-store";
import { CliError, type Io } from "../cli/command.js";
import { dataDirOf, userPath } from "./data-dir.js";
import { reasonOf } from "./fs-error.js";

/**
 * Checkpoint signing keys. The server's Ed25519 key pair lives in the data directory, next to
 * the SQLite file it vouches for:
 *   <data dir>/keys/checkpoint-ed25519.pem      private (PKCS#8 PEM, mode 0600, dir 0700)
 *   <data dir>/keys/checkpoint-ed25519.pub.pem  public  (SPKI PEM: what auditors receive)
 * It is generated on first use, so a fresh installation needs no setup; `--key` / `--public-key`
 * choose other files (e.g. a key kept off the machine, or another office's public key).
 */
export const keyPaths = (io: Io) => {
  const dir = join(dataDirOf(io), "keys");
  return {
    dir,
    privateKey: join(dir, "checkpoint-ed25519.pem"),
    publicKey: join(dir, "checkpoint-ed25519.pub.pem"),
  };
};

const readKeyFile = (path: string, what: string): string => {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    throw new CliError(`cannot read the ${what} ${path}: ${reasonOf(error)}`);
  }
};

export interface SigningKey {
  readonly privateKey: KeyObject;
  readonly keyId: string;
  readonly path: string;
  readonly generated: boolean;
}

/** The private key to sign with: `--key <file>`, else the data directory's (made if missing). */
export const loadSigningKey = (io: Io, keyFile: string | undefined): SigningKey => {
  const paths = keyPaths(io);
  const path = keyFile === undefined ? paths.privateKey : userPath(io, keyFile);
  let generated = false;
  if (keyFile === undefined && !existsSync(path)) {
    const pair = generateSigningKeys();
    mkdirSync(paths.dir, { recursive: true, mode: 0o700 });
    // `wx`: never overwrite a key another process just made; signatures by it would be orphaned.
    writeFileSync(path, pair.privateKey.export({ type: "pkcs8", format: "pem" }), {
      mode: 0o600,
      flag: "wx",
    });
    chmodSync(path, 0o600);
    writeFileSync(paths.publicKey, pair.publicKey.export({ type: "spki", format: "pem" }));
    generated = true;
  }
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(readKeyFile(path, "signing key"));
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${path} is not a private key in PEM form`);
  }
  if (privateKey.asymmetricKeyType !== "ed25519") {
    throw new CliError(
      `${path} is a ${privateKey.asymmetricKeyType ?? "non-asymmetric"} key, not Ed25519`,
    );
  }
  return { privateKey, keyId: keyIdOf(createPublicKey(privateKey)), path, generated };
};

/**
 * The public key to verify with: `--public-key <file>` (a public or a private PEM — the public
 * half is derived), else the data directory's. Never generated: a new key verifies nothing.
 */
export const loadPublicKey = (io: Io, keyFile: string | undefined): KeyObject => {
  const path = keyFile === undefined ? keyPaths(io).publicKey : userPath(io, keyFile);
  if (keyFile === undefined && !existsSync(path)) {
    throw new CliError(`no public key at ${path}: pass --public-key <file>`);
  }
  const text = readKeyFile(path, "public key");
  try {
    const key = createPublicKey(text);
    if (key.asymmetricKeyType !== "ed25519") throw new Error("not Ed25519");
    return key;
  } catch {
    throw new CliError(`${path} is not an Ed25519 key in PEM form`);
  }
};
