import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

export interface Summary {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
}

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    mean: sorted.reduce((s, v) => s + v, 0) / (sorted.length || 1),
    max: sorted[sorted.length - 1] ?? Number.NaN,
  };
}

/** Milliseconds taken by `work`. */
export async function timed(work: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await work();
  return performance.now() - t0;
}

/** Runs `work` over `items` with at most `concurrency` in flight; returns each item's completion time (ms since start). */
export async function runPool<T>(
  items: readonly T[],
  concurrency: number,
  work: (item: T, index: number, worker: number) => Promise<void>,
): Promise<{ seconds: number; completedAt: number[]; latencies: number[] }> {
  const completedAt: number[] = new Array(items.length);
  const latencies: number[] = new Array(items.length);
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async (_, worker) => {
      for (let i = next++; i < items.length; i = next++) {
        const t0 = performance.now();
        await work(items[i] as T, i, worker);
        const t1 = performance.now();
        latencies[i] = t1 - t0;
        completedAt[i] = t1 - start;
      }
    }),
  );
  return { seconds: (performance.now() - start) / 1000, completedAt, latencies };
}

/** Throughput over the first and last fifth of the completions: shows a rate that decays as the run goes on. */
export function rateWindows(completedAt: readonly number[]): { first: number; last: number } {
  const sorted = [...completedAt].sort((a, b) => a - b);
  const k = Math.max(1, Math.floor(sorted.length / 5));
  const rate = (from: number, to: number) => (to - from) / (((sorted[to] ?? 0) - (sorted[from] ?? 0)) / 1000);
  return { first: rate(0, k), last: rate(sorted.length - 1 - k, sorted.length - 1) };
}

export const fmt = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '-');

/**
 * CPU time (ms) from /proc on Linux (null elsewhere): the whole machine, this process (the load
 * generator), the API when it runs as a child, and the PostgreSQL server in use (its postmaster
 * and every child of it) when it runs on this machine. What remains is other work on the machine.
 */
export interface CpuSample {
  machineBusy: number;
  self: number;
  app: number | null;
  /** CPU ms of each process of the server, by pid (a backend that ends between samples takes its time along). */
  postgres: Map<number, number> | null;
}

const TICK_MS = 10; // USER_HZ is 100 on Linux

function readStat(pid: number | string): { ppid: number; ticks: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) };
}

/** The postmaster of the server a backend belongs to (the backend's parent), if it runs here. */
export function postmasterOf(backendPid: number): number | null {
  try {
    return readStat(backendPid).ppid;
  } catch {
    return null;
  }
}

export function sampleCpu(appPid: number | null, postmasterPid: number | null): CpuSample | null {
  try {
    const cpu = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal
    const busy = (cpu[0] ?? 0) + (cpu[1] ?? 0) + (cpu[2] ?? 0) + (cpu[5] ?? 0) + (cpu[6] ?? 0) + (cpu[7] ?? 0);
    const usage = process.cpuUsage();
    let postgres: Map<number, number> | null = null;
    let app: number | null = null;
    if (appPid !== null) app = readStat(appPid).ticks * TICK_MS;
    if (postmasterPid !== null) {
      postgres = new Map();
      for (const entry of readdirSync('/proc')) {
        if (!/^\d+$/.test(entry)) continue;
        try {
          const { ppid, ticks } = readStat(entry);
          if (ppid === postmasterPid || Number(entry) === postmasterPid) postgres.set(Number(entry), ticks * TICK_MS);
        } catch {
          // the process ended meanwhile
        }
      }
    }
    return { machineBusy: busy * TICK_MS, self: (usage.user + usage.system) / 1000, app, postgres };
  } catch {
    return null;
  }
}

/** CPU ms per row: the API process, this process (load generator), PostgreSQL, and anything else on the machine. */
export function cpuPerRow(before: CpuSample | null, after: CpuSample | null, rows: number, seconds: number) {
  if (!before || !after) return null;
  const machine = after.machineBusy - before.machineBusy;
  const self = after.self - before.self;
  const app = after.app !== null && before.app !== null ? after.app - before.app : 0;
  let postgres = Number.NaN;
  if (after.postgres && before.postgres) {
    // Processes alive at the end: what they used since the start (all of it when they started meanwhile).
    postgres = 0;
    for (const [pid, ms] of after.postgres) postgres += ms - (before.postgres.get(pid) ?? 0);
  }
  const other = Math.max(0, machine - self - app - (Number.isNaN(postgres) ? 0 : postgres));
  return {
    app: app / rows,
    loadGenerator: self / rows,
    postgres: postgres / rows,
    other: other / rows,
    /** Cores kept busy by other work meanwhile (other builds, tests): above ~0.2 the figures are disturbed. */
    otherCores: other / 1000 / seconds,
  };
}
