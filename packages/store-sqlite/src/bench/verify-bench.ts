import { hash } from "node:crypto";
import { createReadStream, statSync } from "node:fs";
import { exportToFile, generateSigningKeys, verifyFile } from "@banli/event-store";
import { median, medianOf, round, type Throughput, throughput } from "@banli/event-store/bench";
import { openSqliteEventStore } from "../sqlite-store.js";

export interface VerifyBenchResult {
  readonly events: number;
  readonly exportSeconds: number;
  readonly exportBytes: number;
  readonly exportBytesPerMillionEvents: number;
  /** The raw floor (read, parse, hash each line), median of the rounds. */
  readonly reference: Throughput;
  /** The median of the rounds (wall clock). */
  readonly verify: Throughput;
  /** verify / floor events per second, median of the per-round ratios. */
  readonly ratio: number;
  readonly eventsPerSecond: number;
  /**
   * Events per second of CPU time the process used, median of the rounds: what the verifier
   * does on a core of its own, whatever else shares the machine.
   */
  readonly eventsPerCpuSecond: number;
  readonly target: string;
}

/**
 * The floor of any verifier: read the file, decode and parse each line, SHA-256 its bytes —
 * what `verify` cannot skip — without checking anything. The same line splitting as
 * `verifyFile`.
 */
export const rawVerifyFloor = async (exportFile: string): Promise<number> => {
  let lines = 0;
  let rest: Buffer = Buffer.alloc(0);
  let digest = "";
  for await (const chunk of createReadStream(exportFile, { highWaterMark: 1 << 20 })) {
    const bytes = rest.length === 0 ? (chunk as Buffer) : Buffer.concat([rest, chunk as Buffer]);
    const end = bytes.lastIndexOf(0x0a);
    rest = end === -1 ? bytes : bytes.subarray(end + 1);
    let start = 0;
    for (let nl = bytes.indexOf(0x0a); nl !== -1 && nl <= end; nl = bytes.indexOf(0x0a, start)) {
      JSON.parse(bytes.toString("utf8", start, nl));
      digest = hash("sha256", bytes.subarray(start, nl), "hex");
      lines++;
      start = nl + 1;
    }
  }
  if (digest === "" && lines > 0) throw new Error("no digest");
  return lines;
};

/**
 * `verify` of a whole-log export of `dbFile` (signed with a fresh key): the export is written
 * once, then verified `rounds` times; the median round is kept. Each round must verify.
 */
export const benchVerify = async (
  dbFile: string,
  exportFile: string,
  rounds: number,
  log: (message: string) => void = () => {},
): Promise<VerifyBenchResult> => {
  const keys = generateSigningKeys();
  const source = openSqliteEventStore({ filename: dbFile, walCheckpoint: "off" });
  const exportStarted = performance.now();
  let lines: number;
  try {
    lines = await exportToFile(source, exportFile, {
      privateKey: keys.privateKey,
      pageSize: 10_000,
    });
  } finally {
    await source.close();
  }
  const exportSeconds = round((performance.now() - exportStarted) / 1000, 1);
  const events = lines - 1;
  const exportBytes = statSync(exportFile).size;
  log(`exported ${events} events in ${exportSeconds} s (${exportBytes} bytes)`);
  const runs: Array<Throughput> = [];
  const floors: Array<Throughput> = [];
  const perCpuSecond: Array<number> = [];
  for (let r = 0; r < rounds; r++) {
    const floorStarted = performance.now();
    const floorLines = await rawVerifyFloor(exportFile);
    floors.push(throughput(floorLines, performance.now() - floorStarted));
    const cpu = process.cpuUsage();
    const started = performance.now();
    const report = await verifyFile(exportFile, keys.publicKey);
    const run = throughput(events, performance.now() - started);
    const used = process.cpuUsage(cpu);
    perCpuSecond.push(round((events / (used.user + used.system)) * 1e6, 1));
    if (!report.ok) throw new Error(`the export does not verify: ${report.message}`);
    if (report.events !== events) throw new Error(`verified ${report.events} of ${events} events`);
    log(
      `round ${r + 1}: floor ${floors[r]?.perSecond} lines/s, verify ${run.perSecond} events/s ` +
        `(${perCpuSecond[r]} per CPU second)`,
    );
    runs.push(run);
  }
  const verify = median(runs);
  return {
    events,
    exportSeconds,
    exportBytes,
    exportBytesPerMillionEvents: Math.round((exportBytes / Math.max(1, events)) * 1_000_000),
    reference: median(floors),
    verify,
    ratio: round(medianOf(runs.map((run, i) => run.perSecond / (floors[i]?.perSecond ?? 1)))),
    eventsPerSecond: verify.perSecond,
    eventsPerCpuSecond: medianOf(perCpuSecond),
    target: ">= 100000 events/s",
  };
};
