import type { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS = `'inquiry','complaint','report','spid_support','directory_correction','pec_ordinary_sender'`;
const CHANNELS = `'web','email','pec','phone','counter','post'`;
const STATUSES = `'new','open','forwarded','in_charge','office_answered','waiting_citizen','closed'`;
const EVENT_TYPES = `'received','acknowledged','assigned','forwarded','taken_in_charge','office_answered','reminder_sent',
  'deadline_warning','replied','feedback_sent','paused','resumed','status_changed','priority_changed','closed','reopened','note'`;

export class CreateTickets1795687000000 implements MigrationInterface {
  name = 'CreateTickets1795687000000';

  async up(q: QueryRunner): Promise<void> {
    // One row per year; incremented inside the filing transaction, so a rolled-back filing
    // gives its number back and codes stay gap-free.
    await q.query(`CREATE TABLE ticket_code_counter (year integer PRIMARY KEY, last_seq integer NOT NULL)`);

    await q.query(`
      CREATE TABLE ticket (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL CONSTRAINT ticket_code_unique UNIQUE,
        year integer NOT NULL,
        seq integer NOT NULL,
        kind text NOT NULL CHECK (kind IN (${KINDS})),
        channel text NOT NULL CHECK (channel IN (${CHANNELS})),
        status text NOT NULL DEFAULT 'new' CHECK (status IN (${STATUSES})),
        priority text NOT NULL DEFAULT 'normal' CHECK (priority IN ('low','normal','high','urgent')),
        subject text NOT NULL CHECK (length(subject) BETWEEN 1 AND 200),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
        citizen_name text,
        citizen_email text,
        citizen_phone text,
        privacy_consent_at timestamptz,
        pin_hash bytea NOT NULL,
        office_id uuid REFERENCES office(id),
        assignee_id uuid REFERENCES staff_user(id),
        created_by uuid REFERENCES staff_user(id),
        received_at timestamptz NOT NULL,
        due_at timestamptz,
        sla_sort timestamptz GENERATED ALWAYS AS (coalesce(due_at, 'infinity'::timestamptz)) STORED,
        paused_since timestamptz,
        paused_ms bigint NOT NULL DEFAULT 0,
        first_replied_at timestamptz,
        forwarded_at timestamptz,
        feedback_sent_at timestamptz,
        closed_at timestamptz,
        close_reason text CHECK (close_reason IN ('resolved','no_reply_needed','duplicate','withdrawn','not_processable')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ticket_year_seq_unique UNIQUE (year, seq),
        CONSTRAINT ticket_closed_has_reason CHECK ((status = 'closed') = (close_reason IS NOT NULL))
      )`);
    // Queue indexes: open tickets by SLA, alone and with each common filter; keyset on (sla_sort, id).
    const open = `WHERE status <> 'closed'`;
    await q.query(`CREATE INDEX ticket_queue_open_idx ON ticket (sla_sort, id) ${open}`);
    await q.query(`CREATE INDEX ticket_queue_kind_idx ON ticket (kind, sla_sort, id) ${open}`);
    await q.query(`CREATE INDEX ticket_queue_channel_idx ON ticket (channel, sla_sort, id) ${open}`);
    await q.query(`CREATE INDEX ticket_queue_office_idx ON ticket (office_id, sla_sort, id) ${open}`);
    await q.query(`CREATE INDEX ticket_queue_assignee_idx ON ticket (assignee_id, sla_sort, id) ${open}`);
    await q.query(`CREATE INDEX ticket_queue_status_idx ON ticket (status, sla_sort, id)`);
    await q.query(`CREATE INDEX ticket_queue_all_idx ON ticket (sla_sort, id)`);
    await q.query(`CREATE INDEX ticket_received_idx ON ticket (received_at)`);
    // Reminder sweep: forwarded complaints still waiting on the office.
    await q.query(
      `CREATE INDEX ticket_reminder_idx ON ticket (forwarded_at) WHERE kind = 'complaint' AND status IN ('forwarded','in_charge')`,
    );

    await q.query(`
      CREATE TABLE ticket_event (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        ticket_id uuid NOT NULL REFERENCES ticket(id),
        type text NOT NULL CHECK (type IN (${EVENT_TYPES})),
        at timestamptz NOT NULL,
        actor_id uuid REFERENCES staff_user(id),
        actor_kind text NOT NULL CHECK (actor_kind IN ('citizen','staff','system')),
        office_id uuid REFERENCES office(id),
        public boolean NOT NULL,
        message text,
        data jsonb NOT NULL DEFAULT '{}'::jsonb,
        dedupe_key text
      )`);
    await q.query('CREATE INDEX ticket_event_ticket_idx ON ticket_event (ticket_id, id)');
    await q.query('CREATE INDEX ticket_event_type_at_idx ON ticket_event (type, at)');
    // Scheduled events (reminders, warnings) carry a key: a second sweep, or a second instance, cannot repeat them.
    await q.query(
      'CREATE UNIQUE INDEX ticket_event_dedupe_idx ON ticket_event (ticket_id, dedupe_key) WHERE dedupe_key IS NOT NULL',
    );
    // The history is the source of every indicator: the database itself refuses to rewrite it.
    await q.query(`
      CREATE FUNCTION ticket_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'ticket_event is append-only: % refused', TG_OP USING ERRCODE = 'restrict_violation';
      END $$`);
    await q.query(`CREATE TRIGGER ticket_event_no_update BEFORE UPDATE OR DELETE ON ticket_event
      FOR EACH ROW EXECUTE FUNCTION ticket_event_append_only()`);
    await q.query(`CREATE TRIGGER ticket_event_no_truncate BEFORE TRUNCATE ON ticket_event
      FOR EACH STATEMENT EXECUTE FUNCTION ticket_event_append_only()`);

    await q.query(`
      CREATE TABLE ticket_attachment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        ticket_id uuid NOT NULL REFERENCES ticket(id),
        filename text NOT NULL,
        content_type text NOT NULL,
        size_bytes integer NOT NULL CHECK (size_bytes > 0),
        sha256 bytea NOT NULL,
        content bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX ticket_attachment_ticket_idx ON ticket_attachment (ticket_id)');

    await q.query(`
      CREATE TABLE canned_reply (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    // Abuse limits of the public endpoints (filing, tracking), shared by every API instance.
    await q.query(`
      CREATE TABLE public_rate_hit (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        bucket text NOT NULL,
        key text NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX public_rate_hit_idx ON public_rate_hit (bucket, key, at)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE public_rate_hit');
    await q.query('DROP TABLE canned_reply');
    await q.query('DROP TABLE ticket_attachment');
    await q.query('DROP TABLE ticket_event');
    await q.query('DROP FUNCTION ticket_event_append_only()');
    await q.query('DROP TABLE ticket');
    await q.query('DROP TABLE ticket_code_counter');
  }
}
