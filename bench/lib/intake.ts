import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';

import { loadAppConfig } from '@urp/api/platform';
import { generatePin, hashPin, type TicketEntity } from '@urp/api/tickets';
import { utcToZoned } from '@urp/shared/calendar';
import type { TicketReceipt } from '@urp/shared/contracts';
import { formatTicketCode, isPublicTicketEvent } from '@urp/shared/domain';

import { acknowledgementMail } from '../../libs/api/tickets/src/lib/mail/ticket-mail-templates';
import { mailContext } from '../../libs/api/tickets/src/lib/services/mail-context';
import { INSERT_FILING_SQL } from '../../libs/api/tickets/src/lib/services/ticket-filing.sql';
import { slaDueAt } from '../../libs/api/tickets/src/lib/sla/sla-policy';
import { clientConfig } from './database';
import { cpuPerRow, postmasterOf, rateWindows, runPool, sampleCpu, summarize, type Summary } from './stats';
import { type Filing, makeFilings } from './texts';

/**
 * - http: POST /api/public/tickets, multipart, as the portal sends it.
 * - raw: what the issue compares against: per ticket one transaction with the counter increment,
 *   the ticket row and its `received` event, three statements and COMMIT (the baseline the
 *   issue's target is stated against; kept as it was when the target was set).
 * - app-sql: every statement the intake endpoint sends, straight through pg: the rate-limit upsert,
 *   the filing statement (INSERT_FILING_SQL: counter + ticket + attachments + `received` event),
 *   then the acknowledgement transaction (the ticket read back; with an e-mail address the outbox
 *   message and the `acknowledged` event). The database's share of the endpoint's cost, without
 *   HTTP, multipart, validation or TypeORM.
 */
export type IntakeMethod = 'http' | 'raw' | 'app-sql';

export const INTAKE_LABELS: Record<IntakeMethod, string> = {
  http: 'POST /api/public/tickets (multipart)',
  raw: 'raw INSERTs: counter + ticket + received event',
  'app-sql': "every statement of the endpoint's, via pg (diagnostic)",
};

export interface IntakeResult {
  method: IntakeMethod;
  rows: number;
  concurrency: number;
  seconds: number;
  rowsPerSecond: number;
  /** Rows/s over the first and the last fifth of the run. */
  window: { first: number; last: number };
  latencyMs: Summary;
  /** raw: how long each transaction held the year's counter row (from the increment's answer to COMMIT's). */
  counterHoldMs: Summary | null;
  /**
   * app-sql: round trip of the filing statement, which takes the counter row and commits within
   * itself; an upper bound of how long it holds the row (it includes the wait for the lock).
   */
  filingStatementMs: Summary | null;
  walPerRow: { bytes: number; fullPageImages: number; records: number } | null;
  cpuMsPerRow: ReturnType<typeof cpuPerRow>;
}

export interface IntakeContext {
  baseUrl: string;
  url: string;
  appPid: number | null;
  concurrency: number;
  /** 1: every filing from 127.0.0.1 (one rate-limit key); more: X-Forwarded-For over that many addresses (TRUST_PROXY). */
  clientIps: number;
}

const config = loadAppConfig({});

/** Filings sent untimed right before each timed run, on the same connections / API process. */
const PRIME = 300;

/**
 * One timed run of a method: first PRIME untimed filings on the very connections (or API process)
 * the run uses, so no run starts on cold server processes (pg-pool closes connections idle for
 * 10 s, and a new backend starts with empty caches); then a CHECKPOINT, so that every run pays
 * the same full-page writes (the first change of each page after a checkpoint logs the page whole);
 * then the timed filings.
 */
