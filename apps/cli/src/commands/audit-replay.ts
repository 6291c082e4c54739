import { LogVerifier, type StoredEvent } from "@banli/event-store";
import type { HistoryEntry, Label } from "@banli/kernel";
import { Either } from "effect";
import { CliError, defineCommand, UsageError } from "../cli/command.js";
import { CaseSelector } from "../lib/case-selector.js";
import { userPath } from "../lib/data-dir.js";
import { parseAt } from "../lib/instant.js";
import { loadPublicKey } from "../lib/keys.js";
import { fileLines, fileSize } from "../lib/lines.js";
import { replayerOfStream, replayers } from "../lib/processes.js";
import { makeProgress, progressOption } from "../lib/progress.js";

const both = (label: Label) => `${label.zh} / ${label.en}`;

/** One bilingual timeline line: when, what, who (for whom), details, opinion. */
export const timelineLine = (entry: HistoryEntry): string => {
  const who =
    entry.onBehalfOf === undefined ? entry.actor : `${entry.actor}（代 ${entry.onBehalfOf}）`;
  const details = entry.details === undefined ? "" : ` — ${both(entry.details)}`;
  const opinion = entry.opinion === undefined ? "" : ` 「${entry.opinion}」`;
  return `${entry.at}  ${both(entry.label)}  ${who}${details}${opinion}`;
};

type Parsed = { readonly kind: "event"; readonly event: StoredEvent } | { readonly kind: "other" };

const parseLine = (line: string, number: number): Parsed => {
  if (line === "") return { kind: "other" };
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new CliError(`line ${number} is not JSON: is this an export file?`);
  }
  const isEvent =
    typeof value === "object" && value !== null && "streamId" in value && "type" in value;
  // Only the routing fields are trusted here; `data` is checked by the kernel's schemas on decode,
  // and `--public-key` checks the whole envelope against the hash chain.
  return isEvent ? { kind: "event", event: value as StoredEvent } : { kind: "other" };
};

export const auditReplay = defineCommand({
  path: ["audit", "replay"],
  summary: "rebuild a case's history and state from an export file alone, as of a time",
  description: `Reads the case's events from the file, decodes them through the kernel's schemas
and folds them with its deciders — no server, no database — then prints the timeline
(bilingual) and where the case stood. --at keeps events recorded up to that time; a bare
date means the end of that day, a time without offset means Beijing time.
With --public-key the file is verified first and refused if it does not verify.

Example: banli audit replay log.jsonl --case 督〔2026〕7号 --at 2026-03-03`,
  positionals: [{ name: "file", help: "an export made by banli export" }],
  options: {
    case: {
      type: "string",
      value: "id|number",
      help: "the case: stream id, case id or number (required)",
    },
    at: { type: "string", value: "time", help: "as of this time (default: the end of the file)" },
    "public-key": { type: "string", value: "file", help: "verify the file with this key first" },
    ...progressOption,
  },
  run: async ({ args, io }) => {
    const [file = ""] = args.positionals;
    const selector = args.string("case");
    if (selector === undefined) throw new UsageError("--case <id|number> is required");
    const at = args.string("at");
    const until = at === undefined ? undefined : parseAt(at);
    const path = userPath(io, file);
    const size = fileSize(path);
    const keyFile = args.string("public-key");
    const verifier =
      keyFile === undefined ? undefined : new LogVerifier(loadPublicKey(io, keyFile));
    const progress = makeProgress(io, "reading", args.flag("progress"));

    // Pass 1: which stream the selector means (and the verification, when asked for).
    const cases = new CaseSelector(selector);
    let number = 0;
    let endsWithNewline = true;
    for await (const { line, bytesRead } of fileLines(path, (ends) => {
      endsWithNewline = ends;
    })) {
      verifier?.push(line);
      const parsed = parseLine(line, ++number);
      if (parsed.kind === "event") cases.push(parsed.event);
      progress.update(bytesRead, size * 2);
    }
    if (verifier !== undefined) {
      const report = verifier.finish(endsWithNewline);
      if (!report.ok) {
        throw new CliError(
          `${file} does not verify: line ${report.line} (${report.kind}): ${report.message}`,
        );
      }
    }
    const streamId = cases.resolve();
    const replayer = replayerOfStream(streamId);
    if (replayer === undefined) {
      const known = replayers.map((r) => r.name).join(", ");
      throw new CliError(`${streamId} is not a case of any process (${known})`);
    }

    // Pass 2: the case's events up to --at, in log order.
    const events: Array<StoredEvent> = [];
    let total = 0;
    number = 0;
    for await (const { line, bytesRead } of fileLines(path)) {
      const parsed = parseLine(line, ++number);
      progress.update(size + bytesRead, size * 2);
      if (parsed.kind !== "event" || parsed.event.streamId !== streamId) continue;
      total++;
      if (until === undefined || Date.parse(parsed.event.recordedAt) <= until.ms) {
        events.push(parsed.event);
      }
    }
    progress.finish();
    if (verifier === undefined) {
      io.stderr(
        `banli audit replay: ${file} was not verified (pass --public-key, or run banli audit verify)\n`,
      );
    }

    const replayed = replayer.replay(events);
    if (Either.isLeft(replayed)) {
      const e = replayed.left;
      throw new CliError(
        `event at position ${e.position} (${e.type} v${e.schemaVersion}) does not decode: ${e.message}`,
      );
    }
    const result = replayed.right;
    const asOf = until === undefined ? "" : ` as of ${until.text}`;
    const out = [
      `${both(result.title)}  ${streamId}${asOf} (${events.length} of ${total} events)`,
      ...result.history.map(timelineLine),
      `状态 / Status: ${result.statusLabel === undefined ? (result.status ?? "—") : `${both(result.statusLabel)} (${result.status})`}`,
      `环节 / Step: ${result.stepLabel === undefined ? "—" : both(result.stepLabel)}`,
    ];
    await io.stdout(`${out.join("\n")}\n`);
    return 0;
  },
});
