import * as argon2 from 'argon2';
import type { Client } from 'pg';

import { DEMO_OFFICES } from '../../apps/api/src/demo/demo-offices';
import type { DatasetMarker } from './database';
import {
  CLOSINGS,
  DETAILS,
  FIRST_NAMES,
  GENERATED_KINDS,
  LAST_NAMES,
  MAIL_DOMAINS,
  OFFICE_ANSWERS,
  OPENINGS,
  PAUSE_REASONS,
  REPLIES,
  STREETS,
  SUBJECTS,
  capitalise,
} from './texts';

/** Bump when the shape of the generated data changes: older datasets are then regenerated. */
export const GENERATOR_VERSION = 2;

export const BENCH_PASSWORD = 'urp-bench-2026';
export const OPERATOR_COUNT = 12;
/** The operator the benchmark signs in as (assignedToMe). */
export const BENCH_OPERATOR = 'operatore01';
/** Offices complaints are forwarded to most: the one the officeId filter is timed with. */
export const BENCH_OFFICE_CODE = 'MANUTENZIONI';

/** The demo directory plus the offices a mid-sized comune forwards to: 20 in all (URP included). */
const MORE_OFFICES: { code: string; name: string }[] = [
  { code: 'POLIZIA_LOCALE', name: 'Polizia Locale' },
  { code: 'EDILIZIA', name: 'Edilizia Privata' },
  { code: 'URBANISTICA', name: 'Urbanistica e Territorio' },
  { code: 'LAVORI_PUBBLICI', name: 'Lavori Pubblici' },
  { code: 'SCUOLA', name: 'Servizi Educativi e Scuola' },
  { code: 'CULTURA', name: 'Cultura e Biblioteche' },
  { code: 'SPORT', name: 'Sport e Impianti Sportivi' },
  { code: 'SUAP', name: 'Sportello Unico Attività Produttive' },
  { code: 'PATRIMONIO', name: 'Patrimonio e Demanio' },
  { code: 'CIMITERI', name: 'Servizi Cimiteriali' },
  { code: 'PROTEZIONE_CIVILE', name: 'Protezione Civile' },
  { code: 'RAGIONERIA', name: 'Ragioneria e Bilancio' },
  { code: 'PERSONALE', name: 'Personale e Organizzazione' },
];

/** Forwarding targets, most frequent first (the generator skews towards the head of this list). */
const FORWARD_ORDER = [
  'MANUTENZIONI',
  'MOBILITA',
  'AMBIENTE',
  'POLIZIA_LOCALE',
  'TRIBUTI',
  'ANAGRAFE',
  'SOCIALI',
  'LAVORI_PUBBLICI',
  'SCUOLA',
  'EDILIZIA',
  'URBANISTICA',
  'SUAP',
  'CULTURA',
  'SPORT',
  'PATRIMONIO',
  'CIMITERI',
  'PROTEZIONE_CIVILE',
  'RAGIONERIA',
  'PERSONALE',
];

const DAYS = 3 * 365;
const BATCH = 100_000;

export interface GenerateOptions {
  tickets: number;
  log: (message: string) => void;
  /** Connections for the two parallel steps (index builds); must target the same database. */
  secondClient: Client;
}

/**
 * Loads `tickets` tickets with their histories into a freshly migrated database, set-based:
 * a plan table computed from generate_series and random(), then INSERT ... SELECT in batches.
 * Secondary indexes of ticket and ticket_event are dropped during the load and rebuilt from their
 * own definitions (pg_get_indexdef), so the schema ends up exactly as the migrations made it.
 */
