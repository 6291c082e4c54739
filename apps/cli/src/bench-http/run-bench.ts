import { mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { startBanliTarget } from "./banli-target.js";
import { type LoadSettings, type Measurement, runLoad } from "./load.js";
import {
  captureReply,
  startHelloServer,
  startRawAppendServer,
  startReplayServer,
} from "./plain-routes.js";
import {
  commandUser,
  commandWorkload,
  helloWorkload,
  inboxListWorkload,
  probe,
  rawAppendWorkload,
  readerUser,
  sameReplyWorkload,
  trpcHealthWorkload,
  type Workload,
} from "./workloads.js";

export interface BenchSettings extends LoadSettings {
  readonly rounds: number;
  /** Seconds of unmeasured load per workload first, so every route is JIT-compiled. */
  readonly warmup: number;
  readonly adapter: "lean" | "stock";
  /**
   * The lean path's query cache (on as served). The inbox.list load repeats one request while
   * nothing is written, so with the cache on it measures the cache's hit path; off measures a
   * read computed afresh every time (what a reader pays once after each change).
   */
  readonly queryCache: boolean;
}

export interface WorkloadResult {
  readonly describe: string;
  readonly runs: ReadonlyArray<Measurement>;
  /** The run with the median requests/s. */
  readonly median: Measurement;
}

export interface HttpBenchResult {
  readonly benchmark: "http";
  readonly at: string;
  readonly machine: { readonly node: string; readonly cpus: number; readonly platform: string };
  readonly settings: BenchSettings & { readonly tool: string };
  readonly workloads: Readonly<Record<Workload["name"], WorkloadResult>>;
  readonly ratios: {
    /** Full command path ÷ raw append route (target ≥ 1.0). */
    readonly commandVsRawAppend: number;
    /** `inbox.list` ÷ hello route (target ≥ 0.8). */
    readonly inboxListVsHello: number;
    /** A trivial tRPC query ÷ hello: what the tRPC HTTP path itself costs (for reference). */
    readonly trpcHealthVsHello: number;
    /**
     * The inbox.list reply's bytes and headers from a plain route ÷ hello: the most any server
     * sending that reply can reach against hello on this machine (for reference).
     */
    readonly sameReplyVsHello: number;
    /** `inbox.list` ÷ that plain route: what Banli's own work on the read costs (reference). */
    readonly inboxListVsSameReply: number;
  };
  readonly targets: {
    readonly commandVsRawAppend: { readonly goal: 1; readonly met: boolean };
    readonly inboxListVsHello: { readonly goal: 0.8; readonly met: boolean };
  };
}

const medianOf = (runs: ReadonlyArray<Measurement>): Measurement => {
  const sorted = [...runs].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond);
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  if (median === undefined) throw new Error("no runs");
  return median;
};

const ratio = (a: Measurement, b: Measurement) =>
  b.requestsPerSecond === 0
    ? 0
    : Math.round((a.requestsPerSecond / b.requestsPerSecond) * 100) / 100;

/**
 * Runs workloads in alternating rounds (A B A B …) so drift of the machine — the disk's fsync
 * time, other load — falls on all sides alike; the median run of each is kept.
 */
const alternate = async (
  workloads: ReadonlyArray<Workload>,
  settings: BenchSettings,
  log: (line: string) => void,
): Promise<Array<Array<Measurement>>> => {
  const runs = workloads.map((): Array<Measurement> => []);
  if (settings.warmup > 0) {
    for (const w of workloads) await runLoad(w, { ...settings, duration: settings.warmup });
  }
  for (let r = 0; r < settings.rounds; r++) {
    for (const [i, w] of workloads.entries()) {
      const m = await runLoad(w, settings);
      if (m.non2xx > 0 || m.errors > 0) {
        throw new Error(`${w.name}: ${m.non2xx} non-2xx replies and ${m.errors} errors under load`);
      }
      runs[i]?.push(m);
      log(
        `round ${r + 1}/${settings.rounds} ${w.name.padEnd(10)} ${String(m.requestsPerSecond).padStart(8)} req/s  p99 ${m.latencyMs.p99} ms  ${m.serverBusyMicrosPerRequest} µs busy/req`,
      );
    }
  }
  return runs;
};

