import { createHash } from 'node:crypto';
import { Client } from 'pg';

import { buildQueueQuery } from '@urp/api/tickets';
import type { TicketQueuePage, TicketQueueQuery } from '@urp/shared/contracts';

import { HttpClient } from '../../apps/api/integration/support/http-client';
import { signIn } from '../../apps/api/integration/support/staff-builder';
import { clientConfig } from './database';
import { summarize, timed, type Summary } from './stats';

export interface QueueCase {
  name: string;
  query: TicketQueueQuery;
  /** Not among the issue's cases: filter combinations the portal allows, timed with fewer requests. */
  extra?: boolean;
  requests?: number;
  /** Signed in as an operator nothing is assigned to (a new colleague) instead of the bench operator. */
  asNewOperator?: boolean;
}

export interface QueueResult {
  name: string;
  /** Query string of GET /api/tickets. */
  params: string;
  rows: number;
  http: Summary;
  sql: Summary;
  /** From one EXPLAIN (ANALYZE, BUFFERS) of the bare SQL. */
  plan: { summary: string; planningMs: number; executionMs: number; sharedHit: number; sharedRead: number };
  extra: boolean;
}

export interface Operator {
  id: string;
  username: string;
  officeId: string | null;
  roles: ('operator' | 'office_referent' | 'director' | 'admin')[];
}

export function queryString(query: TicketQueueQuery): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) parts.push(`${key}=${encodeURIComponent(String(value))}`);
  }
  return parts.join('&');
}

/** The filters and sorts operators use, plus a page reached by following nextCursor. */
export async function queueCases(
  http: HttpClient,
  offices: { busy: string; empty: string },
  deepPages: number[],
): Promise<QueueCase[]> {
  const officeId = offices.busy;
  const cases: QueueCase[] = [
    { name: 'default open queue', query: {} },
    { name: 'kind=complaint', query: { kind: 'complaint' } },
    { name: 'channel=email', query: { channel: 'email' } },
    { name: 'overdue=true', query: { overdue: true } },
    { name: 'officeId=<MANUTENZIONI>', query: { officeId } },
    { name: 'assignedToMe=true', query: { assignedToMe: true } },
    { name: 'status=all', query: { status: 'all' } },
  ];
  for (const pages of deepPages) {
    // Follow nextCursor as the portal's "next page" does; a small dataset may run out of pages first.
    let after: string | null = null;
    let followed = 0;
    while (followed < pages) {
      const next: string | null = await nextCursor(http, after);
      if (!next) break;
      after = next;
      followed++;
    }
    if (after && !cases.some((c) => c.query.after === after)) {
      cases.push({ name: `keyset page ${followed + 1} (after ${followed * 50} rows)`, query: { after } });
    }
  }
  // Closed tickets too, for one office: what a referent's history or an operator's office filter asks.
  cases.push({ name: 'status=all&officeId=<MANUTENZIONI>', query: { status: 'all', officeId }, extra: true });
  cases.push({ name: 'status=closed&officeId=<MANUTENZIONI>', query: { status: 'closed', officeId }, extra: true });
  cases.push({ name: 'status=all&assignedToMe=true', query: { status: 'all', assignedToMe: true }, extra: true });
  // Filters with fewer matches than a page over all statuses: a new office, a new colleague.
  cases.push({
    name: 'status=all&officeId=<office with no tickets>',
    query: { status: 'all', officeId: offices.empty },
    extra: true,
    requests: 10,
  });
  cases.push({
    name: 'status=all&assignedToMe=true (new operator)',
    query: { status: 'all', assignedToMe: true },
    extra: true,
    requests: 10,
    asNewOperator: true,
  });
  return cases;
}

async function nextCursor(http: HttpClient, after: string | null): Promise<string | null> {
  const path = `/api/tickets${after ? `?after=${after}` : ''}`;
  const result = await http.get<TicketQueuePage>(path);
  if (result.status !== 200) throw new Error(`GET ${path}: ${result.status}`);
  return result.body.nextCursor;
}

export async function signedInOperator(baseUrl: string, username: string, password: string): Promise<HttpClient> {
  const http = new HttpClient(baseUrl);
  await signIn(http, username, password);
  return http;
}

/**
 * For each case: `requests` sequential GET /api/tickets (one in flight), then the bare SQL of the
 * same query (buildQueueQuery with the same parameters, `now` taken per call as the app does) the
 * same number of times over one pg connection. Warm-up requests first, not counted.
 */
export interface Principal {
  http: HttpClient;
  operator: Operator;
}

