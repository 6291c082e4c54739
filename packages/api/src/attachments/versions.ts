import type { Attachment } from "@banli/kernel";
import type { CaseCursor } from "@banli/projections";
import { Either } from "effect";
import { fromDomain } from "../errors.js";

/** Who recorded something, as the event envelope keeps it (the acting user, and 代 whom). */
export interface RecordedBy {
  readonly userId: string;
  readonly name: string;
}

/** One version of a case's file: what the kernel recorded, and who recorded it when. */
export interface AttachmentVersion extends Attachment {
  readonly recordedAt: string;
  readonly by?: RecordedBy;
  readonly onBehalfOf?: RecordedBy;
}

const recordedBy = (value: unknown): RecordedBy | undefined => {
  if (typeof value !== "object" || value === null) return undefined;
  const { userId, name } = value as { readonly userId?: unknown; readonly name?: unknown };
  return typeof userId === "string" && typeof name === "string" ? { userId, name } : undefined;
};

/**
 * Every version of every file a case has held, oldest first. The case's state keeps only the
 * current version of each file; the earlier ones are in its events. Rather than read each
 * process's events (registering a case records its files in the process's own event), the
 * case's events are folded again one at a time, and a version seen for the first time is
 * credited to the event that brought it.
 */
export const attachmentVersions = (cursor: CaseCursor): ReadonlyArray<AttachmentVersion> => {
  const replay = cursor.process.newCursor(cursor.caseId);
  const seen = new Set<string>();
  const versions: Array<AttachmentVersion> = [];
  for (const stored of cursor.stored()) {
    const applied = replay.apply(stored);
    if (Either.isLeft(applied)) throw fromDomain(applied.left);
    for (const attachment of replay.handling().attachments) {
      const key = `${attachment.id}\u0000${attachment.version}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const by = recordedBy(stored.actor);
      const onBehalfOf = recordedBy(stored.onBehalfOf);
      versions.push({
        ...attachment,
        recordedAt: stored.recordedAt,
        ...(by === undefined ? {} : { by }),
        ...(onBehalfOf === undefined || onBehalfOf.userId === by?.userId ? {} : { onBehalfOf }),
      });
    }
  }
  return versions;
};