const resultOf = (w: Workload, runs: ReadonlyArray<Measurement>): WorkloadResult => ({
  describe: w.describe,
  runs,
  median: medianOf(runs),
});

export const runHttpBench = async (
  settings: BenchSettings,
  log: (line: string) => void,
): Promise<HttpBenchResult> => {
  const dir = mkdtempSync(join(tmpdir(), "banli-bench-http-"));
  const closers: Array<() => Promise<void>> = [];
  try {
    const banli = await startBanliTarget(
      join(dir, "banli.sqlite"),
      [commandUser, readerUser],
      settings.adapter,
      settings.queryCache,
    );
    closers.push(banli.close);
    const raw = await startRawAppendServer(join(dir, "raw.sqlite"));
    closers.push(raw.close);
    const hello = await startHelloServer();
    closers.push(hello.close);

    const inboxList = inboxListWorkload(banli.url, banli.cookies[readerUser] ?? "");
    const captured = await captureReply(`${inboxList.url}${inboxList.path}`, inboxList.headers);
    const replay = await startReplayServer(captured);
    closers.push(replay.close);

    const workloads = {
      hello: helloWorkload(hello.url),
      sameReply: sameReplyWorkload(replay.url, captured.body.length),
      trpcHealth: trpcHealthWorkload(banli.url),
      inboxList,
      rawAppend: rawAppendWorkload(raw.url),
      command: commandWorkload(banli.url, banli.cookies[commandUser] ?? ""),
    };
    for (const w of Object.values(workloads)) await probe(w);
    const cacheNote = settings.adapter === "lean" && settings.queryCache ? "on" : "off";
    log(
      `Banli (${settings.adapter} tRPC path, query cache ${cacheNote}) ${banli.url}, raw ${raw.url}, hello ${hello.url}`,
    );
    log(
      `${settings.connections} connections, ${settings.duration} s per run, ${settings.rounds} rounds`,
    );

    // Reads first: the command rounds add cases, which would change what inbox.list reads.
    const [helloRuns = [], sameRuns = [], healthRuns = [], inboxRuns = []] = await alternate(
      [workloads.hello, workloads.sameReply, workloads.trpcHealth, workloads.inboxList],
      settings,
      log,
    );
    const [rawRuns = [], commandRuns = []] = await alternate(
      [workloads.rawAppend, workloads.command],
      settings,
      log,
    );
    const results = {
      hello: resultOf(workloads.hello, helloRuns),
      sameReply: resultOf(workloads.sameReply, sameRuns),
      trpcHealth: resultOf(workloads.trpcHealth, healthRuns),
      inboxList: resultOf(workloads.inboxList, inboxRuns),
      rawAppend: resultOf(workloads.rawAppend, rawRuns),
      command: resultOf(workloads.command, commandRuns),
    };
    const commandVsRawAppend = ratio(results.command.median, results.rawAppend.median);
    const inboxListVsHello = ratio(results.inboxList.median, results.hello.median);
    return {
      benchmark: "http",
      at: new Date().toISOString(),
      machine: { node: process.version, cpus: cpus().length, platform: process.platform },
      settings: { ...settings, tool: "autocannon 9 (one worker thread), loopback" },
      workloads: results,
      ratios: {
        commandVsRawAppend,
        inboxListVsHello,
        trpcHealthVsHello: ratio(results.trpcHealth.median, results.hello.median),
        sameReplyVsHello: ratio(results.sameReply.median, results.hello.median),
        inboxListVsSameReply: ratio(results.inboxList.median, results.sameReply.median),
      },
      targets: {
        commandVsRawAppend: { goal: 1, met: commandVsRawAppend >= 1 },
        inboxListVsHello: { goal: 0.8, met: inboxListVsHello >= 0.8 },
      },
    };
  } finally {
    for (const close of closers.reverse()) await close();
    rmSync(dir, { recursive: true, force: true });
  }
};