export async function generateDataset(db: Client, options: GenerateOptions): Promise<DatasetMarker> {
  const { tickets: n, log } = options;
  const started = Date.now();
  const steps: Record<string, number> = {};
  const step = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const t0 = Date.now();
    const result = await work();
    steps[name] = (Date.now() - t0) / 1000;
    log(`  ${name}: ${steps[name].toFixed(1)} s (total ${((Date.now() - started) / 1000).toFixed(0)} s)`);
    return result;
  };

  const { rows: existing } = await db.query<{ n: string }>('SELECT count(*) AS n FROM ticket');
  if (Number(existing[0]?.n) > 0) throw new Error('urp_bench already holds tickets: run with --regenerate');

  for (const client of [db, options.secondClient]) {
    // Session-level only: a bulk load does not need to wait for each commit's flush, and wants big sorts in memory.
    await client.query(`SET synchronous_commit = off`);
    await client.query(`SET work_mem = '512MB'`);
    await client.query(`SET maintenance_work_mem = '1GB'`);
    await client.query(`SET max_parallel_maintenance_workers = 1`);
    // Compiling the plan's big expressions costs more than it saves here.
    await client.query(`SET jit = off`);
  }
  const superuser = (await db.query<{ s: boolean }>(`SELECT rolsuper AS s FROM pg_roles WHERE rolname = current_user`))
    .rows[0]?.s;

  const now = new Date();
  log(`Generating ${n.toLocaleString('en')} tickets over ${DAYS} days up to ${now.toISOString()}`);

  await step('directory (20 offices, 33 staff)', () => createDirectory(db));
  await step('plan (one row per ticket)', () => createPlan(db, n, now));

  const indexes = await step('drop secondary indexes', () => dropSecondaryIndexes(db));
  // Foreign keys are checked row by row by triggers; with the replication role they are skipped
  // during the load (the plan only references rows it just made) and verified set-based afterwards.
  if (superuser) await db.query(`SET session_replication_role = replica`);

  await step('tickets', async () => {
    for (let from = 1; from <= n; from += BATCH) {
      const to = Math.min(n, from + BATCH - 1);
      await db.query(INSERT_TICKETS, [from, to]);
      log(`    tickets ${to.toLocaleString('en')} / ${n.toLocaleString('en')}`);
    }
  });
  const events = await step('ticket_event', async () => {
    let total = 0;
    for (let from = 1; from <= n; from += BATCH) {
      const to = Math.min(n, from + BATCH - 1);
      const result = await db.query(INSERT_EVENTS, [
        from,
        to,
        now,
        [...REPLIES],
        [...OFFICE_ANSWERS],
        [...PAUSE_REASONS],
      ]);
      total += result.rowCount ?? 0;
      log(
        `    events of tickets ${to.toLocaleString('en')} / ${n.toLocaleString('en')}: ${total.toLocaleString('en')} rows`,
      );
    }
    return total;
  });
  if (superuser) await db.query(`SET session_replication_role = DEFAULT`);

  await step('ticket_code_counter', () =>
    db.query(`
      INSERT INTO ticket_code_counter (year, last_seq)
      SELECT year, max(seq) FROM ticket GROUP BY year
      ON CONFLICT (year) DO UPDATE SET last_seq = greatest(ticket_code_counter.last_seq, EXCLUDED.last_seq)`),
  );
  await step(`rebuild ${indexes.length} indexes (2 connections)`, () =>
    rebuildIndexes([db, options.secondClient], indexes),
  );
  await step('drop plan', () => db.query('DROP SCHEMA bench_gen CASCADE'));
  await step('vacuum analyze', async () => {
    await Promise.all([
      db.query('VACUUM (ANALYZE) ticket'),
      options.secondClient.query('VACUUM (ANALYZE) ticket_event'),
    ]);
    await db.query('ANALYZE office; ANALYZE staff_user; ANALYZE ticket_code_counter');
  });
  await step('verify', () => verify(db, log));

  return {
    generator: GENERATOR_VERSION,
    tickets: n,
    events,
    generatedAt: now.toISOString(),
    seconds: (Date.now() - started) / 1000,
    steps,
  };
}

async function createDirectory(db: Client): Promise<void> {
  const offices = [
    ...DEMO_OFFICES.map((o) => ({ ...o })),
    ...MORE_OFFICES.map((o) => ({
      code: o.code,
      name: o.name,
      email: `${o.code.toLowerCase().replace(/_/g, '.')}@comune.example.it`,
      phone: null,
      address: null,
      openingHours: null,
      managerName: null,
      managerEmail: `dirigente.${o.code.toLowerCase().replace(/_/g, '.')}@comune.example.it`,
    })),
  ];
  for (const o of offices) {
    await db.query(
      `INSERT INTO office (code, name, email, phone, address, opening_hours, manager_name, manager_email, last_verified_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now() - interval '30 days')`,
      [o.code, o.name, o.email, o.phone, o.address, o.openingHours, o.managerName, o.managerEmail],
    );
  }
  const hash = await argon2.hash(BENCH_PASSWORD, { type: argon2.argon2id });
  const staff: { username: string; name: string; roles: string[]; office: string | null }[] = [
    { username: 'admin', name: 'Amministratore di sistema', roles: ['admin'], office: null },
    { username: 'direttore', name: 'Direttore URP', roles: ['director'], office: 'URP' },
  ];
  for (let i = 1; i <= OPERATOR_COUNT; i++) {
    staff.push({
      username: `operatore${String(i).padStart(2, '0')}`,
      name: `Operatore URP ${i}`,
      roles: ['operator'],
      office: 'URP',
    });
  }
  for (const code of FORWARD_ORDER) {
    staff.push({
      username: `referente.${code.toLowerCase().replace(/_/g, '.')}`,
      name: `Referente ${code.toLowerCase().replace(/_/g, ' ')}`,
      roles: ['office_referent'],
      office: code,
    });
  }
  for (const s of staff) {
    await db.query(
      `INSERT INTO staff_user (username, display_name, email, password_hash, roles, office_id)
       VALUES ($1, $2, $3, $4, $5, (SELECT id FROM office WHERE code = $6))`,
      [s.username, s.name, `${s.username}@comune.example.it`, hash, s.roles, s.office],
    );
  }

  await db.query('CREATE SCHEMA bench_gen');
  // Lookup tables indexed 1..k, joined by the plan.
  await db.query(
    `CREATE UNLOGGED TABLE bench_gen.office_map AS
     SELECT o.ord::int AS idx, f.id, f.manager_email, r.id AS referent_id
     FROM unnest($1::text[]) WITH ORDINALITY AS o(code, ord)
     JOIN office f ON f.code = o.code
     JOIN staff_user r ON r.office_id = f.id AND 'office_referent' = ANY (r.roles)`,
    [FORWARD_ORDER],
  );
  await db.query(
    `CREATE UNLOGGED TABLE bench_gen.ops AS
     SELECT row_number() OVER (ORDER BY username)::int AS idx, id FROM staff_user WHERE 'operator' = ANY (roles)`,
  );
}

