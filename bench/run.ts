/**
 * Benchmark of the tickets feature at scale (not a test): loads N tickets with their histories
 * into a dedicated database, then times ticket intake (HTTP vs raw INSERTs) and the operator queue
 * (HTTP vs the bare SQL of the same query). Run with `npm run bench -- --help`.
 */
import 'reflect-metadata';

import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

import { SESSION_COOKIE } from '../libs/api/auth/src/lib/session-cookie';
import { type AppMode, startApp } from './lib/app';
import {
  clientConfig,
  type DatasetMarker,
  dropBenchDatabase,
  openBenchServer,
  prepareBenchDatabase,
  withClient,
  writeMarker,
} from './lib/database';
import { BENCH_OFFICE_CODE, BENCH_OPERATOR, BENCH_PASSWORD, generateDataset, GENERATOR_VERSION } from './lib/generate';
import {
  INTAKE_LABELS,
  type IntakeContext,
  type IntakeMethod,
  type IntakeResult,
  measureIntake,
  removeBenchFilings,
  warmIntake,
} from './lib/intake';
import {
  benchBaseline,
  benchQueue,
  type Operator,
  benchSessionLookup,
  queueCases,
  queryString,
  type QueueResult,
  signedInOperator,
} from './lib/queue';
import { fmt, type Summary } from './lib/stats';
import { makeFilings } from './lib/texts';

const ROOT = join(__dirname, '..');

interface Options {
  tickets: number;
  regenerate: boolean;
  generateOnly: boolean;
  intake: number;
  warmup: number;
  rounds: number;
  concurrency: number;
  clientIps: number;
  queueRequests: number;
  deepPages: number[];
  app: AppMode;
  skipIntake: boolean;
  skipQueue: boolean;
  drop: boolean;
}

const HELP = `npm run bench -- [options]

  --tickets N         tickets in the dataset (default 1000000); another N regenerates it
  --regenerate        drop urp_bench and generate again even if the data is there
  --generate-only     stop after loading the data
  --intake N          filings timed per method and round (default 3000)
  --warmup N          untimed filings per method first (default 1500: the API's JIT needs a few thousand)
  --rounds N          intake rounds, methods alternating (default 3)
  --concurrency N     requests / transactions in flight during intake (default 12)
  --client-ips N      citizens' addresses the filings come from (default 1000: X-Forwarded-For, the API
                      behind a proxy with TRUST_PROXY=true); 1: all from 127.0.0.1, one rate-limit key
  --queue-requests N  requests per queue case, each way (default 200, plus 50 warm-up)
  --deep-pages A,B    keyset cases: the page reached after A, B pages (default 20,200)
  --app MODE          child (default: the API in its own Node process) or in-process
  --skip-intake, --skip-queue
  --drop              drop urp_bench at the end (frees the disk; the next run regenerates)

Database: DATABASE_URL's server (database urp_bench), or an embedded PostgreSQL in .data/bench-postgres.`;

function parseArgs(argv: string[]): Options {
  const options: Options = {
    tickets: 1_000_000,
    regenerate: false,
    generateOnly: false,
    intake: 3000,
    warmup: 1500,
    rounds: 3,
    concurrency: 12,
    clientIps: 1000,
    queueRequests: 200,
    deepPages: [20, 200],
    app: 'child',
    skipIntake: false,
    skipQueue: false,
    drop: false,
  };
  const int = (name: string, value: string | undefined, min: number, max: number) => {
    const n = Number(value?.replace(/_/g, ''));
    if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${name} must be an integer from ${min} to ${max}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.includes('=') ? (arg.split(/=(.*)/s) as [string, string]) : [arg, undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--tickets':
        options.tickets = int(flag, value(), 1000, 20_000_000);
        break;
      case '--regenerate':
        options.regenerate = true;
        break;
      case '--generate-only':
        options.generateOnly = true;
        break;
      case '--intake':
        options.intake = int(flag, value(), 100, 90_000);
        break;
      case '--warmup':
        options.warmup = int(flag, value(), 0, 90_000);
        break;
      case '--rounds':
        options.rounds = int(flag, value(), 1, 20);
        break;
      case '--client-ips':
        options.clientIps = int(flag, value(), 1, 65_536);
        break;
      case '--concurrency':
        options.concurrency = int(flag, value(), 1, 64);
        break;
      case '--queue-requests':
        options.queueRequests = int(flag, value(), 10, 100_000);
        break;
      case '--deep-pages':
        options.deepPages = (value() ?? '')
          .split(',')
          .filter(Boolean)
          .map((v) => int(flag, v, 1, 10_000));
        break;
      case '--app': {
        const mode = value();
        if (mode !== 'child' && mode !== 'in-process') throw new Error('--app must be child or in-process');
        options.app = mode;
        break;
      }
      case '--skip-intake':
        options.skipIntake = true;
        break;
      case '--skip-queue':
        options.skipQueue = true;
        break;
      case '--drop':
        options.drop = true;
        break;
      case '--help':
      case '-h':
        console.log(HELP);
        process.exit(0);
        break;
      default:
        throw new Error(`Unknown option ${arg}\n\n${HELP}`);
    }
  }
  return options;
}

