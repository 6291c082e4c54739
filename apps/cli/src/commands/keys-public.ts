import { createPublicKey } from "node:crypto";
import { keyIdOf } from "@banli/event-store";
import { defineCommand } from "../cli/command.js";
import { loadSigningKey } from "../lib/keys.js";

export const keysPublic = defineCommand({
  path: ["keys", "public"],
  summary: "print the public key auditors verify exports with (makes the key pair if missing)",
  description: `Prints the SPKI PEM of the checkpoint signing key: by default the data directory's
keys/checkpoint-ed25519.pem (generated on first use), or the private key given with --key.
Hand it to auditors for banli audit verify --public-key.

Example: banli keys public > office.pub.pem`,
  positionals: [],
  options: {
    key: { type: "string", value: "file", help: "Ed25519 private key (PEM) to derive it from" },
  },
  run: async ({ args, io }) => {
    const key = loadSigningKey(io, args.string("key"));
    if (key.generated) io.stderr(`banli keys public: generated a new signing key at ${key.path}\n`);
    const publicKey = createPublicKey(key.privateKey);
    io.stderr(`key id ${keyIdOf(publicKey)}\n`);
    await io.stdout(String(publicKey.export({ type: "spki", format: "pem" })));
    return 0;
  },
});