async function createPlan(db: Client, n: number, now: Date): Promise<void> {
  // Calendar: DAYS days ending yesterday (Europe/Rome), weekdays weigh 1, Saturdays 0.3, Sundays 0.1.
  await db.query(
    `CREATE UNLOGGED TABLE bench_gen.day AS
     SELECT d + 1 AS idx, day_start, w, sum(w) OVER (ORDER BY d) - w AS lo
     FROM (
       SELECT d, (day::timestamp AT TIME ZONE 'Europe/Rome') AS day_start,
              CASE extract(isodow FROM day) WHEN 6 THEN 0.3 WHEN 7 THEN 0.1 ELSE 1.0 END::float8 AS w
       FROM generate_series(0, $2::int - 1) AS d,
            LATERAL (SELECT ($1::timestamptz AT TIME ZONE 'Europe/Rome')::date - $2::int + d AS day) x
     ) days`,
    [now, DAYS],
  );
  const { rows } = await db.query<{ lo: number[]; total: number }>(
    'SELECT array_agg(lo ORDER BY idx) AS lo, sum(w) AS total FROM bench_gen.day',
  );
  const lo = rows[0]?.lo ?? [];
  const total = Number(rows[0]?.total);

  const kinds = GENERATED_KINDS;
  await db.query(PLAN_SQL, [
    now,
    lo,
    total,
    n,
    kinds.flatMap((k) => [...SUBJECTS[k]]),
    OPENINGS,
    kinds.flatMap((k) => [...DETAILS[k]]),
    CLOSINGS,
    STREETS,
    FIRST_NAMES,
    LAST_NAMES,
    MAIL_DOMAINS,
    kinds.flatMap((k) => DETAILS[k].map(capitalise)),
  ]);
  await db.query('CREATE UNIQUE INDEX ON bench_gen.plan (n)');
  await db.query('ANALYZE bench_gen.plan');
}

/** -ln(1-r) * mean: an exponential delay (seconds) from a uniform draw. */
const exp = (r: string, meanSeconds: number) => `(-ln(1 - ${r}) * ${meanSeconds})`;
const H = 3600;
const D = 86400;

/**
 * One row per ticket: attributes, the steps of its life (flags), their delays (exponential, so
 * most first replies land well inside 48 h and a tail does not), and the resulting timestamps.
 * Timelines that would end after `now` are compressed to fit between receipt and now. Materialised
 * CTEs keep each random draw stable and each layer computed once.
 */
