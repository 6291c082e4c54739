import { createHash, hash as oneShotHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { canonicalJson } from "../canonical.js";
import {
  type PublicKeyInput,
  type SignedCheckpoint,
  verifyCheckpointSignature,
} from "../checkpoint.js";
import { GENESIS_HASH, type StoredEvent } from "../envelope.js";
import { chainHash } from "../hash-chain.js";

export type TamperKind =
  | "malformed"
  | "changed"
  | "removed"
  | "reordered"
  | "duplicated"
  | "inserted"
  | "truncated"
  | "bad-checkpoint";

export type VerifyReport =
  | {
      readonly ok: true;
      readonly scope: string;
      readonly events: number;
      readonly position: number;
      readonly hash: string;
    }
  | {
      readonly ok: false;
      readonly kind: TamperKind;
      /** 1-based line of the first problem (the line after the last one for a missing tail). */
      readonly line: number;
      /** The position the problem is about, when one is known. */
      readonly position?: number;
      readonly message: string;
    };

type Problem = Extract<VerifyReport, { ok: false }>;

const problem = (kind: TamperKind, line: number, message: string, position?: number): Problem => ({
  ok: false,
  kind,
  line,
  message,
  ...(position === undefined ? {} : { position }),
});

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Where the `"hash"` member starts in `text`, if `text` can be the canonical line of `event`;
 * otherwise -1. The line without that member is what was hashed. Rather than re-serialising the envelope (too slow for 100,000 events/s), it cuts
 * the `"hash"` member out of the line and lets the hash judge the rest: any other byte that
 * differs from what the store hashed fails the SHA-256 check. What the hash cannot see is where
 * the member itself sits, so it must sit where canonical order puts it — right after `eventId`,
 * right before `onBehalfOf` or `position` — and that is at the top level, because `event.hash`
 * (a top-level key) is what was searched for.
 */
const hashMemberAt = (event: StoredEvent, text: string): number => {
  // A hash that is not 64 hex digits can never equal a computed one; checking the length keeps
  // the member's length fixed (MEMBER_LENGTH). A second copy of the member would stay in the hashed bytes,
  // which can never contain their own hash, so the first occurrence is the one to cut.
  if (typeof event.hash !== "string" || event.hash.length !== 64) return -1;
  if (typeof event.prevHash !== "string" || typeof event.eventId !== "string") return -1;
  const member = `,"hash":"${event.hash}"`;
  const at = text.indexOf(member);
  if (at === -1) return -1;
  const after = at + member.length;
  const placed =
    text.endsWith(`,"eventId":${JSON.stringify(event.eventId)}`, at) &&
    (text.startsWith(',"position":', after) || text.startsWith(',"onBehalfOf":', after));
  return placed ? at : -1;
};

/** The member's length: `,"hash":"` + 64 characters + `"`. */
const MEMBER_LENGTH = 74;

/**
 * What `chainHash(prevHash, line without its hash member)` computes, taken from the line's
 * raw bytes instead of its text: the bytes around the `"hash"` member are hashed as they are,
 * which skips cutting, joining and UTF-8 encoding the text again for every event. The member is
 * ASCII, and in UTF-8 no byte of a multi-byte character is ASCII, so its first occurrence in the
 * bytes is its first occurrence in the text (an invalid byte decodes to U+FFFD, never to ASCII).
 * Only called once `hashMemberAt` found the member in the text, so it is in the bytes too.
 */
const hashOfLineBytes = (
  event: StoredEvent,
  bytes: Buffer,
  start: number,
  end: number,
  scratch: Buffer,
): string | undefined => {
  // A hash with non-ASCII characters would not be found as latin1 bytes, or be found wrongly;
  // either way the computed (lowercase hex) hash cannot equal it, so the event is refused.
  const member = `,"hash":"${event.hash}"`;
  const at = bytes.indexOf(member, start, "latin1");
  if (at === -1 || at >= end) return undefined;
  const prefix = scratch.write(event.prevHash, 0, "utf8");
  const length = prefix + (end - start) - member.length;
  // The scratch buffer grows for a long line; prevHash fitting entirely is checked too.
  if (length > scratch.length || prefix !== Buffer.byteLength(event.prevHash)) {
    return undefined;
  }
  bytes.copy(scratch, prefix, start, at);
  bytes.copy(scratch, prefix + (at - start), at + member.length, end);
  const input = scratch.subarray(0, length);
  return typeof oneShotHash === "function"
    ? oneShotHash("sha256", input, "hex")
    : createHash("sha256").update(input).digest("hex");
};

/** Follows the single global chain: positions 1, 2, 3 … each linked to the one before. */
class ChainTracker {
  first: Problem | undefined;
  private missing: number | undefined;
  private position = 0;
  private hash = GENESIS_HASH;

  push(event: StoredEvent, line: number): void {
    if (this.first !== undefined) {
      // A gap whose event shows up later was a move, not a deletion.
      if (this.missing === event.position && this.first.kind === "removed") {
        this.first = { ...this.first, kind: "reordered" };
        this.missing = undefined;
      }
      return;
    }
    const expected = this.position + 1;
    if (event.position === expected && event.prevHash === this.hash) {
      this.position = event.position;
      this.hash = event.hash;
    } else if (event.position > expected) {
      this.missing = expected;
      this.first = problem("removed", line, `event ${expected} is missing`, expected);
    } else if (event.position === expected) {
      this.first = problem(
        "changed",
        line,
        `event ${expected} does not link to event ${this.position}: one of them was changed or inserted`,
        expected,
      );
    } else if (event.hash === this.hash) {
      this.first = problem(
        "duplicated",
        line,
        `event ${event.position} appears twice`,
        event.position,
      );
    } else {
      this.first = problem(
        "inserted",
        line,
        `a second event claims position ${event.position}`,
        event.position,
      );
    }
  }
}

/** Follows one stream's events: versions 1, 2, 3 … at increasing positions, one stream id. */
class StreamTracker {
  first: Problem | undefined;
  streamId: string | undefined;
  private missing: number | undefined;
  private version = 0;
  private position = 0;
  private hash = "";

  push(event: StoredEvent, line: number): void {
    this.streamId ??= event.streamId;
    if (this.first !== undefined) {
      if (this.missing === event.version && this.first.kind === "removed") {
        this.first = { ...this.first, kind: "reordered" };
        this.missing = undefined;
      }
      return;
    }
    const expected = this.version + 1;
    if (event.streamId !== this.streamId) {
      this.first = problem(
        "inserted",
        line,
        `event of another stream ${event.streamId}`,
        event.position,
      );
    } else if (event.version === expected && event.position > this.position) {
      this.version = event.version;
      this.position = event.position;
      this.hash = event.hash;
    } else if (event.version > expected) {
      this.missing = expected;
      this.first = problem("removed", line, `version ${expected} of ${this.streamId} is missing`);
    } else if (event.version === expected) {
      this.first = problem(
        "reordered",
        line,
        `position ${event.position} out of order`,
        event.position,
      );
    } else if (event.hash === this.hash) {
      this.first = problem(
        "duplicated",
        line,
        `event ${event.position} appears twice`,
        event.position,
      );
    } else {
      this.first = problem("inserted", line, `a second event claims version ${event.version}`);
    }
  }
}

/**
 * The offline verifier: feed it an export's lines, then `finish`. It needs no database, only the
 * public key. Every event line must be the canonical bytes of its envelope and its hash must be
 * `SHA-256(prevHash ‖ canonical)`; the events must form the chain (or, for a one-case export, the
 * stream) without gaps; and the last line must be a checkpoint, signed by the key, of exactly the
 * events seen — which is what catches a cut tail.
 */
export class LogVerifier {
  private line = 0;
  private events = 0;
  private last: StoredEvent | undefined;
  private fault: Problem | undefined;
  private checkpoint: { value: SignedCheckpoint; line: number } | undefined;
  private readonly chain = new ChainTracker();
  private readonly stream = new StreamTracker();
  private readonly digest = createHash("sha256");

  constructor(private readonly publicKey: PublicKeyInput) {}

  push(text: string): void {
    this.check(text);
  }

  /**
   * `push` for the line held in `bytes[start, end)` (without its newline): the same checks, but
   * the hash is computed over the bytes as read, without encoding the text back to UTF-8.
   */
  pushBytes(bytes: Buffer, start: number, end: number): void {
    this.check(bytes.toString("utf8", start, end), bytes, start, end);
  }

  private scratch: Buffer = Buffer.allocUnsafe(1 << 16);

  private check(text: string, bytes?: Buffer, start = 0, end = 0): void {
    this.line++;
    if (this.fault !== undefined) {
      this.trackOnly(text);
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      this.fault = problem("malformed", this.line, "not a JSON line");
      return;
    }
    if (!isRecord(parsed)) {
      this.fault = problem("malformed", this.line, "not a JSON object");
      return;
    }
    if (this.checkpoint !== undefined) {
      this.fault = problem("inserted", this.line, "a line after the final checkpoint");
      return;
    }
    if (parsed.kind === "checkpoint") {
      if (canonicalJson(parsed) !== text) {
        this.fault = problem("changed", this.line, "the checkpoint is not in canonical form");
        return;
      }
      this.checkpoint = { value: parsed as unknown as SignedCheckpoint, line: this.line };
      return;
    }
    const event = parsed as unknown as StoredEvent;
    const at = hashMemberAt(event, text);
    if (at === -1) {
      this.fault = problem("changed", this.line, "the line is not its envelope's canonical form");
      return;
    }
    if (bytes !== undefined && end - start + 64 > this.scratch.length) {
      this.scratch = Buffer.allocUnsafe(2 * (end - start + 64));
    }
    const computed =
      bytes === undefined
        ? chainHash(event.prevHash, text.slice(0, at) + text.slice(at + MEMBER_LENGTH))
        : hashOfLineBytes(event, bytes, start, end, this.scratch);
    if (computed !== event.hash) {
      this.fault = problem(
        "changed",
        this.line,
        `event ${event.position} does not match its hash`,
        event.position,
      );
      return;
    }
    this.accept(event);
  }

  private accept(event: StoredEvent): void {
    this.events++;
    this.last = event;
    this.digest.update(event.hash);
    this.chain.push(event, this.line);
    this.stream.push(event, this.line);
  }

  /** After a fault, keep following positions so a "removed" gap can still turn out a move. */
  private trackOnly(text: string): void {
    try {
      const parsed: unknown = JSON.parse(text);
      if (isRecord(parsed) && typeof parsed.position === "number" && parsed.kind !== "checkpoint") {
        this.chain.push(parsed as unknown as StoredEvent, this.line);
        this.stream.push(parsed as unknown as StoredEvent, this.line);
      }
    } catch {
      // Already reported the first problem; later lines only refine its kind.
    }
  }

  /** `endsWithNewline`: whether the file's last byte was "\n" (a file export always is). */
  finish(endsWithNewline = true): VerifyReport {
    const checkpoint = this.checkpoint;
    const scope =
      checkpoint?.value.scope ??
      (this.chain.first === undefined || this.stream.first !== undefined ? "all" : "stream");
    const tracked = scope === "all" ? this.chain.first : this.stream.first;
    const first = [this.fault, tracked]
      .filter((p): p is Problem => p !== undefined)
      .sort((a, b) => a.line - b.line)[0];
    if (first !== undefined) return first;
    const end = this.line + 1;
    if (checkpoint === undefined) {
      return problem("truncated", end, "the final signed checkpoint is missing");
    }
    if (!endsWithNewline) return problem("truncated", end, "the file does not end with a newline");
    const cp = checkpoint.value;
    if (!verifyCheckpointSignature(cp, this.publicKey)) {
      return problem(
        "bad-checkpoint",
        checkpoint.line,
        "the checkpoint's signature does not verify",
      );
    }
    const position = this.last?.position ?? 0;
    const hash = this.last?.hash ?? GENESIS_HASH;
    const expectedScope = scope === "all" ? "all" : `stream:${this.stream.streamId ?? ""}`;
    if (cp.position > position || cp.count > this.events) {
      return problem(
        "truncated",
        checkpoint.line,
        `events after ${position} were cut`,
        position + 1,
      );
    }
    if (cp.position < position || cp.count < this.events) {
      return problem(
        "inserted",
        checkpoint.line,
        `events after ${cp.position} were added`,
        cp.position + 1,
      );
    }
    const digest = scope === "all" ? hash : this.digest.digest("hex");
    if (
      cp.hash !== hash ||
      cp.digest !== digest ||
      (this.events > 0 && cp.scope !== expectedScope)
    ) {
      return problem(
        "changed",
        checkpoint.line,
        "the checkpoint does not match the events",
        position,
      );
    }
    return { ok: true, scope: cp.scope, events: this.events, position, hash };
  }
}

/** Verifies an export given as lines (without their newlines). */
export const verifyLines = async (
  lines: Iterable<string> | AsyncIterable<string>,
  publicKey: PublicKeyInput,
): Promise<VerifyReport> => {
  const verifier = new LogVerifier(publicKey);
  // A plain loop for arrays: awaiting each of a million lines would halve the speed.
  if (Symbol.iterator in lines) for (const line of lines) verifier.push(line);
  else for await (const line of lines) verifier.push(line);
  return verifier.finish();
};

/** Verifies an export file offline: no server, no database, only the public key. */
export const verifyFile = async (
  path: string,
  publicKey: PublicKeyInput,
): Promise<VerifyReport> => {
  const verifier = new LogVerifier(publicKey);
  // Bytes are cut at the last newline of each chunk; each line is decoded on its own (a newline
  // byte is never part of a multi-byte character) and hashed from its bytes.
  let rest: Buffer = Buffer.alloc(0);
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    const bytes = rest.length === 0 ? (chunk as Buffer) : Buffer.concat([rest, chunk as Buffer]);
    const end = bytes.lastIndexOf(0x0a);
    if (end === -1) {
      rest = bytes;
      continue;
    }
    rest = bytes.subarray(end + 1);
    let start = 0;
    for (let nl = bytes.indexOf(0x0a); nl !== -1 && nl <= end; nl = bytes.indexOf(0x0a, start)) {
      verifier.pushBytes(bytes, start, nl);
      start = nl + 1;
    }
  }
  if (rest.length > 0) verifier.pushBytes(rest, 0, rest.length);
  return verifier.finish(rest.length === 0);
};
