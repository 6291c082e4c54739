import type { UserId } from "../../shared/ids.js";
import type { Handling } from "../../shared/operations/index.js";

/**
 * 撤回/退回 of a 阅办处理: the readers it sent the document to, who have not read it yet, come off
 * the circulation list — a new dispatch will name its own readers. A reader who has read keeps
 * the receipt: reading happened and stays on the record.
 *
 * SHARED CANDIDATE: belongs beside `applyCirculated` in `shared/operations/circulation.ts`
 * (any process that circulates as part of a hand-off that can be taken back needs it).
 */
export const recallUnread = (handling: Handling, readers: ReadonlyArray<UserId>): Handling => ({
  ...handling,
  circulation: handling.circulation.filter(
    (c) => c.readAt !== undefined || !readers.includes(c.reader.userId),
  ),
});