export async function measureIntake(
  method: IntakeMethod,
  ctx: IntakeContext,
  filings: readonly Filing[],
  checkReceipt = false,
): Promise<IntakeResult> {
  const admin = new Client(clientConfig(ctx.url));
  await admin.connect();
  const isHttp = method === 'http';
  const clients = isHttp ? [] : await connectAll(ctx.url, ctx.concurrency);
  const holds: number[] = [];
  const statements: number[] = [];
  let receipt: TicketReceipt | null = null;
  const file = async (filing: Filing, i: number, worker: number, timed: boolean) => {
    if (isHttp) {
      // One address per citizen when the API trusts the proxy header, else everything from 127.0.0.1.
      const headers: Record<string, string> =
        ctx.clientIps > 1 ? { 'x-forwarded-for': clientAddress(i, ctx.clientIps) } : {};
      const response = await fetch(`${ctx.baseUrl}/api/public/tickets`, {
        method: 'POST',
        body: portalForm(filing),
        headers,
      });
      const text = await response.text();
      if (response.status !== 201) throw new Error(`Filing failed: ${response.status} ${text}`);
      if (i === 0) receipt = JSON.parse(text) as TicketReceipt;
    } else {
      const db = clients[worker] as Client;
      if (method === 'raw') {
        const held = await rawFiling(db, filing);
        if (timed) holds.push(held);
      } else {
        const key = ctx.clientIps > 1 ? clientAddress(i, ctx.clientIps) : '127.0.0.1';
        const statement = await endpointStatements(db, filing, key);
        if (timed) statements.push(statement);
      }
    }
  };
  try {
    await runPool(makeFilings(PRIME, filings.length + 1), ctx.concurrency, (f, i, w) => file(f, i + 50_000, w, false));
    // Every run starts with fresh rate-limit counters (the single-address variant bumps one row for all).
    await admin.query(`DELETE FROM public_rate_counter WHERE bucket = 'intake'`);
    await admin.query('CHECKPOINT').catch(() => undefined); // needs superuser or pg_checkpoint: best effort
    const postmaster = postmasterOf(
      (await admin.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]?.pid ?? -1,
    );
    const walBefore = await wal(admin);
    const cpuBefore = sampleCpu(ctx.appPid, postmaster);
    const run = await runPool(filings, ctx.concurrency, (f, i, w) => file(f, i, w, true));
    // Before the connections close: their server processes' CPU time goes with them.
    const cpuAfter = sampleCpu(ctx.appPid, postmaster);
    const walAfter = await wal(admin);
    if (receipt && checkReceipt) await assertTrackable(ctx.baseUrl, receipt);
    const rows = filings.length;
    return {
      method,
      rows,
      concurrency: ctx.concurrency,
      seconds: run.seconds,
      rowsPerSecond: rows / run.seconds,
      window: rateWindows(run.completedAt),
      latencyMs: summarize(run.latencies),
      counterHoldMs: holds.length ? summarize(holds) : null,
      filingStatementMs: statements.length ? summarize(statements) : null,
      walPerRow:
        walBefore && walAfter
          ? {
              bytes: (walAfter.bytes - walBefore.bytes) / rows,
              fullPageImages: (walAfter.fpi - walBefore.fpi) / rows,
              records: (walAfter.records - walBefore.records) / rows,
            }
          : null,
      cpuMsPerRow: cpuPerRow(cpuBefore, cpuAfter, rows, run.seconds),
    };
  } finally {
    await Promise.all(clients.map((c) => c.end()));
    await admin.end();
  }
}

/** The receipt works: its code and PIN find the ticket on the public tracking endpoint. */
async function assertTrackable(baseUrl: string, receipt: TicketReceipt): Promise<void> {
  const response = await fetch(`${baseUrl}/api/public/tracking`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.255.255.254' },
    body: JSON.stringify({ code: receipt.code, pin: receipt.pin }),
  });
  if (response.status !== 200)
    throw new Error(`Tracking ${receipt.code} with its PIN failed: ${response.status} ${await response.text()}`);
}

/** Warm-up of a method (connections, JIT of the JS, caches), not timed; checks one receipt against the tracking endpoint. */
export async function warmIntake(method: IntakeMethod, ctx: IntakeContext, filings: readonly Filing[]): Promise<void> {
  await measureIntake(method, ctx, filings, true);
}

/** The public form's fields, as the portal's toFormData sends them (multipart/form-data). */
export function portalForm(filing: Filing): FormData {
  const form = new FormData();
  form.append('kind', filing.kind);
  form.append('subject', filing.subject);
  form.append('body', filing.body);
  for (const field of ['name', 'email', 'phone'] as const) {
    const value = filing[field];
    if (value) form.append(field, value);
  }
  form.append('privacyConsent', 'true');
  form.append('website', '');
  return form;
}

async function connectAll(url: string, count: number): Promise<Client[]> {
  return Promise.all(
    Array.from({ length: count }, async () => {
      const client = new Client(clientConfig(url));
      await client.connect();
      return client;
    }),
  );
}

async function wal(db: Client): Promise<{ bytes: number; fpi: number; records: number } | null> {
  try {
    const { rows } = await db.query<{ bytes: string; fpi: string; records: string }>(
      'SELECT wal_bytes AS bytes, wal_fpi AS fpi, wal_records AS records FROM pg_stat_wal',
    );
    const r = rows[0];
    return r ? { bytes: Number(r.bytes), fpi: Number(r.fpi), records: Number(r.records) } : null;
  } catch {
    return null; // before PostgreSQL 14
  }
}

/** Filing i's client address among `count` (10.x.y.z). */
function clientAddress(i: number, count: number): string {
  const n = i % count;
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
}