export const PLAN_SQL = `
CREATE UNLOGGED TABLE bench_gen.plan AS
WITH r AS MATERIALIZED (
  SELECT g AS n, gen_random_uuid() AS id,
         random() AS r_kind, random() AS r_chan, random() AS r_open, random() AS r_status, random() AS r_reason,
         random() AS r_fwd, random() AS r_taken, random() AS r_ans, random() AS r_pause, random() AS r_reply,
         random() AS r_assign, random() AS r_email, random() AS r_phone, random() AS r_name, random() AS r_prio,
         random() AS r_t1, random() AS r_t2, random() AS r_t3, random() AS r_t4, random() AS r_t5,
         random() AS r_t6, random() AS r_t7, random() AS r_t8, random() AS r_t9,
         random() AS r_op, random() AS r_office, floor(random() * 1e15)::bigint AS tx, floor(random() * 1e8)::bigint AS pin
  FROM generate_series(1, $4::int) AS g
),
a AS (
  SELECT r.*,
         d.day_start + make_interval(secs => 25200 + 43200 * (u.u - d.lo) / d.w) AS received_at,
         CASE WHEN r_kind < 0.45 THEN 1 WHEN r_kind < 0.70 THEN 2 WHEN r_kind < 0.85 THEN 3
              WHEN r_kind < 0.95 THEN 4 WHEN r_kind < 0.98 THEN 5 ELSE 6 END AS kind_i
  FROM r
  CROSS JOIN LATERAL (SELECT (r.n - 0.5) / $4::float8 * $3::float8 AS u) u
  JOIN bench_gen.day d ON d.idx = width_bucket(u.u, $2::float8[])
),
b AS MATERIALIZED (
  SELECT a.*,
         (ARRAY['inquiry','report','complaint','spid_support','directory_correction','pec_ordinary_sender'])[kind_i] AS kind,
         CASE WHEN kind_i = 6 THEN 'pec'
              WHEN kind_i = 4 THEN CASE WHEN r_chan < 0.45 THEN 'counter' WHEN r_chan < 0.70 THEN 'phone'
                                        WHEN r_chan < 0.90 THEN 'web' ELSE 'email' END
              ELSE CASE WHEN r_chan < 0.38 THEN 'web' WHEN r_chan < 0.65 THEN 'email' WHEN r_chan < 0.79 THEN 'phone'
                        WHEN r_chan < 0.90 THEN 'counter' WHEN r_chan < 0.96 THEN 'pec' ELSE 'post' END
         END AS channel,
         extract(epoch FROM ($1::timestamptz - received_at))::float8 AS age_s,
         r_open < CASE WHEN $1::timestamptz - received_at < interval '7 days' THEN 0.85
                       WHEN $1::timestamptz - received_at < interval '30 days' THEN 0.45
                       WHEN $1::timestamptz - received_at < interval '180 days' THEN 0.15
                       ELSE 0.03 END AS is_open,
         extract(year FROM received_at AT TIME ZONE 'Europe/Rome')::int AS year
  FROM a
),
c AS (
  SELECT b.*,
         CASE WHEN NOT is_open THEN 'closed'
              WHEN kind = 'complaint' THEN
                CASE WHEN r_status < 0.08 THEN 'new' WHEN r_status < 0.15 THEN 'open' WHEN r_status < 0.50 THEN 'forwarded'
                     WHEN r_status < 0.80 THEN 'in_charge' WHEN r_status < 0.95 THEN 'office_answered' ELSE 'waiting_citizen' END
              ELSE
                CASE WHEN r_status < 0.30 THEN 'new' WHEN r_status < 0.65 THEN 'open' WHEN r_status < 0.80 THEN 'forwarded'
                     WHEN r_status < 0.88 THEN 'in_charge' WHEN r_status < 0.92 THEN 'office_answered' ELSE 'waiting_citizen' END
         END AS status,
         CASE WHEN is_open THEN NULL WHEN r_reason < 0.78 THEN 'resolved' WHEN r_reason < 0.86 THEN 'no_reply_needed'
              WHEN r_reason < 0.92 THEN 'duplicate' WHEN r_reason < 0.96 THEN 'withdrawn' ELSE 'not_processable' END AS close_reason,
         r_email < CASE channel WHEN 'email' THEN 1.0 WHEN 'pec' THEN 1.0 WHEN 'web' THEN 0.92 ELSE 0.45 END AS has_email,
         CASE WHEN r_prio < 0.02 THEN 'urgent' WHEN r_prio < 0.10 THEN 'high' WHEN r_prio < 0.15 THEN 'low' ELSE 'normal' END AS priority
  FROM b
),
f0 AS (
  SELECT c.*,
         CASE WHEN status IN ('forwarded', 'in_charge', 'office_answered') THEN true
              WHEN status = 'closed' AND close_reason = 'resolved' THEN
                r_fwd < CASE kind WHEN 'complaint' THEN 0.88 WHEN 'report' THEN 0.45 WHEN 'directory_correction' THEN 0.60
                                  WHEN 'inquiry' THEN 0.08 ELSE 0.03 END
              ELSE false END AS has_fwd,
         status = 'waiting_citizen' AS is_waiting,
         CASE WHEN status = 'waiting_citizen' THEN true WHEN status = 'new' THEN false ELSE r_pause < 0.07 END AS has_pause,
         CASE WHEN status = 'new' THEN false
              WHEN kind = 'complaint' THEN r_reply < CASE WHEN status = 'closed' THEN 0.20 ELSE 0.25 END
              WHEN status = 'closed' THEN close_reason = 'resolved'
              WHEN status = 'open' THEN r_reply < 0.5
              ELSE r_reply < 0.35 END AS has_reply,
         kind = 'complaint' AND status = 'closed' AND close_reason = 'resolved' AS has_feedback,
         NOT has_email OR r_phone < 0.3 AS has_phone
  FROM c
),
f AS MATERIALIZED (
  SELECT f0.*,
         CASE WHEN status IN ('in_charge', 'office_answered') THEN true
              WHEN status = 'closed' AND has_fwd THEN r_taken < 0.97 ELSE false END AS has_taken,
         CASE WHEN status = 'office_answered' THEN true
              WHEN status = 'closed' AND has_fwd THEN r_taken < 0.97 AND r_ans < 0.9 ELSE false END AS has_answer,
         CASE WHEN status = 'new' THEN false
              WHEN status = 'open' AND NOT has_reply THEN true
              WHEN status = 'closed' AND NOT has_email AND NOT has_reply THEN true
              ELSE r_assign < 0.65 END AS has_assign
  FROM f0
),
d AS (
  SELECT f.*,
         CASE WHEN has_assign THEN 300 + ${exp('r_t1', 3 * H)} ELSE 0 END AS d_assign,
         CASE WHEN has_pause THEN 600 + ${exp('r_t2', 6 * H)} ELSE 0 END AS d_pause,
         CASE WHEN has_pause AND NOT is_waiting THEN ${D} + ${exp('r_t3', 3 * D)} ELSE 0 END AS d_pdur,
         CASE WHEN has_fwd THEN 600 + ${exp('r_t4', 8 * H)} ELSE 0 END AS d_fwd,
         CASE WHEN has_taken THEN 1800 + ${exp('r_t5', 3 * D)} ELSE 0 END AS d_taken,
         CASE WHEN has_answer THEN 3600 + ${exp('r_t6', 7 * D)} ELSE 0 END AS d_answer,
         CASE WHEN NOT has_reply THEN 0 WHEN kind = 'complaint' THEN 600 + ${exp('r_t7', D)}
              ELSE 600 + ${exp('r_t7', 20 * H)} END AS d_reply,
         CASE WHEN has_feedback THEN 3600 + ${exp('r_t8', 2 * D)}
              WHEN status = 'closed' THEN 300 + ${exp('r_t9', D)} ELSE 0 END AS d_end
  FROM f
),
s0 AS (
  SELECT d.*,
         d_assign + d_pause AS s_pause,
         d_assign + d_pause + d_pdur AS s_base,
         d_assign + d_pause + d_pdur + d_fwd AS s_fwd,
         d_assign + d_pause + d_pdur + d_fwd + d_taken AS s_taken,
         d_assign + d_pause + d_pdur + d_fwd + d_taken + d_answer AS s_answer,
         CASE WHEN kind = 'complaint' THEN d_assign + d_pause + d_pdur + d_reply
              ELSE d_assign + d_pause + d_pdur + d_fwd + d_taken + d_answer + d_reply END AS s_reply,
         d_assign + CASE WHEN priority <> 'normal' THEN 120 ELSE 0 END AS s_prio
  FROM d
),
s AS MATERIALIZED (
  SELECT s0.*,
         greatest(s_answer, s_reply) + d_end AS s_end,
         least(1.0, age_s * 0.95 / greatest(1.0, greatest(s_answer, s_reply) + d_end, s_prio)) AS fct
  FROM s0
),
t AS (
  SELECT s.*,
         row_number() OVER (PARTITION BY year ORDER BY n) AS seq,
         CASE WHEN has_assign THEN received_at + make_interval(secs => d_assign * fct) END AS t_assign,
         CASE WHEN priority <> 'normal' THEN received_at + make_interval(secs => s_prio * fct) END AS t_prio,
         CASE WHEN has_pause THEN received_at + make_interval(secs => s_pause * fct) END AS t_pause,
         CASE WHEN has_pause AND NOT is_waiting THEN received_at + make_interval(secs => s_base * fct) END AS t_resume,
         CASE WHEN has_fwd THEN received_at + make_interval(secs => s_fwd * fct) END AS t_fwd,
         CASE WHEN has_taken THEN received_at + make_interval(secs => s_taken * fct) END AS t_taken,
         CASE WHEN has_answer THEN received_at + make_interval(secs => s_answer * fct) END AS t_answer,
         CASE WHEN has_reply THEN received_at + make_interval(secs => s_reply * fct) END AS t_reply,
         CASE WHEN has_feedback THEN received_at + make_interval(secs => s_end * fct) END AS t_feedback,
         CASE WHEN status = 'closed' THEN received_at + make_interval(secs => s_end * fct) END AS t_close,
         round(d_pdur * fct * 1000)::bigint AS paused_ms
  FROM s
)
SELECT t.n, t.id, t.year, t.seq, 'URP-' || t.year || '-' || lpad(t.seq::text, 6, '0') AS code,
       t.kind, t.channel, t.status, t.priority, t.close_reason,
       ($5::text[])[(t.kind_i - 1) * 10 + 1 + (t.tx % 10)::int] || ' - ' || ($9::text[])[1 + (t.tx / 10 % 20)::int] AS subject,
       ($6::text[])[1 + (t.tx / 1000 % 10)::int] || ' ' || ($7::text[])[(t.kind_i - 1) * 10 + 1 + (t.tx / 10000 % 10)::int]
         || ' Mi riferisco a ' || ($9::text[])[1 + (t.tx / 10 % 20)::int] || ' ' || (1 + t.n % 180)
         || '. ' || ($13::text[])[(t.kind_i - 1) * 10 + 1 + (t.tx / 100000 % 10)::int]
         || ' ' || ($8::text[])[1 + (t.tx / 1000000 % 10)::int] AS body,
       CASE WHEN t.r_name < 0.88 THEN ($10::text[])[1 + (t.tx / 10000000 % 30)::int] || ' ' || ($11::text[])[1 + (t.tx / 1000000000 % 30)::int] END
         AS citizen_name,
       CASE WHEN t.has_email THEN lower(($10::text[])[1 + (t.tx / 10000000 % 30)::int] || '.' || ($11::text[])[1 + (t.tx / 1000000000 % 30)::int])
         || (t.n % 997) || '@' || CASE WHEN t.channel = 'pec' THEN 'pec.example.it' ELSE ($12::text[])[1 + (t.n % 4)::int] END END
         AS citizen_email,
       CASE WHEN t.has_phone THEN '3' || lpad((t.tx / 100000000000 % 100)::text, 2, '0') || ' '
         || lpad((t.tx % 1000)::text, 3, '0') || ' ' || lpad((t.tx / 1000 % 10000)::text, 4, '0') END AS citizen_phone,
       CASE WHEN t.channel = 'web' OR t.n % 20 <> 0 THEN t.received_at END AS privacy_consent_at,
       t.pin,
       t.received_at,
       t.is_waiting, t.has_reply, t.has_feedback,
       CASE WHEN t.status = 'closed' OR t.is_waiting THEN NULL
            WHEN t.kind = 'complaint' THEN ((t.received_at AT TIME ZONE 'Europe/Rome') + interval '30 days') AT TIME ZONE 'Europe/Rome'
                                           + t.paused_ms * interval '1 millisecond'
            WHEN t.has_reply THEN NULL
            ELSE t.received_at + interval '48 hours' + t.paused_ms * interval '1 millisecond' END AS due_at,
       CASE WHEN t.kind = 'complaint' THEN ((t.received_at AT TIME ZONE 'Europe/Rome') + interval '30 days') AT TIME ZONE 'Europe/Rome'
                                           + t.paused_ms * interval '1 millisecond' END AS complaint_due,
       t.paused_ms,
       CASE WHEN t.is_waiting THEN t.t_pause END AS paused_since,
       least(t.t_reply, t.t_feedback) AS first_replied_at,
       t.t_assign, t.t_prio, t.t_pause, t.t_resume, t.t_fwd, t.t_taken, t.t_answer, t.t_reply, t.t_feedback, t.t_close,
       greatest(t.received_at, t.t_assign, t.t_prio, t.t_pause, t.t_resume, t.t_fwd, t.t_taken, t.t_answer, t.t_reply,
                t.t_feedback, t.t_close) AS updated_at,
       CASE WHEN t.has_fwd THEN om.id END AS office_id,
       CASE WHEN t.has_fwd THEN om.referent_id END AS referent_id,
       CASE WHEN t.has_fwd THEN om.manager_email END AS manager_email,
       CASE WHEN t.has_assign THEN op.id END AS assignee_id,
       CASE WHEN t.channel IN ('phone', 'counter', 'post') THEN cr.id END AS created_by,
       coalesce(CASE WHEN t.has_assign THEN op.id END, cr.id) AS actor_id
FROM t
JOIN bench_gen.office_map om ON om.idx = 1 + floor(19 * power(t.r_office, 1.6))::int
JOIN bench_gen.ops op ON op.idx = 1 + floor(${OPERATOR_COUNT} * t.r_op)::int
JOIN bench_gen.ops cr ON cr.idx = 1 + (t.tx / 10000000000000 % ${OPERATOR_COUNT})::int
`;