const log = (message: string) => console.log(message);
const ms = (s: Summary) => `${fmt(s.p50, 2)} / ${fmt(s.p95, 2)}`;

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const server = await openBenchServer(ROOT, log);
  const report: Record<string, unknown> = { options, startedAt: new Date().toISOString() };
  try {
    if (options.regenerate) await dropBenchDatabase(server.adminUrl);
    let { url, marker } = await prepareBenchDatabase(server.adminUrl);
    if (marker && (marker.tickets !== options.tickets || marker.generator !== GENERATOR_VERSION)) {
      log(`urp_bench holds ${marker.tickets} tickets (generator ${marker.generator}): regenerating`);
      await dropBenchDatabase(server.adminUrl);
      ({ url, marker } = await prepareBenchDatabase(server.adminUrl));
    } else if (!marker && (await ticketCount(url)) > 0) {
      log('urp_bench holds data from an interrupted run: regenerating');
      await dropBenchDatabase(server.adminUrl);
      ({ url, marker } = await prepareBenchDatabase(server.adminUrl));
    }
    if (marker) {
      log(
        `Reusing urp_bench: ${marker.tickets.toLocaleString('en')} tickets, ${marker.events.toLocaleString('en')} events, ` +
          `generated ${marker.generatedAt} in ${fmt(marker.seconds, 0)} s (--regenerate to make it again)`,
      );
    } else {
      marker = await generate(url, options.tickets);
      await writeMarker(url, marker);
      log(`Generated in ${fmt(marker.seconds, 0)} s`);
    }
    report['dataset'] = marker;
    report['machine'] = await machine(url, server.kind);
    if (options.generateOnly) return;

    const app = await startApp(options.app, url, options.clientIps > 1);
    report['app'] = { mode: app.mode, env: { ...app.env, DATABASE_URL: '(urp_bench)' } };
    log(
      `API started (${app.mode === 'child' ? 'child Node process' : 'in the benchmark process'}) at ${app.baseUrl}; ` +
        'HTTP load comes from the benchmark process over loopback',
    );
    try {
      if (!options.skipQueue) report['queue'] = await queuePhase(app.baseUrl, url, options);
      if (!options.skipIntake) {
        const context: IntakeContext = {
          baseUrl: app.baseUrl,
          url,
          appPid: app.pid,
          concurrency: options.concurrency,
          clientIps: options.clientIps,
        };
        report['intake'] = await intakePhase(context, options);
      }
    } finally {
      await app.close();
    }
  } finally {
    if (options.drop) {
      await dropBenchDatabase(server.adminUrl);
      log('Dropped urp_bench');
    }
    await server.stop();
    report['seconds'] = (Date.now() - started) / 1000;
    const dir = join(__dirname, 'results');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
    log(`\nResults written to ${file} (total ${fmt((Date.now() - started) / 1000, 0)} s)`);
  }
}

async function ticketCount(url: string): Promise<number> {
  return withClient(url, async (c) =>
    Number((await c.query<{ n: string }>('SELECT count(*) AS n FROM ticket')).rows[0]?.n),
  );
}

async function generate(url: string, tickets: number): Promise<DatasetMarker> {
  const db = new Client(clientConfig(url));
  const second = new Client(clientConfig(url));
  await db.connect();
  await second.connect();
  try {
    return await generateDataset(db, { tickets, log, secondClient: second });
  } finally {
    await db.end();
    await second.end();
  }
}

async function machine(url: string, database: string): Promise<Record<string, unknown>> {
  const pg = await withClient(url, async (c) => {
    const { rows } = await c.query<{ version: string; shared_buffers: string; size: string }>(
      `SELECT current_setting('server_version') AS version, current_setting('shared_buffers') AS shared_buffers,
              pg_size_pretty(pg_database_size(current_database())) AS size`,
    );
    return rows[0];
  });
  const info = {
    cpus: cpus().length,
    cpu: cpus()[0]?.model,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    postgres: `${pg?.version} (${database}), shared_buffers ${pg?.shared_buffers}, urp_bench ${pg?.size}`,
  };
  log(`Machine: ${info.cpus} cores (${info.cpu}), ${info.memoryGb} GB, Node ${info.node}, PostgreSQL ${info.postgres}`);
  return info;
}