/**
 * The baseline: one filing in one transaction, counter + ticket + `received` event.
 * Returns how long the counter row was held (ms).
 */
async function rawFiling(db: Client, filing: Filing): Promise<number> {
  const receivedAt = new Date();
  const year = utcToZoned(receivedAt).year;
  const dueAt = dueAtOf(filing, receivedAt);
  await db.query('BEGIN');
  let held = 0;
  try {
    const { rows: counter } = await db.query<{ last_seq: number }>(
      `INSERT INTO ticket_code_counter (year, last_seq) VALUES ($1, 1)
       ON CONFLICT (year) DO UPDATE SET last_seq = ticket_code_counter.last_seq + 1
       RETURNING last_seq`,
      [year],
    );
    // From here to COMMIT every other filing of the year waits (the wait for the lock is not counted).
    const locked = performance.now();
    const seq = Number(counter[0]?.last_seq);
    const code = formatTicketCode(year, seq);
    const { rows: ticket } = await db.query<{ id: string }>(
      `INSERT INTO ticket (code, year, seq, kind, channel, status, priority, subject, body, citizen_name, citizen_email,
                           citizen_phone, privacy_consent_at, pin_hash, office_id, assignee_id, created_by, received_at,
                           due_at, paused_since, paused_ms, first_replied_at, forwarded_at, feedback_sent_at, closed_at,
                           close_reason, updated_at)
       VALUES ($1, $2, $3, $4, 'web', 'new', 'normal', $5, $6, $7, $8, $9, $10, $11, NULL, NULL, NULL, $10,
               $12, NULL, 0, NULL, NULL, NULL, NULL, NULL, $10)
       RETURNING id`,
      [
        code,
        year,
        seq,
        filing.kind,
        filing.subject,
        filing.body,
        filing.name ?? null,
        filing.email?.toLowerCase() ?? null,
        filing.phone ?? null,
        receivedAt,
        hashPin(code, generatePin()),
        dueAt,
      ],
    );
    await appendEvent(db, ticket[0]?.id as string, 'received', receivedAt, 'citizen', {
      channel: 'web',
      kind: filing.kind,
      attachments: 0,
    });
    await db.query('COMMIT');
    held = performance.now() - locked;
  } catch (error) {
    await db.query('ROLLBACK');
    throw error;
  }
  return held;
}

/**
 * What POST /api/public/tickets sends for one filing, in the same order: the rate-limit upsert
 * (PublicRateLimitService.consume), the filing statement (TicketIntakeService.record, one
 * statement and so its own transaction), then the acknowledgement transaction
 * (TicketIntakeService.acknowledge: the ticket read back, and with an e-mail address the outbox
 * message and the `acknowledged` event under its dedupe key). Returns the filing statement's
 * round trip (ms).
 */
async function endpointStatements(db: Client, filing: Filing, rateKey: string): Promise<number> {
  const receivedAt = new Date();
  const windowStart = new Date(Math.floor(receivedAt.getTime() / 3_600_000) * 3_600_000);
  await db.query(
    `INSERT INTO public_rate_counter (bucket, key, window_start, hits) VALUES ($1, $2, $3, 1)
     ON CONFLICT (bucket, key, window_start) DO UPDATE SET hits = public_rate_counter.hits + 1
     RETURNING hits`,
    ['intake', rateKey, windowStart],
  );
  const id = randomUUID();
  const email = filing.email?.toLowerCase() ?? null;
  const dueAt = dueAtOf(filing, receivedAt);
  const started = performance.now();
  const { rows } = await db.query<{ code: string }>(INSERT_FILING_SQL, [
    id,
    utcToZoned(receivedAt).year,
    filing.kind,
    'web',
    filing.subject,
    filing.body,
    filing.name ?? null,
    email,
    filing.phone ?? null,
    receivedAt,
    generatePin(),
    null,
    receivedAt,
    dueAt,
    [],
    [],
    [],
    [],
    [],
  ]);
  const statementMs = performance.now() - started;
  const code = rows[0]?.code;
  if (!code) throw new Error('The filing statement returned no code');

  await db.query('BEGIN');
  try {
    await db.query('SELECT * FROM ticket WHERE id = $1 LIMIT 1', [id]);
    if (email) {
      const mail = acknowledgementMail(
        {
          code,
          kind: filing.kind,
          subject: filing.subject,
          citizenName: filing.name ?? null,
          receivedAt,
        } as TicketEntity,
        dueAt,
        mailContext(config),
      );
      const outboxId = randomUUID();
      const messageId = `<${randomUUID()}@${config.mail.messageIdDomain}>`;
      const now = new Date();
      await db.query(
        `INSERT INTO outbox_message (id, message_id, status, to_address, cc, subject, text_body, html_body, in_reply_to,
                                     "references", ticket_id, kind, attempts, next_attempt_at, locked_until, claim_token,
                                     last_error, created_at, sent_at)
         VALUES ($1, $2, 'held', $3, '{}', $4, $5, NULL, NULL, '{}', $6, 'acknowledgement', 0, $7, NULL, NULL, NULL, $7, NULL)`,
        [outboxId, messageId, email, mail.subject, mail.text, id, now],
      );
      await appendEvent(db, id, 'acknowledged', now, 'system', { outboxId, messageId }, 'acknowledgement');
    }
    await db.query('COMMIT');
  } catch (error) {
    await db.query('ROLLBACK');
    throw error;
  }
  return statementMs;
}

