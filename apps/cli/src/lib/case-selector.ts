import { CliError } from "../cli/command.js";

/**
 * `--case <id|number>` names a case by its stream id (`petition-abc`), its case id (`abc`), or
 * the number the office gave it (信访编号, 督办编号, 收文号, 发文字号, 提案号 …). Numbers sit in
 * events' data; these are the fields that hold the case's own number. Others' numbers
 * (`senderNumber`, `superiorNumber`, `referenceNumber`) are left out on purpose: another office's
 * 文号 can be shared by several of our cases.
 */
const numberFields = ["number", "proposalNumber", "documentNumber", "listNumber"] as const;

export interface CaseRecord {
  readonly streamId: string;
  readonly data: unknown;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Collects the streams a selector could mean; feed it events, then ask `resolve`. */
export class CaseSelector {
  private readonly byId = new Set<string>();
  private readonly byNumber = new Set<string>();

  constructor(readonly selector: string) {}

  push(event: CaseRecord): void {
    const { streamId } = event;
    if (streamId === this.selector || streamId.endsWith(`-${this.selector}`)) {
      // A case id may itself contain "-": only a known prefix shape `<process>-<id>` counts.
      if (
        streamId === this.selector ||
        /^[a-z]+$/.test(streamId.slice(0, -this.selector.length - 1))
      ) {
        this.byId.add(streamId);
      }
    }
    if (!isRecord(event.data)) return;
    for (const field of numberFields) {
      if (event.data[field] === this.selector) this.byNumber.add(streamId);
    }
  }

  /** The one stream meant; an id match wins over a number match. */
  resolve(): string {
    const candidates = this.byId.size > 0 ? this.byId : this.byNumber;
    const [first, ...others] = [...candidates];
    if (first === undefined) throw new CliError(`no case ${this.selector} in the log`);
    if (others.length > 0) {
      throw new CliError(
        `${this.selector} names ${candidates.size} cases (${[first, ...others].join(", ")}): give a stream id`,
      );
    }
    return first;
  }
}
