import { LogVerifier } from "@banli/event-store";
import { defineCommand } from "../cli/command.js";
import { userPath } from "../lib/data-dir.js";
import { loadPublicKey } from "../lib/keys.js";
import { fileLines, fileSize } from "../lib/lines.js";
import { makeProgress, progressOption } from "../lib/progress.js";

export const auditVerify = defineCommand({
  path: ["audit", "verify"],
  summary: "check an export offline: hash chain, order, and the signed checkpoint",
  description: `Needs no server and no database, only the file and the public key. Prints OK with
the number of events and the head hash, or the first event that was changed, removed,
reordered, duplicated or inserted, or a cut tail — and exits with 1.
Default key: the data directory's keys/checkpoint-ed25519.pub.pem.

Example: banli audit verify log.jsonl --public-key office.pub.pem`,
  positionals: [{ name: "file", help: "an export made by banli export" }],
  options: {
    "public-key": {
      type: "string",
      value: "file",
      help: "Ed25519 public key (PEM) to verify with",
    },
    ...progressOption,
  },
  run: async ({ args, io }) => {
    const [file = ""] = args.positionals;
    const path = userPath(io, file);
    const size = fileSize(path);
    const verifier = new LogVerifier(loadPublicKey(io, args.string("public-key")));
    const progress = makeProgress(io, "verifying", args.flag("progress"));
    let endsWithNewline = true;
    for await (const { line, bytesRead } of fileLines(path, (ends) => {
      endsWithNewline = ends;
    })) {
      verifier.push(line);
      progress.update(bytesRead, size);
    }
    progress.finish();
    const report = verifier.finish(endsWithNewline);
    if (report.ok) {
      await io.stdout(
        `OK ${file}: ${report.events} events (${report.scope}), head position ${report.position}, hash ${report.hash}\n`,
      );
      return 0;
    }
    const where = report.position === undefined ? "" : `, position ${report.position}`;
    io.stderr(
      `banli audit verify: FAILED ${file} line ${report.line} (${report.kind}${where}): ${report.message}\n`,
    );
    return 1;
  },
});