function dueAtOf(filing: Filing, receivedAt: Date): Date | null {
  return slaDueAt(
    {
      kind: filing.kind,
      receivedAt,
      pausedMs: 0,
      pausedSince: null,
      firstRepliedAt: null,
      feedbackSentAt: null,
      closed: false,
    },
    config.tickets,
  );
}

/** appendTicketEvent's statement. */
async function appendEvent(
  db: Client,
  ticketId: string,
  type: 'received' | 'acknowledged',
  at: Date,
  actorKind: 'citizen' | 'system',
  data: Record<string, unknown>,
  dedupeKey: string | null = null,
): Promise<void> {
  await db.query(
    `INSERT INTO ticket_event (ticket_id, type, at, actor_kind, actor_id, office_id, public, message, data, dedupe_key)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT (ticket_id, dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
     RETURNING id`,
    [ticketId, type, at, actorKind, null, null, isPublicTicketEvent(type), null, JSON.stringify(data), dedupeKey],
  );
}

/**
 * Removes what the benchmark filed since `since` (tickets, their events and outbox mail, the
 * rate-limit hits) and sets the year's counter back to the last remaining code, so the next run
 * finds the generated dataset as it was: same size, same open queue, codes still gap-free.
 * ticket_event refuses DELETE by trigger; in urp_bench, and for the benchmark's own rows only, the
 * session skips triggers (session_replication_role = replica, which needs a superuser). Without
 * that right the filings are closed instead (withdrawn, with their `closed` event) and stay.
 */
export async function removeBenchFilings(url: string, since: Date): Promise<{ removed: number; closed: number }> {
  const db = new Client(clientConfig(url));
  await db.connect();
  try {
    const { rows } = await db.query<{ ids: string[] | null }>(
      'SELECT array_agg(id) AS ids FROM ticket WHERE created_at >= $1',
      [since],
    );
    const ids = rows[0]?.ids ?? [];
    let removed = 0;
    let closed = 0;
    await db.query('BEGIN');
    try {
      await db.query('SET LOCAL session_replication_role = replica');
      await db.query('DELETE FROM ticket_event WHERE ticket_id = ANY ($1::uuid[])', [ids]);
      await db.query('DELETE FROM ticket_attachment WHERE ticket_id = ANY ($1::uuid[])', [ids]);
      removed = (await db.query('DELETE FROM ticket WHERE id = ANY ($1::uuid[])', [ids])).rowCount ?? 0;
      await db.query(`
        UPDATE ticket_code_counter c SET last_seq = m.max_seq
        FROM (SELECT year, max(seq) AS max_seq FROM ticket GROUP BY year) m
        WHERE m.year = c.year AND c.last_seq <> m.max_seq`);
    } catch {
      await db.query('ROLLBACK');
      await db.query('BEGIN');
      await db.query(
        `INSERT INTO ticket_event (ticket_id, type, at, actor_kind, public, data)
         SELECT id, 'closed', now(), 'system', true, '{"reason":"withdrawn","note":"benchmark filing"}'::jsonb
         FROM ticket WHERE id = ANY ($1::uuid[]) AND status <> 'closed'`,
        [ids],
      );
      closed =
        (
          await db.query(
            `UPDATE ticket SET status = 'closed', close_reason = 'withdrawn', closed_at = now(), due_at = NULL, updated_at = now()
             WHERE id = ANY ($1::uuid[]) AND status <> 'closed'`,
            [ids],
          )
        ).rowCount ?? 0;
    }
    await db.query('DELETE FROM outbox_message WHERE ticket_id = ANY ($1::uuid[])', [ids]);
    await db.query(`DELETE FROM public_rate_counter WHERE bucket IN ('intake', 'tracking')`);
    await db.query('COMMIT');
    await db.query('VACUUM (ANALYZE) ticket, ticket_event, ticket_code_counter, outbox_message, public_rate_counter');
    return { removed, closed };
  } finally {
    await db.end();
  }
}
