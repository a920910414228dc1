import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateOutbox1795690000000 implements MigrationInterface {
  name = 'CreateOutbox1795690000000';

  async up(q: QueryRunner): Promise<void> {
    // ticket_id has no foreign key on purpose: the tickets library owns that table, and a mail
    // must never block (or be lost with) a change to it.
    await q.query(`
      CREATE TABLE outbox_message (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        message_id text NOT NULL CONSTRAINT outbox_message_message_id_unique UNIQUE
          CHECK (message_id ~ '^<[^<>@[:space:]]+@[^<>@[:space:]]+>$'),
        status text NOT NULL DEFAULT 'pending'
          CHECK (status IN ('pending', 'sending', 'sent', 'held', 'failed', 'uncertain')),
        to_address text NOT NULL CHECK (position('@' in to_address) > 1),
        cc text[] NOT NULL DEFAULT '{}',
        subject text NOT NULL CHECK (length(subject) BETWEEN 1 AND 998),
        text_body text NOT NULL,
        html_body text,
        in_reply_to text,
        "references" text[] NOT NULL DEFAULT '{}',
        ticket_id uuid,
        kind text NOT NULL CHECK (kind ~ '^[a-z][a-z0-9_-]{0,63}$'),
        attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        next_attempt_at timestamptz NOT NULL,
        locked_until timestamptz,
        claim_token uuid,
        last_error text,
        created_at timestamptz NOT NULL,
        sent_at timestamptz,
        CONSTRAINT outbox_message_sending_has_lease
          CHECK (status <> 'sending' OR (locked_until IS NOT NULL AND claim_token IS NOT NULL)),
        CONSTRAINT outbox_message_sent_has_time CHECK ((status = 'sent') = (sent_at IS NOT NULL))
      )`);
    // The worker's claim: due pending rows, oldest first.
    await q.query('CREATE INDEX outbox_message_due_idx ON outbox_message (status, next_attempt_at)');
    // The sweep for leases that expired while sending.
    await q.query(`CREATE INDEX outbox_message_lease_idx ON outbox_message (locked_until) WHERE status = 'sending'`);
    await q.query('CREATE INDEX outbox_message_ticket_idx ON outbox_message (ticket_id) WHERE ticket_id IS NOT NULL');
    await q.query('CREATE INDEX outbox_message_created_idx ON outbox_message (created_at DESC)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE outbox_message');
  }
}