/** An operator with no assigned ticket (a new colleague), made on first use. */
async function ensureNewOperator(url: string): Promise<void> {
  await withClient(url, async (c) => {
    const { rows } = await c.query<{ password_hash: string }>(
      'SELECT password_hash FROM staff_user WHERE username = $1',
      [BENCH_OPERATOR],
    );
    await c.query(
      `INSERT INTO staff_user (username, display_name, email, password_hash, roles, office_id)
       SELECT $1, 'Operatore appena arrivato', $1 || '@comune.example.it', $2, ARRAY['operator'], office_id
       FROM staff_user WHERE username = $3
       ON CONFLICT (username) DO NOTHING`,
      [NEW_OPERATOR, rows[0]?.password_hash, BENCH_OPERATOR],
    );
  });
}

const NEW_OPERATOR = 'operatore.nuovo';

async function loadOperator(url: string, username: string): Promise<Operator> {
  return withClient(url, async (c) => {
    const { rows } = await c.query<Operator & { office_id: string | null }>(
      `SELECT id, username, office_id, roles FROM staff_user WHERE username = $1`,
      [username],
    );
    const row = rows[0];
    if (!row) throw new Error(`Staff user ${username} missing: run with --regenerate`);
    return { ...row, officeId: row.office_id };
  });
}

async function queuePhase(baseUrl: string, url: string, options: Options) {
  await ensureNewOperator(url);
  const operator = await loadOperator(url, BENCH_OPERATOR);
  const newOperator = await loadOperator(url, NEW_OPERATOR);
  const offices = await withClient(url, async (c) => {
    const busy = await c.query<{ id: string }>('SELECT id FROM office WHERE code = $1', [BENCH_OFFICE_CODE]);
    const empty = await c.query<{ id: string }>(
      'SELECT id FROM office o WHERE NOT EXISTS (SELECT 1 FROM ticket t WHERE t.office_id = o.id) ORDER BY code LIMIT 1',
    );
    if (!busy.rows[0] || !empty.rows[0]) throw new Error('Bench offices missing: run with --regenerate');
    return { busy: busy.rows[0].id, empty: empty.rows[0].id };
  });
  const http = await signedInOperator(baseUrl, operator.username, BENCH_PASSWORD);
  const newHttp = await signedInOperator(baseUrl, NEW_OPERATOR, BENCH_PASSWORD);
  const cases = await queueCases(http, offices, options.deepPages);
  log(
    `\nQueue: ${options.queueRequests} sequential requests per case, HTTP (GET /api/tickets as ${operator.username}) ` +
      'then the bare SQL (buildQueueQuery over pg); milliseconds',
  );
  // The API was just started: let V8 optimise the queue's path before anything is timed.
  const cheap = cases.filter((c) => !c.requests);
  for (let i = 0; i < 600; i++) await http.get(`/api/tickets?${queryString(cheap[i % cheap.length]?.query ?? {})}`);
  const baseline = await benchBaseline(http, options.queueRequests, 50);
  const results = await benchQueue(
    { bench: { http, operator }, newOperator: { http: newHttp, operator: newOperator } },
    url,
    cases,
    options.queueRequests,
    50,
  );
  const session = await benchSessionLookup(url, http.cookie(SESSION_COOKIE) ?? '', options.queueRequests);
  printQueue(results, baseline, session);
  return { baseline, session, results };
}

function printQueue(
  results: QueueResult[],
  baseline: { me: Summary; health: Summary },
  session: { twoQueries: Summary; joined: Summary },
): void {
  const rows = results.map((r) => [
    r.extra ? `(extra) ${r.name}` : r.name,
    String(r.rows),
    ms(r.http),
    ms(r.sql),
    `${fmt(r.http.p50 / r.sql.p50)}x / ${fmt(r.http.p95 / r.sql.p95)}x`,
    fmt(r.http.p50 - r.sql.p50, 2),
    r.http.p95 < 50 ? 'yes' : 'NO',
    `${fmt(r.plan.planningMs, 2)} + ${fmt(r.plan.executionMs, 2)} ms, ${r.plan.sharedHit + r.plan.sharedRead} buf: ${r.plan.summary}`,
  ]);
  table(
    [
      'case',
      'rows',
      'HTTP p50 / p95',
      'SQL p50 / p95',
      'ratio p50 / p95',
      'HTTP-SQL p50',
      'p95<50',
      'EXPLAIN ANALYZE (plan + exec)',
    ],
    rows,
  );
  log(
    `Fixed cost of any signed-in GET (GET /api/auth/me): p50 / p95 ${ms(baseline.me)} ms; ` +
      `public GET /api/health (SELECT 1): ${ms(baseline.health)} ms`,
  );
  log(
    `Session lookup in SQL (bare, per request): two queries as SessionService does ${ms(session.twoQueries)} ms; ` +
      `one join ${ms(session.joined)} ms`,
  );
}