export async function benchQueue(
  principals: { bench: Principal; newOperator: Principal },
  url: string,
  cases: QueueCase[],
  requests: number,
  warmup: number,
): Promise<QueueResult[]> {
  const db = new Client(clientConfig(url));
  await db.connect();
  const results: QueueResult[] = [];
  try {
    for (const c of cases) {
      const { http, operator } = c.asNewOperator ? principals.newOperator : principals.bench;
      const params = queryString(c.query);
      const path = `/api/tickets${params ? `?${params}` : ''}`;
      let rows = -1;
      const get = async () => {
        const result = await http.get<TicketQueuePage>(path);
        if (result.status !== 200) throw new Error(`GET ${path}: ${result.status} ${JSON.stringify(result.body)}`);
        rows = result.body.items.length;
      };
      const bare = async () => {
        const { sql, params: values } = buildQueueQuery(c.query, operator, new Date());
        await db.query(sql, values);
      };
      const httpMs: number[] = [];
      const sqlMs: number[] = [];
      const count = c.requests ?? requests;
      for (let i = 0; i < Math.min(warmup, count); i++) {
        await get();
        await bare();
      }
      for (let i = 0; i < count; i++) httpMs.push(await timed(get));
      for (let i = 0; i < count; i++) sqlMs.push(await timed(bare));
      results.push({
        name: c.name,
        params: params || '(none)',
        rows,
        http: summarize(httpMs),
        sql: summarize(sqlMs),
        plan: await explain(db, c.query, operator),
        extra: c.extra ?? false,
      });
    }
  } finally {
    await db.end();
  }
  return results;
}

/** Authenticated request that does no queue work: the fixed cost of any GET /api/... for a signed-in user. */
export async function benchBaseline(
  http: HttpClient,
  requests: number,
  warmup: number,
): Promise<{ me: Summary; health: Summary }> {
  const run = async (path: string) => {
    const samples: number[] = [];
    for (let i = 0; i < warmup + requests; i++) {
      const ms = await timed(async () => {
        const result = await http.get(path);
        if (result.status !== 200) throw new Error(`GET ${path}: ${result.status}`);
      });
      if (i >= warmup) samples.push(ms);
    }
    return summarize(samples);
  };
  return { me: await run('/api/auth/me'), health: await run('/api/health') };
}

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  'Relation Name'?: string;
  'Shared Hit Blocks'?: number;
  'Shared Read Blocks'?: number;
  Plans?: PlanNode[];
}

export async function explain(db: Client, query: TicketQueueQuery, operator: Operator): Promise<QueueResult['plan']> {
  const { sql, params } = buildQueueQuery(query, operator, new Date());
  const { rows } = await db.query<{
    'QUERY PLAN': [{ Plan: PlanNode; 'Planning Time': number; 'Execution Time': number }];
  }>(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql}`, params);
  const top = rows[0]?.['QUERY PLAN'][0];
  const scans: string[] = [];
  const walk = (node: PlanNode) => {
    if (node['Relation Name'] === 'ticket' || node['Index Name']?.startsWith('ticket')) {
      scans.push(node['Index Name'] ? `${node['Node Type']} using ${node['Index Name']}` : node['Node Type']);
    }
    for (const child of node.Plans ?? []) walk(child);
  };
  if (top) walk(top.Plan);
  return {
    summary: scans.join(' + ') || (top?.Plan['Node Type'] ?? '?'),
    planningMs: top?.['Planning Time'] ?? Number.NaN,
    executionMs: top?.['Execution Time'] ?? Number.NaN,
    sharedHit: top?.Plan['Shared Hit Blocks'] ?? 0,
    sharedRead: top?.Plan['Shared Read Blocks'] ?? 0,
  };
}

/**
 * What authenticating each request costs in SQL: SessionService.resolve's two lookups (session by
 * token hash, then its user) against one joined lookup, timed bare over pg like the queue.
 */
export async function benchSessionLookup(
  url: string,
  token: string,
  requests: number,
): Promise<{ twoQueries: Summary; joined: Summary }> {
  const db = new Client(clientConfig(url));
  await db.connect();
  try {
    const hash = createHash('sha256').update(token).digest();
    const two = async () => {
      const { rows } = await db.query<{ staff_user_id: string }>(
        'SELECT * FROM staff_session WHERE token_hash = $1 LIMIT 1',
        [hash],
      );
      await db.query('SELECT * FROM staff_user WHERE id = $1 AND active = true LIMIT 1', [rows[0]?.staff_user_id]);
    };
    const joined = () =>
      db.query(
        `SELECT u.*, s.id AS session_id, s.expires_at, s.last_seen_at FROM staff_session s
         JOIN staff_user u ON u.id = s.staff_user_id AND u.active WHERE s.token_hash = $1`,
        [hash],
      );
    const run = async (work: () => Promise<unknown>) => {
      for (let i = 0; i < 20; i++) await work();
      const samples: number[] = [];
      for (let i = 0; i < requests; i++) samples.push(await timed(work));
      return summarize(samples);
    };
    return { twoQueries: await run(two), joined: await run(joined) };
  } finally {
    await db.end();
  }
}
