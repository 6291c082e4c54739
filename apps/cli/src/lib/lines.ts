import { createReadStream, statSync } from "node:fs";
import { CliError } from "../cli/command.js";
import { reasonOf } from "./fs-error.js";

/**
 * Streams a file's lines (without "\n") with the bytes read so far, for progress. Bytes are cut
 * at the last newline of each chunk and decoded in one call, as the event store's verifier does:
 * a newline byte is never part of a multi-byte UTF-8 character.
 */
export async function* fileLines(
  path: string,
  /** Told at the end whether the last byte was "\n": a cut file often ends mid-line. */
  onEnd: (endsWithNewline: boolean) => void = () => undefined,
): AsyncGenerator<{ readonly line: string; readonly bytesRead: number }> {
  let rest: Buffer = Buffer.alloc(0);
  let bytesRead = 0;
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
      const buffer = chunk as Buffer;
      bytesRead += buffer.length;
      const bytes = rest.length === 0 ? buffer : Buffer.concat([rest, buffer]);
      const end = bytes.lastIndexOf(0x0a);
      if (end === -1) {
        rest = bytes;
        continue;
      }
      rest = bytes.subarray(end + 1);
      for (const line of bytes.toString("utf8", 0, end).split("\n")) yield { line, bytesRead };
    }
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${reasonOf(error)}`);
  }
  if (rest.length > 0) yield { line: rest.toString("utf8"), bytesRead };
  onEnd(rest.length === 0);
}

/** Size of a file for progress, or a clear error when it cannot be read. */
export const fileSize = (path: string): number => {
  try {
    return statSync(path).size;
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${reasonOf(error)}`);
  }
};