async function intakePhase(ctx: IntakeContext, options: Options) {
  const since = new Date(Date.now() - 1000);
  const methods: IntakeMethod[] = ['raw', 'app-sql', 'http'];
  log(
    `\nIntake: ${options.intake} filings per method and round after ${options.warmup} untimed, ${options.rounds} round(s), ` +
      `${options.concurrency} in flight, ` +
      `from ${options.clientIps === 1 ? 'one address (127.0.0.1)' : `${options.clientIps} client addresses`}; ` +
      'a CHECKPOINT before each timed run',
  );
  const runs: Record<IntakeMethod, IntakeResult[]> = { raw: [], 'app-sql': [], http: [] };
  try {
    for (const method of methods) await warmIntake(method, ctx, makeFilings(Math.max(1, options.warmup), 7));
    for (let round = 0; round < options.rounds; round++) {
      const filings = makeFilings(options.intake, 42 + round);
      for (const method of methods) runs[method].push(await measureIntake(method, ctx, filings));
    }
    const rate = (method: IntakeMethod) =>
      runs[method].reduce((s, r) => s + r.rows, 0) / runs[method].reduce((s, r) => s + r.seconds, 0);
    printIntake(methods, runs, rate, options);
    return {
      clientIps: options.clientIps,
      runs,
      rowsPerSecond: Object.fromEntries(methods.map((m) => [m, rate(m)])),
      ratio: rate('http') / rate('raw'),
    };
  } finally {
    const { removed, closed } = await removeBenchFilings(ctx.url, since);
    log(
      removed > 0
        ? `(${removed} benchmark filings removed again: the next run finds the dataset as generated)`
        : `(${closed} benchmark filings closed, so the next run sees the same open queue; removing them needs a superuser)`,
    );
  }
}

function printIntake(
  methods: IntakeMethod[],
  runs: Record<IntakeMethod, IntakeResult[]>,
  rate: (m: IntakeMethod) => number,
  options: Options,
): void {
  const rows = methods.map((method) => {
    const rs = runs[method];
    const last = rs[rs.length - 1] as IntakeResult;
    const mean = (pick: (r: IntakeResult) => number | undefined) =>
      rs.reduce((s, r) => s + (pick(r) ?? Number.NaN), 0) / rs.length;
    return [
      INTAKE_LABELS[method],
      `${fmt(rate(method), 0)} (${rs.map((r) => fmt(r.rowsPerSecond, 0)).join(', ')})`,
      rs.map((r) => `${fmt(r.window.first, 0)}->${fmt(r.window.last, 0)}`).join(', '),
      ms(last.latencyMs),
      last.counterHoldMs
        ? ms(last.counterHoldMs)
        : last.filingStatementMs
          ? `within 1 stmt (its round trip ${ms(last.filingStatementMs)})`
          : '-',
      last.walPerRow
        ? `${fmt(mean((r) => r.walPerRow?.bytes) / 1024)} KB, ${fmt(mean((r) => r.walPerRow?.fullPageImages))} FPI`
        : '-',
      last.cpuMsPerRow
        ? [
            method !== 'http'
              ? '-'
              : options.app === 'in-process'
                ? '(in bench)'
                : fmt(
                    mean((r) => r.cpuMsPerRow?.app),
                    2,
                  ),
            fmt(
              mean((r) => r.cpuMsPerRow?.loadGenerator),
              2,
            ),
            fmt(
              mean((r) => r.cpuMsPerRow?.postgres),
              2,
            ),
            fmt(
              mean((r) => r.cpuMsPerRow?.other),
              2,
            ),
          ].join(' / ')
        : '-',
      rs.map((r) => fmt(r.cpuMsPerRow?.otherCores ?? Number.NaN, 2)).join(', '),
    ];
  });
  table(
    [
      'method',
      'rows/s (per round)',
      'first->last fifth',
      'latency p50 / p95',
      'counter held p50 / p95',
      'WAL per row',
      'CPU ms/row: API / bench / PG / other',
      'other load (cores)',
    ],
    rows,
  );
  const ratio = rate('http') / rate('raw');
  const perRound = runs.http.map((r, i) => r.rowsPerSecond / (runs.raw[i]?.rowsPerSecond ?? Number.NaN));
  const median = [...perRound].sort((a, b) => a - b)[Math.floor((perRound.length - 1) / 2)] ?? Number.NaN;
  log(
    `Intake / raw = ${fmt(100 * ratio, 0)}% over all rounds (per round: ${perRound.map((r) => `${fmt(100 * r, 0)}%`).join(', ')}, ` +
      `median ${fmt(100 * median, 0)}%; target >= 30%: ${ratio >= 0.3 ? 'met' : 'MISSED'}); ` +
      `intake / the same statements over pg = ${fmt((100 * rate('http')) / rate('app-sql'), 0)}%`,
  );
}

function table(head: string[], rows: string[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  log(line(head));
  log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) log(line(r));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