const INSERT_TICKETS = `
INSERT INTO ticket (id, code, year, seq, kind, channel, status, priority, subject, body, citizen_name, citizen_email,
                    citizen_phone, privacy_consent_at, pin_hash, office_id, assignee_id, created_by, received_at, due_at,
                    paused_since, paused_ms, first_replied_at, forwarded_at, feedback_sent_at, closed_at, close_reason,
                    created_at, updated_at)
SELECT id, code, year, seq, kind, channel, status, priority, subject, body, citizen_name, citizen_email,
       citizen_phone, privacy_consent_at, sha256(convert_to(code || ':' || lpad(pin::text, 8, '0'), 'UTF8')),
       office_id, assignee_id, created_by, received_at, due_at,
       paused_since, paused_ms, first_replied_at, t_fwd, t_feedback, t_close, close_reason,
       received_at, updated_at
FROM bench_gen.plan
WHERE n BETWEEN $1 AND $2
ORDER BY n`;

const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const INF = `'infinity'::timestamptz`;

/**
 * Every event of each ticket, in time order (ids grow with time, as in production). Reminders and
 * deadline warnings appear where the sweep would have written them: 10 and 20 days after forwarding
 * while the office had not taken in charge / answered, and 3 days before a complaint's deadline.
 */
const INSERT_EVENTS = `
INSERT INTO ticket_event (ticket_id, type, at, actor_id, actor_kind, office_id, public, message, data, dedupe_key)
SELECT p.id, ev.type, ev.at, ev.actor_id, ev.actor_kind, ev.office_id, ev.public, ev.message, ev.data, ev.dedupe_key
FROM bench_gen.plan p
CROSS JOIN LATERAL (VALUES
  (1, 'received', p.received_at, p.created_by, CASE WHEN p.created_by IS NULL THEN 'citizen' ELSE 'staff' END, NULL::uuid, true,
     NULL::text, jsonb_build_object('channel', p.channel, 'kind', p.kind, 'attachments', 0), NULL::text),
  (2, 'acknowledged', CASE WHEN p.citizen_email IS NOT NULL THEN p.received_at END, NULL, 'system', NULL, true,
     NULL, jsonb_build_object('outboxId', gen_random_uuid(), 'messageId', '<' || gen_random_uuid() || '@urp.local>'), 'acknowledgement'),
  (3, 'assigned', p.t_assign, p.actor_id, 'staff', NULL, false, NULL, jsonb_build_object('assigneeId', p.assignee_id), NULL),
  (4, 'priority_changed', p.t_prio, p.actor_id, 'staff', NULL, false, NULL, jsonb_build_object('from', 'normal', 'to', p.priority), NULL),
  (5, 'paused', p.t_pause, p.actor_id, 'staff', NULL, true, ($6::text[])[1 + (p.n % 3)::int],
     jsonb_build_object('previousStatus', 'open'), NULL),
  (6, 'resumed', p.t_resume, p.actor_id, 'staff', NULL, true, NULL, jsonb_build_object('pausedMs', p.paused_ms), NULL),
  (7, 'forwarded', p.t_fwd, p.actor_id, 'staff', p.office_id, true, NULL,
     jsonb_build_object('note', NULL, 'outboxId', gen_random_uuid()), NULL),
  (8, 'reminder_sent',
     CASE WHEN p.kind = 'complaint' AND p.t_fwd + interval '10 days 90 seconds' < least(coalesce(p.t_taken, ${INF}), coalesce(p.t_close, ${INF}), $3::timestamptz)
          THEN p.t_fwd + interval '10 days 90 seconds' END,
     NULL, 'system', p.office_id, true, NULL, jsonb_build_object('level', 1, 'escalatedTo', NULL),
     'reminder:1:' || ${iso('p.t_fwd')}),
  (9, 'taken_in_charge', p.t_taken, p.referent_id, 'staff', p.office_id, true, NULL, jsonb_build_object('note', NULL), NULL),
  (10, 'reminder_sent',
     CASE WHEN p.kind = 'complaint' AND p.t_fwd + interval '20 days 90 seconds' < least(coalesce(p.t_answer, ${INF}), coalesce(p.t_close, ${INF}), $3::timestamptz)
          THEN p.t_fwd + interval '20 days 90 seconds' END,
     NULL, 'system', p.office_id, true, NULL, jsonb_build_object('level', 2, 'escalatedTo', p.manager_email),
     'reminder:2:' || ${iso('p.t_fwd')}),
  (11, 'office_answered', p.t_answer, p.referent_id, 'staff', p.office_id, true, ($5::text[])[1 + (p.n % 5)::int], '{}'::jsonb, NULL),
  (12, 'deadline_warning',
     CASE WHEN p.kind = 'complaint' AND p.complaint_due - interval '3 days' + interval '90 seconds' < least(coalesce(p.t_feedback, ${INF}), coalesce(p.t_close, ${INF}), $3::timestamptz)
          THEN p.complaint_due - interval '3 days' + interval '90 seconds' END,
     NULL, 'system', NULL, false, NULL, jsonb_build_object('dueAt', ${iso('p.complaint_due')}),
     'deadline-warning:' || ${iso('p.complaint_due')}),
  (13, 'replied', p.t_reply, p.actor_id, 'staff', NULL, true, ($4::text[])[1 + (p.n % 5)::int],
     jsonb_build_object('channel', CASE WHEN p.citizen_email IS NULL THEN 'phone' ELSE 'email' END,
                        'outboxId', CASE WHEN p.citizen_email IS NULL THEN NULL ELSE gen_random_uuid() END), NULL),
  (14, 'feedback_sent', p.t_feedback, p.actor_id, 'staff', NULL, true, ($4::text[])[1 + ((p.n + 2) % 5)::int],
     jsonb_build_object('channel', CASE WHEN p.citizen_email IS NULL THEN 'recorded' ELSE 'email' END, 'outboxId', NULL), NULL),
  (15, 'closed', p.t_close, p.actor_id, 'staff', NULL, true, NULL, jsonb_build_object('reason', p.close_reason, 'note', NULL), NULL)
) AS ev(ord, type, at, actor_id, actor_kind, office_id, public, message, data, dedupe_key)
WHERE p.n BETWEEN $1 AND $2 AND ev.at IS NOT NULL
ORDER BY ev.at, p.n, ev.ord`;

