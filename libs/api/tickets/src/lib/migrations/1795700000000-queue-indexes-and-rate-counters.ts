import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Found by the 1M-ticket benchmark: the queue over all statuses for an office or an assignee had
 * no index (a sequential scan, ~120 ms, when the office had no tickets yet); and the public rate
 * limit counted every hit of the window per request, so each filing from a busy address cost more
 * than the last. Fixed-window counters make that one upsert.
 */
export class QueueIndexesAndRateCounters1795700000000 implements MigrationInterface {
  name = 'QueueIndexesAndRateCounters1795700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE INDEX ticket_queue_office_all_idx ON ticket (office_id, sla_sort, id) WHERE office_id IS NOT NULL',
    );
    await q.query(
      'CREATE INDEX ticket_queue_assignee_all_idx ON ticket (assignee_id, sla_sort, id) WHERE assignee_id IS NOT NULL',
    );
    await q.query(`
      CREATE TABLE public_rate_counter (
        bucket text NOT NULL,
        key text NOT NULL,
        window_start timestamptz NOT NULL,
        hits integer NOT NULL,
        PRIMARY KEY (bucket, key, window_start)
      )`);
    await q.query('CREATE INDEX public_rate_counter_window_idx ON public_rate_counter (window_start)');
    await q.query('DROP TABLE public_rate_hit');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE public_rate_hit (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        bucket text NOT NULL,
        key text NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX public_rate_hit_idx ON public_rate_hit (bucket, key, at)');
    await q.query('DROP TABLE public_rate_counter');
    await q.query('DROP INDEX ticket_queue_assignee_all_idx');
    await q.query('DROP INDEX ticket_queue_office_all_idx');
  }
}
