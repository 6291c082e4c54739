import { type Algorithm, hash, verify } from "@node-rs/argon2";

/**
 * argon2id with the OWASP Password Storage Cheat Sheet's first configuration: 19 MiB of memory,
 * 2 iterations, 1 lane. @node-rs/argon2 ships prebuilt binaries as npm packages (no GitHub
 * download, no compiler), and password hashing is the one place not to write one's own code.
 */
// `Algorithm` is an ambient const enum, which isolated modules cannot read: 2 is Argon2id.
const argon2id: Algorithm = 2;
const owasp = { algorithm: argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string): Promise<string> => hash(password, owasp);

export const verifyPassword = async (stored: string, password: string): Promise<boolean> => {
  try {
    return await verify(stored, password);
  } catch {
    // A malformed stored hash is a wrong password, never a crash of the login route.
    return false;
  }
};

/**
 * A hash to verify against when the user name is unknown, so a login for a name that does not
 * exist costs the same time as one with a wrong password and reveals nothing.
 */
let decoy: Promise<string> | undefined;
export const decoyHash = (): Promise<string> => {
  decoy ??= hashPassword("decoy-password-never-valid");
  return decoy;
};
