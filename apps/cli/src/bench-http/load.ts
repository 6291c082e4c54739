import { performance } from "node:perf_hooks";
import autocannon from "autocannon";
import type { Workload } from "./workloads.js";

export interface LoadSettings {
  readonly connections: number;
  /** Seconds per run. */
  readonly duration: number;
}

/** One autocannon run against one workload. */
export interface Measurement {
  readonly requests: number;
  readonly requestsPerSecond: number;
  readonly latencyMs: { readonly p50: number; readonly p99: number; readonly mean: number };
  /** Replies that were not 2xx, and connection errors/timeouts: both must be 0 for a result. */
  readonly non2xx: number;
  readonly errors: number;
  /**
   * Server CPU per request: busy time of this process's main thread (where every server runs;
   * autocannon fires from its own worker thread) divided by the requests served.
   */
  readonly serverBusyMicrosPerRequest: number;
}

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * Fires `workload` with autocannon — the Node HTTP load tool most Node servers are measured with —
 * from a worker thread, so the load generator never competes with the servers' event loop.
 */
export const runLoad = async (workload: Workload, settings: LoadSettings): Promise<Measurement> => {
  const before = performance.eventLoopUtilization();
  const result = await autocannon({
    url: `${workload.url}${workload.path}`,
    method: workload.method,
    headers: { ...workload.headers },
    ...(workload.body === undefined ? {} : { body: workload.body }),
    connections: settings.connections,
    duration: settings.duration,
    workers: 1,
  });
  const busy = performance.eventLoopUtilization(before);
  const requests = result.requests.total;
  return {
    requests,
    requestsPerSecond: round(
      requests / (result.duration > 0 ? result.duration : settings.duration),
    ),
    latencyMs: {
      p50: round(result.latency.p50, 2),
      p99: round(result.latency.p99, 2),
      mean: round(result.latency.mean, 2),
    },
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    serverBusyMicrosPerRequest: requests === 0 ? 0 : round((busy.active * 1000) / requests),
  };
};