interface IndexDef {
  name: string;
  table: string;
  def: string;
}

async function dropSecondaryIndexes(db: Client): Promise<IndexDef[]> {
  const { rows } = await db.query<IndexDef>(`
    SELECT ic.relname AS name, t.relname AS "table", pg_get_indexdef(i.indexrelid) AS def
    FROM pg_index i
    JOIN pg_class ic ON ic.oid = i.indexrelid
    JOIN pg_class t ON t.oid = i.indrelid
    WHERE t.relname IN ('ticket', 'ticket_event') AND t.relnamespace = 'public'::regnamespace
      AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
    ORDER BY t.relname, ic.relname`);
  for (const index of rows) await db.query(`DROP INDEX "${index.name}"`);
  return rows;
}

/** Two connections take indexes from one list (biggest, the event ones, first). */
async function rebuildIndexes(clients: Client[], indexes: IndexDef[]): Promise<void> {
  const queue = [...indexes].sort((a, b) => (a.table === b.table ? 0 : a.table === 'ticket_event' ? -1 : 1));
  await Promise.all(
    clients.map(async (client) => {
      for (let next = queue.shift(); next; next = queue.shift()) await client.query(next.def);
    }),
  );
}

async function verify(db: Client, log: (message: string) => void): Promise<void> {
  const { rows } = await db.query<Record<string, string>>(`
    SELECT
      (SELECT count(*) FROM ticket) AS tickets,
      (SELECT count(*) FROM ticket WHERE status <> 'closed') AS open,
      (SELECT count(*) FROM ticket WHERE status <> 'closed' AND sla_sort < now()) AS overdue,
      (SELECT count(*) FROM ticket_event) AS events,
      (SELECT count(*) FROM ticket_event e WHERE NOT EXISTS (SELECT 1 FROM ticket t WHERE t.id = e.ticket_id)) AS orphan_events,
      (SELECT count(*) FROM ticket t WHERE (t.office_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM office o WHERE o.id = t.office_id))
         OR (t.assignee_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM staff_user s WHERE s.id = t.assignee_id))) AS orphan_refs,
      (SELECT count(*) FROM (SELECT year, count(*) c, max(seq) m FROM ticket GROUP BY year) y
         JOIN ticket_code_counter k USING (year) WHERE y.c <> y.m OR k.last_seq <> y.m) AS counter_mismatch,
      (SELECT count(*) FROM ticket WHERE closed_at < received_at OR updated_at > now() OR first_replied_at < received_at) AS bad_times
  `);
  const r = rows[0] ?? {};
  const { rows: perTicket } = await db.query<{ min: number; avg: string; max: number; p_3_8: string }>(`
    SELECT min(c) AS min, round(avg(c), 2) AS avg, max(c) AS max,
           round(100.0 * count(*) FILTER (WHERE c BETWEEN 3 AND 8) / count(*), 1) AS p_3_8
    FROM (SELECT count(*) AS c FROM ticket_event GROUP BY ticket_id) x`);
  const e = perTicket[0];
  log(
    `    ${Number(r['tickets']).toLocaleString('en')} tickets, ${Number(r['open']).toLocaleString('en')} open ` +
      `(${((100 * Number(r['open'])) / Number(r['tickets'])).toFixed(1)}%, ${Number(r['overdue']).toLocaleString('en')} overdue), ` +
      `${Number(r['events']).toLocaleString('en')} events (per ticket min ${e?.min}, avg ${e?.avg}, max ${e?.max}; ${e?.p_3_8}% with 3-8)`,
  );
  const problems = ['orphan_events', 'orphan_refs', 'counter_mismatch', 'bad_times'].filter((k) => Number(r[k]) !== 0);
  if (problems.length > 0)
    throw new Error(`Generated data is inconsistent: ${problems.map((k) => `${k}=${r[k]}`).join(', ')}`);
}
