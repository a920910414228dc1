import { DataSource } from 'typeorm';

import { type OutgoingMail, OutboxService } from '@urp/api/mail';

import type { TestApp } from './test-app';

export interface OutboxRow {
  id: string;
  message_id: string;
  status: string;
  attempts: number;
  next_attempt_at: Date;
  locked_until: Date | null;
  last_error: string | null;
  sent_at: Date | null;
}

let counter = 0;

/** A valid mail with a unique subject, so tests can find it among others. */
export function sampleMail(overrides: Partial<OutgoingMail> = {}): OutgoingMail {
  counter++;
  return {
    to: `cittadino${counter}@example.it`,
    subject: `Segnalazione ${counter}: buca in via Roma`,
    text: `Gentile cittadino,\nabbiamo ricevuto la sua segnalazione (${counter}).`,
    kind: 'acknowledgement',
    ...overrides,
  };
}

/** Enqueues as a domain service does: inside a transaction of its own. */
export function enqueueMail(t: TestApp, mail: OutgoingMail): Promise<{ id: string; messageId: string }> {
  return t.app.get(DataSource).transaction((manager) => t.app.get(OutboxService).enqueue(manager, mail));
}

export async function outboxRow(t: TestApp, id: string): Promise<OutboxRow | undefined> {
  const rows: OutboxRow[] = await t.app.get(DataSource).query('SELECT * FROM outbox_message WHERE id = $1', [id]);
  return rows[0];
}
